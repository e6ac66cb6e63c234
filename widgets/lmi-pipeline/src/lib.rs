//! The demo content pipeline: the raw open data in `shared/data` plus the authored texts in
//! `content/authored/` become the bundles in `content/`. Deterministic: running it twice writes the same bytes.
//! Each bundle is validated with `lmi_content::parse_bundle` before it is written. `cargo xtask content` is
//! the command; this crate is the work. The sentences the generators write themselves come from the texts
//! files in `content/authored/texts/` (`texts.rs`), in every UI language.

mod activities;
mod eurostat;
mod format;
mod occupations;
mod precision;
pub mod sources;
mod texts;
mod util;

use std::path::Path;

pub use util::Result;

/// What the generator joined and dropped, printed at the end of a run.
#[derive(Default)]
pub struct Report {
    lines: Vec<String>,
}

impl Report {
    pub fn note(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }

    /// What was noted, in order.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }
}

/// Which bundles to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Only {
    All,
    Occupations,
    Activities,
}

/// Builds the bundles from the raw data in `data` into `out` (the `content/` folder, which also holds the
/// authored texts the activities are built from).
pub fn generate(data: &Path, out: &Path, only: Only) -> Result<Report> {
    if !data.join("SOURCES.md").exists() {
        return Err(format!("{} does not hold the raw data (no SOURCES.md); pass --data PATH", data.display()));
    }
    let mut report = Report::default();
    let texts = out.join(texts::DIR);
    let registry = sources::Registry::load(&texts)?;
    if only != Only::Activities {
        occupations::generate(data, out, &registry, &texts, &mut report)?;
    }
    if only != Only::Occupations {
        activities::generate(data, out, &registry, &mut report)?;
    }
    Ok(report)
}

/// Validates `bundle` (serialised) and writes it as pretty JSON with a trailing newline.
pub fn write_bundle<T: serde::Serialize>(out: &Path, file: &str, bundle: &T) -> Result {
    let text = serde_json::to_string_pretty(bundle).map_err(|e| format!("{file}: {e}"))?;
    write_validated(out, file, text)
}

/// Validates `bundle` (serialised) and writes it as compact JSON (no white space between tokens) with a
/// trailing newline: for the large generated bundles, which nobody reads raw.
pub fn write_bundle_compact<T: serde::Serialize>(out: &Path, file: &str, bundle: &T) -> Result {
    let text = serde_json::to_string(bundle).map_err(|e| format!("{file}: {e}"))?;
    write_validated(out, file, text)
}

fn write_validated(out: &Path, file: &str, mut text: String) -> Result {
    text.push('\n');
    if let Err(e) = lmi_content::parse_bundle(&text) {
        let problems: Vec<String> = e.problems().iter().take(20).map(|p| p.display_in(file)).collect();
        return Err(format!("{file} would not validate:\n{}", problems.join("\n")));
    }
    std::fs::write(out.join(file), text).map_err(|e| format!("{file}: {e}"))
}
