//! The rules of quiz bundles.

use std::collections::HashSet;

use super::Ctx;
use crate::{Answer, QuizBundle};

impl Ctx<'_> {
    pub fn quiz(&mut self, quiz: &QuizBundle) {
        if quiz.questions.is_empty() {
            self.problem("questions", "a quiz needs at least one question");
        }
        let mut seen = HashSet::new();
        for (i, q) in quiz.questions.iter().enumerate() {
            let p = format!("questions[{i}]");
            self.id(&format!("{p}.id"), &q.id, &mut seen);
            self.required(&format!("{p}.text"), &q.text);
            self.required(&format!("{p}.myth"), &q.myth);
            self.required(&format!("{p}.explanation"), &q.explanation);
            if let Some(r) = &q.reflection {
                self.required(&format!("{p}.reflection"), r);
            }
            if let Some(img) = &q.image {
                if !is_relative_path(&img.src) {
                    self.problem(&format!("{p}.image.src"), "images must be a path relative to the bundle");
                }
                self.required(&format!("{p}.image.alt"), &img.alt);
            }
            if q.figures.is_empty() {
                self.problem(&format!("{p}.figures"), "every answer needs at least one figure with its source");
            }
            for (j, f) in q.figures.iter().enumerate() {
                self.figure(&format!("{p}.figures[{j}]"), f);
            }
            self.answer(&format!("{p}.answer"), &q.answer);
        }
        if let Some(r) = &quiz.closing_reflection {
            self.required("closing_reflection", r);
        }
    }

    fn answer(&mut self, path: &str, answer: &Answer) {
        match answer {
            Answer::TrueFalse { .. } => {}
            Answer::Choice { options } => self.choice_options(&format!("{path}.choice.options"), options),
            Answer::Estimate { value, tolerance, unit, currency, min, max, step } => {
                let p = format!("{path}.estimate");
                for (name, v) in [("value", value), ("min", min), ("max", max), ("step", step)] {
                    self.number(&format!("{p}.{name}"), *v);
                }
                self.tolerance(&format!("{p}.tolerance"), *tolerance);
                self.currency(&format!("{p}.currency"), unit.is_currency(), currency.as_ref());
                if min >= max {
                    self.problem(&format!("{p}.max"), "max must be greater than min");
                } else if value < min || value > max {
                    self.problem(
                        &format!("{p}.value"),
                        format!("the answer {value} lies outside the scale {min}–{max}"),
                    );
                }
                if *step <= 0.0 {
                    self.problem(&format!("{p}.step"), "step must be greater than 0");
                }
            }
            Answer::HigherLower { left, right } => {
                let p = format!("{path}.higher_lower");
                self.required(&format!("{p}.left.label"), &left.label);
                self.required(&format!("{p}.right.label"), &right.label);
                self.figure(&format!("{p}.left.figure"), &left.figure);
                self.figure(&format!("{p}.right.figure"), &right.figure);
                if left.figure.value == right.figure.value {
                    self.problem(&p, "both figures are equal: neither is higher");
                }
                if left.figure.unit != right.figure.unit {
                    self.problem(&p, "the two figures have different units and cannot be compared");
                }
            }
            Answer::Order { items, direction } => {
                let p = format!("{path}.order.items");
                if items.len() < 2 {
                    self.problem(&p, "ordering needs at least two items");
                }
                let mut seen = HashSet::new();
                for (i, item) in items.iter().enumerate() {
                    self.id(&format!("{p}[{i}].id"), &item.id, &mut seen);
                    self.required(&format!("{p}[{i}].label"), &item.label);
                    if let Some(f) = &item.figure {
                        self.figure(&format!("{p}[{i}].figure"), f);
                    }
                }
                let values: Vec<f64> = items.iter().filter_map(|i| i.figure.as_ref().map(|f| f.value)).collect();
                let ordered = values.windows(2).all(|w| match direction {
                    crate::OrderDirection::HighestFirst => w[0] >= w[1],
                    crate::OrderDirection::LowestFirst => w[0] <= w[1],
                });
                if !ordered {
                    self.problem(&p, "items must be listed in the right order; their figures say otherwise");
                }
            }
        }
    }
}

/// A same-origin path: no scheme, no `//host`, no backslashes.
fn is_relative_path(src: &str) -> bool {
    !src.is_empty() && !src.contains(':') && !src.starts_with("//") && !src.contains('\\')
}
