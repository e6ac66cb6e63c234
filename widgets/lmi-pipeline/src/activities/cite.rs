//! A raw cell as the figure a bundle cites: the source's caveat plus the row's OEWS footnotes, LMI Kit's
//! arithmetic and Eurostat's flags in words; Eurostat's `u` makes the figure's reliability low, a small CPS sample
//! or a high OEWS standard error medium (the rule of the occupations bundles, `crate::precision`).

use lmi_content::{Figure, LocalText, Reliability, ReliabilityLevel};

use super::labels::Labels;
use super::refs::{Cell, Note};
use crate::precision::Precision;
use crate::sources::Registry;
use crate::texts::Value;
use crate::util::Result;

/// What a cited figure's words come from: the footnotes in labels.json, the sources' caveats and notes.
pub struct Words<'a> {
    pub labels: &'a Labels,
    pub registry: &'a Registry,
    /// When a US estimate is imprecise, as the occupations bundles say it.
    pub precision: &'a Precision,
}

/// `cell` as a figure; an error when the publisher suppressed it or a footnote has no translation.
pub fn figure(cell: &Cell, reference: &str, words: &Words) -> Result<Figure> {
    let mut figure = cell.figure(reference)?;
    let notes = notes(cell, words.registry).map_err(|e| format!("`{reference}`: {e}"))?;
    if !cell.footnotes.is_empty() || !notes.is_empty() {
        // A figure's caveat replaces its source's: say what LMI Kit calculated first, then keep the source's
        // caveat, then the footnotes and flags.
        let source = cell.source.source(words.registry)?.caveat.unwrap_or_default();
        let (arithmetic, flags): (Vec<_>, Vec<_>) =
            notes.into_iter().partition(|(n, _)| matches!(n, Note::WomenShare | Note::Change { .. }));
        let mut caveat = LocalText::default();
        for (_, t) in &arithmetic {
            caveat = join(&caveat, t);
        }
        caveat = join(&caveat, &source);
        for code in &cell.footnotes {
            let note = words.labels.footnote(code).map_err(|e| format!("`{reference}`: {e}"))?;
            caveat = join(&caveat, note);
        }
        for (_, t) in &flags {
            caveat = join(&caveat, t);
        }
        figure.caveat = Some(caveat);
    }
    figure.reliability = match low_reliability(cell, words.registry)? {
        Some(low) => Some(low),
        None => cell.sample.map(|s| words.precision.reliability(s)).transpose()?.flatten(),
    };
    Ok(figure)
}

/// Low reliability with Eurostat's reason when the value, or a cell it is calculated from, carries `u`.
pub fn low_reliability(cell: &Cell, registry: &Registry) -> Result<Option<Reliability>> {
    if !cell.low_reliability() {
        return Ok(None);
    }
    let key = if cell.derived { "low_reliability_derived" } else { "low_reliability" };
    Ok(Some(Reliability { level: ReliabilityLevel::Low, reason: registry.note(key, &[])? }))
}

/// Each of the cell's notes in words, in the cell's order.
pub fn notes(cell: &Cell, registry: &Registry) -> Result<Vec<(Note, LocalText)>> {
    let dataset = || Value::words(cell.source.dataset_code().unwrap_or_default());
    let year = |y: &i32| Value::words(y.to_string());
    let kit = || Value::words(crate::sources::KIT);
    cell.notes
        .iter()
        .map(|n| {
            let text = match n {
                Note::WomenShare => registry.note("women_share", &[("dataset", dataset()), ("kit", kit())]),
                Note::Change { from, to } => registry
                    .note("change", &[("dataset", dataset()), ("from", year(from)), ("kit", kit()), ("to", year(to))]),
                Note::Break(y) => registry.note("break", &[("year", year(y))]),
                Note::BreakAtStart(y) => registry.note("break_at_start", &[("year", year(y))]),
                Note::BreakCrossed(y) => registry.note("break_crossed", &[("year", year(y))]),
                Note::DefinitionDiffers => registry.note("definition_differs", &[]),
                Note::Provisional => registry.note("provisional", &[]),
                Note::Estimated => registry.note("estimated", &[]),
            }?;
            Ok((n.clone(), text))
        })
        .collect()
}

/// `a` then `b`, sentence after sentence, in every language of either.
pub fn join(a: &LocalText, b: &LocalText) -> LocalText {
    let mut out = a.clone();
    for (lang, text) in &b.0 {
        let joined = match a.get(lang) {
            Some(first) if !first.is_empty() => format!("{first} {text}"),
            _ => text.clone(),
        };
        out.0.insert(lang.clone(), joined);
    }
    out
}
