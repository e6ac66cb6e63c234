//! Figures, periods, regions and methods in plain English, as a teacher reads them out.

use lmi_content::{Audience, Method, Period, RangeKind, ReliabilityLevel, Unit};

/// `50980` → `50,980`; `87.9` → `87.9`; negative numbers with a real minus sign.
pub fn number(value: f64) -> String {
    let text = format!("{:.2}", value.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let mut out = String::new();
    if value < 0.0 && text != "0" {
        out.push('−');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A value as it stands in a table cell: `$50,980`, `87.9%`, `+17.9%`, `676,226`.
pub fn short_value(value: f64, unit: Unit, currency: Option<&str>) -> String {
    let n = number(value);
    match unit {
        Unit::Percent => format!("{n}%"),
        Unit::PercentChange if value > 0.0 => format!("+{n}%"),
        Unit::PercentChange => format!("{n}%"),
        u if u.is_currency() => match (currency_symbol(currency), currency) {
            (Some(symbol), _) => format!("{}{symbol}{}", if value < 0.0 { "−" } else { "" }, number(value.abs())),
            (None, Some(code)) => format!("{n} {code}"),
            (None, None) => n,
        },
        _ => n,
    }
}

/// A value with its unit in words: `$50,980 a year`, `676,226 people`, `+17.9% change`.
pub fn value(value: f64, unit: Unit, currency: Option<&str>) -> String {
    let short = short_value(value, unit, currency);
    match unit {
        Unit::Percent => short,
        Unit::PercentChange => format!("{short} change"),
        Unit::People => format!("{short} people"),
        Unit::OpeningsPerYear => format!("{short} openings a year"),
        Unit::CurrencyPerHour => format!("{short} an hour"),
        Unit::CurrencyPerMonth => format!("{short} a month"),
        Unit::CurrencyPerYear => format!("{short} a year"),
        Unit::Ratio => format!("{short} times"),
        Unit::Years => format!("{short} years"),
    }
}

/// What a unit counts, for table captions and write-in lines: "US dollars a year", "percent".
pub fn unit_name(unit: Unit, currency: Option<&str>) -> String {
    let money = match currency {
        Some("USD") => "US dollars".to_owned(),
        Some("EUR") => "euros".to_owned(),
        Some("GBP") => "pounds sterling".to_owned(),
        Some(code) => code.to_owned(),
        None => "money".to_owned(),
    };
    match unit {
        Unit::People => "people".to_owned(),
        Unit::OpeningsPerYear => "job openings a year".to_owned(),
        Unit::Percent => "percent".to_owned(),
        Unit::PercentChange => "percent change".to_owned(),
        Unit::CurrencyPerHour => format!("{money} an hour"),
        Unit::CurrencyPerMonth => format!("{money} a month"),
        Unit::CurrencyPerYear => format!("{money} a year"),
        Unit::Ratio => "times as much".to_owned(),
        Unit::Years => "years".to_owned(),
    }
}

/// What a figure of this unit measures, for "what was measured": "yearly pay".
pub fn measure(unit: Unit) -> &'static str {
    match unit {
        Unit::People => "how many people work in a job",
        Unit::OpeningsPerYear => "how many job openings there are each year",
        Unit::Percent => "shares (so many in every hundred)",
        Unit::PercentChange => "how much the number of jobs changes",
        Unit::CurrencyPerHour => "hourly pay",
        Unit::CurrencyPerMonth => "monthly pay",
        Unit::CurrencyPerYear => "yearly pay",
        Unit::Ratio => "how many times larger one figure is than another",
        Unit::Years => "lengths of time in years",
    }
}

fn currency_symbol(code: Option<&str>) -> Option<&'static str> {
    match code? {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        _ => None,
    }
}

/// A range's meaning and ends: "10th to 90th percentile: $42,640 to $108,510".
pub fn range(kind: RangeKind, low: &str, high: &str) -> String {
    let what = match kind {
        RangeKind::P10P90 => "lowest-paid tenth to best-paid tenth (10th to 90th percentile)",
        RangeKind::P25P75 => "middle half (25th to 75th percentile)",
        RangeKind::Scenarios => "low to high scenario",
    };
    format!("{what}: {low} to {high}")
}

/// `2022` → "2022", `2025-05` → "May 2025", `2023/2033` → "2023–2033"; anything else as written.
pub fn period(period: &Period) -> String {
    match *period {
        Period::Year(y) => y.to_string(),
        Period::Month(y, m) => format!("{} {y}", crate::util::MONTHS_EN[usize::from(m.clamp(1, 12)) - 1]),
        Period::Span(a, b) => format!("{a}–{b}"),
    }
}

/// A region code in words: `US` → "the United States"; unknown codes as written.
pub fn region(code: &str) -> String {
    let name = match code {
        "US" => "the United States",
        "GB" | "UK" => "the United Kingdom",
        "IT" => "Italy",
        "FR" => "France",
        "DE" => "Germany",
        "NL" => "the Netherlands",
        "BE" => "Belgium",
        "IE" => "Ireland",
        "ES" => "Spain",
        "EU27" => "the 27 countries of the European Union",
        other => return other.to_owned(),
    };
    name.to_owned()
}

/// How the data was made, in a few words and then in a plain sentence.
pub fn method(method: Method) -> (&'static str, &'static str) {
    match method {
        Method::Survey => (
            "a survey",
            "A sample of people or employers answered questions. The figures are estimates for everyone, so they \
             have a margin of error, larger for small groups.",
        ),
        Method::Administrative => (
            "administrative records",
            "Counted from records kept anyway, such as tax or social security files. They cover almost everyone \
             in the records, but only what the records hold.",
        ),
        Method::Census => {
            ("a census", "Everyone was counted, not a sample. Very complete, but done only every few years.")
        }
        Method::OnlineJobAds => (
            "online job adverts",
            "Collected from job adverts on the internet. Quick and detailed, but jobs filled by word of mouth or \
             adverts on paper are missing, and one job can be advertised many times.",
        ),
        Method::ForecastModel => (
            "a forecast model",
            "A computer model estimates the future from today's figures and assumptions about the economy. A \
             projection, not a promise: nobody can measure the future.",
        ),
        Method::Classification => (
            "a classification",
            "A list that names and groups jobs and skills. It describes jobs; it does not count people.",
        ),
        Method::Expert => ("expert judgement", "Experts gave their considered view. Useful, but not a measurement."),
    }
}

/// A reliability level in words, with what it means for a reader.
pub fn reliability(level: ReliabilityLevel) -> (&'static str, &'static str) {
    match level {
        ReliabilityLevel::High => ("high", "you can rely on the figure, within its margin of error"),
        ReliabilityLevel::Medium => ("medium", "read it as a good estimate, not an exact count"),
        ReliabilityLevel::Low => ("low", "read it only as a rough indication"),
    }
}

/// An audience as the guides name it.
pub fn audience(audience: Audience) -> &'static str {
    match audience {
        Audience::Pupil => "pupils",
        Audience::Jobseeker => "job seekers",
        Audience::Practitioner => "career practitioners",
    }
}

