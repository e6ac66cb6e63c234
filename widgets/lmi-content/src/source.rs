//! The sources registry: where every figure comes from, and how far to trust it.

use serde::{Deserialize, Serialize};

use crate::{LocalText, Period, Region};

/// Whether `url` may be shown as a link: `https://` with a host, and no white space or control characters
/// (which browsers strip, so `java\tscript:` would not be what it seems). Anything else is left out.
pub fn is_https_link(url: &str) -> bool {
    let host = url.strip_prefix("https://").and_then(|r| r.split(['/', '?', '#']).next());
    host.is_some_and(|h| !h.is_empty()) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// One dataset a bundle cites. Figures point to it by `id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Who published it: "U.S. Bureau of Labor Statistics".
    pub publisher: String,
    /// The publisher as a pupil would say it, in each language: "Eurostat, the EU's statistics office". The
    /// source line shows it in place of `publisher`, with the official title one click away.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<LocalText>,
    /// The dataset's own title, in its own language.
    pub title: String,
    /// Where to read more; `https:` only.
    pub url: String,
    /// Reference period or vintage of the data: `2023`, `2025-05`, `2023/2033`.
    pub period: Period,
    /// When the file was taken from the publisher: `YYYY-MM-DD`.
    pub retrieved: String,
    /// Licence name or SPDX id: `CC-BY-4.0`, `Public domain (U.S. government work)`.
    pub licence: String,
    /// The attribution sentence the licence requires, exactly as required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    pub method: Method,
    /// Region code the data covers: `US`, `GB`, `EU27`.
    pub coverage: Region,
    /// What the data leaves out or gets wrong, in plain words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limitations: Vec<LocalText>,
    /// Default reliability for figures from this source that give none of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
    /// Default caveat for figures from this source that give none of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<LocalText>,
}

/// How the data was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Survey,
    Administrative,
    Census,
    OnlineJobAds,
    ForecastModel,
    Classification,
    Expert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReliabilityLevel {
    Low,
    Medium,
    High,
}

/// How far a figure can be trusted, and why: "modelled estimate", "small sample".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reliability {
    pub level: ReliabilityLevel,
    pub reason: LocalText,
}
