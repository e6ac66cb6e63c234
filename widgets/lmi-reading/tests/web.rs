//! Browser tests: mount `<lmi-reading>` into a host element in headless Chromium, read its charts, answer.
//! Run with `cargo test --target wasm32-unknown-unknown -p lmi-reading` (chromedriver on PATH).
#![cfg(target_arch = "wasm32")]

use lmi_test_support::{all, click, find, host, texts, type_into, until};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const BASICS: &str = include_str!("../../../content/reading-lmi-basics.json");

/// The real bundle with only the exercises named in `ids`, in that order.
fn only(ids: &[&str]) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(BASICS).unwrap();
    let all = doc["exercises"].as_array().unwrap().clone();
    let kept: Vec<serde_json::Value> =
        ids.iter().map(|id| all.iter().find(|e| e["id"] == *id).unwrap_or_else(|| panic!("{id}")).clone()).collect();
    doc["exercises"] = serde_json::Value::Array(kept);
    doc.to_string()
}

/// A reading host on the page over `bundle`, in English unless `attributes` say otherwise.
fn host_with(bundle: &str, attributes: &[(&str, &str)]) -> HtmlElement {
    host("lmi-test-reading", bundle, attributes)
}

/// Every attribute of every element in the chart: none may be NaN or infinite.
fn assert_no_nan(host: &HtmlElement) {
    for e in all(host, ".chart-svg, .chart-svg *") {
        let names = e.get_attribute_names();
        for i in 0..names.length() {
            let name = names.get(i).as_string().unwrap();
            let value = e.get_attribute(&name).unwrap_or_default();
            assert!(!value.contains("NaN") && !value.contains("inf"), "{name}=\"{value}\" on {}", e.tag_name());
        }
    }
}

/// Mounts a bundle with the one exercise `id` and waits for its chart.
async fn chart_of(id: &str, lang: &str) -> (HtmlElement, lmi_ui::Mounted) {
    let host = host_with(&only(&[id]), &[("lang", lang)]);
    let mounted = lmi_reading::mount_reading(host.clone()).unwrap();
    find(&host, ".chart-svg .mark").await;
    (host, mounted)
}

#[wasm_bindgen_test]
async fn a_line_chart_has_a_point_per_year_and_says_its_axis_does_not_start_at_zero() {
    // The trend level reads the nurses' line on a cut axis, and says so; level 1 reads it from zero (below).
    let (host, _mounted) = chart_of("trend-a-line", "en").await;
    assert_eq!(all(&host, ".mark").len(), 5);
    assert_eq!(all(&host, "path.line").len(), 1);
    let ticks = texts(&host, ".tick");
    assert!(ticks.contains(&"600,000".to_owned()) && ticks.contains(&"700,000".to_owned()), "{ticks:?}");
    assert_eq!(texts(&host, ".category > tspan"), ["2014", "2015", "2016", "2017", "2018"]);
    assert_eq!(texts(&host, ".axis-title"), ["Number of people"]);
    find(&host, ".axis-break").await;
    let note = find(&host, ".axis-note").await.text_content().unwrap();
    assert!(note.contains("does not start at zero") && note.contains("600,000"), "{note}");
    let mark = find(&host, ".mark[data-mark=\"4\"]").await;
    assert_eq!(
        mark.get_attribute("aria-label").as_deref(),
        Some("2018, Nursing and midwifery professionals: 676,226 people")
    );
    assert_eq!(all(&host, ".mark[tabindex=\"0\"]").len(), 1, "one tab stop");
    let img = find(&host, "g[role=img]").await;
    let described = img.get_attribute("aria-describedby").unwrap();
    let summary = find(&host, &format!("#{described}")).await.text_content().unwrap();
    assert!(summary.starts_with("Line chart.") && summary.contains("691,996 people"), "{summary}");
    assert_no_nan(&host);
}

/// Regression (issue 19): the first level-1 exercise opened on an axis starting at 600,000.
#[wasm_bindgen_test]
async fn a_level_1_line_chart_starts_its_axis_at_zero() {
    let (host, _mounted) = chart_of("read-a-line", "en").await;
    let ticks = texts(&host, ".tick");
    assert_eq!(ticks.first().map(String::as_str), Some("0"), "{ticks:?}");
    assert!(ticks.contains(&"800,000".to_owned()), "{ticks:?}");
    assert!(all(&host, ".axis-break").is_empty() && all(&host, ".axis-note").is_empty());
    assert_no_nan(&host);
}

