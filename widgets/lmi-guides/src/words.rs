//! Figures, periods, dates, regions and methods in plain words, as a teacher reads them out, in the page's
//! language. The words come from the catalogs (`i18n/`); the number style follows the widgets' `Intl` output
//! and the pipeline's `format.rs`: `97,550` and `87.9%` in English, `97.550` and `87,9%` in Dutch, a narrow
//! no-break space in French, Latin digits in Arabic. In Arabic every number sits between LEFT-TO-RIGHT ISOLATE
//! and POP DIRECTIONAL ISOLATE, so that a sign, a `%` or the dash of `2023–2033` stays where it belongs.

use lmi_content::{Audience, Method, Period, RangeKind, ReliabilityLevel, Unit};

use crate::i18n::{Language, Msg, PluralMsg};

/// `50980` → `50,980` (English), `50.980` (Dutch); `87.9` → `87.9` / `87,9`; a real minus sign. Up to two
/// decimals, trailing zeros dropped. Not isolated: see [`isolated`].
pub fn number(l: Language, value: f64) -> String {
    let text = format!("{:.2}", value.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let (group, mark) = marks(l);
    let mut out = String::new();
    if value < 0.0 && text != "0" {
        out.push('−');
    }
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

/// The thousands separator and the decimal mark, as `Intl.NumberFormat` writes them.
fn marks(l: Language) -> (char, char) {
    match l.tag() {
        "nl" | "de" => ('.', ','),
        "fr" => ('\u{202f}', ','),
        "uk" => ('\u{a0}', ','),
        _ => (',', '.'),
    }
}

/// `text` as a left-to-right island inside an Arabic page; unchanged in the other languages.
pub fn isolated(l: Language, text: &str) -> String {
    if l.is_rtl() && text.chars().any(|c| c.is_ascii_digit()) {
        format!("\u{2066}{text}\u{2069}")
    } else {
        text.to_owned()
    }
}

/// A number as it stands in a sentence: [`number`], isolated in Arabic.
pub fn count(l: Language, value: f64) -> String {
    isolated(l, &number(l, value))
}

/// A value as it stands in a table cell: `$50,980`, `87.9%`, `+17.9%`, `676,226`; `97.550 dollar` in Dutch.
pub fn short_value(l: Language, value: f64, unit: Unit, currency: Option<&str>) -> String {
    let n = number(l, value);
    let percent_gap = match l.tag() {
        "fr" => "\u{202f}",
        "de" => "\u{a0}",
        _ => "",
    };
    match unit {
        Unit::Percent => isolated(l, &format!("{n}{percent_gap}%")),
        Unit::PercentChange if value > 0.0 => isolated(l, &format!("+{n}{percent_gap}%")),
        Unit::PercentChange => isolated(l, &format!("{n}{percent_gap}%")),
        u if u.is_currency() => match currency {
            Some(code) => money(l, value, code),
            None => isolated(l, &n),
        },
        _ => isolated(l, &n),
    }
}

/// An amount of money: `$97,550`, `97.550 dollar`, `97 550 dollars`, `1 234 €`.
fn money(l: Language, value: f64, code: &str) -> String {
    let sign = if value < 0.0 { "−" } else { "" };
    let n = number(l, value.abs());
    match (l.tag(), code) {
        ("en", "USD") => format!("{sign}${n}"),
        ("en", "EUR") => format!("{sign}€{n}"),
        ("en", "GBP") => format!("{sign}£{n}"),
        ("nl", "USD") => format!("{sign}{n} dollar"),
        ("nl", "EUR") => format!("{sign}€ {n}"),
        ("fr", "USD") => format!("{sign}{n}\u{a0}dollars"),
        ("de", "USD") => format!("{sign}{n}\u{a0}Dollar"),
        ("uk", "USD") => format!("{sign}{n}\u{a0}{}", ukrainian_plural(value, ["долар", "долари", "доларів"])),
        ("ar", "USD") => format!("{} دولار", isolated(l, &format!("{sign}{n}"))),
        ("ar", "EUR") => format!("{} يورو", isolated(l, &format!("{sign}{n}"))),
        ("fr" | "de" | "uk", "EUR") => format!("{sign}{n}\u{a0}€"),
        (_, code) => isolated(l, &format!("{sign}{n} {code}")),
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

/// A value with its unit in words: `$50,980 a year`, `676,226 people`, `+17.9% change`.
pub fn value(l: Language, value: f64, unit: Unit, currency: Option<&str>) -> String {
    let short = short_value(l, value, unit, currency);
    let with = |msg: Msg| l.f(msg, &[("value", &short)]);
    let counted = |msg: PluralMsg| l.plural(msg, value, &[("value", &short)]);
    match unit {
        Unit::Percent => short,
        Unit::PercentChange => with(Msg::ValuePercentChange),
        Unit::PercentagePoints => counted(PluralMsg::ValuePoints),
        Unit::People => counted(PluralMsg::ValuePeople),
        Unit::OpeningsPerYear => counted(PluralMsg::ValueOpenings),
        Unit::CurrencyPerHour => with(Msg::ValuePerHour),
        Unit::CurrencyPerMonth => with(Msg::ValuePerMonth),
        Unit::CurrencyPerYear => with(Msg::ValuePerYear),
        Unit::Ratio => counted(PluralMsg::ValueTimes),
        Unit::Years => counted(PluralMsg::ValueYears),
    }
}

/// What a unit counts, for table captions and write-in lines: "US dollars a year", "percent".
pub fn unit_name(l: Language, unit: Unit, currency: Option<&str>) -> String {
    let money = match currency {
        Some("USD") => l.t(Msg::MoneyUsd).to_owned(),
        Some("EUR") => l.t(Msg::MoneyEur).to_owned(),
        Some("GBP") => l.t(Msg::MoneyGbp).to_owned(),
        Some(code) => code.to_owned(),
        None => l.t(Msg::MoneyNone).to_owned(),
    };
    let money = |msg: Msg| l.f(msg, &[("money", &money)]);
    match unit {
        Unit::People => l.t(Msg::UnitPeople).to_owned(),
        Unit::OpeningsPerYear => l.t(Msg::UnitOpenings).to_owned(),
        Unit::Percent => l.t(Msg::UnitPercent).to_owned(),
        Unit::PercentChange => l.t(Msg::UnitPercentChange).to_owned(),
        Unit::PercentagePoints => l.t(Msg::UnitPoints).to_owned(),
        Unit::CurrencyPerHour => money(Msg::UnitPerHour),
        Unit::CurrencyPerMonth => money(Msg::UnitPerMonth),
        Unit::CurrencyPerYear => money(Msg::UnitPerYear),
        Unit::Ratio => l.t(Msg::UnitRatio).to_owned(),
        Unit::Years => l.t(Msg::UnitYears).to_owned(),
    }
}

/// What a figure of this unit measures, for "what was measured": "yearly pay".
pub fn measure(l: Language, unit: Unit) -> &'static str {
    l.t(match unit {
        Unit::People => Msg::MeasurePeople,
        Unit::OpeningsPerYear => Msg::MeasureOpenings,
        Unit::Percent => Msg::MeasurePercent,
        Unit::PercentChange => Msg::MeasurePercentChange,
        Unit::PercentagePoints => Msg::MeasurePoints,
        Unit::CurrencyPerHour => Msg::MeasurePerHour,
        Unit::CurrencyPerMonth => Msg::MeasurePerMonth,
        Unit::CurrencyPerYear => Msg::MeasurePerYear,
        Unit::Ratio => Msg::MeasureRatio,
        Unit::Years => Msg::MeasureYears,
    })
}

/// A range's meaning and ends: "10th to 90th percentile: $42,640 to $108,510".
pub fn range(l: Language, kind: RangeKind, low: &str, high: &str) -> String {
    let what = l.t(match kind {
        RangeKind::P10P90 => Msg::RangeP10P90,
        RangeKind::P25P75 => Msg::RangeP25P75,
        RangeKind::Scenarios => Msg::RangeScenarios,
    });
    l.f(Msg::RangeEnds, &[("what", what), ("low", low), ("high", high)])
}

const MONTHS: [Msg; 12] = [
    Msg::Month1,
    Msg::Month2,
    Msg::Month3,
    Msg::Month4,
    Msg::Month5,
    Msg::Month6,
    Msg::Month7,
    Msg::Month8,
    Msg::Month9,
    Msg::Month10,
    Msg::Month11,
    Msg::Month12,
];

/// Month names after a day ("26 листопада 2026": genitive in Ukrainian, the same as [`MONTHS`] elsewhere).
const MONTHS_OF: [Msg; 12] = [
    Msg::MonthOf1,
    Msg::MonthOf2,
    Msg::MonthOf3,
    Msg::MonthOf4,
    Msg::MonthOf5,
    Msg::MonthOf6,
    Msg::MonthOf7,
    Msg::MonthOf8,
    Msg::MonthOf9,
    Msg::MonthOf10,
    Msg::MonthOf11,
    Msg::MonthOf12,
];

/// `2022` → "2022", `2025-05` → "May 2025", `2023/2033` → "2023–2033"; in the page's language.
pub fn period(l: Language, period: &Period) -> String {
    match *period {
        Period::Year(y) => isolated(l, &y.to_string()),
        Period::Month(y, m) => {
            let month = l.t(MONTHS[usize::from(m.clamp(1, 12)) - 1]);
            l.f(Msg::PeriodMonth, &[("month", month), ("year", &y.to_string())])
        }
        Period::Span(a, b) => isolated(l, &format!("{a}–{b}")),
    }
}

/// An ISO date (`2026-11-26`) as the language writes it in full: "26 November 2026", "26. November 2026";
/// anything else as written.
pub fn date(l: Language, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            y.parse::<u16>().ok().zip(m.parse::<u8>().ok()).zip(d.parse::<u8>().ok())
        }
        _ => None,
    };
    match parsed {
        Some(((year, month @ 1..=12), day @ 1..=31)) => l.f(
            Msg::Date,
            &[
                ("day", &day.to_string()),
                ("month", l.t(MONTHS_OF[usize::from(month) - 1])),
                ("year", &year.to_string()),
            ],
        ),
        _ => iso.to_owned(),
    }
}

/// A region code in a sentence: `US` → "the United States" ("These figures describe …"); unknown codes as
/// written.
pub fn region(l: Language, code: &str) -> String {
    region_msg(code, false).map_or_else(|| code.to_owned(), |msg| l.t(msg).to_owned())
}

/// A region code on its own, as a label: `US` → "The United States" (nominative, capitalised).
pub fn place(l: Language, code: &str) -> String {
    region_msg(code, true).map_or_else(|| code.to_owned(), |msg| l.t(msg).to_owned())
}

/// The regions the guides name: (code, in a sentence, on its own). Country codes as the bundles write them
/// (ISO 3166-1 alpha-2, `UK` as well as `GB`), and `EU27`.
const REGIONS: &[(&str, Msg, Msg)] = &[
    ("US", Msg::RegionUs, Msg::PlaceUs),
    ("GB", Msg::RegionGb, Msg::PlaceGb),
    ("UK", Msg::RegionGb, Msg::PlaceGb),
    ("EU27", Msg::RegionEu27, Msg::PlaceEu27),
    ("AT", Msg::RegionAt, Msg::PlaceAt),
    ("BA", Msg::RegionBa, Msg::PlaceBa),
    ("BE", Msg::RegionBe, Msg::PlaceBe),
    ("BG", Msg::RegionBg, Msg::PlaceBg),
    ("CH", Msg::RegionCh, Msg::PlaceCh),
    ("CY", Msg::RegionCy, Msg::PlaceCy),
    ("CZ", Msg::RegionCz, Msg::PlaceCz),
    ("DE", Msg::RegionDe, Msg::PlaceDe),
    ("DK", Msg::RegionDk, Msg::PlaceDk),
    ("EE", Msg::RegionEe, Msg::PlaceEe),
    ("ES", Msg::RegionEs, Msg::PlaceEs),
    ("FI", Msg::RegionFi, Msg::PlaceFi),
    ("FR", Msg::RegionFr, Msg::PlaceFr),
    ("GR", Msg::RegionGr, Msg::PlaceGr),
    ("HR", Msg::RegionHr, Msg::PlaceHr),
    ("HU", Msg::RegionHu, Msg::PlaceHu),
    ("IE", Msg::RegionIe, Msg::PlaceIe),
    ("IS", Msg::RegionIs, Msg::PlaceIs),
    ("IT", Msg::RegionIt, Msg::PlaceIt),
    ("LT", Msg::RegionLt, Msg::PlaceLt),
    ("LU", Msg::RegionLu, Msg::PlaceLu),
    ("LV", Msg::RegionLv, Msg::PlaceLv),
    ("MT", Msg::RegionMt, Msg::PlaceMt),
    ("NL", Msg::RegionNl, Msg::PlaceNl),
    ("NO", Msg::RegionNo, Msg::PlaceNo),
    ("PL", Msg::RegionPl, Msg::PlacePl),
    ("PT", Msg::RegionPt, Msg::PlacePt),
    ("RO", Msg::RegionRo, Msg::PlaceRo),
    ("RS", Msg::RegionRs, Msg::PlaceRs),
    ("SE", Msg::RegionSe, Msg::PlaceSe),
    ("SI", Msg::RegionSi, Msg::PlaceSi),
    ("SK", Msg::RegionSk, Msg::PlaceSk),
    ("TR", Msg::RegionTr, Msg::PlaceTr),
];

fn region_msg(code: &str, label: bool) -> Option<Msg> {
    let &(_, in_sentence, alone) = REGIONS.iter().find(|(c, _, _)| *c == code)?;
    Some(if label { alone } else { in_sentence })
}

/// How the data was made: its name on its own ("A survey") and a plain sentence about it.
pub fn method(l: Language, method: Method) -> (&'static str, &'static str) {
    let (name, how) = match method {
        Method::Survey => (Msg::MethodSurvey, Msg::MethodSurveyHow),
        Method::Administrative => (Msg::MethodAdministrative, Msg::MethodAdministrativeHow),
        Method::Census => (Msg::MethodCensus, Msg::MethodCensusHow),
        Method::OnlineJobAds => (Msg::MethodOnlineJobAds, Msg::MethodOnlineJobAdsHow),
        Method::ForecastModel => (Msg::MethodForecastModel, Msg::MethodForecastModelHow),
        Method::Classification => (Msg::MethodClassification, Msg::MethodClassificationHow),
        Method::Expert => (Msg::MethodExpert, Msg::MethodExpertHow),
    };
    (l.t(name), l.t(how))
}

/// A discussion question that makes the class think about how the data was made.
pub fn method_question(l: Language, method: Method) -> &'static str {
    l.t(match method {
        Method::Survey => Msg::AskSurvey,
        Method::Administrative => Msg::AskAdministrative,
        Method::Census => Msg::AskCensus,
        Method::OnlineJobAds => Msg::AskOnlineJobAds,
        Method::ForecastModel => Msg::AskForecastModel,
        Method::Classification => Msg::AskClassification,
        Method::Expert => Msg::AskExpert,
    })
}

