//! When a US survey figure is less precise than most: one rule, and one set of sentences, for the explorer's
//! cards and for the quizzes and reading exercises, so that a figure has the same reliability wherever it is
//! shown (veterinarians' share of women is "medium: small sample" on the card and in the quiz alike).

use std::path::Path;

use lmi_content::{Reliability, ReliabilityLevel};
use serde::Deserialize;

use crate::texts::{self, Text, Value};
use crate::util::Result;

/// An OEWS relative standard error at or above this (in percent) makes an estimate medium reliability.
/// BLS publishes no cut-off; 10 % is a common line between "precise" and "use with some caution".
pub const HIGH_RSE_PCT: f64 = 10.0;

/// CPS occupations with fewer employed than this (in thousands) are small samples. BLS does not publish
/// shares below 50 thousand; just above that line the margin of error is still wide.
pub const SMALL_SAMPLE_THOUSANDS: f64 = 100.0;

/// The two sentences, from `occupations.json` in the texts folder (the occupations bundles read them there too).
#[derive(Debug, Deserialize)]
struct Words {
    small_sample: Text,
    high_rse: Text,
}

/// What makes a US estimate less precise, as the raw row gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Sample {
    /// A CPS share of an occupation with this many employed, in thousands.
    CpsEmployed(f64),
    /// An OEWS estimate with this relative standard error, in percent (`None`: BLS gives none).
    OewsRse(Option<f64>),
}

#[derive(Debug)]
pub struct Precision {
    words: Words,
}

impl Precision {
    pub fn load(dir: &Path) -> Result<Precision> {
        Ok(Precision { words: texts::read(dir, "occupations.json")? })
    }

    /// Medium reliability with its reason, in every UI language, when the sample makes the figure imprecise.
    pub fn reliability(&self, sample: Sample) -> Result<Option<Reliability>> {
        let reason = match sample {
            Sample::CpsEmployed(thousands) if thousands < SMALL_SAMPLE_THOUSANDS => {
                let people = Value::count((thousands * 1000.0).round());
                self.words.small_sample.local(&[("people", people)])?
            }
            Sample::OewsRse(Some(rse)) if rse >= HIGH_RSE_PCT => {
                self.words.high_rse.local(&[("rse", Value::percent(rse))])?
            }
            _ => return Ok(None),
        };
        Ok(Some(Reliability { level: ReliabilityLevel::Medium, reason }))
    }
}
