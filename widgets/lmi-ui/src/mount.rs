//! Mounting a widget into its host element's shadow root, and the handle JS keeps per element.

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::{Host, HostAttrs};

/// What a widget tells the mounter about itself.
pub struct WidgetSpec {
    /// Its element in the contract: name, observed attributes.
    pub element: &'static lmi_embed::Element,
    /// The widget's stylesheets, adopted in order after [`crate::BASE_CSS`] (a widget that draws charts
    /// lists [`crate::CHART_CSS`] before its own).
    pub css: &'static [&'static str],
}

impl WidgetSpec {
    /// `quiz`, `explorer`, `reading`: used in event details and class names.
    pub fn name(&self) -> &'static str {
        self.element.widget
    }
}

/// The handle `lmi.js` keeps per element: forwards attribute changes, unmounts on disconnect.
#[wasm_bindgen]
pub struct Mounted {
    attrs: HostAttrs,
    /// The Leptos `UnmountHandle`, type-erased; dropping it unmounts the view and frees its signals.
    handle: Option<Box<dyn Any>>,
    shadow: ShadowRoot,
}

#[wasm_bindgen]
impl Mounted {
    /// Called from `attributeChangedCallback`.
    pub fn set_attribute(&self, name: &str, value: Option<String>) {
        self.attrs.set(name, value);
    }

    /// Called from `disconnectedCallback`.
    pub fn unmount(&mut self) {
        self.handle = None;
        crate::crash::forget(&self.shadow);
    }
}

/// Renders `view` into `host`'s open shadow root (made here if the loader has not made it), replacing
/// the loader's placeholder, with the base and widget stylesheets adopted.
pub fn mount_widget<V: IntoView + 'static>(
    host: HtmlElement,
    spec: &'static WidgetSpec,
    view: impl FnOnce() -> V + 'static,
) -> Result<Mounted, JsValue> {
    crate::crash::install_panic_hook();
    let shadow = match host.shadow_root() {
        Some(s) => s,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    adopt_styles(&shadow, spec.css)?;
    shadow.set_text_content(None);
    let document = host.owner_document().ok_or("the element is not in a document")?;
    let root: HtmlElement = document.create_element("div")?.unchecked_into();
    shadow.append_child(&root)?;
    crate::crash::remember(&shadow, spec.name());

    let names: Vec<&'static str> = spec.element.observed().map(|a| a.name).collect();
    let owner = Owner::new();
    let attrs = owner.with(|| HostAttrs::new(&host, &names));
    let host_value = Host(owner.with(|| StoredValue::new_local(host)));
    let handle = owner.with(|| {
        mount_to(root, move || {
            provide_context(attrs);
            provide_context(host_value);
            provide_context(spec);
            view()
        })
    });
    Ok(Mounted { attrs, handle: Some(Box::new((handle, owner))), shadow })
}

/// Constructable stylesheets, the base sheet first: they style inside the shadow root and pass
/// `style-src 'self'`.
fn adopt_styles(shadow: &ShadowRoot, css: &[&str]) -> Result<(), JsValue> {
    let sheets = js_sys::Array::new();
    for text in std::iter::once(&crate::BASE_CSS).chain(css) {
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(text)?;
        sheets.push(&sheet);
    }
    shadow.set_adopted_style_sheets(&sheets);
    Ok(())
}
