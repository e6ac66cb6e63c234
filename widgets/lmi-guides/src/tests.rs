//! Guides of two small bundles with hostile text: everything escaped, every question and source present,
//! the answer key right, the question sheet free of answers.

use lmi_content::OrderItem;
use lmi_content::parse_bundle;

use super::activity::{Activity, read_all};
use super::i18n::Language;
use super::{guide, sheet};

const EN: Language = Language::EN;

const HOSTILE_TITLE: &str = r#"<script>alert('title')</script> & "Jobs""#;

fn quiz() -> Activity {
    let json = serde_json::json!({
        "kind": "quiz", "format": "1.0",
        "meta": {
            "id": "quiz-test", "title": {"en": HOSTILE_TITLE}, "languages": ["en"], "default_language": "en",
            "licence": "CC-BY-4.0", "attribution": "Test & <b>attribution</b>", "audience": ["pupil"],
            "age_band": {"min": 11, "max": 14}, "learning_outcomes": [{"en": "I can <em>read</em> a share."}],
            "duration_minutes": 10, "authors": ["Tester"], "last_reviewed": "2026-01-01"
        },
        "sources": [
            {"id": "src-a", "publisher": "Office <Stats>", "title": "Survey \"A\" & more",
             "url": "https://example.org/a?x=1&y=2", "period": "2022", "retrieved": "2026-01-01", "licence": "CC0",
             "method": "survey", "coverage": "US", "limitations": [{"en": "Small <sample>."}],
             "reliability": {"level": "high", "reason": {"en": "Large."}}},
            {"id": "src-b", "publisher": "Forecasts Ltd", "title": "Projections 2023–2033",
             "url": "https://example.org/b", "period": "2023/2033", "retrieved": "2026-01-01", "licence": "CC0",
             "method": "forecast_model", "coverage": "GB",
             "reliability": {"level": "medium", "reason": {"en": "A model."}}}
        ],
        "questions": [
            {"id": "q-tf", "text": {"en": "True or false: <b>most</b> nurses are men?"},
             "myth": {"en": "Only women nurse."}, "answer": {"true_false": {"correct": false}},
             "explanation": {"en": "Explanation of the true or false question."},
             "figures": [{"value": 87.9, "unit": "percent", "period": "2022", "region": "US", "source": "src-a"}],
             "reflection": {"en": "Reflect on <this>?"}},
            {"id": "q-choice", "text": {"en": "Which option is right?"}, "myth": {"en": "All options are equal."},
             "answer": {"choice": {"options": [
                {"id": "a", "text": {"en": "Option A"}, "grade": "wrong"},
                {"id": "b", "text": {"en": "Option B"}, "grade": "right"},
                {"id": "c", "text": {"en": "Option C"}, "grade": "very_wrong"}]}},
             "explanation": {"en": "B it is."},
             "figures": [{"value": 12.0, "unit": "percent", "period": "2022", "region": "US", "source": "src-a"}]},
            {"id": "q-estimate", "text": {"en": "Guess the middle wage of plumbers."}, "myth": {"en": "Plumbers earn little."},
             "answer": {"estimate": {"value": 63800.0, "tolerance": 10000.0, "unit": "currency_per_year",
                "currency": "USD", "min": 0.0, "max": 150000.0, "step": 1000.0}},
             "explanation": {"en": "About 64 thousand."},
             "figures": [{"value": 63800.0, "unit": "currency_per_year", "currency": "USD", "period": "2025-05",
                "region": "US", "source": "src-a", "range": {"low": 44150.0, "high": 108420.0, "kind": "p10_p90"}}]},
            {"id": "q-hl", "text": {"en": "Which grows more?"}, "myth": {"en": "Shops grow."},
             "answer": {"higher_lower": {
                "left": {"label": {"en": "Shop workers"}, "figure": {"value": -2.5, "unit": "percent_change",
                    "period": "2023/2033", "region": "GB", "source": "src-b"}},
                "right": {"label": {"en": "Electricians"}, "figure": {"value": 6.0, "unit": "percent_change",
                    "period": "2023/2033", "region": "GB", "source": "src-b"}}}},
             "explanation": {"en": "Electricians grow."},
             "figures": [{"value": 6.0, "unit": "percent_change", "period": "2023/2033", "region": "GB", "source": "src-b"}]},
            {"id": "q-order", "text": {"en": "Put them in order of pay."}, "myth": {"en": "Pay is equal."},
             "answer": {"order": {"direction": "highest_first", "items": [
                {"id": "pilots", "label": {"en": "Airline pilots"}, "figure": {"value": 232140.0,
                    "unit": "currency_per_year", "currency": "USD", "period": "2025-05", "region": "US", "source": "src-a"}},
                {"id": "nurses", "label": {"en": "Nurses"}, "figure": {"value": 97550.0,
                    "unit": "currency_per_year", "currency": "USD", "period": "2025-05", "region": "US", "source": "src-a"}},
                {"id": "cooks", "label": {"en": "Cooks"}, "figure": {"value": 34000.0,
                    "unit": "currency_per_year", "currency": "USD", "period": "2025-05", "region": "US", "source": "src-a"}}]}},
             "explanation": {"en": "Pilots first."},
             "figures": [{"value": 232140.0, "unit": "currency_per_year", "currency": "USD", "period": "2025-05",
                "region": "US", "source": "src-a"}]}
        ],
        "closing_reflection": {"en": "What surprised you?"}
    });
    activity("quiz-test.json", &json)
}

