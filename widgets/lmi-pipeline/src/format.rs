//! Numbers and periods written the way a reader of each language expects: `97,550` and `87.9%` in English,
//! `97.550` and `87,9%` in Dutch. Shared by the activities (placeholders in authored texts) and the texts files
//! (`texts.rs`: the sources' and occupations' sentences).

use lmi_content::{Currency, Lang, Period, Unit};

use crate::util::Result;

/// A number and its unit; `unit` is `None` for a plain number (a ratio typed in a claim, `1.1` million).
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: Option<Unit>,
    pub currency: Option<Currency>,
}

/// How a placeholder shows its number (the modifiers after `:` in `{nurses:about:num}`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    /// Rounded for a child: whole percents, wages and counts to the thousand (hundred below ten thousand).
    pub about: bool,
    /// Without the sign, for "fell by …".
    pub abs: bool,
    /// The number alone, without `%`, `$` or `dollar`.
    pub bare: bool,
}

/// The languages whose number style is known: the UI languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Locale {
    En,
    Nl,
    Fr,
    De,
    Ar,
    Uk,
}

fn locale(lang: &Lang) -> Result<Locale> {
    match lang.primary() {
        "en" => Ok(Locale::En),
        "nl" => Ok(Locale::Nl),
        "fr" => Ok(Locale::Fr),
        "de" => Ok(Locale::De),
        "ar" => Ok(Locale::Ar),
        "uk" => Ok(Locale::Uk),
        other => Err(format!("no number style for language `{other}`: add it to format.rs")),
    }
}

impl Locale {
    /// The thousands separator and the decimal mark, as `Intl.NumberFormat` writes them (Arabic with Latin
    /// digits, as the widgets show numbers: see ARCHITECTURE.md, "Languages").
    fn marks(self) -> (char, char) {
        match self {
            Locale::En | Locale::Ar => (',', '.'),
            Locale::Nl | Locale::De => ('.', ','),
            Locale::Fr => ('\u{202f}', ','),
            Locale::Uk => ('\u{a0}', ','),
        }
    }

    /// What stands between a number and its `%`.
    fn percent_gap(self) -> &'static str {
        match self {
            Locale::Fr => "\u{202f}",
            Locale::De => "\u{a0}",
            _ => "",
        }
    }

    /// An amount of money: `$97,550`, `97.550 dollar`, `1 234 €`.
    fn money(self, sign: &str, n: &str, value: f64, code: &str) -> String {
        match (self, code) {
            (Locale::En, "USD") => format!("{sign}${n}"),
            (Locale::En, "EUR") => format!("{sign}€{n}"),
            (Locale::Nl, "USD") => format!("{sign}{n} dollar"),
            (Locale::Nl, "EUR") => format!("{sign}€ {n}"),
            (Locale::Fr, "USD") => format!("{sign}{n}\u{a0}dollars"),
            (Locale::De, "USD") => format!("{sign}{n}\u{a0}Dollar"),
            (Locale::Uk, "USD") => {
                format!("{sign}{n}\u{a0}{}", ukrainian_plural(value, ["долар", "долари", "доларів"]))
            }
            (Locale::Ar, "USD") => format!("{sign}{n} دولار"),
            (Locale::Ar, "EUR") => format!("{sign}{n} يورو"),
            (Locale::Fr | Locale::De | Locale::Uk, "EUR") => format!("{sign}{n}\u{a0}€"),
            (_, code) => format!("{sign}{n} {code}"),
        }
    }

    /// The words after a difference of two percentages, in the number's plural form: `1 percentage point`,
    /// `26.9 percentage points`, `1,5 point de pourcentage`, `26,9 відсоткового пункту`.
    fn points(self, value: f64) -> &'static str {
        let (n, whole) = (value.abs(), value.fract() == 0.0);
        match self {
            Locale::En if n == 1.0 => "percentage point",
            Locale::En => "percentage points",
            Locale::Nl if n == 1.0 => "procentpunt",
            Locale::Nl => "procentpunten",
            // French takes the singular below two: 1,5 point.
            Locale::Fr if n < 2.0 => "point de pourcentage",
            Locale::Fr => "points de pourcentage",
            Locale::De if n == 1.0 => "Prozentpunkt",
            Locale::De => "Prozentpunkte",
            Locale::Ar if whole && n == 2.0 => "نقطتان مئويتان",
            Locale::Ar if whole && (3.0..=10.0).contains(&n) => "نقاط مئوية",
            Locale::Ar => "نقطة مئوية",
            // A fraction takes the genitive singular: 26,9 відсоткового пункту.
            Locale::Uk if !whole => "відсоткового пункту",
            Locale::Uk => ukrainian_plural(value, ["відсотковий пункт", "відсоткові пункти", "відсоткових пунктів"]),
        }
    }

    fn months(self) -> [&'static str; 12] {
        match self {
            Locale::En => crate::util::MONTHS_EN,
            Locale::Nl => MONTHS_NL,
            Locale::Fr => MONTHS_FR,
            Locale::De => MONTHS_DE,
            Locale::Ar => MONTHS_AR,
            Locale::Uk => MONTHS_UK,
        }
    }
}

