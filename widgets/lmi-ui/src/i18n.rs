//! UI strings from the catalogs in `i18n/` (compiled and checked by build.rs), plural forms chosen by the
//! browser's `Intl.PluralRules` so no CLDR data ships in the wasm.

use js_sys::{Array, Intl, Object};
use wasm_bindgen::JsValue;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

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
    pub fn t(self, msg: Msg) -> &'static str {
        TEXT[self.0.0][msg.index()]
    }

    /// The message with each `{name}` replaced.
    pub fn f(self, msg: Msg, args: &[(&str, &str)]) -> String {
        fill(self.t(msg), args)
    }

    /// The plural form for `count`, with `{count}` formatted for the language and other args replaced.
    pub fn plural(self, msg: PluralMsg, count: f64, args: &[(&str, &str)]) -> String {
        let forms = &PLURAL[self.0.0][msg.index()];
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
