//! The shapes of the authored files in `content/authored/activities/`: texts with placeholders and
//! references to raw cells, never figures. The generator turns them into bundles.

use lmi_content::{AgeBand, Audience, ChartKind, Grade, LocalText, OrderDirection};
use serde::Deserialize;

use super::scope::Values;

/// What goes into a bundle's `meta` besides the fixed fields (languages, authors, licence …).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub id: String,
    pub title: LocalText,
    pub audience: Vec<Audience>,
    #[serde(default)]
    pub age_band: Option<AgeBand>,
    pub learning_outcomes: Vec<LocalText>,
    pub duration_minutes: u16,
}

/// `quiz-*.json`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    pub meta: Header,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub closing_reflection: Option<LocalText>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// The raw cells the question uses; each numeric one becomes a cited figure.
    #[serde(default)]
    pub values: Values,
    pub text: LocalText,
    pub myth: LocalText,
    pub answer: Answer,
    pub explanation: LocalText,
    #[serde(default)]
    pub reflection: Option<LocalText>,
}

/// A quiz answer whose key the generator works out from the data.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    /// `correct` is the truth of the claim, such as `vets > 50`.
    TrueFalse {
        claim: String,
    },
    Choice(Choice),
    /// `value` names the figure to guess; the tolerance and scale are the author's.
    Estimate {
        value: String,
        tolerance: f64,
        min: f64,
        max: f64,
        step: f64,
    },
    HigherLower {
        left: Side,
        right: Side,
    },
    /// Items in any order: the generator sorts them by their values.
    Order {
        direction: OrderDirection,
        items: Vec<Ranked>,
    },
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Side {
    pub label: LocalText,
    pub value: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ranked {
    pub id: String,
    pub label: LocalText,
    pub value: String,
}

/// A choice whose grades are checked against the data:
/// - `pick`: each option names a `value`; the highest (lowest) is right, and every `very_wrong` option
///   must lie further from it than every `wrong` one;
/// - `matches`: names a category value; each option names a `category`, the matching one is right;
/// - otherwise an option's `claim` must be true exactly when it is graded right. Options with no claim
///   are the author's judgement (questions about how data is made, with no figure to check).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    #[serde(default)]
    pub pick: Option<Pick>,
    #[serde(default)]
    pub matches: Option<String>,
    pub options: Vec<ChoiceOption>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pick {
    Highest,
    Lowest,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    /// Required unless `category` gives the text.
    #[serde(default)]
    pub text: Option<LocalText>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub claim: Option<String>,
    pub grade: Grade,
    #[serde(default)]
    pub feedback: Option<LocalText>,
}

/// `reading-*.json`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub meta: Header,
    pub datasets: Vec<Dataset>,
    pub exercises: Vec<Exercise>,
}

/// A chart's table. `{period}` in the title and series labels is the period the references cover.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub id: String,
    pub title: LocalText,
    #[serde(default)]
    pub caveat: Option<LocalText>,
    /// Category labels (occupations); without them the categories are the years of the references.
    #[serde(default)]
    pub categories: Option<Vec<LocalText>>,
    pub series: Vec<Series>,
}

/// One series: a reference per category, or a `trend` (`lfs:GB:222`) that gives one per year.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: String,
    pub label: LocalText,
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub trend: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub level: u8,
    pub title: LocalText,
    pub outcome: LocalText,
    pub dataset: String,
    pub chart: ChartKind,
    pub questions: Vec<ReadingQuestion>,
}

/// Its values must all be cells of the exercise's dataset: the answer is on the chart.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingQuestion {
    pub id: String,
    #[serde(default)]
    pub values: Values,
    pub text: LocalText,
    pub answer: ReadingAnswer,
    #[serde(default)]
    pub hints: Vec<LocalText>,
    pub explanation: LocalText,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ReadingAnswer {
    /// `value` is a name or `a - b`; the unit follows from it.
    Numeric {
        value: String,
        tolerance: f64,
    },
    Choice(Choice),
}