/// A language tag in English words: `nl` → "Dutch"; other tags as written.
pub fn language(tag: &str) -> String {
    let name = match tag {
        "en" => "English",
        "nl" => "Dutch",
        "fr" => "French",
        "de" => "German",
        "ar" => "Arabic",
        "uk" => "Ukrainian",
        other => return other.to_owned(),
    };
    name.to_owned()
}

/// What a reading level trains (the `level` field of an exercise).
pub fn level(level: u8) -> &'static str {
    match level {
        1 => "read a value",
        2 => "compare values",
        3 => "see a trend",
        4 => "judge the source",
        _ => "other",
    }
}

/// "a, b and c".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_values() {
        let check = |got: String, want: &str| assert_eq!(got, want);
        check(number(50980.0), "50,980");
        check(number(1476452.0), "1,476,452");
        check(number(87.9), "87.9");
        check(number(-10.6), "−10.6");
        check(number(0.0), "0");
        check(number(999.0), "999");
        check(value(50980.0, Unit::CurrencyPerYear, Some("USD")), "$50,980 a year");
        check(value(2.2, Unit::Percent, None), "2.2%");
        check(value(17.9, Unit::PercentChange, None), "+17.9% change");
        check(value(-38.0, Unit::PercentChange, None), "−38% change");
        check(value(676226.0, Unit::People, None), "676,226 people");
        check(value(912400.0, Unit::OpeningsPerYear, None), "912,400 openings a year");
        check(short_value(1200.0, Unit::CurrencyPerMonth, Some("CHF")), "1,200 CHF");
        check(short_value(35410.0, Unit::CurrencyPerYear, None), "35,410");
    }

    #[test]
    fn periods_regions_and_lists() {
        assert_eq!(period(&Period::Year(2022)), "2022");
        assert_eq!(period(&Period::Month(2025, 5)), "May 2025");
        assert_eq!(period(&Period::Span(2023, 2033)), "2023–2033");
        assert_eq!(region("US"), "the United States");
        assert_eq!(region("XK"), "XK");
        assert_eq!(language("nl"), "Dutch");
        assert_eq!(language("pt-BR"), "pt-BR");
        assert_eq!(list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(list(&["a".into()]), "a");
    }
}
