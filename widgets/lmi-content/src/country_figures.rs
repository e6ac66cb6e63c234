//! One country's figures for every ISCO-08 major group (`kind: "country-figures"`): what an occupation card
//! shows first when the explorer is given a `country`. Surveys count people by occupation group, not by
//! occupation, so these are group figures and the card says so.
//!
//! An occupations bundle names its files in `countries`, a template relative to the bundle with `{country}`
//! for the lower-case code (`occupations-by-country/{country}.json`). A file cites its own sources.

use serde::{Deserialize, Serialize};

use crate::parse::{read_head, typed, with_positions};
use crate::validate::Ctx;
use crate::{Cites, Figure, FormatVersion, Kind, Lang, LoadError, Meta, OccupationsBundle, Problem, Region, Source};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CountryFigures {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: Kind,
    pub format: FormatVersion,
    /// The country (ISO 3166-1 alpha-2: `GR` for Greece) or `EU27`.
    pub country: Region,
    /// The languages of its texts; one file serves the bundles of every language.
    pub languages: Vec<Lang>,
    pub sources: Vec<Source>,
    /// One entry per major group that has a figure, in code order.
    pub groups: Vec<GroupFigures>,
}

/// What is known of one major group in the country. Each figure is optional: surveys suppress small cells.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupFigures {
    /// ISCO-08 major group, one digit (`0` armed forces … `9` elementary occupations).
    pub code: String,
    /// People with a job in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<Figure>,
    /// Women among them, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub women_share: Option<Figure>,
    /// Change in the number of people with a job, in percent, over the figure's period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Figure>,
    /// Mean gross hourly earnings of women and of men (the survey publishes no figure for both together).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_earnings_women: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_earnings_men: Option<Figure>,
}

impl GroupFigures {
    /// Every figure with the name of its field.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Figure)> {
        let named = [
            ("employment", &self.employment),
            ("women_share", &self.women_share),
            ("change", &self.change),
            ("hourly_earnings_women", &self.hourly_earnings_women),
            ("hourly_earnings_men", &self.hourly_earnings_men),
        ];
        named.into_iter().filter_map(|(n, f)| f.as_ref().map(|f| (n, f)))
    }
}

impl CountryFigures {
    /// The figures of major group `code` (one digit), if the file has any.
    pub fn group(&self, code: &str) -> Option<&GroupFigures> {
        self.groups.iter().find(|g| g.code == code)
    }
}

impl Cites for CountryFigures {
    fn sources(&self) -> &[Source] {
        &self.sources
    }
}

/// The country a `country` attribute names, as figures give it: upper case, and `EL` (Eurostat's code for
/// Greece) read as `GR`, `UK` as `GB`. `None` for anything that is not a two-letter code or `EU27`.
pub fn country_code(attribute: &str) -> Option<Region> {
    let code = attribute.trim().to_ascii_uppercase();
    let code = match code.as_str() {
        "EL" => "GR".to_owned(),
        "UK" => "GB".to_owned(),
        "EU" | "EU27_2020" => "EU27".to_owned(),
        _ => code,
    };
    let two_letters = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
    (two_letters || code == "EU27").then(|| Region::parse(&code).ok()).flatten()
}

/// The file of `country` from a bundle's `countries` template.
pub fn country_path(template: &str, country: &Region) -> String {
    template.replace("{country}", &country.as_str().to_ascii_lowercase())
}

/// Parses and validates the figures file of `country` named by `index`.
pub fn parse_country_figures(
    text: &str,
    index: &OccupationsBundle,
    country: &Region,
) -> Result<CountryFigures, LoadError> {
    let kind = read_head(text)?;
    let over = crate::limits::scan(text);
    if !over.is_empty() {
        return Err(LoadError::Invalid(over));
    }
    if kind != Kind::CountryFigures {
        let expected = "expected a `country-figures` file, as the bundle's `countries` names";
        return Err(LoadError::NotABundle(Problem::new(
            "kind",
            format!("{expected}; found a `{}` bundle", kind.as_str()),
        )));
    }
    let file: CountryFigures = typed(text)?;
    // The envelope is the index's, checked when it was read; the texts are in the file's own languages.
    let meta = Meta { languages: file.languages.clone(), ..index.meta.clone() };
    let mut ctx = Ctx::new(&meta, &file.sources);
    ctx.problems.retain(|p| p.path.starts_with("sources"));
    ctx.country_figures(&file, country);
    if ctx.problems.is_empty() { Ok(file) } else { Err(LoadError::Invalid(with_positions(text, ctx.problems))) }
}
