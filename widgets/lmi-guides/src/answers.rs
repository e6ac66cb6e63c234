//! The answer key: for every question the right answer (from `Answer::key`), why, and the figures with their
//! source and period. The same key ends the guide page and the print sheet.

use lmi_content::{
    Answer, Bundle, ChoiceOption, Cites, Dataset, Grade, Meta, QuizBundle, ReadingAnswer, ReadingBundle, Response, Side,
};

use super::figures::{citation, figure_list, question_figures};
use super::html::Html;
use super::words;
use crate::i18n::{Language, Msg};

/// The key of every question, headed `<h3>` per quiz question or reading exercise.
pub fn answer_key(h: &mut Html, bundle: &Bundle, l: Language) {
    match bundle {
        Bundle::Quiz(quiz) => quiz_key(h, quiz, bundle, l),
        Bundle::Reading(reading) => reading_key(h, reading, bundle, l),
        Bundle::Occupations(_) => {}
    }
}

/// `<strong>Answer:</strong> ` and the like: a label in bold, then a space.
fn label(h: &mut Html, l: Language, msg: Msg) {
    h.el("strong", l.t(msg)).text(" ");
}

fn quiz_key(h: &mut Html, quiz: &QuizBundle, bundle: &Bundle, l: Language) {
    let meta = &quiz.meta;
    for (n, question) in quiz.questions.iter().enumerate() {
        h.raw("<section class=\"key-item\" id=\"key-").text(&question.id).raw("\">");
        h.el("h3", &l.f(Msg::KeyQuestion, &[("n", &(n + 1).to_string())]));
        h.raw("<p class=\"question\">").local(&question.text, meta, l).raw("</p>");
        h.raw("<div class=\"right\">");
        label(h, l, Msg::KeyAnswer);
        quiz_answer(h, &question.answer, meta, l);
        h.raw("</div><p>");
        label(h, l, Msg::KeyWhy);
        h.local(&question.explanation, meta, l).raw("</p>");
        figure_list(h, &question_figures(question), bundle, l);
        h.raw("</section>");
    }
}

