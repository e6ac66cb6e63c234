//! The home page's words in six languages (`i18n/<lang>.txt`, checked and compiled by lmi-i18n as the widgets'
//! words are) and the rule that picks the page's language: `?lang=xx` when it names one of the six, else the
//! first of the browser's languages that does, else English.

use lmi_i18n::LANGS;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The page's strings: one text per language, indexed as [`LANGS`].
pub trait Catalog: Copy {
    fn text(self, lang: usize) -> &'static str;
}

/// One of the six languages of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang(usize);

impl Lang {
    pub const EN: Lang = Lang(0);

    /// The language of a tag's primary subtag, read leniently (`NL`, `nl-BE`, `pt_BR`), if the page has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        LANGS.iter().position(|l| *l == primary).map(Lang)
    }

    pub fn tag(self) -> &'static str {
        LANGS[self.0]
    }

    /// The index into [`LANGS`] and into every table of this language.
    pub fn index(self) -> usize {
        self.0
    }

    pub fn dir(self) -> &'static str {
        if self.tag() == "ar" { "rtl" } else { "ltr" }
    }

    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self.0)
    }
}

/// The page's language: `lang` in the query (`?lang=nl`), else the first supported of the browser's languages,
/// else English. An unknown `?lang=` counts as none.
pub fn choose(query: &str, browser: &[String]) -> Lang {
    let asked = query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| Lang::from_tag(value));
    asked.or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag))).unwrap_or(Lang::EN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_wins_then_the_browser_then_english() {
        let browser = |tags: &[&str]| tags.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>();
        assert_eq!(choose("?lang=nl", &browser(&["de-DE"])).tag(), "nl");
        assert_eq!(choose("?x=1&lang=AR", &[]).tag(), "ar");
        assert_eq!(choose("?lang=uk-UA", &[]).tag(), "uk");
        assert_eq!(choose("?lang=pt", &browser(&["fr-BE", "en"])).tag(), "fr", "an unknown ?lang= counts as none");
        assert_eq!(choose("", &browser(&["pt-BR", "de"])).tag(), "de", "the first supported browser language");
        assert_eq!(choose("", &browser(&["pt-BR"])), Lang::EN);
        assert_eq!(choose("?lang=", &[]), Lang::EN);
        assert_eq!(Lang::from_tag("ar").map(Lang::dir), Some("rtl"));
    }

    #[test]
    fn every_language_has_its_own_words() {
        for lang in LANGS {
            let l = Lang::from_tag(lang).expect("a page language");
            assert!(!l.t(Msg::HomeBuilderHeading).is_empty());
            if l != Lang::EN {
                assert_ne!(l.t(Msg::HomeHeading), Lang::EN.t(Msg::HomeHeading), "{lang} is translated");
            }
        }
        // The snippets' attribute values stay in the menus' words, so a reader can match the two.
        for l in LANGS.iter().filter_map(|tag| Lang::from_tag(tag)) {
            assert!(l.t(Msg::AudiencePractitioner).contains("practitioner"), "{}", l.tag());
            assert!(l.t(Msg::ModeUngraded).contains("ungraded"), "{}", l.tag());
        }
    }
}
