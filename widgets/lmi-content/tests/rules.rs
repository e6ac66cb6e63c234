//! One bad bundle per validation rule, each with the exact problem expected. The bundles are the valid
//! `content/quiz-first-look.json` and a small reading bundle, changed in one place by a JSON pointer.

use lmi_content::{LoadError, is_https_link, parse_any, parse_bundle};
use serde_json::{Value, json};

const QUIZ: &str = include_str!("../../../content/quiz-first-look.json");

/// `base` with the value at `pointer` replaced (`None` removes it), parsed; returns the problems.
fn problems_after(base: &str, pointer: &str, value: Option<Value>) -> Vec<(String, String)> {
    let mut doc: Value = serde_json::from_str(base).unwrap();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = doc.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent}"));
    match (parent, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(key.to_owned(), v);
        }
        (Value::Object(map), None) => {
            map.remove(key);
        }
        (Value::Array(items), Some(v)) => items[key.parse::<usize>().unwrap()] = v,
        (Value::Array(items), None) => {
            items.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("{pointer} is not in a container"),
    }
    let text = serde_json::to_string_pretty(&doc).unwrap();
    match parse_bundle(&text) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().into_iter().map(|p| (p.path, p.message)).collect(),
    }
}

/// `text` in every language the bundle declares.
fn every_language(text: &str) -> Value {
    json!({ "en": text, "nl": text, "fr": text, "de": text, "ar": text, "uk": text })
}

/// Asserts that changing `pointer` to `value` yields exactly one problem at `path` whose message contains
/// `message`.
fn check(pointer: &str, value: Option<Value>, path: &str, message: &str) {
    let problems = problems_after(QUIZ, pointer, value);
    assert!(
        problems.len() == 1 && problems[0].0 == path && problems[0].1.contains(message),
        "{pointer}: expected one problem at `{path}` containing `{message}`, got {problems:#?}"
    );
}

#[test]
fn the_valid_bundle_is_valid() {
    assert!(parse_bundle(QUIZ).is_ok());
}

#[test]
fn unknown_source_id() {
    check(
        "/questions/0/figures/0/source",
        Some(json!("nope")),
        "questions[0].figures[0].source",
        "unknown source `nope`",
    );
}

#[test]
fn duplicate_ids() {
    check("/questions/1/id", Some(json!("electricians-women")), "questions[1].id", "duplicate id `electricians-women`");
}

#[test]
fn answer_not_among_the_options() {
    let options = json!({ "choice": { "options": [
        { "id": "a", "text": every_language("A"), "grade": "wrong" },
        { "id": "b", "text": every_language("B"), "grade": "very_wrong" }
    ]}});
    check(
        "/questions/0/answer",
        Some(options),
        "questions[0].answer.choice.options",
        "the answer is not among the options",
    );
}

#[test]
fn negative_tolerance() {
    let estimate =
        json!({ "estimate": { "value": 2.2, "tolerance": -1, "unit": "percent", "min": 0, "max": 100, "step": 1 }});
    check(
        "/questions/0/answer",
        Some(estimate),
        "questions[0].answer.estimate.tolerance",
        "tolerance cannot be negative",
    );
}

#[test]
fn estimate_outside_its_scale() {
    let estimate =
        json!({ "estimate": { "value": 120, "tolerance": 1, "unit": "percent", "min": 0, "max": 100, "step": 1 }});
    check("/questions/0/answer", Some(estimate), "questions[0].answer.estimate.value", "outside the scale");
}

#[test]
fn non_finite_number() {
    // JSON has no NaN or infinity; a number too large for f64 is the way one sneaks in.
    let mut doc: Value = serde_json::from_str(QUIZ).unwrap();
    doc["questions"][0]["figures"][0]["value"] = json!(1);
    let text = serde_json::to_string(&doc).unwrap().replacen("\"value\":1", "\"value\":1e999", 1);
    let problems = parse_bundle(&text).unwrap_err().problems();
    assert_eq!(problems[0].path, "questions[0].figures[0].value", "{problems:?}");
}

#[test]
fn year_out_of_range() {
    check(
        "/questions/0/figures/0/period",
        Some(json!("1850")),
        "questions[0].figures[0].period",
        "years must lie between 1900 and 2100",
    );
}

#[test]
fn malformed_period() {
    check(
        "/questions/0/figures/0/period",
        Some(json!("last year")),
        "questions[0].figures[0].period",
        "is not a period",
    );
}

