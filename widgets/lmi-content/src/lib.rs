//! The LMI Kit bundle format: the only crate that knows the JSON.
//!
//! A bundle is a JSON object with a top-level `kind` (`quiz`, `occupations`, `reading`), a `format` version,
//! a `meta` envelope, a `sources` registry and the body of its kind. [`parse_bundle`] turns text into a
//! [`Bundle`] or into every [`Problem`] found, each with a JSON path and a message written for the author.
//!
//! This crate knows nothing of the DOM: it builds and tests on the native target.

#[cfg(feature = "cli")]
pub mod cli;
mod codes;
mod country_figures;
mod details;
mod figure;
mod flags;
pub mod limits;
mod locate;
mod meta;
mod occupations;
mod parse;
mod problem;
mod quiz;
mod reading;
mod scale;
mod scoring;
mod search;
mod source;
mod text;
mod validate;
mod version;

pub use codes::{Currency, Region};
pub use country_figures::{CountryFigures, GroupFigures, country_code, country_path, parse_country_figures};
pub use details::{OccupationDetails, details_group, details_path, merge, parse_details, split};
pub use figure::{Figure, Period, Range, RangeKind, Unit};
pub use flags::{Flags, StatFlag};
pub use limits::MAX_BUNDLE_BYTES;
pub use locate::locate_paths;
pub use meta::{AgeBand, Audience, Meta};
pub use occupations::{
    EntryEducation, IscoGroup, Occupation, OccupationFigures, OccupationsBundle, Outlook, Riasec, Skills, UsFit,
    UsMatch,
};
pub use parse::{BundleKind, Checked, Findings, LoadError, parse, parse_any, parse_bundle, parse_checked};
pub use problem::Problem;
pub use quiz::{Answer, ChoiceOption, Grade, HigherLowerItem, Image, OrderDirection, OrderItem, Question, QuizBundle};
pub use reading::{ChartKind, Dataset, Exercise, ReadingAnswer, ReadingBundle, ReadingQuestion, Series};
pub use scale::{BandScale, Baseline, MAX_CHART_VALUE, Ticks, ValueScale, nice_ticks};
pub use scoring::{Response, Side};
pub use search::{Filters, Hit, MatchRank, Matched, SearchIndex};
pub use source::{Method, Reliability, ReliabilityLevel, Source, is_https_link};
pub use text::{Lang, LocalText, Localized};
pub use version::{FORMAT_VERSION, FormatVersion};

use serde::{Deserialize, Serialize};

/// What a bundle holds: the top-level `kind` field (public contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Quiz,
    Occupations,
    Reading,
    /// A details file of a split occupations bundle; read only with that bundle.
    #[serde(rename = "occupation-details")]
    OccupationDetails,
    /// One country's figures per ISCO major group; read only with the occupations bundle naming it.
    #[serde(rename = "country-figures")]
    CountryFigures,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quiz => "quiz",
            Kind::Occupations => "occupations",
            Kind::Reading => "reading",
            Kind::OccupationDetails => "occupation-details",
            Kind::CountryFigures => "country-figures",
        }
    }
}

/// A parsed and validated bundle of any kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Bundle {
    Quiz(QuizBundle),
    Occupations(OccupationsBundle),
    Reading(ReadingBundle),
}

impl Bundle {
    pub fn kind(&self) -> Kind {
        match self {
            Bundle::Quiz(_) => Kind::Quiz,
            Bundle::Occupations(_) => Kind::Occupations,
            Bundle::Reading(_) => Kind::Reading,
        }
    }

    pub fn meta(&self) -> &Meta {
        match self {
            Bundle::Quiz(b) => &b.meta,
            Bundle::Occupations(b) => &b.meta,
            Bundle::Reading(b) => &b.meta,
        }
    }
}

impl Cites for Bundle {
    fn sources(&self) -> &[Source] {
        match self {
            Bundle::Quiz(b) => &b.sources,
            Bundle::Occupations(b) => &b.sources,
            Bundle::Reading(b) => &b.sources,
        }
    }
}

/// A bundle with a sources registry, which its figures cite by id.
pub trait Cites {
    fn sources(&self) -> &[Source];

    /// The source a figure points to. Validation guarantees it exists in a parsed bundle.
    fn source(&self, id: &str) -> Option<&Source> {
        self.sources().iter().find(|s| s.id == id)
    }

    /// How reliable `figure` is: its own rating, else its source's (validation requires one of the two).
    fn reliability<'a>(&'a self, figure: &'a Figure) -> Option<&'a Reliability> {
        figure.reliability.as_ref().or_else(|| self.source(&figure.source).and_then(|s| s.reliability.as_ref()))
    }

    /// What `figure` warns its reader of: its own caveat, else its source's.
    fn caveat<'a>(&'a self, figure: &'a Figure) -> Option<&'a LocalText> {
        figure.caveat.as_ref().or_else(|| self.source(&figure.source).and_then(|s| s.caveat.as_ref()))
    }
}
