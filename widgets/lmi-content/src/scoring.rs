//! Checking a learner's response against a question's key. Pure logic, tested natively.

use crate::{Answer, Grade, OrderDirection, ReadingAnswer};

/// What the learner answered.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    Bool(bool),
    /// The id of the chosen option.
    Choice(String),
    Number(f64),
    Side(Side),
    /// Item ids in the learner's order.
    Order(Vec<String>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
}

impl Answer {
    /// How right the response is; `None` when the response is of another type than the question.
    ///
    /// Graded beyond right/wrong where the type allows it: a choice by its option's grade; an estimate is
    /// very wrong when further off than three tolerances and a tenth of the scale; an order is very wrong
    /// when fewer than half of the items are in place.
    pub fn check(&self, response: &Response) -> Option<Grade> {
        Some(match (self, response) {
            (Answer::TrueFalse { correct }, Response::Bool(b)) => right_if(b == correct),
            (Answer::Choice { options }, Response::Choice(id)) => options.iter().find(|o| &o.id == id)?.grade,
            (Answer::Estimate { value, tolerance, min, max, .. }, Response::Number(guess)) => {
                estimate_grade(*value, *tolerance, max - min, *guess)
            }
            (Answer::HigherLower { left, right }, Response::Side(side)) => {
                let higher = if left.figure.value > right.figure.value { Side::Left } else { Side::Right };
                right_if(*side == higher)
            }
            (Answer::Order { items, .. }, Response::Order(ids)) => {
                if ids.len() != items.len() {
                    return None;
                }
                let in_place = items.iter().zip(ids).filter(|(item, id)| &item.id == *id).count();
                if in_place == items.len() {
                    Grade::Right
                } else if in_place * 2 >= items.len() {
                    Grade::Wrong
                } else {
                    Grade::VeryWrong
                }
            }
            _ => return None,
        })
    }

    /// The right response, for the reveal and for teachers' answer keys.
    pub fn key(&self) -> Response {
        match self {
            Answer::TrueFalse { correct } => Response::Bool(*correct),
            Answer::Choice { options } => Response::Choice(
                options.iter().find(|o| o.grade == Grade::Right).map(|o| o.id.clone()).unwrap_or_default(),
            ),
            Answer::Estimate { value, .. } => Response::Number(*value),
            Answer::HigherLower { left, right } => {
                Response::Side(if left.figure.value > right.figure.value { Side::Left } else { Side::Right })
            }
            Answer::Order { items, .. } => Response::Order(items.iter().map(|i| i.id.clone()).collect()),
        }
    }
}

impl OrderDirection {
    pub fn highest_first(self) -> bool {
        self == OrderDirection::HighestFirst
    }
}

impl ReadingAnswer {
    /// Numeric answers are right within the tolerance; choices by their grade.
    pub fn check(&self, response: &Response) -> Option<Grade> {
        Some(match (self, response) {
            (ReadingAnswer::Numeric { value, tolerance, .. }, Response::Number(n)) => {
                right_if((n - value).abs() <= *tolerance + f64::EPSILON * value.abs().max(1.0))
            }
            (ReadingAnswer::Choice { options }, Response::Choice(id)) => options.iter().find(|o| &o.id == id)?.grade,
            _ => return None,
        })
    }
}

fn right_if(ok: bool) -> Grade {
    if ok { Grade::Right } else { Grade::Wrong }
}

