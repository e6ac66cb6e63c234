//! Browser tests: mount `<lmi-quiz>` into a host element in headless Chromium, answer, check the DOM.
//! Run with `cargo test --target wasm32-unknown-unknown -p lmi-quiz` (chromedriver on PATH).
#![cfg(target_arch = "wasm32")]

use lmi_test_support::{click, find, host, settle};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const FIRST_LOOK: &str = include_str!("../../../content/quiz-first-look.json");

/// A quiz host on the page over `bundle`, in `lang`.
fn host_with(bundle: &str, lang: &str) -> HtmlElement {
    host("lmi-test-quiz", bundle, &[("lang", lang)])
}

#[wasm_bindgen_test]
async fn answering_a_true_false_question_reveals_the_figure_with_its_source() {
    let host = host_with(FIRST_LOOK, "en");
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();

    let legend = find(&host, "legend").await;
    assert!(legend.text_content().unwrap().contains("electricians"));
    let shadow = host.shadow_root().unwrap();
    let radios = shadow.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 2, "true and false");
    let false_radio: HtmlInputElement = radios.item(1).unwrap().unchecked_into();
    false_radio.click();
    settle().await;
    click(&host, ".question > button").await;

    let reveal = find(&host, ".reveal").await;
    let text = reveal.text_content().unwrap();
    assert!(text.contains("Right!"), "{text}");
    assert!(text.contains("2.2%"), "{text}");
    assert!(text.contains("U.S. Bureau of Labor Statistics"), "{text}");
    let link = find(&host, ".reveal a").await;
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://www.bls.gov/cps/aa2022/cpsaat11.htm"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
}

#[wasm_bindgen_test]
async fn a_bundle_that_is_not_json_shows_an_alert_with_the_address_and_a_retry() {
    let host = host_with("{ \"kind\": ", "en");
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    let alert = find(&host, "[role=alert]").await;
    let text = alert.text_content().unwrap();
    assert!(text.contains("not valid JSON"), "{text}");
    assert!(text.contains("data:application/json"), "{text}");
    find(&host, "[role=alert] button").await;
}

#[wasm_bindgen_test]
async fn after_a_panic_every_quiz_shows_a_message_instead_of_a_blank_box() {
    let host = host_with(FIRST_LOOK, "nl");
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    find(&host, "legend").await;
    // The panic hook calls this; a real panic would end this test too.
    lmi_ui::show_crash_panels();
    let alert = find(&host, "[role=alert]").await;
    assert!(alert.text_content().unwrap().contains("Er ging iets mis"), "{:?}", alert.text_content());
}

/// `quiz-first-look.json` with its first question's answer replaced by `answer` and its figure by `figure`.
fn first_look_with(answer: serde_json::Value) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(FIRST_LOOK).unwrap();
    doc["questions"][0]["answer"] = answer;
    doc.to_string()
}

fn label(text: &str) -> serde_json::Value {
    serde_json::json!({ "en": text, "nl": text, "fr": text, "de": text, "ar": text, "uk": text })
}

fn figure(value: f64) -> serde_json::Value {
    serde_json::json!({ "value": value, "unit": "percent", "period": "2022", "region": "US", "source": "bls-cps-2022" })
}

async fn reveal_text(host: &HtmlElement) -> String {
    find(host, ".reveal").await.text_content().unwrap()
}

#[wasm_bindgen_test]
async fn a_very_wrong_choice_gets_its_own_feedback() {
    let bundle = first_look_with(serde_json::json!({ "choice": { "options": [
        { "id": "a", "text": label("About 2 in 100"), "grade": "right" },
        { "id": "b", "text": label("About 20 in 100"), "grade": "wrong", "feedback": label("Closer, but still too many.") },
        { "id": "c", "text": label("About 50 in 100"), "grade": "very_wrong", "feedback": label("Far too many: that would be half.") }
    ]}}));
    let host = host_with(&bundle, "en");
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    find(&host, "legend").await;
    click(&host, ".option:nth-child(3) input").await;
    click(&host, ".question > button").await;
    let text = reveal_text(&host).await;
    assert!(text.contains("That is far from the real figure."), "{text}");
    assert!(text.contains("Far too many: that would be half."), "{text}");
    assert!(text.contains("About 2 in 100"), "the key names the right option: {text}");
}

