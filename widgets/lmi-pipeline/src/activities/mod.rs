//! Quizzes and reading exercises: authored texts in `content/authored/activities/` + the raw open data →
//! `content/quiz-*.json` and `content/reading-*.json`.
//!
//! Authored files hold words, references to raw cells and placeholders, never figures: the generator looks
//! every number up, works out every answer key from the data, and fails naming the file and row when a
//! reference is missing. See content/README.md, "Quizzes and reading exercises".
//!
//! A country template (`<base>.countries.json`, see `editions.rs`) is built once per country it lists into
//! `<base>.<code>.json`; an edition no longer listed is removed. Every country also gets the explorer's figures
//! per occupation group (`country_figures.rs`), cited the same way.

mod authored;
mod choice;
mod cite;
mod country_figures;
mod data;
mod editions;
mod envelope;
mod expr;
mod fill;
#[cfg(test)]
mod fixtures;
mod labels;
mod quiz;
mod reading;
mod refs;
mod scope;
#[cfg(test)]
mod trace;

use std::path::Path;

pub(crate) use country_figures::DIR as COUNTRY_FIGURES_DIR;
use data::Data;
use editions::{Countries, Edition};
use labels::Labels;
use lmi_content::{Answer, QuizBundle, ReadingBundle};
use serde::de::DeserializeOwned;

use super::{Report, write_bundle};
use crate::precision::Precision;
use crate::sources::Registry;
use crate::util::Result;

/// Where the authored files live, below the output folder.
const AUTHORED: &str = "authored/activities";
/// Hand-written bundles the generator must never overwrite.
const HAND_WRITTEN: [&str; 1] = ["quiz-first-look.json"];

/// Builds every `quiz-*.json` and `reading-*.json` found in `out/authored/activities/`.
pub fn generate(data: &Path, out: &Path, registry: &Registry, report: &mut Report) -> Result {
    let dir = out.join(AUTHORED);
    let labels = Labels::load(&dir.join("labels.json"))?;
    let countries = Countries::load(&out.join(crate::texts::DIR))?;
    let raw = Data::load(data)?;
    let precision = Precision::load(&out.join(crate::texts::DIR))?;
    let words = cite::Words { labels: &labels, registry, precision: &precision };
    for name in authored_files(&dir)? {
        if HAND_WRITTEN.contains(&name.as_str()) {
            return Err(format!("{AUTHORED}/{name}: {name} is hand-written; give the authored file another name"));
        }
        for (file, bundle) in build_file(&dir, &name, &raw, &words, &countries)? {
            match &bundle {
                Built::Quiz(b) => write_bundle(out, &file, b)?,
                Built::Reading(b) => write_bundle(out, &file, b)?,
            }
            report.note(format!("activities: {file}: {}", bundle.describe()));
        }
        if let Some(base) = editions::template_base(&name) {
            remove_stale_editions(out, base, &countries_of(&dir, &name)?, report)?;
        }
    }
    country_figures::generate(out, &raw, &words, &countries, report)
}

/// A built bundle of either kind.
enum Built {
    Quiz(QuizBundle),
    Reading(ReadingBundle),
}

impl Built {
    fn describe(&self) -> String {
        match self {
            Built::Quiz(b) => describe_quiz(b),
            Built::Reading(b) => describe_reading(b),
        }
    }
}

/// The bundles of one authored file with their file names: one, or one per country of a country template.
fn build_file(
    dir: &Path,
    name: &str,
    raw: &Data,
    words: &cite::Words,
    countries: &Countries,
) -> Result<Vec<(String, Built)>> {
    let quiz = name.starts_with("quiz-");
    let (listed, quiz_file, reading_file) = if quiz {
        let q: authored::Quiz = read(dir, name)?;
        (q.countries.clone(), Some(q), None)
    } else {
        let r: authored::Reading = read(dir, name)?;
        (r.countries.clone(), None, Some(r))
    };
    let build = |edition: Option<&Edition>| -> Result<Built> {
        Ok(match (&quiz_file, &reading_file) {
            (Some(q), _) => Built::Quiz(quiz::build(q, raw, words, name, edition)?),
            (_, Some(r)) => Built::Reading(reading::build(r, raw, words, name, edition)?),
            _ => unreachable!("one of the two was read"),
        })
    };
    match (editions::template_base(name), listed.is_empty()) {
        (None, true) => Ok(vec![(name.to_owned(), build(None)?)]),
        (None, false) => {
            Err(format!("{AUTHORED}/{name}: `countries` is only for a country template (`*.countries.json`)"))
        }
        (Some(_), true) => Err(format!("{AUTHORED}/{name}: a country template lists its `countries`")),
        (Some(base), false) => {
            let mut out = Vec::new();
            for (i, code) in listed.iter().enumerate() {
                if listed[..i].contains(code) {
                    return Err(format!("{AUTHORED}/{name}: `{code}` is listed twice in `countries`"));
                }
                let edition = countries.get(code).map_err(|e| format!("{AUTHORED}/{name}: countries: {e}"))?;
                out.push((format!("{base}.{}.json", edition.code()), build(Some(edition))?));
            }
            Ok(out)
        }
    }
}

