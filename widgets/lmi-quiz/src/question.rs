//! One question: the prompt, the input its type needs, the check button, then the reveal.

use leptos::prelude::*;
use lmi_content::{Answer, Question, Response, Side};
use lmi_ui::inputs::{check_button, choice_options, radio_option};
use lmi_ui::{Announcer, HostAttrs, HostEvents, Mode, Msg as UiMsg, answer_statement};

use crate::QuizRun;
use crate::i18n::Msg;
use crate::reveal::Reveal;
use crate::{Loaded, Moved};

#[component]
pub fn QuestionView(loaded: Loaded, index: usize, run: RwSignal<QuizRun>) -> impl IntoView {
    let quiz = &*loaded.bundle;
    let question = quiz.questions[index].clone();
    let bundle_id = quiz.meta.id.clone();
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let attrs = expect_context::<HostAttrs>();
    let announcer = expect_context::<Announcer>();
    let events = HostEvents::from_context();
    let draft = RwSignal::new(None::<Response>);
    let answered = move || run.with(|r| r.answered(index).cloned());

    let q = question.clone();
    let check = move |response: Response| {
        let Some(grade) = q.answer.check(&response) else { return };
        let hidden = attrs.peek("solutions").as_deref() == Some("hidden");
        run.update(|r| r.answer(response.clone(), grade, !hidden));
        let graded = attrs.peek_mode() == Mode::Graded;
        let success = graded.then_some(grade == lmi_content::Grade::Right);
        let statement = answer_statement(&bundle_id, &q.id, &response_text(&response), success);
        events.emit("lmi-answer", Some(&bundle_id), serde_json::json!({ "question": q.id, "statement": statement }));
        if hidden {
            announcer.say(ui.t(Msg::Saved));
        } else {
            announcer.say(crate::reveal::announcement(ui, &lang, &q, grade, graded));
        }
    };

    let (number, total) = run.with_untracked(|r| (r.number(), r.total()));
    let progress = ui.f(Msg::QuestionOf, &[("n", &number.to_string()), ("total", &total.to_string())]);
    let revealed = move || run.with(|r| r.is_revealed(index));
    let has_previous = number > 1;
    let show_previous = move || has_previous && attrs.get("display").as_deref() == Some("class");
    let legend = loaded.lang.view(&question.text);
    let input = answer_input(&loaded, &question, index, draft, Signal::derive(move || answered().is_some()));
    let missing = if matches!(question.answer, Answer::Estimate { .. }) {
        ui.t(Msg::EstimateNeeded)
    } else {
        ui.t(UiMsg::AnswerNeeded)
    };
    let heading = NodeRef::<leptos::html::H3>::new();
    // After "Next question" or "Previous question" the reader starts at the new question, and a screen reader
    // hears which one it is; on first load focus stays where the page has it.
    let moved = expect_context::<Moved>();
    let announced = format!("{progress}. {}", loaded.lang.string(&question.text));
    Effect::new(move || {
        if let Some(h) = heading.get()
            && moved.0.get_value()
        {
            let _ = h.focus();
            announcer.say(announced.clone());
        }
    });
    let reveal_loaded = loaded.clone();
    let reveal_question = question.clone();
    view! {
        <div class="question">
            <h3 class="progress" tabindex="-1" node_ref=heading>{progress}</h3>
            <fieldset class="question-body" disabled=move || answered().is_some()>
                <legend class="question-text">{legend}</legend>
                {input}
            </fieldset>
            {move || answered().is_none().then(|| check_button(ui, format!("q{index}"), missing, draft, check.clone()))}
            {move || match (answered(), revealed()) {
                (Some((response, grade)), true) => view! {
                    <Reveal loaded=reveal_loaded.clone() question=reveal_question.clone() response grade run/>
                }.into_any(),
                (Some(_), false) => view! {
                    <div class="saved" role="status">
                        <p>{ui.t(Msg::Saved)}</p>
                        <button type="button" class="button" on:click=move |_| run.update(QuizRun::reveal)>
                            {ui.t(Msg::ShowAnswer)}
                        </button>
                    </div>
                }.into_any(),
                (None, _) => ().into_any(),
            }}
            <Show when=show_previous>
                <button type="button" class="button secondary previous" on:click=move |_| {
                    moved.0.set_value(true);
                    run.update(QuizRun::previous);
                }>
                    {ui.t(Msg::Previous)}
                </button>
            </Show>
        </div>
    }
    .into_any()
}

/// The response as text for the xAPI statement.
fn response_text(response: &Response) -> String {
    match response {
        Response::Bool(b) => b.to_string(),
        Response::Choice(id) => id.clone(),
        Response::Number(n) => n.to_string(),
        Response::Side(Side::Left) => "left".to_owned(),
        Response::Side(Side::Right) => "right".to_owned(),
        Response::Order(ids) => ids.join(","),
    }
}

/// The input for the question's type, writing into `draft`.
fn answer_input(
    loaded: &Loaded,
    question: &Question,
    index: usize,
    draft: RwSignal<Option<Response>>,
    locked: Signal<bool>,
) -> AnyView {
    let ui = loaded.ui;
    let name = format!("q{index}");
    let radio = |label: AnyView, value: Response| radio_option(&name, label, value, draft);
    match &question.answer {
        Answer::TrueFalse { .. } => view! {
            <div class="options">
                {radio(ui.t(Msg::True).into_any(), Response::Bool(true))}
                {radio(ui.t(Msg::False).into_any(), Response::Bool(false))}
            </div>
        }
        .into_any(),
        Answer::Choice { options } => choice_options(&loaded.lang, &name, options, draft),
        Answer::HigherLower { left, right } => view! {
            <div class="options options-pair">
                {radio(loaded.lang.view(&left.label), Response::Side(Side::Left))}
                {radio(loaded.lang.view(&right.label), Response::Side(Side::Right))}
            </div>
        }
        .into_any(),
        Answer::Estimate { min, max, step, unit, currency, .. } => {
            crate::inputs::estimate_input(ui, *min, *max, *step, *unit, currency.clone(), draft)
        }
        Answer::Order { items, direction } => {
            crate::inputs::order_input(loaded, items.clone(), direction.highest_first(), draft, locked)
        }
    }
}
