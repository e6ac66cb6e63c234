//! A panic must end in a message, never a blank box. The hook writes a plain-DOM alert into every shadow
//! root this wasm instance renders (after a panic the instance can no longer be trusted) and logs the
//! panic for the webmaster. Widgets of other kinds run in other wasm instances and keep working.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::ShadowRoot;

thread_local! {
    static ROOTS: RefCell<Vec<(ShadowRoot, &'static str)>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn remember(root: &ShadowRoot, widget: &'static str) {
    ROOTS.with(|r| r.borrow_mut().push((root.clone(), widget)));
}

pub(crate) fn forget(root: &ShadowRoot) {
    ROOTS.with(|r| r.borrow_mut().retain(|(s, _)| s != root));
}

pub(crate) fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("LMI Kit: internal error: {info}").into());
            show_crash_panels();
        }));
    });
}

// A real panic on request, exported from every widget's module (`lmi_quiz-<hash>.js`, …) as
// `lmi_test_panic()`. The end-to-end test `tests/e2e/crash.spec.js` calls it to check what the browser test
// cannot: that a panic (hook, then abort) ends in the message in the widgets of that kind only, while widgets
// of other kinds and the host page go on working. Not an embedding API; a page that calls it breaks only its
// own widgets of that kind, which it could do anyway. (Plain comments: doc comments would ship in the JS.)
/// Test hook: panics. See tests/e2e/crash.spec.js; not part of the embedding API.
#[wasm_bindgen(js_name = lmi_test_panic)]
pub fn test_panic() {
    panic!("lmi_test_panic() was called: a deliberate panic, for tests");
}

/// Replaces the content of every remembered root with the crash alert, using no Leptos (its state may be
/// what broke). Public for the browser test, which cannot panic without failing itself.
pub fn show_crash_panels() {
    let roots = ROOTS.with(|r| r.try_borrow().map(|v| v.clone()).unwrap_or_default());
    for (root, widget) in roots {
        let _ = render_crash_panel(&root, widget);
    }
}

fn render_crash_panel(root: &ShadowRoot, widget: &str) -> Option<()> {
    let document = root.host().owner_document()?;
    let lang = root.host().closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang"));
    let ui = crate::Ui(lang.as_deref().and_then(crate::UiLang::from_tag).unwrap_or(crate::UiLang::EN));
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("lmi error-panel");
    panel.set_attribute("role", "alert").ok()?;
    let heading = document.create_element("p").ok()?;
    heading.set_class_name("error-heading");
    heading.set_text_content(Some(ui.t(crate::Msg::ErrorHeading)));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(ui.t(crate::Msg::ErrorCrash)));
    panel.append_child(&heading).ok()?;
    panel.append_child(&text).ok()?;
    root.set_text_content(None);
    root.append_child(&panel).ok()?;
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let detail = serde_json::json!({ "widget": widget, "bundle": null, "error": "crash" });
    init.set_detail(&js_sys::JSON::parse(&detail.to_string()).ok()?);
    let event = web_sys::CustomEvent::new_with_event_init_dict("lmi-error", &init).ok()?;
    root.host().unchecked_into::<web_sys::EventTarget>().dispatch_event(&event).ok()?;
    Some(())
}
