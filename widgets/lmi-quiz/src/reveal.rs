//! The reveal after an answer: how right it was (graded mode only), the real figure with its source,
//! the myth named and the explanation in plain words.

use leptos::prelude::*;
use lmi_content::{Answer, Grade, Question, Response, Side};
use lmi_ui::{ContentLang, FigureGroups, HostAttrs, Mode, Msg as UiMsg, Ui, format_value};

use crate::QuizRun;
use crate::i18n::Msg;
use crate::{Loaded, Moved};

#[component]
pub fn Reveal(
    loaded: Loaded,
    question: Question,
    response: Response,
    grade: Grade,
    run: RwSignal<QuizRun>,
) -> impl IntoView {
    let attrs = expect_context::<HostAttrs>();
    let moved = expect_context::<Moved>();
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let graded = attrs.mode() == Mode::Graded;
    let heading = if graded { verdict(ui, grade) } else { ui.t(UiMsg::AnswerTheAnswer) };
    let heading_class = match (graded, grade) {
        (false, _) => "reveal-heading",
        (true, Grade::Right) => "reveal-heading verdict-right",
        (true, _) => "reveal-heading verdict-wrong",
    };
    let key = key_sentence(ui, &lang, &question.answer);
    let guess = your_answer(ui, &lang, &question.answer, &response);
    let scale = match (&question.answer, &response) {
        (Answer::Estimate { value, min, max, unit, currency, .. }, Response::Number(n)) => {
            Some(estimate_scale(ui, *value, *n, *min, *max, *unit, currency.as_deref()))
        }
        _ => None,
    };
    let feedback = match (&question.answer, &response) {
        (Answer::Choice { options }, Response::Choice(id)) => {
            options.iter().find(|o| &o.id == id).and_then(|o| o.feedback.as_ref()).map(|f| lang.view(f))
        }
        _ => None,
    };
    let figures =
        view! { <FigureGroups figures=question.figures.clone() bundle=loaded.bundle.clone() ui lang=lang.clone()/> };
    let last = run.with_untracked(QuizRun::is_last);
    let next_label = if last { ui.t(UiMsg::AnswerSeeSummary) } else { ui.t(UiMsg::AnswerNext) };
    let heading_ref = NodeRef::<leptos::html::P>::new();
    // Keyboard and screen-reader users land on the reveal, not back at the top.
    Effect::new(move || {
        if let Some(h) = heading_ref.get() {
            let _ = h.focus();
        }
    });
    let reflection = question.reflection.as_ref().map(|r| {
        view! {
            <div class="reflection">
                <label for="reflection">{lang.view(r)}</label>
                <textarea id="reflection" rows="3"></textarea>
                <p class="reflection-note">{ui.t(Msg::ReflectionNote)}</p>
            </div>
        }
    });
    view! {
        <div class="reveal">
            <p class=heading_class tabindex="-1" node_ref=heading_ref>{heading}</p>
            {guess.map(|g| view! { <p class="your-answer">{g}</p> })}
            {scale}
            {feedback.map(|f| view! { <p class="feedback">{f}</p> })}
            <p class="key"><strong>{ui.t(UiMsg::AnswerTheAnswer)}": "</strong>{key}</p>
            <p class="myth"><strong>{ui.t(Msg::Myth)}": "</strong>{lang.view(&question.myth)}</p>
            <p class="explanation">{lang.view(&question.explanation)}</p>
            <div class="figures">{figures}</div>
            {reflection}
            <button type="button" class="button" on:click=move |_| {
                moved.0.set_value(true);
                run.update(QuizRun::next);
            }>{next_label}</button>
        </div>
    }
}

