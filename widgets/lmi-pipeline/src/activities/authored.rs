//! The shapes of the authored files in `content/authored/activities/`: texts with placeholders and
//! references to raw cells, never figures. The generator turns them into bundles.

use std::collections::BTreeMap;

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
    /// The day someone last checked the file's texts, translations and claims against the data: the reviewer
    /// writes it here, and it becomes the bundle's `meta.last_reviewed`.
    pub last_reviewed: String,
}

/// `quiz-*.json`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// In a country template (`*.countries.json`): the region codes of the countries it is built for.
    #[serde(default)]
    pub countries: Vec<String>,
    pub meta: Header,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub closing_reflection: Option<LocalText>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// In a country template: countries whose edition leaves the question out (a gap in their data, a break
    /// inside the years compared, a comparison of the EU with itself).
    #[serde(default)]
    pub except: Vec<String>,
    /// Flags a value must carry because a text says so (`{"start": "b"}`: the text explains the break); the
    /// generator stops where the data does not carry them.
    #[serde(default)]
    pub expect_flags: BTreeMap<String, String>,
    /// The question compares two years of a Eurostat series across a break, and its texts say so plainly;
    /// without it such a comparison is refused.
    #[serde(default)]
    pub across_break: bool,
    /// The raw cells the question uses; each numeric one becomes a cited figure.
    #[serde(default)]
    pub values: Values,
    /// Who or what each figure is about, by value name, for the figures the answer does not label itself (an
    /// order's items, a higher-or-lower's sides and a pick's options do): the reveal names every figure.
    #[serde(default)]
    pub about: BTreeMap<String, LocalText>,
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
    /// `correct` is the truth of the claim, such as `vets > 50`. With `expect`, the texts are written for that
    /// answer: the generator stops where the data gives the other one (in a country template, every country).
    TrueFalse {
        claim: String,
        #[serde(default)]
        expect: Option<bool>,
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
    /// With `expect`, the texts name that side as the higher one, and the generator stops where it is not.
    HigherLower {
        left: Side,
        right: Side,
        #[serde(default)]
        expect: Option<Which>,
    },
    /// Items in any order: the generator sorts them by their values.
    Order {
        direction: OrderDirection,
        items: Vec<Ranked>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    Left,
    Right,
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
///   are the author's judgement (questions about how data is made, with no figure to check);
/// - with `graded_by_claims`, every option gives a `claim` and no `grade`: the one whose claim holds is right,
///   the others wrong (for country templates, where the data decides which it is; exactly one must hold).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    #[serde(default)]
    pub graded_by_claims: bool,
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
    /// Required unless the choice is `graded_by_claims`.
    #[serde(default)]
    pub grade: Option<Grade>,
    #[serde(default)]
    pub feedback: Option<LocalText>,
}

/// `reading-*.json`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// In a country template: the region codes of the countries it is built for.
    #[serde(default)]
    pub countries: Vec<String>,
    pub meta: Header,
    pub datasets: Vec<Dataset>,
    pub exercises: Vec<Exercise>,
}

/// A chart's table. `{period}` in the title and series labels is the period the references cover.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub id: String,
    /// In a country template: countries whose edition leaves the dataset (and its exercises) out.
    #[serde(default)]
    pub except: Vec<String>,
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
    /// In a country template: countries whose edition leaves the exercise out.
    #[serde(default)]
    pub except: Vec<String>,
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
    /// Flags a value must carry because a text says so (see [`Question::expect_flags`]).
    #[serde(default)]
    pub expect_flags: BTreeMap<String, String>,
    /// See [`Question::across_break`].
    #[serde(default)]
    pub across_break: bool,
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
    /// `value` is a name or `a - b`; the unit follows from it. The tolerance is `tolerance` in the answer's
    /// unit, or `tolerance_percent` of the answer (for country templates, whose answers differ in size).
    Numeric {
        value: String,
        #[serde(default)]
        tolerance: Option<f64>,
        #[serde(default)]
        tolerance_percent: Option<f64>,
    },
    Choice(Choice),
}