/// The `countries` of a template, as region codes.
fn countries_of(dir: &Path, name: &str) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Listed {
        countries: Vec<String>,
    }
    Ok(read::<Listed>(dir, name)?.countries)
}

/// Removes `<base>.<code>.json` editions of a template whose country it no longer lists.
fn remove_stale_editions(out: &Path, base: &str, listed: &[String], report: &mut Report) -> Result {
    let keep: Vec<String> = listed.iter().map(|c| format!("{base}.{}.json", c.to_ascii_lowercase())).collect();
    let entries = std::fs::read_dir(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for entry in entries {
        let name = entry.map_err(|e| format!("{}: {e}", out.display()))?.file_name().to_string_lossy().into_owned();
        let code = name.strip_prefix(base).and_then(|r| r.strip_prefix('.')).and_then(|r| r.strip_suffix(".json"));
        let edition = code.is_some_and(|c| {
            (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        if edition && !keep.contains(&name) {
            std::fs::remove_file(out.join(&name)).map_err(|e| format!("{name}: {e}"))?;
            report.note(format!("activities: {name}: removed (its country is no longer listed)"));
        }
    }
    Ok(())
}

/// Whether a country edition leaves out an element whose `except` lists its country; `except` outside a
/// country template, or naming an unknown code, is an error.
fn left_out(except: &[String], edition: Option<&Edition>, at: &str) -> Result<bool> {
    match edition {
        None if !except.is_empty() => Err(format!("{at}: `except` is only for country templates")),
        None => Ok(false),
        Some(e) => Ok(except.iter().any(|c| c == e.region.as_str())),
    }
}

/// The authored bundle files, sorted so runs are repeatable; anything unexpected is an error.
fn authored_files(dir: &Path) -> Result<Vec<String>> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let name = entry.map_err(|e| format!("{}: {e}", dir.display()))?.file_name().to_string_lossy().into_owned();
        let bundle = (name.starts_with("quiz-") || name.starts_with("reading-")) && name.ends_with(".json");
        match (bundle, name.as_str()) {
            (true, _) => names.push(name),
            (false, "labels.json") => {}
            (false, _) => {
                return Err(format!("{AUTHORED}/{name}: expected quiz-*.json, reading-*.json or labels.json"));
            }
        }
    }
    names.sort();
    Ok(names)
}

fn read<T: DeserializeOwned>(dir: &Path, name: &str) -> Result<T> {
    let text = std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{AUTHORED}/{name}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{AUTHORED}/{name}: {e}"))
}

/// `12 questions (true_false 3, choice 2, …)`.
fn describe_quiz(bundle: &QuizBundle) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for q in &bundle.questions {
        let name = Answer::type_name(&q.answer);
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    let parts: Vec<String> = counts.iter().map(|(n, c)| format!("{n} {c}")).collect();
    format!("{} questions ({})", bundle.questions.len(), parts.join(", "))
}

/// `14 exercises (level 1: 3, …) on 9 datasets`.
fn describe_reading(bundle: &ReadingBundle) -> String {
    let levels: Vec<String> =
        (1..=4).map(|l| format!("level {l}: {}", bundle.exercises.iter().filter(|e| e.level == l).count())).collect();
    format!("{} exercises ({}) on {} datasets", bundle.exercises.len(), levels.join(", "), bundle.datasets.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::root;

    /// The real authored files with the real data, when the data folder is beside the checkout: every bundle
    /// builds and validates (the fixtures above cover the same code without the data).
    /// Every `except` of a template is needed: without it, that country's edition would not build (a gap, a
    /// break inside the years compared, texts the data contradicts), or the question compares the country with
    /// itself (a reference that names the country's own code, such as the EU against the EU).
    #[test]
    fn every_except_is_needed() {
        let data_dir = root().join("../shared/data");
        if !data_dir.join("SOURCES.md").exists() {
            eprintln!("skipped: no raw data at {}", data_dir.display());
            return;
        }
        let dir = root().join("content").join(AUTHORED);
        let labels = Labels::load(&dir.join("labels.json")).unwrap();
        let countries = Countries::load(&root().join("content").join(crate::texts::DIR)).unwrap();
        let raw = Data::load(&data_dir).unwrap();
        let registry = fixtures::registry();
        let words = cite::Words { labels: &labels, registry: &registry, precision: fixtures::words().precision };
        let mut checked = 0;
        for name in authored_files(&dir).unwrap().into_iter().filter(|n| editions::template_base(n).is_some()) {
            let template: serde_json::Value = read(&dir, &name).unwrap();
            let lists = ["questions", "datasets", "exercises"];
            for list in lists {
                let Some(items) = template.get(list).and_then(serde_json::Value::as_array) else { continue };
                for (i, item) in items.iter().enumerate() {
                    let Some(except) = item.get("except").and_then(serde_json::Value::as_array) else { continue };
                    for code in except.iter().map(|c| c.as_str().unwrap()) {
                        let edition = countries.get(code).unwrap();
                        let own = format!(":{}:", edition.geo);
                        if item.to_string().contains(&own) {
                            continue;
                        }
                        // Put the item back into that country's edition (with the exercises of a dataset).
                        let mut t = template.clone();
                        let keep = |v: &mut serde_json::Value| {
                            if let Some(a) = v.get_mut("except").and_then(serde_json::Value::as_array_mut) {
                                a.retain(|c| c != code);
                            }
                        };
                        keep(&mut t[list][i]);
                        if list == "datasets" {
                            let id = item["id"].clone();
                            for e in t["exercises"].as_array_mut().unwrap().iter_mut().filter(|e| e["dataset"] == id) {
                                keep(e);
                            }
                        }
                        let built = if name.starts_with("quiz-") {
                            let q: authored::Quiz = serde_json::from_value(t).unwrap();
                            quiz::build(&q, &raw, &words, &name, Some(edition)).map(|_| ())
                        } else {
                            let r: authored::Reading = serde_json::from_value(t).unwrap();
                            reading::build(&r, &raw, &words, &name, Some(edition)).map(|_| ())
                        };
                        assert!(
                            built.is_err(),
                            "{name} {list}[{}]: `except` lists {code}, but it builds there",
                            item["id"]
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10, "{checked} excepts checked");
    }

    #[test]
    fn every_authored_file_builds_and_validates() {
        let data_dir = root().join("../shared/data");
        if !data_dir.join("SOURCES.md").exists() {
            eprintln!("skipped: no raw data at {}", data_dir.display());
            return;
        }
        let dir = root().join("content").join(AUTHORED);
        let labels = Labels::load(&dir.join("labels.json")).unwrap();
        let countries = Countries::load(&root().join("content").join(crate::texts::DIR)).unwrap();
        let raw = Data::load(&data_dir).unwrap();
        let registry = fixtures::registry();
        let words = cite::Words { labels: &labels, registry: &registry, precision: fixtures::words().precision };
        let names = authored_files(&dir).unwrap();
        assert!(names.iter().any(|n| n.starts_with("quiz-")) && names.iter().any(|n| n.starts_with("reading-")));
        assert!(names.iter().any(|n| editions::template_base(n).is_some()), "no country template");
        for name in names {
            for (file, bundle) in build_file(&dir, &name, &raw, &words, &countries).unwrap() {
                let text = match &bundle {
                    Built::Quiz(b) => serde_json::to_string(b),
                    Built::Reading(b) => serde_json::to_string(b),
                };
                if let Err(e) = lmi_content::parse_bundle(&text.unwrap()) {
                    panic!("{file}: {:?}", e.problems());
                }
            }
        }
    }
}
