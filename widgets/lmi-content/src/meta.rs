//! The envelope every bundle carries under `meta`.

use serde::{Deserialize, Serialize};

use crate::{Lang, LocalText};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Stable id: lowercase letters, digits and `-`. Used in events (`detail.bundle`) and storage keys.
    pub id: String,
    pub title: LocalText,
    /// Every language the bundle's required texts are given in.
    pub languages: Vec<Lang>,
    /// The fallback for any text missing in the reader's language.
    pub default_language: Lang,
    pub licence: String,
    /// The attribution the widgets show under the activity.
    pub attribution: String,
    pub audience: Vec<Audience>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeBand>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learning_outcomes: Vec<LocalText>,
    /// Minutes a class needs for the activity, for teacher guides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u16>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD`.
    pub last_reviewed: String,
}

/// Who the content is written for (the `audience` attribute takes the same words).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Pupil,
    Jobseeker,
    Practitioner,
}

impl Audience {
    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "pupil" => Some(Audience::Pupil),
            "jobseeker" => Some(Audience::Jobseeker),
            "practitioner" => Some(Audience::Practitioner),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AgeBand {
    pub min: u8,
    pub max: u8,
}
