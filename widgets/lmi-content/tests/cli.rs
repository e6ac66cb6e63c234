//! The `lmi-content` tool: exit codes, the `file:line:column: path: message` format, the schemas, and
//! the spreadsheet import round trip. Needs the `cli` feature (`cargo xtask test` enables it).
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn tool(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lmi-content")).args(args).current_dir(repo("")).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validate_accepts_a_good_bundle_with_exit_0() {
    let (code, stdout, _) = tool(&["validate", "content/quiz-first-look.json"]);
    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), "content/quiz-first-look.json: ok (quiz bundle `quiz-first-look`)");
}

#[test]
fn validate_prints_each_problem_with_its_location_and_exits_1() {
    let (code, _, stderr) =
        tool(&["validate", "content/quiz-first-look.json", "demo-site/pages/broken/wrong-shape.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr.trim(),
        "demo-site/pages/broken/wrong-shape.json:21:46: questions[0].answer.true_false.correct: \
         invalid type: string \"yes\", expected a boolean"
    );
}

#[test]
fn usage_and_file_errors_exit_2() {
    assert_eq!(tool(&[]).0, 2);
    assert_eq!(tool(&["validate", "no/such/file.json"]).0, 2);
    assert_eq!(tool(&["import", "poster", "content/templates/quiz.csv"]).0, 2);
}

#[test]
fn the_quiz_template_imports_into_a_valid_bundle_that_round_trips() {
    let csv = std::fs::read_to_string(repo("content/templates/quiz.csv")).unwrap();
    let bundle = lmi_content::cli::quiz_from_csv(&csv).unwrap();
    assert_eq!(bundle.questions.len(), 5);
    let types: Vec<&str> = bundle.questions.iter().map(|q| q.answer.type_name()).collect();
    assert_eq!(types, ["true_false", "estimate", "higher_lower", "choice", "order"]);
    let json = serde_json::to_string_pretty(&bundle).unwrap();
    let parsed = lmi_content::parse::<lmi_content::QuizBundle>(&json).expect("the import validates");
    assert_eq!(parsed, bundle, "JSON → bundle → JSON loses nothing");
}

#[test]
fn the_reading_template_imports_into_a_valid_bundle() {
    let (code, stdout, stderr) = tool(&["import", "reading", "content/templates/reading.csv"]);
    assert_eq!(code, 0, "{stderr}");
    let bundle = lmi_content::parse::<lmi_content::ReadingBundle>(&stdout).expect("valid");
    assert_eq!(bundle.exercises.len(), 2);
    assert_eq!(bundle.datasets[0].series[0].values[0], Some(611_335.0));
}

#[test]
fn an_import_mistake_names_the_row_and_column() {
    let csv = "# title: T\n# author: A\n# reviewed: 2026-11-26\nid,type,question,myth,explanation,answer,unit\nq,true_false,Q,M,E,maybe,percent\n";
    let err = lmi_content::cli::quiz_from_csv(csv).unwrap_err();
    assert!(err.contains("question row 1"), "{err}");
    assert!(err.contains("the `period` column is empty") || err.contains("answer `maybe`"), "{err}");
}

#[test]
fn split_writes_a_light_bundle_and_details_that_validate_together() {
    let out = std::env::temp_dir().join(format!("lmi-split-{}", std::process::id()));
    let out_arg = out.to_str().unwrap();
    let (code, stdout, stderr) = tool(&["split", "content/occupations.nl.json", out_arg]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("42 details files"), "{stdout}");
    let light = out.join("occupations.nl.json");
    let (code, stdout, stderr) = tool(&["validate", light.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("ok (occupations bundle"), "{stdout}");
    // A details file that is missing is reported with the file that names it.
    std::fs::remove_file(out.join("occupations.nl/51.json")).unwrap();
    let (code, _, stderr) = tool(&["validate", light.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("occupations.nl/51.json") && stderr.contains("named by `details`"), "{stderr}");
    // A details file alone is not a bundle: the message says which file to validate instead.
    let (code, _, stderr) = tool(&["validate", out.join("occupations.nl/25.json").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("use or validate the bundle that names it"), "{stderr}");
    std::fs::remove_dir_all(&out).unwrap();
}
