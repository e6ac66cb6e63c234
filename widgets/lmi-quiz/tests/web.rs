//! Browser tests: mount `<lmi-quiz>` into a host element in headless Chromium, answer, check the DOM.
//! Run with `cargo test --target wasm32-unknown-unknown -p lmi-quiz` (chromedriver on PATH).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const FIRST_LOOK: &str = include_str!("../../../content/quiz-first-look.json");

/// A host element on the page with `src` set to the bundle as a `data:` URL (the test server has no files).
fn host_with(bundle: &str, lang: &str) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("lmi-test-quiz").unwrap().unchecked_into();
    let url = format!("data:application/json;charset=utf-8,{}", js_sys::encode_uri_component(bundle));
    host.set_attribute("src", &url).unwrap();
    host.set_attribute("lang", lang).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits (up to 5 s) for `selector` inside the host's shadow root.
async fn find(host: &HtmlElement, selector: &str) -> HtmlElement {
    for _ in 0..250 {
        if let Some(e) = host.shadow_root().and_then(|s| s.query_selector(selector).ok().flatten()) {
            return e.unchecked_into();
        }
        sleep(20).await;
    }
    panic!("`{selector}` never appeared; shadow root: {:?}", host.shadow_root().map(|s| s.inner_html()));
}

#[wasm_bindgen_test]
async fn answering_a_true_false_question_reveals_the_figure_with_its_source() {
    let host = host_with(FIRST_LOOK, "en");
    let _mounted = lmi_quiz::mount(host.clone()).unwrap();

    let legend = find(&host, "legend").await;
    assert!(legend.text_content().unwrap().contains("electricians"));
    let shadow = host.shadow_root().unwrap();
    let radios = shadow.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 2, "true and false");
    let false_radio: HtmlInputElement = radios.item(1).unwrap().unchecked_into();
    false_radio.click();
    leptos::task::tick().await;
    let check: HtmlElement = find(&host, ".question > button").await;
    check.click();

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
    let _mounted = lmi_quiz::mount(host.clone()).unwrap();
    let alert = find(&host, "[role=alert]").await;
    let text = alert.text_content().unwrap();
    assert!(text.contains("not valid JSON"), "{text}");
    assert!(text.contains("data:application/json"), "{text}");
    find(&host, "[role=alert] button").await;
}

#[wasm_bindgen_test]
async fn after_a_panic_every_quiz_shows_a_message_instead_of_a_blank_box() {
    let host = host_with(FIRST_LOOK, "nl");
    let _mounted = lmi_quiz::mount(host.clone()).unwrap();
    find(&host, "legend").await;
    // The panic hook calls this; a real panic would end this test too.
    lmi_ui::show_crash_panels();
    let alert = find(&host, "[role=alert]").await;
    assert!(alert.text_content().unwrap().contains("Er ging iets mis"), "{:?}", alert.text_content());
}