/// A reliability level in words, with what it means for a reader.
pub fn reliability(l: Language, level: ReliabilityLevel) -> (&'static str, &'static str) {
    let (name, meaning) = match level {
        ReliabilityLevel::High => (Msg::ReliabilityHigh, Msg::ReliabilityHighMeaning),
        ReliabilityLevel::Medium => (Msg::ReliabilityMedium, Msg::ReliabilityMediumMeaning),
        ReliabilityLevel::Low => (Msg::ReliabilityLow, Msg::ReliabilityLowMeaning),
    };
    (l.t(name), l.t(meaning))
}

/// An audience as the guides name it.
pub fn audience(l: Language, audience: Audience) -> &'static str {
    l.t(match audience {
        Audience::Pupil => Msg::AudiencePupil,
        Audience::Jobseeker => Msg::AudienceJobseeker,
        Audience::Practitioner => Msg::AudiencePractitioner,
    })
}

/// A language tag in the page's words: `nl` → "Dutch", "néerlandais"; other tags as written.
pub fn language(l: Language, tag: &str) -> String {
    let msg = match tag {
        "en" => Msg::LanguageEn,
        "nl" => Msg::LanguageNl,
        "fr" => Msg::LanguageFr,
        "de" => Msg::LanguageDe,
        "ar" => Msg::LanguageAr,
        "uk" => Msg::LanguageUk,
        other => return other.to_owned(),
    };
    l.t(msg).to_owned()
}

