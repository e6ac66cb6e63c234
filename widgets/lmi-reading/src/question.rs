//! One question about the chart: the answer input, hints one at a time, the check, then the feedback.

use leptos::prelude::*;
use lmi_content::{Exercise, ReadingAnswer, Response};
use lmi_ui::inputs::check_button;
use lmi_ui::{Announcer, HostAttrs, HostEvents, Mode, Msg as UiMsg, answer_statement};

use crate::Loaded;
use crate::ReadingRun;
use crate::feedback::{Feedback, announcement};
use crate::i18n::Msg;

/// Question `question` of `exercise`.
#[component]
pub fn QuestionView(
    /// The loaded bundle and languages.
    loaded: Loaded,
    /// The exercise the question belongs to.
    exercise: Exercise,
    /// The question's index in the exercise.
    question: usize,
    /// The learner's progress.
    run: RwSignal<ReadingRun>,
) -> impl IntoView {
    let reading = &*loaded.bundle;
    let q = exercise.questions[question].clone();
    let bundle_id = reading.meta.id.clone();
    let currency = reading.datasets.iter().find(|d| d.id == exercise.dataset).and_then(|d| d.currency.clone());
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let attrs = expect_context::<HostAttrs>();
    let announcer = expect_context::<Announcer>();
    let events = HostEvents::from_context();
    let draft = RwSignal::new(None::<Response>);
    let answered = move || run.with(|r| r.answered().cloned());
    let (number, total, at_start) = run.with_untracked(|r| {
        let (n, total) = r.question_number();
        (n, total, r.at_start())
    });

    let id = format!("{}-{}", exercise.id, q.id);
    let check = {
        let (q, lang, id) = (q.clone(), lang.clone(), id.clone());
        let currency = currency.clone();
        move |response: Response| {
            let Some(grade) = q.answer.check(&response) else { return };
            run.update(|r| r.answer(response.clone(), grade));
            let graded = attrs.peek_mode() == Mode::Graded;
            let success = graded.then_some(grade == lmi_content::Grade::Right);
            let text = match &response {
                Response::Number(n) => n.to_string(),
                Response::Choice(c) => c.clone(),
                other => format!("{other:?}"),
            };
            let statement = answer_statement(&bundle_id, &id, &text, success);
            events.emit("lmi-answer", Some(&bundle_id), serde_json::json!({ "question": id, "statement": statement }));
            announcer.say(announcement(ui, &lang, &q, currency.as_deref(), grade, graded));
        }
    };

    let input = match &q.answer {
        ReadingAnswer::Numeric { unit, .. } => {
            let unit = lmi_ui::chart::unit_words(ui, *unit, currency.as_deref());
            lmi_ui::inputs::number_input(format!("{id}-number"), ui.t(Msg::YourAnswer), unit, draft)
        }
        ReadingAnswer::Choice { options } => lmi_ui::inputs::choice_options(&lang, &id, options, draft),
    };
    let legend = NodeRef::<leptos::html::Legend>::new();
    // After "Next question", focus goes to the new question (the chart above stays as it was).
    Effect::new(move || {
        if let Some(l) = legend.get()
            && !at_start
            && number > 1
        {
            let _ = l.focus();
        }
    });
    let hint_texts: Vec<String> = q.hints.iter().map(|h| lang.string(h)).collect();
    let hint_total = hint_texts.len();
    let shown = move || run.with(|r| r.hints_shown());
    let show_hint = move |_| {
        let before = run.with_untracked(|r| r.hints_shown());
        if before < hint_total {
            run.update(|r| r.show_hint(hint_total));
            let label = ui.f(Msg::HintOf, &[("n", &(before + 1).to_string()), ("total", &hint_total.to_string())]);
            announcer.say(format!("{label}: {}", hint_texts[before]));
        }
    };
    let hint_items = q
        .hints
        .iter()
        .enumerate()
        .map(|(i, hint)| {
            let label = ui.f(Msg::HintOf, &[("n", &(i + 1).to_string()), ("total", &hint_total.to_string())]);
            let (hint, lang) = (hint.clone(), lang.clone());
            view! {
                <Show when=move || { shown() > i }>
                    <li><strong>{label.clone()}": "</strong>{lang.view(&hint)}</li>
                </Show>
            }
        })
        .collect_view();
    let feedback_loaded = loaded.clone();
    let feedback_q = q.clone();
    view! {
        <div class="question">
            <p class="question-progress">{ui.f(Msg::QuestionOf, &[("n", &number.to_string()), ("total", &total.to_string())])}</p>
            <fieldset class="question-body" disabled=move || answered().is_some()>
                <legend class="question-text" tabindex="-1" node_ref=legend>{lang.view(&q.text)}</legend>
                {input}
            </fieldset>
            {(hint_total > 0).then(|| view! {
                <div class="hints">
                    <ol class="hint-list">{hint_items}</ol>
                    <Show when=move || answered().is_none()>
                        <button type="button" class="button secondary hint-button"
                            aria-disabled=move || (shown() >= hint_total).to_string() on:click=show_hint.clone()>
                            {ui.t(Msg::ShowHint)}" ("{move || shown().to_string()}"/"{hint_total}")"
                        </button>
                    </Show>
                </div>
            })}
            {move || answered().is_none().then(|| check_button(ui, id.clone(), ui.t(UiMsg::AnswerNeeded), draft, check.clone()))}
            {move || answered().map(|(response, grade)| view! {
                <Feedback loaded=feedback_loaded.clone() question=feedback_q.clone() currency=currency.clone() response grade run/>
            })}
        </div>
    }
    .into_any()
}