fn reading() -> Activity {
    let json = serde_json::json!({
        "kind": "reading", "format": "1.0",
        "meta": {
            "id": "reading-test", "title": {"en": "Reading <data>"}, "languages": ["en"], "default_language": "en",
            "licence": "CC-BY-4.0", "attribution": "Test.", "audience": ["pupil", "jobseeker"],
            "authors": ["Tester"], "last_reviewed": "2026-01-01"
        },
        "sources": [
            {"id": "lfs", "publisher": "Survey Office", "title": "Labour force survey", "url": "https://example.org/lfs",
             "period": "2014/2018", "retrieved": "2026-01-01", "licence": "MIT", "method": "survey", "coverage": "GB",
             "reliability": {"level": "medium", "reason": {"en": "Sample."}}}
        ],
        "datasets": [
            {"id": "nurses", "title": {"en": "Nurses in the UK"}, "unit": "people", "period": "2014/2018", "region": "GB",
             "source": "lfs", "categories": [{"en": "2014"}, {"en": "2015"}, {"en": "2016"}],
             "series": [{"id": "n", "label": {"en": "Nurses & midwives"}, "values": [611335.0, null, 676226.0]}]}
        ],
        "exercises": [
            {"id": "read-a-line", "level": 1, "title": {"en": "Read a line"}, "outcome": {"en": "I can read a value."},
             "dataset": "nurses", "chart": "line", "questions": [
                {"id": "last", "text": {"en": "How many nurses in 2016?"},
                 "answer": {"numeric": {"value": 676226.0, "tolerance": 20000.0, "unit": "people"}},
                 "hints": [{"en": "Find 2016."}], "explanation": {"en": "About 676,000."}},
                {"id": "gap", "text": {"en": "What does the gap in 2015 mean?"},
                 "answer": {"choice": {"options": [
                    {"id": "zero", "text": {"en": "Nobody worked"}, "grade": "very_wrong"},
                    {"id": "unknown", "text": {"en": "Not published"}, "grade": "right"}]}},
                 "explanation": {"en": "Missing is not zero."}}]}
        ]
    });
    activity("reading-test.json", &json)
}