fn quiz_answer(h: &mut Html, answer: &Answer, meta: &Meta, l: Language) {
    match (answer, answer.key()) {
        (Answer::TrueFalse { .. }, Response::Bool(correct)) => {
            h.text(l.t(if correct { Msg::KeyTrue } else { Msg::KeyFalse }));
        }
        (Answer::Choice { options }, Response::Choice(right)) => choice_answer(h, options, &right, meta, l),
        (Answer::Estimate { tolerance, unit, currency, .. }, Response::Number(value)) => {
            let currency = currency.as_deref();
            let low = words::short_value(l, value - tolerance, *unit, currency);
            let high = words::short_value(l, value + tolerance, *unit, currency);
            let value = words::value(l, value, *unit, currency);
            h.text(&l.f(Msg::KeyEstimate, &[("value", &value), ("low", &low), ("high", &high)]));
        }
        (Answer::HigherLower { left, right }, Response::Side(side)) => {
            let (higher, lower) = if side == Side::Left { (left, right) } else { (right, left) };
            let value = |f: &lmi_content::Figure| words::value(l, f.value, f.unit, f.currency.as_deref());
            h.fill(l.t(Msg::KeyHigherLower), |h, name| match name {
                "higher" => {
                    h.local(&higher.label, meta, l);
                }
                "higher_value" => {
                    h.text(&value(&higher.figure));
                }
                "lower" => {
                    h.local(&lower.label, meta, l);
                }
                _ => {
                    h.text(&value(&lower.figure));
                }
            });
        }
        (Answer::Order { items, direction }, Response::Order(ids)) => {
            h.text(l.t(if direction.highest_first() { Msg::KeyHighestFirst } else { Msg::KeyLowestFirst }));
            h.raw("<ol class=\"order\">");
            for item in ids.iter().filter_map(|id| items.iter().find(|i| &i.id == id)) {
                h.raw("<li>");
                match &item.figure {
                    Some(f) => {
                        let value = words::value(l, f.value, f.unit, f.currency.as_deref());
                        h.fill(l.t(Msg::KeyOrderItem), |h, name| {
                            if name == "item" {
                                h.local(&item.label, meta, l);
                            } else {
                                h.text(&value);
                            }
                        });
                    }
                    None => {
                        h.local(&item.label, meta, l);
                    }
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
fn choice_answer(h: &mut Html, options: &[ChoiceOption], right: &str, meta: &Meta, l: Language) {
    if let Some(option) = options.iter().find(|o| o.id == right) {
        h.local(&option.text, meta, l).text(".");
    }
    let others: Vec<&ChoiceOption> = options.iter().filter(|o| o.id != right).collect();
    if others.is_empty() {
        return;
    }
    h.raw("<br><span class=\"others\">").text(l.t(Msg::KeyOtherOptions)).text(" ");
    for (i, option) in others.iter().enumerate() {
        if i > 0 {
            h.text(words::semicolon(l));
        }
        let grade = l.t(if option.grade == Grade::VeryWrong { Msg::GradeVeryWrong } else { Msg::GradeWrong });
        h.local(&option.text, meta, l).text(&format!(" ({grade})"));
    }
    h.raw(".</span>");
}

fn reading_key(h: &mut Html, reading: &ReadingBundle, bundle: &Bundle, l: Language) {
    let meta = &reading.meta;
    for (n, exercise) in reading.exercises.iter().enumerate() {
        h.raw("<section class=\"key-exercise\" id=\"key-").text(&exercise.id).raw("\"><h3>");
        h.fill(l.t(Msg::KeyExercise), |h, name| match name {
            "n" => {
                h.text(&(n + 1).to_string());
            }
            "title" => {
                h.local(&exercise.title, meta, l);
            }
            _ => {
                h.text(&exercise.level.to_string());
            }
        });
        h.raw("</h3>");
        let dataset = reading.datasets.iter().find(|d| d.id == exercise.dataset);
        if let Some(dataset) = dataset {
            dataset_line(h, dataset, bundle, l);
        }
        for (m, question) in exercise.questions.iter().enumerate() {
            h.raw("<div class=\"key-item\">");
            h.raw("<p class=\"question\"><strong>").text(&words::isolated(l, &format!("{}.{}", n + 1, m + 1)));
            h.raw(" </strong>").local(&question.text, meta, l).raw("</p>");
            h.raw("<div class=\"right\">");
            label(h, l, Msg::KeyAnswer);
            match &question.answer {
                ReadingAnswer::Numeric { value, tolerance, unit } => {
                    let currency = dataset.and_then(|d| d.currency.as_deref());
                    let low = words::short_value(l, value - tolerance, *unit, currency);
                    let high = words::short_value(l, value + tolerance, *unit, currency);
                    let value = words::value(l, *value, *unit, currency);
                    h.text(&l.f(Msg::KeyNumeric, &[("value", &value), ("low", &low), ("high", &high)]));
                }
                ReadingAnswer::Choice { options } => {
                    let right = options.iter().find(|o| o.grade == Grade::Right).map_or("", |o| o.id.as_str());
                    choice_answer(h, options, right, meta, l);
                }
            }
            h.raw("</div>");
            if !question.hints.is_empty() {
                h.raw("<p>").el("strong", l.t(Msg::KeyHints)).raw("</p><ol class=\"hints\">");
                for hint in &question.hints {
                    h.raw("<li>").local(hint, meta, l).raw("</li>");
                }
                h.raw("</ol>");
            }
            h.raw("<p>");
            label(h, l, Msg::KeyWhy);
            h.local(&question.explanation, meta, l).raw("</p>");
            h.raw("</div>");
        }
        h.raw("</section>");
    }
}

/// "Data: title · region, period · reliability", then its source: the figure every answer of the exercise
/// is read from.
fn dataset_line(h: &mut Html, dataset: &Dataset, bundle: &Bundle, l: Language) {
    let meta = bundle.meta();
    h.raw("<p class=\"data-line\">");
    label(h, l, Msg::KeyData);
    h.local(&dataset.title, meta, l);
    h.text(&format!(" · {}{}{}", words::place(l, &dataset.region), words::comma(l), words::period(l, &dataset.period)));
    let source = bundle.source(&dataset.source);
    if let Some(r) = dataset.reliability.as_ref().or(source.and_then(|s| s.reliability.as_ref())) {
        h.text(" · ").text(&l.f(Msg::FigureReliability, &[("level", words::reliability(l, r.level).0)]));
    }
    h.raw("</p>");
    if let Some(source) = source {
        h.raw("<p class=\"cite\">");
        citation(h, source, l);
        h.raw("</p>");
    }
}