/// Ukrainian nouns take one of three forms after a number: 1 долар, 2 долари, 5 доларів (CLDR one/few/many).
fn ukrainian_plural(value: f64, [one, few, many]: [&'static str; 3]) -> &'static str {
    if value.fract() != 0.0 {
        return few;
    }
    let n = value.abs() as u64;
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// The step a number is rounded to: a tenth as published for shares and changes, coarser when `about`.
fn rounding_step(q: &Quantity, style: Style) -> f64 {
    let magnitude = q.value.abs();
    let share =
        matches!(q.unit, Some(Unit::Percent | Unit::PercentChange | Unit::PercentagePoints | Unit::Ratio) | None);
    match (share, style.about) {
        (true, false) => 0.1,
        (true, true) | (false, false) => 1.0,
        (false, true) if magnitude >= 10_000.0 => 1000.0,
        (false, true) if magnitude >= 1_000.0 => 100.0,
        (false, true) => 1.0,
    }
}

/// Groups thousands and sets the decimal mark: `1234567.8` → `1,234,567.8` / `1.234.567,8`.
fn digits(value: f64, decimals: usize, locale: Locale) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (group, mark) = locale.marks();
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(mark);
        out.push_str(fraction);
    }
    out
}

/// A quantity as text in `lang`.
pub fn number(q: &Quantity, lang: &Lang, style: Style) -> Result<String> {
    let locale = locale(lang)?;
    let step = rounding_step(q, style);
    let decimals = usize::from(step < 1.0);
    let value = (q.value / step).round() * step;
    // A change shows its direction unless the sentence says it ("fell by …").
    let sign = match (q.unit, style.abs) {
        (_, false) if value < 0.0 => "−",
        (Some(Unit::PercentChange), false) if value > 0.0 && !style.bare => "+",
        _ => "",
    };
    let n = digits(value, decimals, locale);
    if style.bare {
        return Ok(format!("{sign}{n}"));
    }
    Ok(match (q.unit, q.currency.as_deref()) {
        (Some(Unit::Percent | Unit::PercentChange), _) => format!("{sign}{n}{}%", locale.percent_gap()),
        (Some(Unit::PercentagePoints), _) => format!("{sign}{n}\u{a0}{}", locale.points(value)),
        (Some(u), Some(code)) if u.is_currency() => locale.money(sign, &n, value, code),
        _ => format!("{sign}{n}"),
    })
}

/// Pushes a filled value into text in `lang`. Inside right-to-left text it goes between LEFT-TO-RIGHT ISOLATE
/// and POP DIRECTIONAL ISOLATE when it holds digits or Latin letters: without them "2023–2033" shows as
/// "2033–2023" and a sign or `%` jumps to the wrong end. Screen readers skip the two marks. A value with Arabic
/// words in it ("50,980 دولار") isolates only its number, so the words keep their place to its left. Words
/// alone (category labels) are left as they are.
pub fn push_isolated(out: &mut String, value: &str, lang: &Lang) {
    let rtl = lang.primary() == "ar";
    let isolate = |out: &mut String, run: &str| {
        out.push('\u{2066}');
        out.push_str(run);
        out.push('\u{2069}');
    };
    if !rtl || !value.chars().any(|c| c.is_ascii_alphanumeric()) {
        out.push_str(value);
    } else if !value.chars().any(is_arabic) {
        isolate(out, value);
    } else {
        for piece in value.split_inclusive(char::is_whitespace) {
            let word = piece.trim_end_matches(char::is_whitespace);
            if word.chars().any(|c| c.is_ascii_alphanumeric()) && !word.chars().any(is_arabic) {
                isolate(out, word);
                out.push_str(&piece[word.len()..]);
            } else {
                out.push_str(piece);
            }
        }
    }
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06ff}').contains(&c)
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_AR: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
/// Nominative, as in a heading or a table ("травень 2025").
const MONTHS_UK: [&str; 12] = [
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
];

/// Which part of a period a placeholder shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodPart {
    /// The whole period: `2022`, `May 2025`, `2023–2033`.
    Whole,
    /// The first year.
    From,
    /// The last year.
    To,
}

