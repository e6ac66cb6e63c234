//! The language rule, and bundle text in the reader's language, marked with its own `lang` where it falls
//! back to another.
//!
//! One rule for both routes (script and iframe): the host asks for a language with the element's `lang`,
//! else the page's (any case, `-` or `_`: `NL`, `nl-BE`, `pt_BR`). Bundle text is shown in that language
//! and falls back, string by string, to the bundle's default language; without a request, the bundle's
//! default is used. The UI is in the requested language's primary subtag when LMI Kit is translated into it,
//! else in the bundle's default (when nothing was requested), else in English.

use leptos::prelude::*;
use lmi_content::{Lang, LocalText};

use crate::{Ui, UiLang};

/// The UI language and the bundle-text language a widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Languages {
    pub ui: Ui,
    pub content: ContentLang,
}

impl Languages {
    /// The rule above, for a host request `requested` (attribute, else page) and the bundle's default.
    pub fn resolve(requested: Option<&str>, bundle_default: &Lang) -> Languages {
        let asked = requested.and_then(Lang::lenient);
        let want = asked.unwrap_or_else(|| bundle_default.clone());
        let ui = Ui(UiLang::from_tag(want.as_str()).unwrap_or(UiLang::EN));
        Languages { ui, content: ContentLang { want, fallback: bundle_default.clone() } }
    }

    /// The UI language while no bundle is known (loading, or a bundle that failed).
    pub fn before_bundle(requested: Option<&str>) -> Ui {
        Ui(requested.and_then(UiLang::from_tag).unwrap_or(UiLang::EN))
    }
}

/// Which language to pick bundle text in, and which to fall back to. `Clone`; cheap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentLang {
    pub want: Lang,
    pub fallback: Lang,
}

impl ContentLang {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_language_rule() {
        let en = Lang::new("en").unwrap();
        let nl = Lang::new("nl").unwrap();
        // (requested, bundle default, UI, wanted content language)
        let cases: &[(Option<&str>, &Lang, &str, &str)] = &[
            (Some("nl"), &en, "nl", "nl"),
            (Some("NL"), &en, "nl", "nl"),
            (Some("nl-BE"), &en, "nl", "nl-BE"),
            (Some("nl_be"), &en, "nl", "nl-BE"),
            (Some("pt_BR"), &en, "en", "pt-BR"),
            (Some("pt"), &nl, "en", "pt"),
            (None, &nl, "nl", "nl"),
            (Some(""), &nl, "nl", "nl"),
            (Some("not a tag"), &nl, "nl", "nl"),
            (None, &Lang::new("pt").unwrap(), "en", "pt"),
        ];
        for &(requested, default, ui, content) in cases {
            let l = Languages::resolve(requested, default);
            assert_eq!((l.ui.0.tag(), l.content.want.as_str()), (ui, content), "{requested:?} over {default}");
            assert_eq!(&l.content.fallback, default);
        }
        assert_eq!(Languages::before_bundle(Some("UK")).0.tag(), "uk");
        assert_eq!(Languages::before_bundle(None).0.tag(), "en");
    }
}
