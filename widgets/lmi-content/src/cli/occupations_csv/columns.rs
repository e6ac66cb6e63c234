//! The columns of the three occupations CSVs and the measure vocabulary, in one place: the importer checks
//! headers against these lists (so a typo in a header is an error, not a column silently dropped), the
//! exporter writes them in this order, and content/README.md documents the same names.

use crate::{Figure, OccupationFigures, Unit};

/// A column: its name, and whether it is given once per language (`title.en`, `title.nl`).
#[derive(Clone, Copy, Debug)]
pub struct Col {
    pub name: &'static str,
    pub per_lang: bool,
}

const fn one(name: &'static str) -> Col {
    Col { name, per_lang: false }
}

const fn lang(name: &'static str) -> Col {
    Col { name, per_lang: true }
}

/// `occupations.csv`: one row per occupation, and one per ISCO-08 group (scheme `isco08`) whose title the
/// explorer shows in its filters and whose employment figures `figures.csv` may give.
pub const OCCUPATIONS: &[Col] = &[
    one("code"),
    one("scheme"),
    one("isco08"),
    one("esco_uri"),
    one("parent"),
    lang("title"),
    lang("alt_titles"),
    lang("description"),
    lang("skills.essential"),
    lang("skills.optional"),
    lang("routes"),
    one("entry_education"),
    one("interests"),
    one("job_zone"),
    one("related"),
    one("us_soc"),
    one("us_title"),
    one("us_fit"),
];

/// The columns a group row may fill; anything else on a group row is a mistake.
pub const GROUP_COLUMNS: &[&str] = &["code", "scheme", "title"];

/// `figures.csv`, long form: one row per figure.
pub const FIGURES: &[Col] = &[
    one("code"),
    one("measure"),
    one("value"),
    one("unit"),
    one("currency"),
    one("period"),
    one("region"),
    one("source"),
    one("reliability"),
    lang("reliability_reason"),
    one("flags"),
    one("low"),
    one("high"),
    one("range"),
    lang("caveat"),
    lang("about"),
];

/// `sources.csv`: one row per dataset the figures cite.
pub const SOURCES: &[Col] = &[
    one("id"),
    one("publisher"),
    lang("name"),
    one("dataset"),
    one("url"),
    one("licence"),
    one("attribution"),
    one("retrieved"),
    one("method"),
    one("coverage"),
    one("period"),
    one("reliability"),
    lang("reliability_reason"),
    lang("caveat"),
    lang("limitations"),
];

/// Columns a file cannot do without (besides `title.<lang>` in occupations.csv, checked per language).
pub const OCCUPATIONS_REQUIRED: &[&str] = &["code"];
pub const FIGURES_REQUIRED: &[&str] = &["code", "measure", "value", "unit", "period", "region", "source"];
pub const SOURCES_REQUIRED: &[&str] =
    &["id", "publisher", "dataset", "url", "licence", "retrieved", "method", "coverage", "period"];

/// The `# key: value` lines above the occupations table: the bundle's envelope (`meta`) and top-level
/// fields, and `label_languages`: languages read only for labels (ISCO group titles, skills), which
/// publishers give in fewer languages than the bundle. Keys marked per language take `.en`, `.nl`.
pub const PREAMBLE: &[Col] = &[
    one("id"),
    lang("title"),
    one("languages"),
    one("label_languages"),
    one("default_language"),
    one("licence"),
    one("attribution"),
    one("audience"),
    one("age_band"),
    lang("learning_outcomes"),
    one("duration_minutes"),
    one("authors"),
    one("last_reviewed"),
    one("schema"),
    one("countries"),
];

/// The scheme word that makes an occupations.csv row an ISCO-08 group rather than an occupation.
pub const GROUP_SCHEME: &str = "isco08";

/// The scheme word for ESCO occupations, whose code may be the concept's UUID alone.
pub const ESCO_SCHEME: &str = "esco";

/// Where ESCO occupation URIs start; an ESCO code without it gets it in front.
pub const ESCO_PREFIX: &str = "http://data.europa.eu/esco/occupation/";

/// One word of the `measure` column: which figure of the card it fills and which units make sense for it.
/// The words are the bundle's own field names, so a new figure field in the format is one new line here.
#[derive(Debug)]
pub struct Measure {
    pub name: &'static str,
    pub units: &'static [Unit],
    /// Whether an ISCO group row may have it (groups hold a list of employment figures, one per place and
    /// year; an occupation holds one figure per measure).
    pub on_groups: bool,
}

pub const MEASURES: &[Measure] = &[
    Measure {
        name: "median_wage",
        units: &[Unit::CurrencyPerHour, Unit::CurrencyPerMonth, Unit::CurrencyPerYear],
        on_groups: false,
    },
    Measure { name: "employment", units: &[Unit::People], on_groups: true },
    Measure { name: "projected_change", units: &[Unit::PercentChange], on_groups: false },
    Measure { name: "openings", units: &[Unit::OpeningsPerYear], on_groups: false },
    Measure { name: "women_share", units: &[Unit::Percent], on_groups: false },
];

/// The slot of `figures` a measure fills. Every name of [`MEASURES`] has one (tested).
pub fn slot<'a>(figures: &'a mut OccupationFigures, measure: &str) -> Option<&'a mut Option<Figure>> {
    Some(match measure {
        "median_wage" => &mut figures.median_wage,
        "employment" => &mut figures.employment,
        "projected_change" => &mut figures.projected_change,
        "openings" => &mut figures.openings,
        "women_share" => &mut figures.women_share,
        _ => return None,
    })
}

/// `median_wage, employment, …` for messages.
pub fn measure_words() -> String {
    MEASURES.iter().map(|m| m.name).collect::<Vec<_>>().join(", ")
}

/// The columns of `cols` as a header would list them, with `<lang>` for per-language ones.
pub fn described(cols: &[Col]) -> String {
    cols.iter()
        .map(|c| if c.per_lang { format!("{}.<lang>", c.name) } else { c.name.to_owned() })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_measure_has_a_slot_and_every_slot_a_measure() {
        let mut figures = OccupationFigures::default();
        for m in MEASURES {
            assert!(slot(&mut figures, m.name).is_some(), "{}", m.name);
        }
        // The bundle's field names, as OccupationFigures::iter names them.
        let example = Figure {
            about: None,
            value: 1.0,
            unit: Unit::People,
            currency: None,
            period: crate::Period::Year(2020),
            region: crate::Region::parse("US").unwrap(),
            source: "s".into(),
            reliability: None,
            caveat: None,
            range: None,
            flags: Default::default(),
        };
        for m in MEASURES {
            *slot(&mut figures, m.name).unwrap() = Some(example.clone());
        }
        let names: Vec<&str> = figures.iter().map(|(n, _)| n).collect();
        assert_eq!(names, MEASURES.iter().map(|m| m.name).collect::<Vec<_>>());
    }
}
