//! A raw cell as the figure a bundle cites: the source's caveat plus the row's OEWS footnotes.

use lmi_content::{Figure, LocalText};

use super::labels::Labels;
use super::refs::Cell;
use crate::sources::Registry;
use crate::util::Result;

/// What a cited figure's words come from: the footnotes in labels.json, the sources' caveats.
pub struct Words<'a> {
    pub labels: &'a Labels,
    pub registry: &'a Registry,
}

/// `cell` as a figure; an error when the publisher suppressed it or a footnote has no translation.
pub fn figure(cell: &Cell, reference: &str, words: &Words) -> Result<Figure> {
    let mut figure = cell.figure(reference)?;
    if !cell.footnotes.is_empty() {
        // A figure's caveat replaces its source's, so keep the source's and add each footnote after it.
        let mut caveat = cell.source.source(words.registry)?.caveat.unwrap_or_default();
        for code in &cell.footnotes {
            let note = words.labels.footnote(code).map_err(|e| format!("`{reference}`: {e}"))?;
            caveat = join(&caveat, note);
        }
        figure.caveat = Some(caveat);
    }
    Ok(figure)
}

fn join(a: &LocalText, b: &LocalText) -> LocalText {
    let mut out = a.clone();
    for (lang, text) in &b.0 {
        let joined = match a.get(lang) {
            Some(first) => format!("{first} {text}"),
            None => text.clone(),
        };
        out.0.insert(lang.clone(), joined);
    }
    out
}
