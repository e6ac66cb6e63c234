//! A row of `sources.csv` as a [`Source`]: the dataset every figure must name, with its licence and the
//! attribution its licence requires.

use super::check::Check;
use super::sheet::{Row, Sheet};
use crate::{Lang, Method, Period, Region, Reliability, ReliabilityLevel, Source};

pub const METHODS: &str = "survey, administrative, census, online_job_ads, forecast_model, classification, expert";
pub const LEVELS: &str = "high, medium, low";

pub fn source(sheet: &Sheet, row: &Row, langs: &[Lang]) -> Result<Source, Vec<String>> {
    let mut c = Check::new(sheet, row);
    let id = c.need("id");
    let publisher = c.need("publisher");
    let title = c.need("dataset");
    let url = c.need("url");
    let licence = c.need("licence");
    let retrieved = c.need("retrieved");
    if let Some(r) = retrieved
        && !is_date(r)
    {
        c.fail("retrieved", format!("`{r}`: expected the date the file was taken, YYYY-MM-DD"));
    }
    c.need("method");
    let method: Option<Method> = c.word("method", METHODS);
    c.need("coverage");
    let coverage = c.parse("coverage", Region::parse);
    c.need("period");
    let period = c.parse("period", Period::parse);
    let reliability = reliability(&mut c, langs);
    let caveat = c.all_or_none("caveat", langs);
    let name = c.all_or_none("name", langs);
    let limitations = c.text_list("limitations", langs, true);
    let attribution = Some(c.get("attribution")).filter(|a| !a.is_empty()).map(str::to_owned);
    let source = (|| {
        Some(Source {
            id: id?.to_owned(),
            publisher: publisher?.to_owned(),
            name,
            title: title?.to_owned(),
            url: url?.to_owned(),
            period: period?,
            retrieved: retrieved?.to_owned(),
            licence: licence?.to_owned(),
            attribution,
            method: method?,
            coverage: coverage?,
            limitations,
            reliability: reliability?,
            caveat,
        })
    })();
    c.finish(source)
}

/// `reliability` with its reason in every language, or neither (then each figure gives its own).
/// `Some(None)` is "none given"; `None` is a problem.
fn reliability(c: &mut Check<'_>, langs: &[Lang]) -> Option<Option<Reliability>> {
    let level: Option<ReliabilityLevel> = c.word("reliability", LEVELS);
    let reason = c.all_or_none("reliability_reason", langs);
    match (c.get("reliability").is_empty(), level, reason) {
        (true, _, None) => Some(None),
        (true, _, Some(_)) => {
            c.fail("reliability", format!("a reliability_reason is given but no level: expected one of {LEVELS}"));
            None
        }
        (false, Some(level), Some(reason)) => Some(Some(Reliability { level, reason })),
        (false, Some(_), None) => {
            let l = &langs[0];
            c.fail(&format!("reliability_reason.{l}"), "expected the reason for the reliability, in every language");
            None
        }
        (false, None, _) => None,
    }
}

/// `YYYY-MM-DD` with a month and day that can be.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}
