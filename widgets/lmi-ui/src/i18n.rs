//! UI strings: every crate compiles its own catalogs (`i18n/`, checked by lmi-i18n at build time) into a
//! `Msg` and a `PluralMsg` enum implementing [`Catalog`] and [`PluralCatalog`]; [`Ui`] looks any of them up
//! in one language. Plural forms are chosen by the browser's `Intl.PluralRules`, so no CLDR data ships in the
//! wasm. This module's own catalog holds the words every widget shares.

use js_sys::{Array, Intl, Object};
use lmi_i18n::LANGS;
use wasm_bindgen::JsValue;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// A crate's UI strings: one text per language, indexed as [`LANGS`].
pub trait Catalog: Copy {
    fn text(self, lang: usize) -> &'static str;
}

/// A crate's UI strings with plural forms: zero, one, two, few, many, other (empty where unused).
pub trait PluralCatalog: Copy {
    fn forms(self, lang: usize) -> &'static [&'static str; 6];
}

/// A language the UI is translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiLang(usize);

impl UiLang {
    pub const EN: UiLang = UiLang(0);

    /// The UI language for a BCP 47 tag: exact primary subtag match (`nl-BE` → `nl`), else `None`.
    pub fn from_tag(tag: &str) -> Option<UiLang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        LANGS.iter().position(|l| *l == primary).map(UiLang)
    }

    pub fn tag(self) -> &'static str {
        LANGS[self.0]
    }

    pub fn is_rtl(self) -> bool {
        self.tag() == "ar"
    }

    pub fn all() -> impl Iterator<Item = UiLang> {
        (0..LANGS.len()).map(UiLang)
    }
}

/// Text lookup for one language; `Copy` so views capture it freely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ui(pub UiLang);

impl Ui {
    pub fn t(self, msg: impl Catalog) -> &'static str {
        msg.text(self.0.0)
    }

    /// The message with each `{name}` replaced.
    pub fn f(self, msg: impl Catalog, args: &[(&str, &str)]) -> String {
        fill(self.t(msg), args)
    }

    /// The plural form for `count`, with `{count}` formatted for the language and other args replaced.
    pub fn plural(self, msg: impl PluralCatalog, count: f64, args: &[(&str, &str)]) -> String {
        self.plural_form(msg.forms(self.0.0), count, args)
    }

    fn plural_form(self, forms: &[&str; 6], count: f64, args: &[(&str, &str)]) -> String {
        let form = match forms[category_index(self.0.tag(), count)] {
            "" => forms[5],
            f => f,
        };
        let count_text = crate::format_number(self.0.tag(), count, 0);
        let mut all = vec![("count", count_text.as_str())];
        all.extend_from_slice(args);
        fill(form, &all)
    }
}

fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Index into zero, one, two, few, many, other.
fn category_index(lang: &str, count: f64) -> usize {
    let rules = crate::format::intl_cached(format!("PluralRules {lang}"), || {
        Intl::PluralRules::new(&Array::of1(&JsValue::from_str(lang)), &Object::new())
    });
    match rules.select(count).as_string().as_deref() {
        Some("zero") => 0,
        Some("one") => 1,
        Some("two") => 2,
        Some("few") => 3,
        Some("many") => 4,
        _ => 5,
    }
}
