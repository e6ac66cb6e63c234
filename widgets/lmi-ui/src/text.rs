//! Bundle text in the reader's language, marked with its own `lang` where it falls back to another.

use leptos::prelude::*;
use lmi_content::{Lang, LocalText, Meta};

/// Which language to pick bundle text in, and which to fall back to. `Clone`; cheap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentLang {
    pub want: Lang,
    pub fallback: Lang,
}

impl ContentLang {
    /// `tag` from the host (attribute or page), else the bundle's default language.
    pub fn new(tag: Option<&str>, meta: &Meta) -> ContentLang {
        let fallback = meta.default_language.clone();
        let want = tag.and_then(|t| Lang::new(t).ok()).unwrap_or_else(|| fallback.clone());
        ContentLang { want, fallback }
    }

    /// The text as a string (for attributes and announcements), empty if the text is empty.
    pub fn string(&self, text: &LocalText) -> String {
        text.pick(&self.want, &self.fallback).map(|l| l.text.to_owned()).unwrap_or_default()
    }

    /// The text as a view: always as text, never markup; in a `<span lang dir="auto">` when not in the wanted
    /// language.
    pub fn view(&self, text: &LocalText) -> AnyView {
        match text.pick(&self.want, &self.fallback) {
            Some(l) if l.lang.primary() != self.want.primary() => {
                // `dir="auto"`: English inside an Arabic page keeps its own direction and punctuation.
                view! { <span lang=l.lang.as_str().to_owned() dir="auto">{l.text.to_owned()}</span> }.into_any()
            }
            Some(l) => l.text.to_owned().into_any(),
            None => ().into_any(),
        }
    }
}
