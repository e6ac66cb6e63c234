//! The answer key: for every question the right answer (from `Answer::key`), why, and the figures with their
//! source and period. The same key ends the guide page and the print sheet.

use lmi_content::{
    Answer, Bundle, ChoiceOption, Cites, Dataset, Grade, Meta, QuizBundle, ReadingAnswer, ReadingBundle, Response, Side,
};

use super::figures::{capitalised, citation, figure_list, question_figures};
use super::html::Html;
use super::words;

/// The key of every question, headed `<h3>` per quiz question or reading exercise.
pub fn answer_key(h: &mut Html, bundle: &Bundle) {
    match bundle {
        Bundle::Quiz(quiz) => quiz_key(h, quiz, bundle),
        Bundle::Reading(reading) => reading_key(h, reading, bundle),
        Bundle::Occupations(_) => {}
    }
}

fn quiz_key(h: &mut Html, quiz: &QuizBundle, bundle: &Bundle) {
    let meta = &quiz.meta;
    for (n, question) in quiz.questions.iter().enumerate() {
        h.raw("<section class=\"key-item\" id=\"key-").text(&question.id).raw("\">");
        h.el("h3", &format!("Question {}", n + 1));
        h.raw("<p class=\"question\">").local(&question.text, meta).raw("</p>");
        h.raw("<div class=\"right\"><strong>Answer:</strong> ");
        quiz_answer(h, &question.answer, meta);
        h.raw("</div>");
        h.raw("<p><strong>Why:</strong> ").local(&question.explanation, meta).raw("</p>");
        figure_list(h, &question_figures(question), bundle);
        h.raw("</section>");
    }
}

fn quiz_answer(h: &mut Html, answer: &Answer, meta: &Meta) {
    match (answer, answer.key()) {
        (Answer::TrueFalse { .. }, Response::Bool(correct)) => {
            h.text(if correct { "True." } else { "False." });
        }
        (Answer::Choice { options }, Response::Choice(right)) => choice_answer(h, options, &right, meta),
        (Answer::Estimate { tolerance, unit, currency, .. }, Response::Number(value)) => {
            let currency = currency.as_deref();
            let low = words::short_value(value - tolerance, *unit, currency);
            let high = words::short_value(value + tolerance, *unit, currency);
            h.text(&format!("{}. Guesses from {low} to {high} count as right.", words::value(value, *unit, currency)));
        }
        (Answer::HigherLower { left, right }, Response::Side(side)) => {
            let (higher, lower) = if side == Side::Left { (left, right) } else { (right, left) };
            let value = |f: &lmi_content::Figure| words::value(f.value, f.unit, f.currency.as_deref());
            h.local(&higher.label, meta)
                .text(&format!(" ({}), against ", value(&higher.figure)))
                .local(&lower.label, meta)
                .text(&format!(" ({}).", value(&lower.figure)));
        }
        (Answer::Order { items, direction }, Response::Order(ids)) => {
            h.text(if direction.highest_first() { "From highest to lowest:" } else { "From lowest to highest:" });
            h.raw("<ol class=\"order\">");
            for item in ids.iter().filter_map(|id| items.iter().find(|i| &i.id == id)) {
                h.raw("<li>").local(&item.label, meta);
                if let Some(f) = &item.figure {
                    h.text(&format!(": {}", words::value(f.value, f.unit, f.currency.as_deref())));
                }
                h.raw("</li>");
            }
            h.raw("</ol>");
        }
        // `key` always answers in the question's own type.
        _ => {}
    }
}

/// The right option (`right` is its id), then the others with how far off they are.
fn choice_answer(h: &mut Html, options: &[ChoiceOption], right: &str, meta: &Meta) {
    if let Some(option) = options.iter().find(|o| o.id == right) {
        h.local(&option.text, meta).text(".");
    }
    let others: Vec<&ChoiceOption> = options.iter().filter(|o| o.id != right).collect();
    if others.is_empty() {
        return;
    }
    h.raw("<br><span class=\"others\">Other options: ");
    for (i, option) in others.iter().enumerate() {
        if i > 0 {
            h.text("; ");
        }
        let grade = if option.grade == Grade::VeryWrong { "very wrong, furthest from the truth" } else { "wrong" };
        h.local(&option.text, meta).text(&format!(" ({grade})"));
    }
    h.raw(".</span>");
}

fn reading_key(h: &mut Html, reading: &ReadingBundle, bundle: &Bundle) {
    let meta = &reading.meta;
    for (n, exercise) in reading.exercises.iter().enumerate() {
        h.raw("<section class=\"key-exercise\" id=\"key-").text(&exercise.id).raw("\">");
        h.raw("<h3>").text(&format!("Exercise {}: ", n + 1)).local(&exercise.title, meta);
        h.text(&format!(" (level {})", exercise.level)).raw("</h3>");
        let dataset = reading.datasets.iter().find(|d| d.id == exercise.dataset);
        if let Some(dataset) = dataset {
            dataset_line(h, dataset, bundle);
        }
        for (m, question) in exercise.questions.iter().enumerate() {
            h.raw("<div class=\"key-item\">");
            h.raw("<p class=\"question\"><strong>").text(&format!("{}.{} ", n + 1, m + 1)).raw("</strong>");
            h.local(&question.text, meta).raw("</p>");
            h.raw("<div class=\"right\"><strong>Answer:</strong> ");
            match &question.answer {
                ReadingAnswer::Numeric { value, tolerance, unit } => {
                    let currency = dataset.and_then(|d| d.currency.as_deref());
                    let low = words::short_value(value - tolerance, *unit, currency);
                    let high = words::short_value(value + tolerance, *unit, currency);
                    h.text(&format!(
                        "{}. Answers from {low} to {high} count as right.",
                        words::value(*value, *unit, currency)
                    ));
                }
                ReadingAnswer::Choice { options } => {
                    let right = options.iter().find(|o| o.grade == Grade::Right).map_or("", |o| o.id.as_str());
                    choice_answer(h, options, right, meta);
                }
            }
            h.raw("</div>");
            if !question.hints.is_empty() {
                h.raw("<p><strong>Hints, one at a time:</strong></p><ol class=\"hints\">");
                for hint in &question.hints {
                    h.raw("<li>").local(hint, meta).raw("</li>");
                }
                h.raw("</ol>");
            }
            h.raw("<p><strong>Why:</strong> ").local(&question.explanation, meta).raw("</p>");
            h.raw("</div>");
        }
        h.raw("</section>");
    }
}

/// "Data: title · region, period · reliability", then its source: the figure every answer of the exercise
/// is read from.
fn dataset_line(h: &mut Html, dataset: &Dataset, bundle: &Bundle) {
    let meta = bundle.meta();
    h.raw("<p class=\"data-line\"><strong>Data:</strong> ").local(&dataset.title, meta);
    h.text(&format!(" · {}, {}", capitalised(&words::region(&dataset.region)), words::period(&dataset.period)));
    let source = bundle.source(&dataset.source);
    if let Some(r) = dataset.reliability.as_ref().or(source.and_then(|s| s.reliability.as_ref())) {
        h.text(&format!(" · reliability: {}", words::reliability(r.level).0));
    }
    h.raw("</p>");
    if let Some(source) = source {
        h.raw("<p class=\"cite\">");
        citation(h, source);
        h.raw("</p>");
    }
}
