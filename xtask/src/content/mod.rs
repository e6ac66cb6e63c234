//! `cargo xtask content [--data PATH] [--only occupations|activities]`: builds the demo bundles in `content/` from the raw open data
//! (default `../shared/data`, beside the checkout). Deterministic: running it twice writes the same bytes.
//! Each bundle is validated with `lmi_content::parse_bundle` before it is written.

mod activities;
mod occupations;
pub mod sources;

use std::path::{Path, PathBuf};

use crate::util::{Result, root};

/// What the generator joined and dropped, printed at the end of a run.
#[derive(Default)]
pub struct Report {
    lines: Vec<String>,
}

impl Report {
    pub fn note(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }
}

pub fn run(args: &[String]) -> Result {
    let data = match args.iter().position(|a| a == "--data") {
        Some(i) => PathBuf::from(args.get(i + 1).ok_or("--data needs a path")?),
        None => root().join("../shared/data"),
    };
    if !data.join("SOURCES.md").exists() {
        return Err(format!("{} does not hold the raw data (no SOURCES.md); pass --data PATH", data.display()));
    }
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).map(String::as_str);
    let out = root().join("content");
    let mut report = Report::default();
    if only.is_none_or(|o| o == "occupations") {
        occupations::generate(&data, &out, &mut report)?;
    }
    if only.is_none_or(|o| o == "activities") {
        activities::generate(&data, &out, &mut report)?;
    }
    for line in &report.lines {
        eprintln!("content: {line}");
    }
    Ok(())
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