#[test]
fn a_link_that_is_not_https_is_left_out_with_a_warning() {
    for url in ["http://www.bls.gov/cps/", "javascript:alert(1)", "https://", "java\tscript:alert(1)"] {
        let mut doc: Value = serde_json::from_str(QUIZ).unwrap();
        doc["sources"][0]["url"] = json!(url);
        let checked = parse_any(&doc.to_string()).unwrap_or_else(|e| panic!("{url}: the rest still shows: {e}"));
        assert_eq!(checked.warnings.len(), 1, "{url}");
        assert_eq!(checked.warnings[0].path, "sources[0].url");
        assert!(checked.warnings[0].message.contains("leaves the link out"), "{}", checked.warnings[0].message);
        assert!(checked.warnings[0].position.is_some(), "located for file:line:column");
        assert!(!is_https_link(url), "{url}");
    }
    assert!(parse_any(QUIZ).unwrap().warnings.is_empty());
}

#[test]
fn over_the_limits_names_the_field_and_the_limit() {
    let mut doc: Value = serde_json::from_str(QUIZ).unwrap();
    doc["questions"][1]["myth"]["en"] = json!("long ".repeat(2_000));
    doc["questions"][2]["explanation"]["fr"] = json!("x".repeat(500));
    let problems = parse_bundle(&serde_json::to_string_pretty(&doc).unwrap()).unwrap_err().problems();
    let found: Vec<(&str, &str)> = problems.iter().map(|p| (p.path.as_str(), p.message.as_str())).collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].0, "questions[1].myth.en");
    assert!(found[0].1.contains("10000 characters") && found[0].1.contains("at most 5000"), "{}", found[0].1);
    assert_eq!(found[1].0, "questions[2].explanation.fr");
    assert!(found[1].1.contains("a word may have at most 120"), "{}", found[1].1);
    assert!(problems.iter().all(|p| p.position.is_some()), "located for file:line:column");

    let mut doc: Value = serde_json::from_str(QUIZ).unwrap();
    let question = doc["questions"][0].clone();
    doc["questions"] = Value::Array(vec![question; 201]);
    let problems = parse_bundle(&doc.to_string()).unwrap_err().problems();
    assert_eq!(problems.len(), 1, "the count, before the duplicate ids: {problems:#?}");
    assert_eq!(
        (problems[0].path.as_str(), problems[0].message.as_str()),
        ("questions", "201 questions; a list here may have at most 200")
    );
}

#[test]
fn missing_translation_in_a_declared_language() {
    let all_but_uk = json!({ "en": "A myth", "nl": "Een mythe", "fr": "Un mythe", "de": "Ein Mythos", "ar": "خرافة" });
    check("/questions/0/myth", Some(all_but_uk), "questions[0].myth", "missing the `uk` text");
}

#[test]
fn text_in_an_undeclared_language() {
    check(
        "/questions/0/myth",
        Some(
            json!({ "en": "A myth", "nl": "Een mythe", "fr": "Un mythe", "de": "Ein Mythos", "ar": "خرافة", "uk": "Міф", "pt": "Um mito" }),
        ),
        "questions[0].myth.pt",
        "not listed in meta.languages",
    );
}

#[test]
fn empty_questions() {
    check("/questions", Some(json!([])), "questions", "at least one question");
}

#[test]
fn question_without_a_figure() {
    check("/questions/0/figures", Some(json!([])), "questions[0].figures", "at least one figure");
}

#[test]
fn figure_without_any_reliability() {
    let problems = problems_after(QUIZ, "/sources/0/reliability", None);
    assert_eq!(problems.len(), 3, "one per figure: {problems:?}");
    assert_eq!(problems[0].0, "questions[0].figures[0].reliability");
    assert!(problems[0].1.contains("give a reliability here or on source `bls-cps-2022`"));
}

#[test]
fn unknown_field_is_named() {
    check("/questions/0/hint", Some(json!("x")), "questions[0]", "unknown field `hint`");
}

#[test]
fn wrong_type_is_named_at_its_path() {
    check(
        "/questions/0/answer/true_false/correct",
        Some(json!("no")),
        "questions[0].answer.true_false.correct",
        "expected a boolean",
    );
}

#[test]
fn default_language_must_be_declared() {
    check("/meta/default_language", Some(json!("pt")), "meta.default_language", "`pt` is not in meta.languages");
}

