//! Myth-busting quizzes: questions that name a myth and answer it with cited figures.

use serde::{Deserialize, Serialize};

use crate::{Currency, Figure, FormatVersion, Kind, LocalText, Meta, Source, Unit};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuizBundle {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: Kind,
    pub format: FormatVersion,
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub questions: Vec<Question>,
    /// A prompt shown with the end summary ("What surprised you?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing_reflection: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: LocalText,
    /// The assumption the question questions: "Only men become electricians."
    pub myth: LocalText,
    pub answer: Answer,
    /// In plain words, for a 12-year-old.
    pub explanation: LocalText,
    /// The real figures behind the answer, each with its source.
    pub figures: Vec<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflection: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

/// The question's type and its key. Externally tagged (`"answer": {"estimate": {…}}`) so that every
/// error inside keeps its exact JSON path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    TrueFalse {
        correct: bool,
    },
    Choice {
        options: Vec<ChoiceOption>,
    },
    Estimate {
        value: f64,
        /// Answers within `value ± tolerance` count as right.
        tolerance: f64,
        unit: Unit,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        currency: Option<Currency>,
        /// The slider's scale.
        min: f64,
        max: f64,
        step: f64,
    },
    HigherLower {
        // Boxed: two figures make this variant several times larger than the others.
        left: Box<HigherLowerItem>,
        right: Box<HigherLowerItem>,
    },
    Order {
        /// Listed in the right order; the widget shuffles them.
        items: Vec<OrderItem>,
        direction: OrderDirection,
    },
}

impl Answer {
    /// The name of the type as written in the bundle.
    pub fn type_name(&self) -> &'static str {
        match self {
            Answer::TrueFalse { .. } => "true_false",
            Answer::Choice { .. } => "choice",
            Answer::Estimate { .. } => "estimate",
            Answer::HigherLower { .. } => "higher_lower",
            Answer::Order { .. } => "order",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    pub text: LocalText,
    pub grade: Grade,
    /// Feedback for this choice; the widget has a default per grade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<LocalText>,
}

/// How far a choice is from the truth: feedback differs for "wrong" and "very wrong".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Right,
    Wrong,
    VeryWrong,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HigherLowerItem {
    pub label: LocalText,
    pub figure: Figure,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrderItem {
    pub id: String,
    pub label: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderDirection {
    HighestFirst,
    LowestFirst,
}

/// An image beside the question; a path relative to the bundle (no third-party requests).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub src: String,
    pub alt: LocalText,
}
