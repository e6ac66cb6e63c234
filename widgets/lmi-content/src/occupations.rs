//! Occupations with their labour-market information.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Figure, FormatVersion, Kind, Lang, LocalText, Meta, Source};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OccupationsBundle {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: Kind,
    pub format: FormatVersion,
    pub meta: Meta,
    pub sources: Vec<Source>,
    /// ISCO-08 groups the occupations belong to (at least their major groups).
    pub isco_groups: Vec<IscoGroup>,
    pub occupations: Vec<Occupation>,
    /// Set on a split bundle (see `lmi-content split`): where the rest of each occupation is, relative to
    /// this file, with `{group}` for the ISCO sub-major group (two digits): `occupations.en/{group}.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Where each country's figures per major group are, relative to this file, with `{country}` for the
    /// lower-case country code: `occupations-by-country/{country}.json` (see [`crate::CountryFigures`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IscoGroup {
    /// 1 to 4 digits.
    pub code: String,
    pub title: LocalText,
    /// Employment in the whole group in European countries, one figure per country and year. Given on the
    /// group, not on each occupation: the survey counts groups, and it keeps bundles small.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub employment: Vec<Figure>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// Stable id: the ESCO URI where one exists.
    pub id: String,
    /// ISCO-08 unit group, 4 digits.
    pub isco: String,
    pub title: LocalText,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub alt_titles: BTreeMap<Lang, Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Skills::is_empty")]
    pub skills: Skills,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_education: Option<EntryEducation>,
    /// Education and training routes into the occupation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<LocalText>,
    /// Holland (RIASEC) interest areas, strongest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<Riasec>,
    /// O*NET job zone, 1 (little preparation) to 5 (extensive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<u8>,
    #[serde(default, skip_serializing_if = "OccupationFigures::is_empty")]
    pub figures: OccupationFigures,
    /// Ids of related occupations in the same bundle.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// The United States occupation the US figures describe, when they come through a crosswalk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub us_match: Option<UsMatch>,
}

/// The occupation in the United States classification (SOC 2018) that US figures were taken from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UsMatch {
    /// SOC 2018 code: `47-2111`.
    pub soc: String,
    /// Its title in the BLS files: "Electricians".
    pub title: String,
    /// How far the US occupation is from this one; absent when it is the same occupation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit: Option<UsFit>,
}

/// A US occupation that is not this one: the card says so beside the US figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UsFit {
    /// A wider US occupation that includes this one (O*NET lists this one among its titles): veterinarians
    /// for an animal chiropractor.
    Broader,
    /// A different US occupation, only the closest the crosswalk found.
    Related,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skills {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub essential: Vec<LocalText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub optional: Vec<LocalText>,
}

impl Skills {
    pub fn is_empty(&self) -> bool {
        self.essential.is_empty() && self.optional.is_empty()
    }
}

/// The figures an occupation card shows; each is optional because not every occupation has every figure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OccupationFigures {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_wage: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projected_change: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openings: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub women_share: Option<Figure>,
}

impl OccupationFigures {
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// Every figure with the name of its field.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Figure)> {
        let named = [
            ("median_wage", &self.median_wage),
            ("employment", &self.employment),
            ("projected_change", &self.projected_change),
            ("openings", &self.openings),
            ("women_share", &self.women_share),
        ];
        named.into_iter().filter_map(|(n, f)| f.as_ref().map(|f| (n, f)))
    }

    /// Growing, stable or shrinking, from the projected change.
    pub fn outlook(&self) -> Option<Outlook> {
        self.projected_change.as_ref().map(|f| Outlook::from_percent_change(f.value))
    }
}

/// A plain reading of a projected change, for filters and for pupils.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outlook {
    Growing,
    Stable,
    Shrinking,
}

impl Outlook {
    /// BLS's own words over a ten-year projection: 3 % or more is growing at least "as fast as average";
    /// −2 % or less is a "decline"; in between is "slower than average" or "little or no change".
    pub fn from_percent_change(change: f64) -> Outlook {
        if change >= 3.0 {
            Outlook::Growing
        } else if change <= -2.0 {
            Outlook::Shrinking
        } else {
            Outlook::Stable
        }
    }
}

/// Typical education needed to enter the occupation (BLS categories).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryEducation {
    NoFormal,
    Secondary,
    PostsecondaryNonDegree,
    SomeCollege,
    Associate,
    Bachelor,
    Master,
    Doctoral,
}

/// Holland's interest areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub enum Riasec {
    #[serde(rename = "R")]
    Realistic,
    #[serde(rename = "I")]
    Investigative,
    #[serde(rename = "A")]
    Artistic,
    #[serde(rename = "S")]
    Social,
    #[serde(rename = "E")]
    Enterprising,
    #[serde(rename = "C")]
    Conventional,
}
