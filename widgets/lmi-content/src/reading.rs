//! Reading exercises: learn to read, compare and question labour-market data, in four levels.

use serde::{Deserialize, Serialize};

use crate::{
    ChoiceOption, Currency, Flags, FormatVersion, Kind, LocalText, Meta, Period, Region, Reliability, Source, Unit,
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReadingBundle {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: Kind,
    pub format: FormatVersion,
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub datasets: Vec<Dataset>,
    pub exercises: Vec<Exercise>,
}

/// A table of figures from one source: categories (bars, years) by series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub id: String,
    pub title: LocalText,
    pub unit: Unit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    pub period: Period,
    pub region: Region,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<LocalText>,
    /// Labels along the category axis, such as years or occupations.
    pub categories: Vec<LocalText>,
    pub series: Vec<Series>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: String,
    pub label: LocalText,
    /// One value per category; `null` where the source has none (Eurostat's `:`), shown as such.
    pub values: Vec<Option<f64>>,
    /// The publisher's flags on each value, in the order of `values` (`""` for none); empty when no value has any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<Flags>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    Bar,
    GroupedBar,
    Line,
    /// Low, middle and high series drawn as a range with a marker: wage percentiles.
    Range,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    /// 1 read a value, 2 compare, 3 see a trend, 4 judge the source.
    pub level: u8,
    pub title: LocalText,
    /// What the learner can do after it, shown at the start.
    pub outcome: LocalText,
    pub dataset: String,
    pub chart: ChartKind,
    pub questions: Vec<ReadingQuestion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReadingQuestion {
    pub id: String,
    pub text: LocalText,
    pub answer: ReadingAnswer,
    /// Revealed one at a time, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<LocalText>,
    /// Teaches how to read the chart, not only what the answer is.
    pub explanation: LocalText,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ReadingAnswer {
    Numeric { value: f64, tolerance: f64, unit: Unit },
    Choice { options: Vec<ChoiceOption> },
}