/// `text` (`2022`, `2025-05`, `2023/2033`) or one of its years, in `lang`.
pub fn period(parsed: &Period, lang: &Lang, part: PeriodPart) -> Result<String> {
    let locale = locale(lang)?;
    let parsed = *parsed;
    let (first, last) = parsed.years();
    Ok(match (part, parsed) {
        (PeriodPart::From, _) => first.to_string(),
        (PeriodPart::To, _) => last.to_string(),
        (PeriodPart::Whole, Period::Year(y)) => y.to_string(),
        (PeriodPart::Whole, Period::Month(y, m)) => format!("{} {y}", locale.months()[usize::from(m) - 1]),
        (PeriodPart::Whole, Period::Span(a, b)) => format!("{a}–{b}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, unit: Unit) -> Quantity {
        let currency = unit.is_currency().then(|| crate::util::currency("USD"));
        Quantity { value, unit: Some(unit), currency }
    }
    fn en() -> Lang {
        Lang::new("en").unwrap()
    }
    fn nl() -> Lang {
        Lang::new("nl").unwrap()
    }
    const PLAIN: Style = Style { about: false, abs: false, bare: false };
    const ABOUT: Style = Style { about: true, abs: false, bare: false };

    #[test]
    fn a_difference_of_percentages_is_written_in_percentage_points_in_each_language() {
        let lang = |tag: &str| Lang::new(tag).unwrap();
        let pp = |value: f64, tag: &str| number(&q(value, Unit::PercentagePoints), &lang(tag), PLAIN).unwrap();
        assert_eq!(pp(21.1, "en"), "21.1\u{a0}percentage points");
        assert_eq!(pp(1.0, "en"), "1.0\u{a0}percentage point");
        assert_eq!(pp(1.5, "fr"), "1,5\u{a0}point de pourcentage");
        assert_eq!(pp(21.1, "de"), "21,1\u{a0}Prozentpunkte");
        assert_eq!(pp(21.1, "uk"), "21,1\u{a0}відсоткового пункту");
        assert_eq!(pp(-3.0, "nl"), "−3,0\u{a0}procentpunten");
    }

    #[test]
    fn in_arabic_only_the_number_of_a_value_with_words_is_isolated() {
        let ar = Lang::new("ar").unwrap();
        let pushed = |value: &str| {
            let mut out = String::new();
            push_isolated(&mut out, value, &ar);
            out
        };
        assert_eq!(pushed("50,980 دولار"), "\u{2066}50,980\u{2069} دولار");
        assert_eq!(pushed("21.1\u{a0}نقطة مئوية"), "\u{2066}21.1\u{2069}\u{a0}نقطة مئوية");
        assert_eq!(pushed("2023–2033"), "\u{2066}2023–2033\u{2069}");
        assert_eq!(pushed("المهن"), "المهن");
        let mut en = String::new();
        push_isolated(&mut en, "50,980 dollars", &Lang::new("en").unwrap());
        assert_eq!(en, "50,980 dollars");
    }

    #[test]
    fn english_and_dutch_numbers() {
        assert_eq!(number(&q(87.9, Unit::Percent), &en(), PLAIN).unwrap(), "87.9%");
        assert_eq!(number(&q(87.9, Unit::Percent), &nl(), PLAIN).unwrap(), "87,9%");
        assert_eq!(number(&q(97550.0, Unit::CurrencyPerYear), &en(), PLAIN).unwrap(), "$97,550");
        assert_eq!(number(&q(97550.0, Unit::CurrencyPerYear), &nl(), PLAIN).unwrap(), "97.550 dollar");
        assert_eq!(number(&q(1476452.0, Unit::People), &nl(), PLAIN).unwrap(), "1.476.452");
        assert_eq!(number(&q(912400.0, Unit::OpeningsPerYear), &en(), PLAIN).unwrap(), "912,400");
    }

    #[test]
    fn every_ui_language_writes_numbers_as_intl_does() {
        let l = |t: &str| Lang::new(t).unwrap();
        let check =
            |q: Quantity, lang: &str, want: &str| assert_eq!(number(&q, &l(lang), PLAIN).unwrap(), want, "{lang}");
        check(q(87.9, Unit::Percent), "fr", "87,9\u{202f}%");
        check(q(87.9, Unit::Percent), "de", "87,9\u{a0}%");
        check(q(87.9, Unit::Percent), "uk", "87,9%");
        check(q(87.9, Unit::Percent), "ar", "87.9%");
        check(q(97550.0, Unit::CurrencyPerYear), "fr", "97\u{202f}550\u{a0}dollars");
        check(q(97550.0, Unit::CurrencyPerYear), "de", "97.550\u{a0}Dollar");
        check(q(97550.0, Unit::CurrencyPerYear), "uk", "97\u{a0}550\u{a0}доларів");
        check(q(63191.0, Unit::CurrencyPerYear), "uk", "63\u{a0}191\u{a0}долар");
        check(q(63192.0, Unit::CurrencyPerYear), "uk", "63\u{a0}192\u{a0}долари");
        check(q(97550.0, Unit::CurrencyPerYear), "ar", "97,550 دولار");
        let eur =
            Quantity { value: 1234.0, unit: Some(Unit::CurrencyPerYear), currency: Some(crate::util::currency("EUR")) };
        check(eur.clone(), "nl", "€ 1.234");
        check(eur.clone(), "fr", "1\u{202f}234\u{a0}€");
        check(eur, "en", "€1,234");
        assert_eq!(period(&Period::Month(2025, 5), &l("uk"), PeriodPart::Whole).unwrap(), "травень 2025");
        assert_eq!(period(&Period::Month(2025, 5), &l("fr"), PeriodPart::Whole).unwrap(), "mai 2025");
    }

    #[test]
    fn rounding_signs_and_bare_numbers() {
        assert_eq!(number(&q(87.9, Unit::Percent), &en(), ABOUT).unwrap(), "88%");
        assert_eq!(number(&q(97550.0, Unit::CurrencyPerYear), &en(), ABOUT).unwrap(), "$98,000");
        assert_eq!(number(&q(2100.0, Unit::OpeningsPerYear), &en(), ABOUT).unwrap(), "2,100");
        assert_eq!(number(&q(60.1, Unit::PercentChange), &en(), PLAIN).unwrap(), "+60.1%");
        assert_eq!(number(&q(-38.0, Unit::PercentChange), &nl(), PLAIN).unwrap(), "−38,0%");
        let abs = Style { abs: true, ..ABOUT };
        assert_eq!(number(&q(-38.0, Unit::PercentChange), &en(), abs).unwrap(), "38%");
        let bare = Style { bare: true, ..ABOUT };
        assert_eq!(number(&q(21.5, Unit::Percent), &en(), bare).unwrap(), "22");
        assert_eq!(
            number(&Quantity { value: 6.5558, unit: Some(Unit::Ratio), currency: None }, &nl(), PLAIN).unwrap(),
            "6,6"
        );
    }

    #[test]
    fn periods_in_words() {
        assert_eq!(period(&Period::parse("2025-05").unwrap(), &en(), PeriodPart::Whole).unwrap(), "May 2025");
        assert_eq!(period(&Period::parse("2025-05").unwrap(), &nl(), PeriodPart::Whole).unwrap(), "mei 2025");
        assert_eq!(period(&Period::parse("2014/2018").unwrap(), &nl(), PeriodPart::Whole).unwrap(), "2014–2018");
        assert_eq!(period(&Period::parse("2023/2033").unwrap(), &en(), PeriodPart::To).unwrap(), "2033");
        assert!(number(&q(1.0, Unit::Percent), &Lang::new("pt").unwrap(), PLAIN).is_err());
    }
}
