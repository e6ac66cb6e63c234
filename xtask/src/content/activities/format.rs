//! Numbers and periods written the way a reader of each language expects: `97,550` and `87.9%` in English,
//! `97.550` and `87,9%` in Dutch.

use lmi_content::{Lang, Period, Unit};

use super::expr::Quantity;
use crate::util::Result;

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

/// The two languages whose number style is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Locale {
    En,
    Nl,
}

fn locale(lang: &Lang) -> Result<Locale> {
    match lang.primary() {
        "en" => Ok(Locale::En),
        "nl" => Ok(Locale::Nl),
        other => Err(format!("no number style for language `{other}`: add it to format.rs")),
    }
}

/// The step a number is rounded to: a tenth as published for shares and changes, coarser when `about`.
fn rounding_step(q: &Quantity, style: Style) -> f64 {
    let magnitude = q.value.abs();
    let share = matches!(q.unit, Some(Unit::Percent | Unit::PercentChange | Unit::Ratio) | None);
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
    let (group, mark) = if locale == Locale::En { (',', '.') } else { ('.', ',') };
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
    Ok(match (q.unit, locale, q.currency.as_deref()) {
        (Some(Unit::Percent | Unit::PercentChange), _, _) => format!("{sign}{n}%"),
        (Some(u), Locale::En, Some("USD")) if u.is_currency() => format!("{sign}${n}"),
        (Some(u), Locale::Nl, Some("USD")) if u.is_currency() => format!("{sign}{n} dollar"),
        (Some(u), _, Some(code)) if u.is_currency() => format!("{sign}{n} {code}"),
        _ => format!("{sign}{n}"),
    })
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
pub fn period(text: &str, lang: &Lang, part: PeriodPart) -> Result<String> {
    let locale = locale(lang)?;
    let parsed = Period::parse(text)?;
    let (first, last) = parsed.years();
    Ok(match (part, parsed) {
        (PeriodPart::From, _) => first.to_string(),
        (PeriodPart::To, _) => last.to_string(),
        (PeriodPart::Whole, Period::Year(y)) => y.to_string(),
        (PeriodPart::Whole, Period::Month(y, m)) => {
            let months = if locale == Locale::En { crate::util::MONTHS_EN } else { MONTHS_NL };
            format!("{} {y}", months[usize::from(m) - 1])
        }
        (PeriodPart::Whole, Period::Span(a, b)) => format!("{a}–{b}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, unit: Unit) -> Quantity {
        let currency = unit.is_currency().then(|| "USD".to_owned());
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
    fn english_and_dutch_numbers() {
        assert_eq!(number(&q(87.9, Unit::Percent), &en(), PLAIN).unwrap(), "87.9%");
        assert_eq!(number(&q(87.9, Unit::Percent), &nl(), PLAIN).unwrap(), "87,9%");
        assert_eq!(number(&q(97550.0, Unit::CurrencyPerYear), &en(), PLAIN).unwrap(), "$97,550");
        assert_eq!(number(&q(97550.0, Unit::CurrencyPerYear), &nl(), PLAIN).unwrap(), "97.550 dollar");
        assert_eq!(number(&q(1476452.0, Unit::People), &nl(), PLAIN).unwrap(), "1.476.452");
        assert_eq!(number(&q(912400.0, Unit::OpeningsPerYear), &en(), PLAIN).unwrap(), "912,400");
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
        assert_eq!(period("2025-05", &en(), PeriodPart::Whole).unwrap(), "May 2025");
        assert_eq!(period("2025-05", &nl(), PeriodPart::Whole).unwrap(), "mei 2025");
        assert_eq!(period("2014/2018", &nl(), PeriodPart::Whole).unwrap(), "2014–2018");
        assert_eq!(period("2023/2033", &en(), PeriodPart::To).unwrap(), "2033");
        assert!(number(&q(1.0, Unit::Percent), &Lang::new("fr").unwrap(), PLAIN).is_err());
    }
}