#[wasm_bindgen_test]
async fn a_bar_chart_stands_on_zero_with_percent_ticks() {
    let (host, _mounted) = chart_of("read-a-bar", "en").await;
    assert_eq!(all(&host, ".mark rect.bar").len(), 5);
    assert!(texts(&host, ".tick").contains(&"100%".to_owned()), "{:?}", texts(&host, ".tick"));
    assert!(texts(&host, ".tick").contains(&"0%".to_owned()));
    assert!(all(&host, ".axis-break").is_empty(), "bars start at zero");
    assert!(texts(&host, ".category").iter().any(|t| t.contains("Electricians")));
    assert_no_nan(&host);
}

#[wasm_bindgen_test]
async fn a_range_chart_has_low_middle_and_high_per_category() {
    let (host, _mounted) = chart_of("read-a-range", "en").await;
    assert_eq!(all(&host, ".mark").len(), 15);
    assert_eq!(all(&host, ".mark .middle").len(), 5);
    assert_eq!(all(&host, ".mark .cap").len(), 10);
    assert_eq!(all(&host, "line.range").len(), 5);
    assert_eq!(texts(&host, ".axis-title"), ["USD per year"]);
    assert_eq!(texts(&host, ".legend li").len(), 3);
    assert_no_nan(&host);
}

#[wasm_bindgen_test]
async fn a_grouped_bar_chart_tells_its_series_apart_by_pattern() {
    let (host, _mounted) = chart_of("trend-projection", "en").await;
    assert_eq!(all(&host, ".mark rect.bar").len(), 10);
    let hatched = all(&host, ".mark rect.bar.s1");
    assert_eq!(hatched.len(), 5);
    let fill = hatched[0].get_attribute("fill").unwrap();
    let id = fill.trim_start_matches("url(#").trim_end_matches(')');
    find(&host, &format!("pattern#{id}")).await;
    assert_no_nan(&host);
}

#[wasm_bindgen_test]
async fn missing_values_leave_gaps() {
    let (host, _mounted) = chart_of("source-missing-bars", "en").await;
    assert_eq!(all(&host, ".mark").len(), 3);
    assert_eq!(texts(&host, ".no-data"), ["no data", "no data"]);
    assert!(find(&host, ".chart-summary").await.text_content().unwrap().contains("2 values are missing."));
    drop(_mounted);
    let (host, _mounted) = chart_of("source-masked-cells", "en").await;
    let d = find(&host, "path.line").await.get_attribute("d").unwrap();
    assert_eq!(d.matches('M').count(), 2, "the line breaks at the gap: {d}");
    assert_no_nan(&host);
}

#[wasm_bindgen_test]
async fn right_to_left_mirrors_the_chart() {
    let (host, _mounted) = chart_of("read-a-bar", "ar").await;
    let x = |e: &Element| e.get_attribute("x").unwrap().parse::<f64>().unwrap();
    let bars = all(&host, ".mark rect.bar");
    assert!(x(&bars[0]) > x(&bars[4]), "the first category stands on the right");
    let axis = all(&host, "line.axis");
    let (axis_x, tick_x) = (axis[0].get_attribute("x1").unwrap(), x(&all(&host, ".tick")[0]));
    assert!(tick_x > axis_x.parse::<f64>().unwrap(), "tick labels on the right of the value axis");
    assert_no_nan(&host);
}

#[wasm_bindgen_test]
async fn the_table_toggle_shows_a_real_table_instead_of_the_drawing() {
    let (host, _mounted) = chart_of("read-a-range", "en").await;
    let toggle = find(&host, ".table-toggle").await;
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert!(find(&host, ".chart-table").await.has_attribute("hidden"));
    click(&host, ".table-toggle").await;
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(!find(&host, ".chart-table").await.has_attribute("hidden"));
    assert!(find(&host, ".chart-drawing").await.has_attribute("hidden"));
    let caption = find(&host, ".data-table caption").await.text_content().unwrap();
    assert!(caption.contains("wage"), "{caption}");
    assert_eq!(all(&host, ".data-table th[scope=col]").len(), 4, "category + three series");
    assert_eq!(texts(&host, ".data-table th[scope=row]")[0], "Shop sales assistants");
    assert!(texts(&host, ".data-table td").contains(&"$35,410 per year".to_owned()));
    click(&host, ".table-toggle").await;
    assert!(!find(&host, ".chart-drawing").await.has_attribute("hidden"));
}