fn activity(file: &str, json: &serde_json::Value) -> Activity {
    match parse_bundle(&json.to_string()) {
        Ok(bundle) => Activity { file: file.to_owned(), bundle },
        Err(e) => panic!("{file} does not validate: {:?}", e.problems()),
    }
}

/// The `<section>` that starts at `id="<id>"`.
fn section<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no section {id}"));
    let end = page[start..].find("</section>").map_or(page.len(), |e| start + e);
    &page[start..end]
}

#[test]
fn bundle_text_is_escaped_everywhere() {
    for page in
        [guide::page(&quiz(), EN), sheet::page(&quiz(), EN), guide::page(&reading(), EN), sheet::page(&reading(), EN)]
    {
        for raw in
            ["<script>alert", "<b>most</b>", "<em>read", "<Stats>", "<sample>", "<this>", "<b>attribution", "<data>"]
        {
            assert!(!page.contains(raw), "{raw} reached the page unescaped");
        }
        assert!(!page.contains(" style="), "inline style");
        assert!(!page.contains("<script"), "script element");
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">"));
    }
    let page = guide::page(&quiz(), EN);
    assert!(page.contains("Teacher guide: &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;Jobs&quot;"));
    assert!(page.contains("<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">"));
}

#[test]
fn the_quiz_guide_names_every_question_myth_and_source() {
    let page = guide::page(&quiz(), EN);
    for text in [
        "True or false: &lt;b&gt;most&lt;/b&gt; nurses are men?",
        "Which option is right?",
        "Guess the middle wage of plumbers.",
        "Which grows more?",
        "Put them in order of pay.",
        "Only women nurse.",
        "Pay is equal.",
        "Reflect on &lt;this&gt;? (after question 1)",
        "What surprised you? (at the end)",
        "I can &lt;em&gt;read&lt;/em&gt; a share.",
        "About 10 minutes",
        "11–14",
    ] {
        assert!(page.contains(text), "missing: {text}");
    }
    for source in ["id=\"source-src-a\"", "Office &lt;Stats&gt;", "Survey &quot;A&quot; &amp; more", "Forecasts Ltd"] {
        assert!(page.contains(source), "missing source: {source}");
    }
    assert!(page.contains("A forecast model."), "method in plain words");
    assert!(page.contains("These figures describe the United Kingdom."), "a discussion question per region");
}

#[test]
fn the_answer_key_gives_each_right_answer_with_its_figures() {
    let page = guide::page(&quiz(), EN);
    let key = |id: &str| section(&page, &format!("key-{id}")).to_owned();
    assert!(key("q-tf").contains("<strong>Answer:</strong> False."));
    assert!(key("q-tf").contains("<strong>87.9%</strong> · The United States, 2022 · reliability: high"));
    assert!(key("q-tf").contains("Source: <a href=\"#source-src-a\">Office &lt;Stats&gt;, Survey"));
    assert!(key("q-choice").contains("<strong>Answer:</strong> Option B."));
    assert!(key("q-choice").contains("Option C (very wrong, furthest from the truth)"));
    assert!(key("q-estimate").contains("$63,800 a year. Guesses from $53,800 to $73,800 count as right."));
    assert!(key("q-estimate").contains("$44,150 to $108,420"), "the figure's range");
    assert!(key("q-estimate").contains("May 2025"));
    assert!(
        key("q-hl")
            .contains("<strong>Answer:</strong> Electricians (+6% change), against Shop workers (−2.5% change).")
    );
    assert!(key("q-hl").contains("<strong>−2.5% change</strong> · The United Kingdom, 2023–2033"), "item figures too");
    let order = key("q-order");
    let at = |s: &str| order.find(s).unwrap_or_else(|| panic!("{s} not in the key"));
    assert!(at("Airline pilots: $232,140 a year") < at("Nurses: $97,550 a year"));
    assert!(at("Nurses: $97,550 a year") < at("Cooks: $34,000 a year"));
}

#[test]
fn the_print_sheet_asks_first_and_answers_after_a_page_break() {
    let page = sheet::page(&quiz(), EN);
    let (questions, answers) = page.split_at(page.find("class=\"answer-key\"").expect("an answer key"));
    for text in ["nurses are men?", "Which option is right?", "plumbers.", "Which grows more?", "order of pay."] {
        assert!(questions.contains(text) && answers.contains(text), "{text}");
    }
    for leak in ["Answer:", "Why:", "Explanation of", "B it is.", "87.9%", "(very wrong"] {
        assert!(!questions.contains(leak), "the question sheet gives away {leak}");
    }
    assert!(questions.contains("<li>Option A</li><li>Option B</li><li>Option C</li>"));
    assert!(questions.contains("Somewhere between $0 and $150,000."));
    let at = |s: &str| questions.find(s).unwrap_or_else(|| panic!("{s}"));
    assert!(at("<li>Cooks</li>") < at("<li>Nurses</li>"), "order items are not listed in the answer's order");
    assert!(answers.contains("id=\"source-src-b\""), "the sources follow the key");
}

#[test]
fn the_reading_guide_and_sheet_show_levels_data_and_answers() {
    let guide = guide::page(&reading(), EN);
    assert!(guide.contains("<th scope=\"row\">1. Read a line</th><td>1: read a value</td>"));
    assert!(guide.contains("Not set in the bundle"), "no age band given");
    assert!(guide.contains("pupils and job seekers"));
    assert!(guide.contains("676,226 people. Answers from 656,226 to 696,226 count as right."));
    assert!(guide.contains("<strong>Answer:</strong> Not published."));
    assert!(guide.contains("<strong>Data:</strong> Nurses in the UK · The United Kingdom, 2014–2018"));
    let sheet = sheet::page(&reading(), EN);
    let questions = &sheet[..sheet.find("class=\"answer-key\"").expect("an answer key")];
    assert!(questions.contains("<th scope=\"col\">Year</th><th scope=\"col\">Nurses &amp; midwives</th>"));
    assert!(questions.contains("<tr><th scope=\"row\">2015</th><td class=\"missing\">not published</td></tr>"));
    assert!(questions.contains("<strong>1.1 </strong>How many nurses in 2016?"));
    assert!(questions.contains("My answer: <span class=\"blank\"></span> people"));
    assert!(!questions.contains("676,226 people."), "no answer on the sheet");
}

#[test]
fn every_bundle_in_content_gets_a_guide() {
    let content = crate::util::root().join("content");
    let activities = read_all(&content).expect("the content bundles validate");
    assert!(activities.iter().any(|a| a.file == "quiz-first-look.json"));
    assert!(activities.iter().any(|a| a.file == "reading-lmi-basics.json"));
    let out = std::env::temp_dir().join(format!("lmi-guides-test-{}", std::process::id()));
    super::write_guides(&content, &out).expect("guides written");
    for activity in &activities {
        for file in [activity.guide_file(EN), activity.print_file(EN)] {
            assert!(out.join(&file).is_file(), "{file}");
        }
    }
    let index = std::fs::read_to_string(out.join("index.html")).expect("index");
    assert!(index.contains("href=\"quiz-first-look.html\""));
    assert!(out.join("guides.css").is_file());
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_sheet_never_lists_order_items_in_the_answers_order() {
    let items: Vec<OrderItem> = serde_json::from_value(serde_json::json!([
        {"id": "a", "label": {"en": "Accountants"}}, {"id": "b", "label": {"en": "bakers"}}, {"id": "c", "label": {"en": "Cooks"}}
    ]))
    .expect("items");
    let quiz = quiz();
    let listed: Vec<&str> = sheet::sheet_order(&items, quiz.bundle.meta(), EN).iter().map(|i| i.id.as_str()).collect();
    assert_eq!(listed, ["b", "c", "a"], "alphabetical is the answer here, so the list is rotated");
}