#[test]
fn currency_unit_needs_a_currency() {
    check(
        "/questions/0/figures/0/unit",
        Some(json!("currency_per_year")),
        "questions[0].figures[0].currency",
        "needs `currency`",
    );
}

#[test]
fn order_items_listed_out_of_order() {
    let figure =
        |v: f64| json!({ "value": v, "unit": "percent", "period": "2022", "region": "US", "source": "bls-cps-2022" });
    let order = json!({ "order": { "direction": "highest_first", "items": [
        { "id": "a", "label": every_language("A"), "figure": figure(2.2) },
        { "id": "b", "label": every_language("B"), "figure": figure(87.9) }
    ]}});
    check("/questions/0/answer", Some(order), "questions[0].answer.order.items", "listed in the right order");
}

#[test]
fn image_from_another_site() {
    let image = json!({ "src": "https://tracker.example/pixel.png", "alt": every_language("x") });
    check("/questions/0/image", Some(image), "questions[0].image.src", "relative to the bundle");
}

#[test]
fn several_problems_are_reported_at_once() {
    let mut doc: Value = serde_json::from_str(QUIZ).unwrap();
    doc["questions"][0]["figures"][0]["source"] = json!("nope");
    doc["questions"][1]["id"] = json!("electricians-women");
    let problems = parse_bundle(&doc.to_string()).unwrap_err().problems();
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn versions_and_kinds_are_checked_before_the_rest() {
    let with = |pointer: &str, v: Value| {
        let mut doc: Value = serde_json::from_str(QUIZ).unwrap();
        *doc.pointer_mut(pointer).unwrap() = v;
        parse_bundle(&doc.to_string()).unwrap_err()
    };
    assert!(matches!(with("/format", json!("2.0")), LoadError::Version(m) if m.contains("newer")));
    assert!(matches!(with("/format", json!("0.9")), LoadError::Version(m) if m.contains("no longer reads")));
    assert!(matches!(with("/kind", json!("poster")), LoadError::NotABundle(_)));
    let text = QUIZ.to_owned();
    assert!(matches!(
        lmi_content::parse::<lmi_content::ReadingBundle>(&text),
        Err(LoadError::WrongKind { found: lmi_content::Kind::Quiz, .. })
    ));
    assert!(matches!(parse_bundle("<!DOCTYPE html><p>404</p>"), Err(LoadError::Html)));
    assert!(matches!(parse_bundle("{\"kind\": "), Err(LoadError::Syntax(_))));
    for (text, holds) in [
        ("[1, 2]", "a JSON array"),
        ("\"quiz\"", "a JSON string"),
        ("42", "a number"),
        ("null", "null"),
        ("", "nothing (the file is empty)"),
    ] {
        assert_eq!(parse_bundle(text).unwrap_err(), LoadError::NotAnObject(holds), "{text}");
    }
}

#[test]
fn problems_carry_their_line_and_column() {
    let mut doc: Value = serde_json::from_str(QUIZ).unwrap();
    doc["questions"][0]["figures"][0]["source"] = json!("nope");
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let problem = &parse_bundle(&text).unwrap_err().problems()[0];
    let line = text.lines().position(|l| l.contains("\"nope\"")).unwrap() + 1;
    assert_eq!(problem.position.map(|p| p.0), Some(line));
    assert!(problem.display_in("q.json").starts_with(&format!("q.json:{line}:")), "{}", problem.display_in("q.json"));
}

/// Found by the fuzzer: a stray `}` inside an array made the error locator loop in place (and, with
/// overflow checks, panic). Every entry point must answer with an error for it, and for deep nesting.
#[test]
fn malformed_arrays_and_deep_nesting_are_errors_not_hangs() {
    let inputs =
        ["[[[[[[[[[[[[[[-,\n  ]}\0", "{\"kind\":\"quiz\",\"format\":\"1.0\",\"questions\":[1}]}", &"[".repeat(50_000)];
    for text in inputs {
        assert!(lmi_content::parse_bundle(text).is_err());
        assert!(lmi_content::parse::<lmi_content::QuizBundle>(text).is_err());
        assert!(lmi_content::parse::<lmi_content::ReadingBundle>(text).is_err());
        assert!(lmi_content::parse::<lmi_content::OccupationsBundle>(text).is_err());
        for problem in lmi_content::parse_bundle(text).unwrap_err().problems() {
            let _ = problem.display_in("regression.json");
        }
        let _ = lmi_content::locate_paths(text, &["questions[0]"]);
    }
}