fn estimate_grade(value: f64, tolerance: f64, scale: f64, guess: f64) -> Grade {
    let off = (guess - value).abs();
    // A small epsilon so that 47.5 ± 2.5 accepts 45 and 50 despite binary fractions.
    let eps = 1e-9 * value.abs().max(1.0);
    if off <= tolerance + eps {
        Grade::Right
    } else if off <= (3.0 * tolerance).max(scale / 10.0) + eps {
        Grade::Wrong
    } else {
        Grade::VeryWrong
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(json: &str) -> Answer {
        serde_json::from_str(json).unwrap()
    }

    const FIGURE: &str = r#""unit": "percent", "period": "2022", "region": "US", "source": "s""#;

    #[test]
    fn each_type() {
        let cases: Vec<(String, Response, Option<Grade>)> = vec![
            (r#"{"true_false": {"correct": false}}"#.into(), Response::Bool(false), Some(Grade::Right)),
            (r#"{"true_false": {"correct": false}}"#.into(), Response::Bool(true), Some(Grade::Wrong)),
            (r#"{"true_false": {"correct": false}}"#.into(), Response::Number(1.0), None),
            (
                r#"{"choice": {"options": [
                    {"id": "a", "text": {"en": "A"}, "grade": "right"},
                    {"id": "b", "text": {"en": "B"}, "grade": "wrong"},
                    {"id": "c", "text": {"en": "C"}, "grade": "very_wrong"}]}}"#
                    .into(),
                Response::Choice("c".into()),
                Some(Grade::VeryWrong),
            ),
            (
                r#"{"choice": {"options": [{"id": "a", "text": {"en": "A"}, "grade": "right"}]}}"#.into(),
                Response::Choice("zzz".into()),
                None,
            ),
            (
                format!(
                    r#"{{"higher_lower": {{"left": {{"label": {{"en": "L"}}, "figure": {{"value": 2.2, {FIGURE}}}}},
                    "right": {{"label": {{"en": "R"}}, "figure": {{"value": 87.9, {FIGURE}}}}}}}}}"#
                ),
                Response::Side(Side::Right),
                Some(Grade::Right),
            ),
            (
                r#"{"order": {"direction": "highest_first", "items": [
                    {"id": "a", "label": {"en": "A"}}, {"id": "b", "label": {"en": "B"}},
                    {"id": "c", "label": {"en": "C"}}, {"id": "d", "label": {"en": "D"}}]}}"#
                    .into(),
                Response::Order(vec!["a".into(), "b".into(), "d".into(), "c".into()]),
                Some(Grade::Wrong),
            ),
            (
                r#"{"order": {"direction": "highest_first", "items": [
                    {"id": "a", "label": {"en": "A"}}, {"id": "b", "label": {"en": "B"}},
                    {"id": "c", "label": {"en": "C"}}, {"id": "d", "label": {"en": "D"}}]}}"#
                    .into(),
                Response::Order(vec!["d".into(), "c".into(), "b".into(), "a".into()]),
                Some(Grade::VeryWrong),
            ),
        ];
        for (json, response, want) in cases {
            assert_eq!(answer(&json).check(&response), want, "{json} / {response:?}");
        }
    }

    #[test]
    fn estimate_tolerance_edges() {
        let a = answer(
            r#"{"estimate": {"value": 2.2, "tolerance": 3, "unit": "percent", "min": 0, "max": 100, "step": 1}}"#,
        );
        let check = |guess: f64, want: Grade| assert_eq!(a.check(&Response::Number(guess)), Some(want), "{guess}");
        check(2.2, Grade::Right);
        check(5.2, Grade::Right); // exactly at the tolerance
        check(0.0, Grade::Right);
        check(5.3, Grade::Wrong);
        check(12.2, Grade::Wrong); // a tenth of the scale is wider than three tolerances here
        check(12.3, Grade::VeryWrong);
        check(50.0, Grade::VeryWrong);
    }

    #[test]
    fn reading_numeric_tolerance() {
        let a: ReadingAnswer =
            serde_json::from_str(r#"{"numeric": {"value": 611, "tolerance": 5, "unit": "people"}}"#).unwrap();
        assert_eq!(a.check(&Response::Number(616.0)), Some(Grade::Right));
        assert_eq!(a.check(&Response::Number(617.0)), Some(Grade::Wrong));
        assert_eq!(a.check(&Response::Bool(true)), None);
    }
}
