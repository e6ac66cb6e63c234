//! The host element and its attributes, as signals the widget reads.

use std::collections::HashMap;

use leptos::prelude::*;
use lmi_content::Audience;
use web_sys::HtmlElement;

use crate::{Ui, UiLang};

/// The custom element the widget lives in. Context; `Copy`.
#[derive(Clone, Copy)]
pub struct Host(pub StoredValue<HtmlElement, LocalStorage>);

impl Host {
    pub fn element(self) -> HtmlElement {
        self.0.get_value()
    }
}

/// Attributes shared by every widget (public contract). Widgets add their own through [`crate::WidgetSpec`].
pub const SHARED_ATTRIBUTES: [&str; 5] = ["src", "lang", "audience", "theme", "mode"];

/// Every observed attribute as a signal; set from `attributeChangedCallback`. Context; `Copy`.
#[derive(Clone, Copy)]
pub struct HostAttrs {
    values: StoredValue<HashMap<&'static str, RwSignal<Option<String>>>>,
    /// The language of the nearest ancestor with `lang`, read at mount: the host page's language.
    page_lang: StoredValue<Option<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

/// `graded` shows right/wrong and a score; `ungraded` only reveals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Graded,
    Ungraded,
}

impl HostAttrs {
    pub(crate) fn new(host: &HtmlElement, names: &[&'static str]) -> HostAttrs {
        let values = names.iter().map(|&n| (n, RwSignal::new(host.get_attribute(n)))).collect();
        let page_lang = host
            .parent_element()
            .and_then(|p| p.closest("[lang]").ok().flatten())
            .and_then(|e| e.get_attribute("lang"))
            .filter(|l| !l.is_empty());
        let attrs = HostAttrs { values: StoredValue::new(values), page_lang: StoredValue::new(page_lang) };
        for &n in names {
            warn_if_invalid(n, host.get_attribute(n).as_deref());
        }
        attrs
    }

    /// Sets an observed attribute's signal; unknown names are ignored.
    pub(crate) fn set(&self, name: &str, value: Option<String>) {
        warn_if_invalid(name, value.as_deref());
        let signal = self.values.with_value(|m| m.get(name).copied());
        if let Some(s) = signal
            && s.get_untracked() != value
        {
            s.set(value);
        }
    }

    /// The attribute's value, tracked.
    pub fn get(&self, name: &str) -> Option<String> {
        self.values.with_value(|m| m.get(name).copied()).and_then(|s| s.get())
    }

    /// The attribute's value without tracking: for event handlers.
    pub fn peek(&self, name: &str) -> Option<String> {
        self.values.with_value(|m| m.get(name).copied()).and_then(|s| s.get_untracked())
    }

    /// A boolean attribute: present and not `"false"`.
    pub fn flag(&self, name: &str) -> bool {
        self.get(name).is_some_and(|v| v != "false")
    }

    pub fn src(&self) -> Option<String> {
        self.get("src").filter(|s| !s.trim().is_empty())
    }

    /// The `lang` attribute, else the page's language; `None` leaves the choice to the bundle.
    pub fn lang_tag(&self) -> Option<String> {
        self.get("lang").filter(|l| !l.is_empty()).or_else(|| self.page_lang.get_value())
    }

    /// The UI language: from [`Self::lang_tag`], else `bundle_default`, else English.
    pub fn ui(&self, bundle_default: Option<&str>) -> Ui {
        let lang = self
            .lang_tag()
            .and_then(|t| UiLang::from_tag(&t))
            .or_else(|| bundle_default.and_then(UiLang::from_tag))
            .unwrap_or(UiLang::EN);
        Ui(lang)
    }

    pub fn audience(&self) -> Option<Audience> {
        self.get("audience").and_then(|a| Audience::parse(&a))
    }

    pub fn theme(&self) -> Theme {
        match self.get("theme").as_deref() {
            Some("dark") => Theme::Dark,
            Some("auto") => Theme::Auto,
            _ => Theme::Light,
        }
    }

    pub fn mode(&self) -> Mode {
        Self::parse_mode(self.get("mode").as_deref())
    }

    /// [`Self::mode`] without tracking: for event handlers.
    pub fn peek_mode(&self) -> Mode {
        Self::parse_mode(self.peek("mode").as_deref())
    }

    fn parse_mode(value: Option<&str>) -> Mode {
        match value {
            Some("ungraded") => Mode::Ungraded,
            _ => Mode::Graded,
        }
    }
}

/// A webmaster who types `audience="pupils"` gets told, and the default is used.
fn warn_if_invalid(name: &str, value: Option<&str>) {
    let Some(value) = value else { return };
    let allowed: &[&str] = match name {
        "audience" => &["pupil", "jobseeker", "practitioner"],
        "theme" => &["light", "dark", "auto"],
        "mode" => &["graded", "ungraded"],
        _ => return,
    };
    if !allowed.contains(&value) {
        web_sys::console::warn_1(
            &format!("LMI Kit: {name}=\"{value}\" is not one of {}; using the default.", allowed.join(", ")).into(),
        );
    }
}
