//! The `lmi-content` tool's commands, as functions so tests call them without a process.

mod import;
mod occupations_csv;
mod schema;
mod split;

use std::path::Path;

use crate::{Bundle, Checked, OccupationsBundle};

pub use import::{import, quiz_from_csv, reading_from_csv};
pub use occupations_csv::{
    Csvs, EXPORT_HELP, IMPORT_HELP, ImportReport, Imported, bundle_from_csv, csv_from_bundle, export_occupations,
    import_occupations, read_whole,
};
pub use schema::{schemas, write_schemas};
pub use split::split_file;

pub const USAGE: &str = "\
usage:
  lmi-content validate FILE...              check bundles; print every problem as file:line:column: path: message
  lmi-content schema [DIR]                  write the JSON Schemas of every kind (default content/schema)
  lmi-content split FILE OUT_DIR            a big occupations bundle as a light bundle + a details file per ISCO sub-major group
  lmi-content import quiz FILE.csv [OPTIONS]     print a quiz bundle made from a spreadsheet
  lmi-content import reading FILE.csv [OPTIONS]  print a reading bundle made from a spreadsheet
import options: --id ID --title TEXT --lang LANG --author NAME --reviewed YYYY-MM-DD (see content/README.md)
  lmi-content import occupations OCCUPATIONS.csv FIGURES.csv SOURCES.csv --out DIR [--strict] [--lang en,nl]
                                            an explorer bundle from a portal's own CSVs (--help: a worked example)
  lmi-content export occupations BUNDLE.json --out DIR   the three CSVs back from an occupations bundle";

/// Why a command did not succeed: bundle problems (exit 1) or a usage or file error (exit 2).
#[derive(Debug, PartialEq)]
pub enum Failure {
    Problems(String),
    Usage(String),
}

/// Validates each file: one `ok` line per file when all are valid, else every problem of every file.
pub fn validate(files: &[String]) -> Result<String, Failure> {
    let mut ok = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(Path::new(file)).map_err(|e| Failure::Usage(format!("{file}: {e}")))?;
        match crate::parse_any(&text) {
            Ok(Checked { bundle, warnings }) => {
                let before = problems.len();
                if let Bundle::Occupations(index) = &bundle {
                    problems.extend(details_problems(Path::new(file), index));
                    problems.extend(country_problems(Path::new(file), index));
                }
                if problems.len() == before {
                    ok.push(format!("{file}: ok ({} bundle `{}`)", bundle.kind().as_str(), bundle.meta().id));
                    ok.extend(warnings.iter().map(|w| w.display_in(file).replacen(": ", ": warning: ", 1)));
                }
            }
            Err(e) => problems.extend(e.problems().iter().map(|p| p.display_in(file))),
        }
    }
    if problems.is_empty() { Ok(ok.join("\n")) } else { Err(Failure::Problems(problems.join("\n"))) }
}

/// Every problem of the country files an occupations bundle names (`countries`): each file the template
/// matches beside `file`, read for the country its name gives. A country without a file (or no folder at all)
/// is not a problem: the explorer says it has no figures for that country.
fn country_problems(file: &Path, index: &OccupationsBundle) -> Vec<String> {
    let Some(template) = &index.countries else { return Vec::new() };
    let base = file.with_file_name("");
    let (prefix, suffix) = template.split_once("{country}").unwrap_or((template, ""));
    let (dir, prefix) = match prefix.rsplit_once('/') {
        Some((dir, rest)) => (base.join(dir), rest),
        None => (base.clone(), prefix),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut names: Vec<String> = entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    let mut problems = Vec::new();
    for name in names {
        let Some(code) = name.strip_prefix(prefix).and_then(|r| r.strip_suffix(suffix)) else { continue };
        let path = dir.join(&name);
        let shown = path.display().to_string();
        let Some(country) = crate::country_code(code).filter(|c| c.as_str().eq_ignore_ascii_case(code)) else {
            problems.push(format!("{shown}: `{code}` is not a country code such as `be` or `eu27`"));
            continue;
        };
        match std::fs::read_to_string(&path) {
            Err(e) => problems.push(format!("{shown}: {e}")),
            Ok(text) => {
                if let Err(e) = crate::parse_country_figures(&text, index, &country) {
                    problems.extend(e.problems().iter().map(|p| p.display_in(&shown)));
                }
            }
        }
    }
    problems
}

/// Every problem of the details files a split occupations bundle names, read from beside `file`.
fn details_problems(file: &Path, index: &OccupationsBundle) -> Vec<String> {
    let Some(template) = &index.details else { return Vec::new() };
    let mut groups: Vec<&str> = index.occupations.iter().filter_map(|o| crate::details_group(&o.isco)).collect();
    groups.sort_unstable();
    groups.dedup();
    let mut problems = Vec::new();
    for group in groups {
        let path = file.with_file_name("").join(crate::details_path(template, group));
        let shown = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Err(e) => problems.push(format!("{shown}: {e} (named by `details` in {})", file.display())),
            Ok(text) => match crate::parse_details(&text, index, group) {
                Ok(_) => {}
                Err(e) => problems.extend(e.problems().iter().map(|p| p.display_in(&shown))),
            },
        }
    }
    problems
}
