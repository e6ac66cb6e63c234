//! Quizzes and reading exercises: authored texts in `content/authored/activities/` + the raw open data →
//! `content/quiz-*.json` and `content/reading-*.json`.
//!
//! Authored files hold words, references to raw cells and placeholders, never figures: the generator looks
//! every number up, works out every answer key from the data, and fails naming the file and row when a
//! reference is missing. See content/README.md, "Quizzes and reading exercises".

mod authored;
mod choice;
mod cite;
mod data;
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

use std::path::Path;

use data::Data;
use labels::Labels;
use lmi_content::{Answer, QuizBundle, ReadingBundle};
use serde::de::DeserializeOwned;

use super::{Report, write_bundle};
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
    let raw = Data::load(data)?;
    for name in authored_files(&dir)? {
        if HAND_WRITTEN.contains(&name.as_str()) {
            return Err(format!("{AUTHORED}/{name}: {name} is hand-written; give the authored file another name"));
        }
        if name.starts_with("quiz-") {
            let bundle = quiz::build(&read(&dir, &name)?, &raw, &labels, registry, &name)?;
            write_bundle(out, &name, &bundle)?;
            report.note(format!("activities: {name}: {}", describe_quiz(&bundle)));
        } else {
            let bundle = reading::build(&read(&dir, &name)?, &raw, &labels, registry, &name)?;
            write_bundle(out, &name, &bundle)?;
            report.note(format!("activities: {name}: {}", describe_reading(&bundle)));
        }
    }
    Ok(())
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
    #[test]
    fn every_authored_file_builds_and_validates() {
        let data_dir = root().join("../shared/data");
        if !data_dir.join("SOURCES.md").exists() {
            eprintln!("skipped: no raw data at {}", data_dir.display());
            return;
        }
        let dir = root().join("content").join(AUTHORED);
        let labels = Labels::load(&dir.join("labels.json")).unwrap();
        let raw = Data::load(&data_dir).unwrap();
        let registry = fixtures::registry();
        let names = authored_files(&dir).unwrap();
        assert!(names.iter().any(|n| n.starts_with("quiz-")) && names.iter().any(|n| n.starts_with("reading-")));
        for name in names {
            let text = if name.starts_with("quiz-") {
                serde_json::to_string(
                    &quiz::build(&read(&dir, &name).unwrap(), &raw, &labels, &registry, &name).unwrap(),
                )
            } else {
                serde_json::to_string(
                    &reading::build(&read(&dir, &name).unwrap(), &raw, &labels, &registry, &name).unwrap(),
                )
            };
            if let Err(e) = lmi_content::parse_bundle(&text.unwrap()) {
                panic!("{name}: {:?}", e.problems());
            }
        }
    }
}
