//! A row of `figures.csv` as a [`Figure`] with the measure it fills. The figure must name a source of
//! `sources.csv` and carry a reliability (its own, or its source's): the explorer shows neither without it.

use std::collections::HashMap;

use super::check::Check;
use super::columns::{MEASURES, Measure, measure_words};
use super::sheet::{Row, Sheet};
use super::source_rows::LEVELS;
use crate::{
    Currency, Figure, Flags, Lang, Period, Range, RangeKind, Region, Reliability, ReliabilityLevel, Source, StatFlag,
    Unit,
};

/// What became of each source row: accepted (with its index in the bundle) or rejected (with its line).
pub type SourceIndex = HashMap<String, Result<usize, usize>>;

#[derive(Debug)]
pub struct FigureRow {
    pub measure: &'static Measure,
    pub figure: Figure,
}

pub fn figure(
    sheet: &Sheet,
    row: &Row,
    langs: &[Lang],
    sources: &SourceIndex,
    accepted: &[Source],
    sources_file: &str,
) -> Result<FigureRow, Vec<String>> {
    let mut c = Check::new(sheet, row);
    let code = c.need("code");
    let measure = c.need("measure").and_then(|m| match MEASURES.iter().find(|x| x.name == m) {
        Some(x) => Some(x),
        None => {
            c.fail("measure", format!("`{m}` is not a measure: expected one of {}", measure_words()));
            None
        }
    });
    c.need("value");
    let value = c.number("value");
    c.need("unit");
    let unit: Option<Unit> = c.word(
        "unit",
        "people, openings_per_year, percent, percent_change, currency_per_hour, currency_per_month, currency_per_year, ratio, years",
    );
    if let (Some(m), Some(u)) = (measure, unit)
        && !m.units.contains(&u)
    {
        let words: Vec<String> = m.units.iter().map(super::export::word).collect();
        c.fail("unit", format!("`{}` does not go with {}: expected {}", c.get("unit"), m.name, words.join(" or ")));
    }
    let currency = match (unit.map(Unit::is_currency), c.get("currency")) {
        (Some(true), "") => {
            c.fail("currency", "a currency unit needs its ISO 4217 code, such as EUR or USD");
            None
        }
        (Some(false), v) if !v.is_empty() => {
            c.fail("currency", format!("`{v}`: a currency only goes with currency_per_… units; empty it"));
            None
        }
        _ => c.parse("currency", Currency::parse),
    };
    c.need("period");
    let period: Option<Period> = c.parse("period", Period::parse);
    c.need("region");
    let region = c.parse("region", Region::parse);
    let source = c.need("source").map(str::to_owned);
    let source_ref = source.as_deref().and_then(|id| match sources.get(id) {
        Some(Ok(i)) => Some(&accepted[*i]),
        Some(Err(line)) => {
            c.fail("source", format!("source `{id}` was rejected ({sources_file}:{line}); fix that row first"));
            None
        }
        None => {
            let known: Vec<&str> = accepted.iter().map(|s| s.id.as_str()).collect();
            c.fail(
                "source",
                format!("unknown source `{id}`: expected an id from {sources_file} ({})", known.join(", ")),
            );
            None
        }
    });
    let (flags, reliability) = reliability(&mut c, langs);
    if let (Some(None), Some(s)) = (&reliability, source_ref)
        && s.reliability.is_none()
    {
        c.fail("reliability", format!("expected {LEVELS} (with reliability_reason), as source `{}` gives none", s.id));
    }
    let range = range(&mut c);
    let caveat = c.all_or_none("caveat", langs);
    let about = c.all_or_none("about", langs);
    let figure = (|| {
        Some(Figure {
            about,
            value: value?,
            unit: unit?,
            currency,
            period: period?,
            region: region?,
            source: source?,
            reliability: reliability?,
            caveat,
            range: range?,
            flags: flags?,
        })
    })();
    let row = figure.and_then(|figure| Some(FigureRow { measure: measure?, figure })).filter(|_| code.is_some());
    c.finish(row)
}

/// `reliability` and `flags`: a level (`high`, `medium`, `low`) with its reason in every language, or
/// Eurostat's flag letters (`u` is low reliability, and then needs its reason too), or nothing (the
/// source's). The letters may also be in `flags`.
fn reliability(c: &mut Check<'_>, langs: &[Lang]) -> (Option<Flags>, Option<Option<Reliability>>) {
    let cell = c.get("reliability");
    let mut flags = match Flags::parse(c.get("flags")) {
        Ok(f) => Some(f),
        Err(e) => {
            c.fail("flags", e);
            None
        }
    };
    let level = match super::check::word::<ReliabilityLevel>(cell) {
        Some(level) => Some(level),
        None if cell.is_empty() => None,
        None => match Flags::parse(cell) {
            Ok(letters) => {
                flags = flags.map(|f| Flags::parse(&format!("{f}{letters}")).unwrap_or(f));
                letters.contains(StatFlag::LowReliability).then_some(ReliabilityLevel::Low)
            }
            Err(_) => {
                c.fail("reliability", format!("`{cell}`: expected {LEVELS}, or Eurostat flag letters such as `u`"));
                return (flags, None);
            }
        },
    };
    let reason = c.all_or_none("reliability_reason", langs);
    let reliability = match (level, reason) {
        (Some(level), Some(reason)) => Some(Some(Reliability { level, reason })),
        (Some(_), None) => {
            c.fail(
                &format!("reliability_reason.{}", langs[0]),
                format!("expected why the figure is `{cell}`, in every language"),
            );
            None
        }
        (None, Some(_)) => {
            c.fail("reliability", format!("a reliability_reason is given but no level: expected one of {LEVELS}"));
            None
        }
        (None, None) => Some(None),
    };
    (flags, reliability)
}

/// `low`, `high` and `range` (p10_p90, p25_p75, scenarios) together, or none of them.
fn range(c: &mut Check<'_>) -> Option<Option<Range>> {
    let given = ["low", "high", "range"].map(|k| !c.get(k).is_empty());
    if given == [false; 3] {
        return Some(None);
    }
    if given != [true; 3] {
        let missing = ["low", "high", "range"].into_iter().zip(given).find(|(_, g)| !g).map_or("range", |(k, _)| k);
        c.fail(missing, "a range needs low, high and range (p10_p90, p25_p75 or scenarios) together");
        return None;
    }
    let (low, high) = (c.number("low"), c.number("high"));
    let kind: Option<RangeKind> = c.word("range", "p10_p90, p25_p75, scenarios");
    let (low, high, kind) = (low?, high?, kind?);
    if low > high {
        c.fail("low", format!("low {low} is above high {high}"));
        return None;
    }
    Some(Some(Range { low, high, kind }))
}