#[wasm_bindgen_test]
async fn an_estimate_shows_the_guess_against_the_real_value_on_a_scale() {
    let bundle = first_look_with(serde_json::json!({ "estimate": {
        "value": 2.2, "tolerance": 3, "unit": "percent", "min": 0, "max": 100, "step": 1 }}));
    let host = host_with(&bundle, "en");
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    let number: HtmlInputElement = find(&host, ".estimate-number").await.unchecked_into();
    number.set_value("40");
    number.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    let range: HtmlInputElement = find(&host, ".estimate-range").await.unchecked_into();
    assert_eq!(range.value(), "40", "slider and number field show one value");
    click(&host, ".question > button").await;
    let text = reveal_text(&host).await;
    assert!(text.contains("Your guess: 40%"), "{text}");
    assert!(text.contains("That is far from the real figure."), "40 is far from 2.2: {text}");
    let scale = find(&host, ".scale").await;
    assert_eq!(scale.get_attribute("role").as_deref(), Some("img"));
    assert!(scale.get_attribute("aria-label").unwrap().contains("40%"));
}

#[wasm_bindgen_test]
async fn higher_or_lower_names_the_higher_one_with_both_figures() {
    let bundle = first_look_with(serde_json::json!({ "higher_lower": {
        "left": { "label": label("Electricians"), "figure": figure(2.2) },
        "right": { "label": label("Registered nurses"), "figure": figure(87.9) } }}));
    let host = host_with(&bundle, "en");
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    find(&host, "legend").await;
    click(&host, ".option:nth-child(2) input").await;
    click(&host, ".question > button").await;
    let text = reveal_text(&host).await;
    assert!(text.contains("Right!"), "{text}");
    assert!(text.contains("Registered nurses (87.9%) is higher than Electricians (2.2%)."), "{text}");
}

#[wasm_bindgen_test]
async fn ordering_works_with_the_move_buttons_alone() {
    let bundle = first_look_with(serde_json::json!({ "order": { "direction": "highest_first", "items": [
        { "id": "nurses", "label": label("Registered nurses"), "figure": figure(87.9) },
        { "id": "developers", "label": label("Software developers"), "figure": figure(21.5) },
        { "id": "electricians", "label": label("Electricians"), "figure": figure(2.2) } ]}}));
    let host = host_with(&bundle, "en");
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    // Starts rotated by one: developers, electricians, nurses. Moving nurses up twice puts it first.
    find(&host, ".order-list").await;
    click(&host, "[data-item=nurses] [data-dir=up]").await;
    click(&host, "[data-item=nurses] [data-dir=up]").await;
    click(&host, ".question > button").await;
    let text = reveal_text(&host).await;
    assert!(text.contains("Right!"), "{text}");
    assert!(text.contains("Your order: Registered nurses › Software developers › Electricians"), "{text}");
}

#[wasm_bindgen_test]
async fn hidden_solutions_wait_for_the_teacher_and_ungraded_mode_names_no_verdict() {
    let host = host_with(FIRST_LOOK, "en");
    host.set_attribute("solutions", "hidden").unwrap();
    host.set_attribute("mode", "ungraded").unwrap();
    let _mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    find(&host, "legend").await;
    click(&host, ".option:nth-child(1) input").await;
    click(&host, ".question > button").await;
    let saved = find(&host, ".saved").await;
    assert!(saved.text_content().unwrap().contains("Your teacher will show the answer"));
    assert!(host.shadow_root().unwrap().query_selector(".reveal").unwrap().is_none());
    click(&host, ".saved button").await;
    let text = reveal_text(&host).await;
    assert!(!text.contains("Right") && !text.contains("Not quite"), "ungraded: no verdict: {text}");
    assert!(text.contains("The statement is false."), "{text}");
}

#[wasm_bindgen_test]
async fn remembered_progress_survives_a_remount_and_start_again_clears_it() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("lmi-kit:quiz:quiz-first-look").unwrap();
    let host = host_with(FIRST_LOOK, "en");
    host.set_attribute("remember", "").unwrap();
    let mounted = lmi_quiz::mount_quiz(host.clone()).unwrap();
    find(&host, "legend").await;
    click(&host, ".option:nth-child(2) input").await;
    click(&host, ".question > button").await;
    click(&host, ".reveal > button").await;
    assert!(find(&host, "legend").await.text_content().unwrap().contains("nurses"));
    drop(mounted);

    let again = host_with(FIRST_LOOK, "en");
    again.set_attribute("remember", "").unwrap();
    let _mounted = lmi_quiz::mount_quiz(again.clone()).unwrap();
    let legend = find(&again, "legend").await;
    assert!(legend.text_content().unwrap().contains("nurses"), "resumed at question 2");
    assert!(storage.get_item("lmi-kit:quiz:quiz-first-look").unwrap().is_some());
}
