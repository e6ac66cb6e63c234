//! The host element and its attributes, as signals the widget reads.

use std::collections::HashMap;

use leptos::prelude::*;
use lmi_content::Audience;
use web_sys::HtmlElement;

/// The custom element the widget lives in. Context; `Copy`.
#[derive(Clone, Copy)]
pub struct Host(pub StoredValue<HtmlElement, LocalStorage>);

impl Host {
    pub fn element(self) -> HtmlElement {
        self.0.get_value()
    }
}

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
        HostAttrs { values: StoredValue::new(values), page_lang: StoredValue::new(page_lang) }
    }

    /// Sets an observed attribute's signal; unknown names are ignored. (`lmi.js` warns about values outside
    /// the contract's words; the widget then uses its default.)
    pub(crate) fn set(&self, name: &str, value: Option<String>) {
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

    /// The language the host asks for: the `lang` attribute, else the page's language; `None` leaves the
    /// choice to the bundle. See [`crate::Languages`] for the rule.
    pub fn lang_tag(&self) -> Option<String> {
        self.get("lang").filter(|l| !l.trim().is_empty()).or_else(|| self.page_lang.get_value())
    }

    /// [`Self::lang_tag`] without tracking.
    pub fn peek_lang_tag(&self) -> Option<String> {
        self.peek("lang").filter(|l| !l.trim().is_empty()).or_else(|| self.page_lang.get_value())
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
