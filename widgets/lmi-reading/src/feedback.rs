//! After checking: right or not (graded mode only), the learner's answer and the key, and the explanation
//! that teaches how to read the chart; then on to the next question, exercise or the summary.

use leptos::prelude::*;
use lmi_content::{Grade, ReadingAnswer, ReadingQuestion, Response};
use lmi_ui::{ContentLang, HostAttrs, Mode, Msg as UiMsg, Ui, format_value};

use crate::Loaded;
use crate::ReadingRun;
use crate::i18n::Msg;

/// The feedback on a checked answer; focus lands on its heading.
#[component]
pub fn Feedback(
    /// The loaded bundle and languages.
    loaded: Loaded,
    /// The question answered.
    question: ReadingQuestion,
    /// The dataset's currency, for money answers.
    currency: Option<lmi_content::Currency>,
    /// What the learner answered.
    response: Response,
    /// How right it was.
    grade: Grade,
    /// The learner's progress.
    run: RwSignal<ReadingRun>,
) -> impl IntoView {
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let graded = expect_context::<HostAttrs>().mode() == Mode::Graded;
    let heading = if graded { verdict(ui, grade) } else { ui.t(UiMsg::AnswerTheAnswer) };
    let heading_class = match (graded, grade) {
        (false, _) => "feedback-heading",
        (true, Grade::Right) => "feedback-heading verdict-right",
        (true, _) => "feedback-heading verdict-wrong",
    };
    let yours = match (&question.answer, &response) {
        (ReadingAnswer::Numeric { unit, .. }, Response::Number(n)) => {
            Some(ui.f(Msg::YourNumber, &[("answer", &format_value(ui, *n, *unit, currency.as_deref()))]))
        }
        _ => None,
    };
    // "Counts as right" is a verdict word: ungraded mode leaves it out.
    let tolerance = match &question.answer {
        ReadingAnswer::Numeric { tolerance, unit, .. } if graded && *tolerance > 0.0 => {
            Some(ui.f(Msg::Tolerance, &[("tolerance", &format_value(ui, *tolerance, *unit, currency.as_deref()))]))
        }
        _ => None,
    };
    let chosen = match (&question.answer, &response) {
        (ReadingAnswer::Choice { options }, Response::Choice(id)) => {
            options.iter().find(|o| &o.id == id).and_then(|o| o.feedback.as_ref()).map(|f| lang.view(f))
        }
        _ => None,
    };
    let key = key_sentence(ui, &lang, &question.answer, currency.as_deref());
    let (last, exercise_ends) = run.with_untracked(|r| (r.is_last(), r.exercise_ends()));
    let next_label = if last {
        ui.t(UiMsg::AnswerSeeSummary)
    } else if exercise_ends {
        ui.t(Msg::NextExercise)
    } else {
        ui.t(UiMsg::AnswerNext)
    };
    let heading_ref = NodeRef::<leptos::html::P>::new();
    Effect::new(move || {
        if let Some(h) = heading_ref.get() {
            let _ = h.focus();
        }
    });
    view! {
        <div class="feedback">
            <p class=heading_class tabindex="-1" node_ref=heading_ref>{heading}</p>
            {yours.map(|y| view! { <p class="your-answer">{y}</p> })}
            {chosen.map(|c| view! { <p class="choice-feedback">{c}</p> })}
            <p class="key"><strong>{ui.t(UiMsg::AnswerTheAnswer)}": "</strong>{key}</p>
            {tolerance.map(|t| view! { <p class="tolerance">{t}</p> })}
            <p class="explanation"><strong>{ui.t(Msg::HowToRead)}": "</strong>{lang.view(&question.explanation)}</p>
            <button type="button" class="button next" on:click=move |_| run.update(ReadingRun::next)>{next_label}</button>
        </div>
    }
}

fn verdict(ui: Ui, grade: Grade) -> &'static str {
    match grade {
        Grade::Right => ui.t(UiMsg::AnswerRight),
        Grade::Wrong => ui.t(UiMsg::AnswerWrong),
        Grade::VeryWrong => ui.t(UiMsg::AnswerVeryWrong),
    }
}

/// The right answer: the value with its unit, or the right option(s).
fn key_sentence(ui: Ui, lang: &ContentLang, answer: &ReadingAnswer, currency: Option<&str>) -> String {
    match answer {
        ReadingAnswer::Numeric { value, unit, .. } => format_value(ui, *value, *unit, currency),
        ReadingAnswer::Choice { options } => options
            .iter()
            .filter(|o| o.grade == Grade::Right)
            .map(|o| lang.string(&o.text))
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

/// What the live region says after a check.
pub fn announcement(
    ui: Ui,
    lang: &ContentLang,
    question: &ReadingQuestion,
    currency: Option<&str>,
    grade: Grade,
    graded: bool,
) -> String {
    let key = key_sentence(ui, lang, &question.answer, currency);
    let head = if graded { verdict(ui, grade) } else { ui.t(UiMsg::AnswerTheAnswer) };
    format!("{head} {}: {key}. {}", ui.t(UiMsg::AnswerTheAnswer), lang.string(&question.explanation))
}
