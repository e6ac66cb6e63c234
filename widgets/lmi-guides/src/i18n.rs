//! The guides' own words in six languages: `i18n/<lang>.txt`, checked and compiled by lmi-i18n into the `Msg`
//! and `PluralMsg` enums (see `build.rs`), as the widgets' words are. [`Language`] is the language of one page:
//! its tag, direction, file names and word lookup. Plural forms follow the CLDR cardinal rules of the six
//! languages (the widgets ask `Intl.PluralRules`; the guides are written natively, so the rules are here).

use lmi_content::Lang;
use lmi_i18n::LANGS;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The guides' strings: one text per language, indexed as [`LANGS`].
pub trait Catalog: Copy {
    fn text(self, lang: usize) -> &'static str;
}

/// The guides' strings with plural forms: zero, one, two, few, many, other (empty where unused).
pub trait PluralCatalog: Copy {
    fn forms(self, lang: usize) -> &'static [&'static str; 6];
}

/// The language a page is written in: one of [`LANGS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language(usize);

impl Language {
    pub const EN: Language = Language(0);

    /// The six languages, English first.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..LANGS.len()).map(Language)
    }

    /// The language of a tag's primary subtag (`nl-BE` → `nl`), if the guides are written in it.
    #[cfg(test)]
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        LANGS.iter().position(|l| *l == primary).map(Language)
    }

    pub fn tag(self) -> &'static str {
        LANGS[self.0]
    }

    pub fn lang(self) -> Lang {
        Lang::new(self.tag()).expect("the UI languages are valid tags")
    }

    pub fn is_rtl(self) -> bool {
        self.tag() == "ar"
    }

    /// The value of `dir` on the page's `<html>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language's name in itself, for the language switch: "Nederlands", "العربية".
    pub fn own_name(self) -> &'static str {
        Msg::LanguageOwnName.text(self.0)
    }

    /// The page `stem` in this language: `quiz-first-look.html` in English (the addresses links already use),
    /// `quiz-first-look.nl.html` in Dutch.
    pub fn file(self, stem: &str) -> String {
        if self == Language::EN { format!("{stem}.html") } else { format!("{stem}.{}.html", self.tag()) }
    }

    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self.0)
    }

    /// The message with each `{name}` replaced.
    pub fn f(self, msg: Msg, args: &[(&str, &str)]) -> String {
        fill(self.t(msg), args)
    }

    /// The plural form for `count`, with `{count}` written as this language writes numbers and the other
    /// `args` replaced.
    pub fn plural(self, msg: PluralMsg, count: f64, args: &[(&str, &str)]) -> String {
        let forms = msg.forms(self.0);
        let form = match forms[category(self.tag(), count)] {
            "" => forms[5],
            form => form,
        };
        let count = crate::words::count(self, count);
        let mut all = vec![("count", count.as_str())];
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

/// The CLDR cardinal plural category of `count` (as the guides write it, to two decimals) in `lang`, as an
/// index into zero, one, two, few, many, other.
pub fn category(lang: &str, count: f64) -> usize {
    const ZERO: usize = 0;
    const ONE: usize = 1;
    const TWO: usize = 2;
    const FEW: usize = 3;
    const MANY: usize = 4;
    const OTHER: usize = 5;
    let count = (count.abs() * 100.0).round() / 100.0;
    let whole = count.trunc() as u64;
    let integer = count.fract() == 0.0;
    match lang {
        "fr" if whole <= 1 => ONE,
        "fr" if integer && whole != 0 && whole.is_multiple_of(1_000_000) => MANY,
        "fr" => OTHER,
        "ar" if !integer => OTHER,
        "ar" => match (whole, whole % 100) {
            (0, _) => ZERO,
            (1, _) => ONE,
            (2, _) => TWO,
            (_, 3..=10) => FEW,
            (_, 11..=99) => MANY,
            _ => OTHER,
        },
        "uk" if !integer => OTHER,
        "uk" => match (whole % 10, whole % 100) {
            (1, r) if r != 11 => ONE,
            (2..=4, r) if !(12..=14).contains(&r) => FEW,
            _ => MANY,
        },
        _ if integer && whole == 1 => ONE,
        _ => OTHER,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        let names = ["zero", "one", "two", "few", "many", "other"];
        let check = |lang: &str, n: f64, want: &str| assert_eq!(names[category(lang, n)], want, "{lang} {n}");
        for (n, want) in [(1.0, "one"), (0.0, "other"), (2.0, "other"), (1.5, "other")] {
            check("en", n, want);
            check("nl", n, want);
            check("de", n, want);
        }
        for (n, want) in [(0.0, "one"), (1.0, "one"), (1.5, "one"), (2.0, "other"), (1_000_000.0, "many")] {
            check("fr", n, want);
        }
        for (n, want) in
            [(0.0, "zero"), (1.0, "one"), (2.0, "two"), (3.0, "few"), (110.0, "few"), (12.0, "many"), (100.0, "other")]
        {
            check("ar", n, want);
        }
        for (n, want) in [(1.0, "one"), (21.0, "one"), (11.0, "many"), (3.0, "few"), (14.0, "many"), (5.0, "many")] {
            check("uk", n, want);
        }
        check("uk", 2.5, "other");
        check("ar", 2.5, "other");
    }

    #[test]
    fn files_and_tags() {
        assert_eq!(Language::EN.file("quiz-x"), "quiz-x.html");
        let nl = Language::from_tag("nl-BE").expect("nl");
        assert_eq!(nl.file("quiz-x-print"), "quiz-x-print.nl.html");
        assert_eq!(Language::all().map(Language::tag).collect::<Vec<_>>(), LANGS);
        assert_eq!(Language::from_tag("ar").map(Language::dir), Some("rtl"));
        assert_eq!(Language::from_tag("pt"), None);
    }
}
