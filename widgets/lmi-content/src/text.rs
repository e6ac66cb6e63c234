//! Languages and user-facing text that may carry several languages.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A BCP 47 language tag of the simple form the widgets support: `en`, `nl`, `pt-BR`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Lang(String);

impl Lang {
    pub fn new(tag: &str) -> Result<Lang, String> {
        let (primary, region) = match tag.split_once('-') {
            Some((p, r)) => (p, Some(r)),
            None => (tag, None),
        };
        let primary_ok = (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
        let region_ok = region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()));
        if primary_ok && region_ok {
            Ok(Lang(tag.to_owned()))
        } else {
            Err(format!("`{tag}` is not a language tag such as `en`, `nl` or `pt-BR`"))
        }
    }

    /// A tag as hosts write it, read leniently: any case, `_` for `-`, extra subtags dropped (`NL` → `nl`,
    /// `nl-be` → `nl-BE`, `pt_BR` → `pt-BR`, `zh-Hant-TW` → `zh`). `None` if not even the primary subtag is a
    /// language.
    pub fn lenient(tag: &str) -> Option<Lang> {
        let mut parts = tag.trim().split(['-', '_']);
        let primary = parts.next()?.to_ascii_lowercase();
        let region = parts.next().filter(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()));
        let tag = match region {
            Some(r) => format!("{primary}-{}", r.to_ascii_uppercase()),
            None => primary,
        };
        Lang::new(&tag).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary subtag: `pt` for `pt-BR`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl TryFrom<String> for Lang {
    type Error = String;
    fn try_from(s: String) -> Result<Lang, String> {
        Lang::new(&s)
    }
}

impl From<Lang> for String {
    fn from(l: Lang) -> String {
        l.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A user-facing string in one or more languages: `{"en": "Nurse", "nl": "Verpleegkundige"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct LocalText(pub BTreeMap<Lang, String>);

/// A string picked from a [`LocalText`], with the language it is really in: when that differs from the
/// language asked for, the UI marks the text with its own `lang` so screen readers pronounce it right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: &'a Lang,
}

impl LocalText {
    /// A text in one language; handy in tests and importers.
    pub fn one(lang: &str, text: &str) -> LocalText {
        let lang = Lang::new(lang).expect("valid language tag");
        LocalText(BTreeMap::from([(lang, text.to_owned())]))
    }

    /// The text in `want`, else in a language with the same primary subtag, else in `fallback`,
    /// else in any language. `None` only for an empty text.
    pub fn pick<'a>(&'a self, want: &Lang, fallback: &Lang) -> Option<Localized<'a>> {
        let found = self
            .0
            .get_key_value(want)
            .or_else(|| self.0.iter().find(|(l, _)| l.primary() == want.primary()))
            .or_else(|| self.0.get_key_value(fallback))
            .or_else(|| self.0.iter().next());
        found.map(|(lang, text)| Localized { text, lang })
    }

    pub fn get(&self, lang: &Lang) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    pub fn languages(&self) -> impl Iterator<Item = &Lang> {
        self.0.keys()
    }
}

#[cfg(feature = "cli")]
impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[a-z]{2,3}(-[A-Z]{2})?$",
            "description": "A language tag such as `en`, `nl` or `pt-BR`."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for ok in ["en", "nl", "ast", "pt-BR"] {
            assert!(Lang::new(ok).is_ok(), "{ok}");
        }
        for bad in ["", "EN", "english", "pt-br", "e", "en_GB"] {
            assert!(Lang::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lenient_tags() {
        let check = |tag: &str, want: Option<&str>| {
            assert_eq!(Lang::lenient(tag).as_ref().map(Lang::as_str), want, "{tag}");
        };
        check("nl", Some("nl"));
        check("NL", Some("nl"));
        check(" nl-be ", Some("nl-BE"));
        check("pt_BR", Some("pt-BR"));
        check("zh-Hant-TW", Some("zh"));
        check("", None);
        check("english", None);
        check("e1", None);
    }

    #[test]
    fn pick_falls_back_in_order() {
        let t: LocalText =
            serde_json::from_str(r#"{"en": "Nurse", "nl": "Verpleegkundige", "pt-BR": "Enfermeiro"}"#).unwrap();
        let l = |s| Lang::new(s).unwrap();
        assert_eq!(t.pick(&l("nl"), &l("en")).unwrap().text, "Verpleegkundige");
        assert_eq!(t.pick(&l("pt"), &l("en")).unwrap().text, "Enfermeiro");
        let fr = t.pick(&l("fr"), &l("en")).unwrap();
        assert_eq!((fr.text, fr.lang.as_str()), ("Nurse", "en"));
        assert_eq!(LocalText::default().pick(&l("en"), &l("en")), None);
    }
}
