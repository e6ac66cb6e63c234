//! What every widget's browser tests (`tests/web.rs`, run by wasm-bindgen-test in headless Chromium) share:
//! a host element with a bundle as its `src`, lookups inside the shadow root, and waits that end as soon as the
//! page is in the state asked for. Nothing sleeps for a fixed time: a wait yields to Leptos's reactive tick and
//! to the next animation frame until its condition holds, and fails after [`TIMEOUT_FRAMES`] with what it saw.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// About ten seconds of frames: long enough for a slow fetch of a `data:` URL, short enough to fail clearly.
pub const TIMEOUT_FRAMES: u32 = 600;

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

/// A `<tag>` element on the page whose `src` is `bundle` as a `data:` URL (the test server has no files), with
/// `lang="en"` unless `attributes` say otherwise, then `attributes`. The widget is not mounted yet.
pub fn host(tag: &str, bundle: &str, attributes: &[(&str, &str)]) -> HtmlElement {
    let host: HtmlElement = document().create_element(tag).expect("a valid tag").unchecked_into();
    let url = format!("data:application/json;charset=utf-8,{}", js_sys::encode_uri_component(bundle));
    host.set_attribute("src", &url).expect("src");
    host.set_attribute("lang", "en").expect("lang");
    for (name, value) in attributes {
        host.set_attribute(name, value).expect("attribute");
    }
    document().body().expect("a body").append_child(&host).expect("appended");
    host
}

/// One reactive tick and the next animation frame: effects have run and the browser has had a turn (fetches
/// resolve, focus moves queued for the frame happen).
pub async fn settle() {
    leptos::task::tick().await;
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("a window").request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}

/// Waits until `condition` holds; panics naming `what` and the widget's text when it never does.
pub async fn until(host: &HtmlElement, what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..TIMEOUT_FRAMES {
        if condition() {
            return;
        }
        settle().await;
    }
    panic!("{what} never happened; the widget shows: {:?}", host.shadow_root().and_then(|s| s.text_content()));
}

/// The first element matching `selector` in the host's shadow root, once there is one.
pub async fn find(host: &HtmlElement, selector: &str) -> Element {
    let mut found = None;
    until(host, &format!("`{selector}` appearing"), || {
        found = host.shadow_root().and_then(|s| s.query_selector(selector).ok().flatten());
        found.is_some()
    })
    .await;
    found.expect("until returned")
}

/// Every element matching `selector` now.
pub fn all(host: &HtmlElement, selector: &str) -> Vec<Element> {
    let Some(list) = host.shadow_root().and_then(|s| s.query_selector_all(selector).ok()) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The text of every element matching `selector` now.
pub fn texts(host: &HtmlElement, selector: &str) -> Vec<String> {
    all(host, selector).iter().map(|e| e.text_content().unwrap_or_default()).collect()
}

/// The texts of [`texts`] joined with ` | `.
pub fn text(host: &HtmlElement, selector: &str) -> String {
    texts(host, selector).join(" | ")
}

/// The element that has focus inside the shadow root.
pub fn focused(host: &HtmlElement) -> Option<Element> {
    host.shadow_root()?.active_element()
}

/// Waits until the focused element matches `selector`.
pub async fn focus_on(host: &HtmlElement, selector: &str) {
    until(host, &format!("focus on `{selector}`"), || {
        focused(host).is_some_and(|e| e.matches(selector).unwrap_or(false))
    })
    .await;
}

/// Clicks the first element matching `selector` (once there is one), then settles.
pub async fn click(host: &HtmlElement, selector: &str) {
    find(host, selector).await.unchecked_into::<HtmlElement>().click();
    settle().await;
}

/// Clicks the first element matching `selector` whose text contains `contains`.
pub async fn click_text(host: &HtmlElement, selector: &str, contains: &str) {
    find(host, selector).await;
    let element = all(host, selector)
        .into_iter()
        .find(|e| e.text_content().unwrap_or_default().contains(contains))
        .unwrap_or_else(|| panic!("no `{selector}` with \"{contains}\" in {:?}", texts(host, selector)));
    element.unchecked_into::<HtmlElement>().click();
    settle().await;
}

/// Types `value` into the input matching `selector` as one `input` event, then settles.
pub async fn type_into(host: &HtmlElement, selector: &str, value: &str) {
    let input: HtmlInputElement = find(host, selector).await.unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").expect("an event")).expect("dispatched");
    settle().await;
}

/// A `keydown` of `key` on `target` (bubbling out of the shadow root, cancelable), then settles.
pub async fn press(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched");
    settle().await;
}

/// The page's address without query or hash: tests that read the address start from a clean one.
pub fn reset_address() {
    let window = web_sys::window().expect("a window");
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("set");
}

/// The query parameter `name` of the page's address.
pub fn address_param(name: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new(&href).ok()?.search_params().get(name)
}