/// What a reading level trains (the `level` field of an exercise).
pub fn level(l: Language, level: u8) -> &'static str {
    l.t(match level {
        1 => Msg::Level1,
        2 => Msg::Level2,
        3 => Msg::Level3,
        4 => Msg::Level4,
        _ => Msg::LevelUnknown,
    })
}

/// The comma between the items of a list: `, `, or the Arabic comma `، `.
pub fn comma(l: Language) -> &'static str {
    if l.is_rtl() { "، " } else { ", " }
}

/// The semicolon between longer items: `; `, ` ; ` in French, `؛ ` in Arabic.
pub fn semicolon(l: Language) -> &'static str {
    match l.tag() {
        "fr" => "\u{202f}; ",
        "ar" => "؛ ",
        _ => "; ",
    }
}

/// "a, b and c"; "a, b en c"; in Arabic "a، b وc" (the conjunction joins the last word).
pub fn list(l: Language, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] if l.is_rtl() => format!("{} {}{last}", rest.join(comma(l)), l.t(Msg::ListAnd)),
        [rest @ .., last] => format!("{} {} {last}", rest.join(comma(l)), l.t(Msg::ListAnd)),
    }
}

/// "the United States" → "The United States".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Language {
        Language::from_tag(tag).expect("a UI language")
    }

    #[test]
    fn numbers_and_values() {
        let en = Language::EN;
        let check = |got: String, want: &str| assert_eq!(got, want);
        check(number(en, 50980.0), "50,980");
        check(number(en, 1476452.0), "1,476,452");
        check(number(en, 87.9), "87.9");
        check(number(en, -10.6), "−10.6");
        check(number(en, 0.0), "0");
        check(number(en, 999.0), "999");
        check(value(en, 50980.0, Unit::CurrencyPerYear, Some("USD")), "$50,980 a year");
        check(value(en, 2.2, Unit::Percent, None), "2.2%");
        check(value(en, 17.9, Unit::PercentChange, None), "+17.9% change");
        check(value(en, -38.0, Unit::PercentChange, None), "−38% change");
        check(value(en, 26.9, Unit::PercentagePoints, None), "26.9 percentage points");
        check(value(lang("uk"), 26.9, Unit::PercentagePoints, None), "26,9 відсоткового пункту");
        check(value(en, 676226.0, Unit::People, None), "676,226 people");
        check(value(en, 912400.0, Unit::OpeningsPerYear, None), "912,400 openings a year");
        check(value(en, 1.0, Unit::Years, None), "1 year");
        check(short_value(en, 1200.0, Unit::CurrencyPerMonth, Some("CHF")), "1,200 CHF");
        check(short_value(en, 35410.0, Unit::CurrencyPerYear, None), "35,410");
    }

    #[test]
    fn every_language_writes_numbers_as_intl_does() {
        let check = |got: String, want: &str| assert_eq!(got, want);
        check(short_value(lang("nl"), 87.9, Unit::Percent, None), "87,9%");
        check(short_value(lang("fr"), 87.9, Unit::Percent, None), "87,9\u{202f}%");
        check(short_value(lang("de"), 87.9, Unit::Percent, None), "87,9\u{a0}%");
        check(short_value(lang("uk"), 87.9, Unit::Percent, None), "87,9%");
        check(short_value(lang("ar"), 87.9, Unit::Percent, None), "\u{2066}87.9%\u{2069}");
        check(short_value(lang("nl"), 97550.0, Unit::CurrencyPerYear, Some("USD")), "97.550 dollar");
        check(short_value(lang("fr"), 97550.0, Unit::CurrencyPerYear, Some("USD")), "97\u{202f}550\u{a0}dollars");
        check(short_value(lang("de"), 97550.0, Unit::CurrencyPerYear, Some("USD")), "97.550\u{a0}Dollar");
        check(short_value(lang("uk"), 97550.0, Unit::CurrencyPerYear, Some("USD")), "97\u{a0}550\u{a0}доларів");
        check(short_value(lang("uk"), 63191.0, Unit::CurrencyPerYear, Some("USD")), "63\u{a0}191\u{a0}долар");
        check(short_value(lang("ar"), 97550.0, Unit::CurrencyPerYear, Some("USD")), "\u{2066}97,550\u{2069} دولار");
        check(short_value(lang("nl"), 1234.0, Unit::CurrencyPerYear, Some("EUR")), "€ 1.234");
        check(short_value(lang("de"), -2.5, Unit::PercentChange, None), "−2,5\u{a0}%");
        check(value(lang("nl"), 676226.0, Unit::People, None), "676.226 personen");
        check(value(lang("de"), 50980.0, Unit::CurrencyPerYear, Some("USD")), "50.980\u{a0}Dollar pro Jahr");
    }

    #[test]
    fn periods_dates_regions_and_lists() {
        let en = Language::EN;
        assert_eq!(period(en, &Period::Year(2022)), "2022");
        assert_eq!(period(en, &Period::Month(2025, 5)), "May 2025");
        assert_eq!(period(en, &Period::Span(2023, 2033)), "2023–2033");
        assert_eq!(period(lang("uk"), &Period::Month(2025, 5)), "травень 2025");
        assert_eq!(period(lang("fr"), &Period::Month(2025, 5)), "mai 2025");
        assert_eq!(period(lang("ar"), &Period::Span(2023, 2033)), "\u{2066}2023–2033\u{2069}");
        assert_eq!(date(en, "2026-11-26"), "26 November 2026");
        assert_eq!(date(lang("de"), "2026-11-26"), "26. November 2026");
        assert_eq!(date(lang("uk"), "2026-05-01"), "1 травня 2026 р.");
        assert_eq!(date(lang("nl"), "2026-05-01"), "1 mei 2026");
        assert_eq!(date(en, "soon"), "soon");
        assert_eq!(region(en, "US"), "the United States");
        assert_eq!(place(en, "US"), "The United States");
        assert_eq!(region(en, "XK"), "XK");
        assert_eq!(region(lang("fr"), "CH"), "la Suisse");
        assert_eq!(place(lang("uk"), "PL"), "Польща");
        assert_eq!(region(lang("uk"), "PL"), "Польщу", "accusative after «описують»");
        assert_eq!(language(en, "nl"), "Dutch");
        assert_eq!(language(lang("fr"), "nl"), "néerlandais");
        assert_eq!(language(en, "pt-BR"), "pt-BR");
        assert_eq!(list(en, &["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(list(lang("nl"), &["a".into(), "b".into()]), "a en b");
        assert_eq!(list(lang("ar"), &["أ".into(), "ب".into(), "ج".into()]), "أ، ب وج");
        assert_eq!(list(en, &["a".into()]), "a");
    }
}
