//! A figure: one number with everything a reader needs to judge it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Currency, Flags, LocalText, Region, Reliability};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Who or what the figure is about, as a reader names it: "Electricians", "Young people aged 15–24". Set
    /// where figures stand apart from their chart or table, as in a quiz's reveal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<LocalText>,
    pub value: f64,
    pub unit: Unit,
    /// ISO 4217 code, required for currency units: `USD`, `EUR`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// `YYYY`, `YYYY-MM` or a span `YYYY/YYYY`.
    pub period: Period,
    /// Region code: ISO 3166-1 alpha-2 (`US`, `GB`), a subdivision (`US-CA`) or `EU27`.
    pub region: Region,
    /// The id of a source in the bundle's `sources`.
    pub source: String,
    /// Falls back to the source's reliability; one of the two must be given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
    /// Falls back to the source's caveat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<LocalText>,
    /// A spread around the value, such as the 10th and 90th percentile of wages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<Range>,
    /// The publisher's flags on the value (Eurostat's `u`, `b`, `p` …), shown with it wherever it is shown.
    #[serde(default, skip_serializing_if = "Flags::is_empty")]
    pub flags: Flags,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    People,
    /// Job openings per year.
    OpeningsPerYear,
    Percent,
    /// Change in percent over the figure's period.
    PercentChange,
    /// A difference between two percentages: 62.0% − 35.1% is 26.9 percentage points, not 26.9%.
    PercentagePoints,
    CurrencyPerHour,
    CurrencyPerMonth,
    CurrencyPerYear,
    Ratio,
    Years,
}

impl Unit {
    pub fn is_currency(self) -> bool {
        matches!(self, Unit::CurrencyPerHour | Unit::CurrencyPerMonth | Unit::CurrencyPerYear)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub low: f64,
    pub high: f64,
    pub kind: RangeKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RangeKind {
    /// 10th to 90th percentile.
    P10P90,
    /// 25th to 75th percentile.
    P25P75,
    /// A forecast's low and high scenario.
    Scenarios,
}

/// A period as bundles write it (`2023`, `2025-05`, `2023/2033`), parsed when the bundle is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Period {
    Year(i32),
    Month(i32, u8),
    Span(i32, i32),
}

/// Years outside this range are surely typing mistakes.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

impl Period {
    pub fn parse(s: &str) -> Result<Period, String> {
        let year = |p: &str| -> Option<i32> {
            (p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
        };
        let bad = || format!("`{s}` is not a period: expected `YYYY`, `YYYY-MM` or `YYYY/YYYY`");
        let period = if let Some((a, b)) = s.split_once('/') {
            let (a, b) = (year(a).ok_or_else(bad)?, year(b).ok_or_else(bad)?);
            if b <= a {
                return Err(format!("`{s}`: a span must end after it starts"));
            }
            Period::Span(a, b)
        } else if let Some((a, m)) = s.split_once('-') {
            let month: u8 = (m.len() == 2).then(|| m.parse().ok()).flatten().ok_or_else(bad)?;
            if !(1..=12).contains(&month) {
                return Err(bad());
            }
            Period::Month(year(a).ok_or_else(bad)?, month)
        } else {
            Period::Year(year(s).ok_or_else(bad)?)
        };
        let (first, last) = period.years();
        if !YEARS.contains(&first) || !YEARS.contains(&last) {
            return Err(format!("`{s}`: years must lie between {} and {}", YEARS.start(), YEARS.end()));
        }
        Ok(period)
    }

    /// First and last year covered.
    pub fn years(self) -> (i32, i32) {
        match self {
            Period::Year(y) | Period::Month(y, _) => (y, y),
            Period::Span(a, b) => (a, b),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Span(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl TryFrom<String> for Period {
    type Error = String;
    fn try_from(s: String) -> Result<Period, String> {
        Period::parse(&s)
    }
}

impl From<Period> for String {
    fn from(p: Period) -> String {
        p.to_string()
    }
}

#[cfg(feature = "cli")]
impl schemars::JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Period".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}|/[0-9]{4})?$",
            "description": "`YYYY`, `YYYY-MM` or a span `YYYY/YYYY`, years 1900–2100."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        let check = |s: &str, want: Result<Period, ()>| assert_eq!(Period::parse(s).map_err(|_| ()), want, "{s}");
        check("2023", Ok(Period::Year(2023)));
        check("2025-05", Ok(Period::Month(2025, 5)));
        check("2023/2033", Ok(Period::Span(2023, 2033)));
        check("2033/2023", Err(()));
        check("2025-13", Err(()));
        check("1850", Err(()));
        check("23", Err(()));
        check("", Err(()));
        check("2023/", Err(()));
        for text in ["2023", "2025-05", "2023/2033"] {
            assert_eq!(Period::parse(text).unwrap().to_string(), text);
        }
    }
}