/// Types `value` into the number field and checks it; returns the feedback text.
async fn answer_number(host: &HtmlElement, value: &str) -> String {
    type_into(host, ".number-field", value).await;
    click(host, ".check").await;
    find(host, ".feedback").await.text_content().unwrap()
}

#[wasm_bindgen_test]
async fn a_number_within_the_tolerance_is_right_and_outside_it_is_not() {
    // 676,226 people, give or take 20,000.
    let host = host_with(&only(&["read-a-line"]), &[]);
    let _mounted = lmi_reading::mount_reading(host.clone()).unwrap();
    let text = answer_number(&host, "696000").await;
    assert!(text.contains("Right!"), "{text}");
    assert!(text.contains("You answered 696,000 people."), "{text}");
    assert!(text.contains("To read a line chart"), "the explanation teaches: {text}");

    let host = host_with(&only(&["read-a-line"]), &[]);
    let _mounted = lmi_reading::mount_reading(host.clone()).unwrap();
    let text = answer_number(&host, "697000").await;
    assert!(text.contains("Not quite."), "{text}");
    assert!(text.contains("Answers within 20,000 people of the real value count as right."), "{text}");
}

#[wasm_bindgen_test]
async fn ungraded_mode_names_no_verdict() {
    let host = host_with(&only(&["read-a-line"]), &[("mode", "ungraded")]);
    let _mounted = lmi_reading::mount_reading(host.clone()).unwrap();
    let text = answer_number(&host, "1").await;
    assert!(!text.contains("Right") && !text.contains("Not quite") && !text.contains("right"), "{text}");
    assert!(text.contains("The answer: 676,226 people"), "{text}");
}

#[wasm_bindgen_test]
async fn hints_open_one_at_a_time() {
    let host = host_with(&only(&["read-a-line"]), &[]);
    let _mounted = lmi_reading::mount_reading(host.clone()).unwrap();
    find(&host, ".hint-button").await;
    assert!(all(&host, ".hint-list li").is_empty());
    for n in 1..=3 {
        click(&host, ".hint-button").await;
        let hints = texts(&host, ".hint-list li");
        assert_eq!(hints.len(), n, "{hints:?}");
        assert!(hints[n - 1].starts_with(&format!("Hint {n} of 3: ")), "{hints:?}");
    }
    assert!(texts(&host, ".hint-list li")[0].contains("Find 2018 on the horizontal axis"));
    click(&host, ".hint-button").await;
    assert_eq!(all(&host, ".hint-list li").len(), 3, "no fourth hint");
    assert_eq!(find(&host, ".hint-button").await.get_attribute("aria-disabled").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn the_level_attribute_starts_at_that_level_and_a_new_value_starts_afresh() {
    let host = host_with(BASICS, &[("level", "4")]);
    let mounted = lmi_reading::mount_reading(host.clone()).unwrap();
    let progress = find(&host, ".progress").await.text_content().unwrap();
    assert_eq!(progress, "Level 4 of 4 · exercise 1 of 5");
    assert!(find(&host, ".outcome").await.text_content().unwrap().starts_with("What you will learn: "));
    mounted.set_attribute("level", Some("2".into()));
    let progress = || all(&host, ".progress").first().and_then(|p| p.text_content()).unwrap_or_default();
    until(&host, "the run restarting at level 2", || progress() == "Level 2 of 4 · exercise 1 of 11").await;
}

#[wasm_bindgen_test]
async fn the_last_answer_leads_to_a_summary_of_the_skills_per_level() {
    let host = host_with(&only(&["source-masked-cells"]), &[]);
    let _mounted = lmi_reading::mount_reading(host.clone()).unwrap();
    for _ in 0..2 {
        click(&host, ".option input").await;
        click(&host, ".check").await;
        click(&host, ".feedback .next").await;
    }
    let summary = find(&host, ".summary").await.text_content().unwrap();
    assert!(summary.contains("You have finished the reading exercises."), "{summary}");
    assert!(summary.contains("Level 4: Judge the source"), "{summary}");
    assert!(summary.contains("of 2 answers right"), "{summary}");
}