/// The guess and the real value as two markers on the estimate's scale. Positioned with logical CSS
/// properties through the CSSOM (allowed by a strict CSP), so the scale mirrors in right-to-left pages.
fn estimate_scale(
    ui: Ui,
    value: f64,
    guess: f64,
    min: f64,
    max: f64,
    unit: lmi_content::Unit,
    currency: Option<&str>,
) -> AnyView {
    let at = |v: f64| format!("{:.2}%", ((v - min) / (max - min)).clamp(0.0, 1.0) * 100.0);
    let label = ui.f(
        Msg::ScaleLabel,
        &[
            ("guess", &format_value(ui, guess, unit, currency)),
            ("value", &format_value(ui, value, unit, currency)),
            ("min", &format_value(ui, min, unit, currency)),
            ("max", &format_value(ui, max, unit, currency)),
        ],
    );
    view! {
        <div class="scale" role="img" aria-label=label>
            <span class="scale-line"></span>
            <span class="scale-marker scale-guess" style:inset-inline-start=at(guess)>{ui.t(Msg::ScaleGuess)}</span>
            <span class="scale-marker scale-real" style:inset-inline-start=at(value)>{ui.t(Msg::ScaleReal)}</span>
        </div>
    }
    .into_any()
}

fn verdict(ui: Ui, grade: Grade) -> &'static str {
    match grade {
        Grade::Right => ui.t(UiMsg::AnswerRight),
        Grade::Wrong => ui.t(UiMsg::AnswerWrong),
        Grade::VeryWrong => ui.t(UiMsg::AnswerVeryWrong),
    }
}

/// The right answer in one sentence.
fn key_sentence(ui: Ui, lang: &ContentLang, answer: &Answer) -> String {
    match answer {
        Answer::TrueFalse { correct: true } => ui.t(Msg::AnswerTrue).to_owned(),
        Answer::TrueFalse { correct: false } => ui.t(Msg::AnswerFalse).to_owned(),
        Answer::Choice { options } => options
            .iter()
            .filter(|o| o.grade == Grade::Right)
            .map(|o| lang.string(&o.text))
            .collect::<Vec<_>>()
            .join(" / "),
        Answer::Estimate { value, unit, currency, .. } => format_value(ui, *value, *unit, currency.as_deref()),
        Answer::HigherLower { left, right } => {
            let (hi, lo) = if left.figure.value > right.figure.value { (left, right) } else { (right, left) };
            ui.f(
                Msg::HigherIs,
                &[
                    ("higher", &lang.string(&hi.label)),
                    ("high", &lmi_ui::format_figure_value(ui, &hi.figure)),
                    ("lower", &lang.string(&lo.label)),
                    ("low", &lmi_ui::format_figure_value(ui, &lo.figure)),
                ],
            )
        }
        Answer::Order { items, .. } => items.iter().map(|i| lang.string(&i.label)).collect::<Vec<_>>().join(" › "),
    }
}

/// What the learner answered, where it helps to see it again (estimates and orders).
fn your_answer(ui: Ui, lang: &ContentLang, answer: &Answer, response: &Response) -> Option<String> {
    match (answer, response) {
        (Answer::Estimate { unit, currency, .. }, Response::Number(n)) => {
            Some(ui.f(Msg::YourGuess, &[("guess", &format_value(ui, *n, *unit, currency.as_deref()))]))
        }
        (Answer::Order { items, .. }, Response::Order(ids)) => {
            let labels: Vec<String> =
                ids.iter().filter_map(|id| items.iter().find(|i| &i.id == id).map(|i| lang.string(&i.label))).collect();
            Some(ui.f(Msg::YourOrder, &[("order", &labels.join(" › "))]))
        }
        (Answer::HigherLower { left, right }, Response::Side(side)) => {
            let chosen = if *side == Side::Left { &left.label } else { &right.label };
            Some(ui.f(Msg::YourChoice, &[("choice", &lang.string(chosen))]))
        }
        _ => None,
    }
}

/// What the live region says after an answer.
pub fn announcement(ui: Ui, lang: &ContentLang, question: &Question, grade: Grade, graded: bool) -> String {
    let key = key_sentence(ui, lang, &question.answer);
    let head = if graded { verdict(ui, grade) } else { ui.t(UiMsg::AnswerTheAnswer) };
    format!("{head} {}: {key}. {}", ui.t(UiMsg::AnswerTheAnswer), lang.string(&question.explanation))
}
