//! Split occupations bundles: a light bundle the explorer searches at once, and one details file per ISCO
//! sub-major group (two digits, about forty files) that it fetches when a card or a comparison needs it.
//!
//! The split is lossless: [`split`] then [`merge`] gives back every occupation as it was (tested). The light
//! bundle keeps what search, filters and result lists read (titles, alternative titles, entry education,
//! interests, the projected change behind the outlook filter, group titles); a details file keeps the rest
//! and the European employment figures of its groups. Under a third of the whole bundle's bytes stay in the
//! light one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::parse::{read_head, typed, with_positions};
use crate::validate::Ctx;
use crate::{
    FORMAT_VERSION, FormatVersion, IscoGroup, Kind, LoadError, Occupation, OccupationFigures, OccupationsBundle,
    Problem,
};

/// One details file (`kind: "occupation-details"`): the rest of every occupation of one ISCO sub-major
/// group. It is read with the bundle that names it in `details`, whose languages and sources it uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OccupationDetails {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: Kind,
    pub format: FormatVersion,
    /// The ISCO sub-major group (two digits) every occupation here belongs to.
    pub group: String,
    /// Groups within this sub-major group with their European employment figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub isco_groups: Vec<IscoGroup>,
    /// Each occupation's id, ISCO code and title (to check them against the bundle) and its details.
    pub occupations: Vec<Occupation>,
}

/// The details file an occupation or a group of `isco` code is in: its ISCO sub-major group, the first two
/// digits. Major groups (one digit) have none: their figures stay in the light bundle.
pub fn details_group(isco: &str) -> Option<&str> {
    isco.get(..2)
}

/// The details file name of `group` from a bundle's `details` template.
pub fn details_path(template: &str, group: &str) -> String {
    template.replace("{group}", group)
}

/// Splits a whole bundle into the light bundle (with `details` set to `template`) and one details file per
/// sub-major group, in code order. The light bundle's format is this build's: older readers would show cards
/// without their figures.
pub fn split(whole: OccupationsBundle, template: &str) -> (OccupationsBundle, Vec<OccupationDetails>) {
    let mut parts: BTreeMap<String, OccupationDetails> = BTreeMap::new();
    fn part<'a>(parts: &'a mut BTreeMap<String, OccupationDetails>, group: &str) -> &'a mut OccupationDetails {
        let group = group.to_owned();
        parts.entry(group.clone()).or_insert_with(|| OccupationDetails {
            schema: None,
            kind: Kind::OccupationDetails,
            format: FORMAT_VERSION,
            group,
            isco_groups: Vec::new(),
            occupations: Vec::new(),
        })
    }
    // Taken by value: the light bundle is the whole one with its details moved out, never a second copy.
    let mut light = whole;
    light.format = FORMAT_VERSION;
    light.details = Some(template.to_owned());
    for g in &mut light.isco_groups {
        if let Some(group) = details_group(&g.code)
            && !g.employment.is_empty()
        {
            let employment = std::mem::take(&mut g.employment);
            part(&mut parts, group).isco_groups.push(IscoGroup { employment, ..g.clone() });
        }
    }
    for o in &mut light.occupations {
        let figures = std::mem::take(&mut o.figures);
        o.figures.projected_change = figures.projected_change.clone();
        let detail = Occupation {
            id: o.id.clone(),
            isco: o.isco.clone(),
            title: o.title.clone(),
            alt_titles: BTreeMap::new(),
            description: o.description.take(),
            skills: std::mem::take(&mut o.skills),
            entry_education: None,
            routes: std::mem::take(&mut o.routes),
            interests: Vec::new(),
            job_zone: o.job_zone.take(),
            figures: OccupationFigures { projected_change: None, ..figures },
            related: std::mem::take(&mut o.related),
            us_match: o.us_match.take(),
        };
        // Validation guarantees 4 digits.
        part(&mut parts, details_group(&o.isco).unwrap_or_default()).occupations.push(detail);
    }
    (light, parts.into_values().collect())
}

/// An occupation whole again: what the light bundle has, completed by its details.
pub fn merge(light: &Occupation, detail: &Occupation) -> Occupation {
    fn either<T: Clone>(a: &Option<T>, b: &Option<T>) -> Option<T> {
        a.clone().or_else(|| b.clone())
    }
    fn nonempty<T: Clone>(a: &[T], b: &[T]) -> Vec<T> {
        if a.is_empty() { b.to_vec() } else { a.to_vec() }
    }
    let (f, g) = (&light.figures, &detail.figures);
    Occupation {
        id: light.id.clone(),
        isco: light.isco.clone(),
        title: light.title.clone(),
        alt_titles: if light.alt_titles.is_empty() { detail.alt_titles.clone() } else { light.alt_titles.clone() },
        description: either(&light.description, &detail.description),
        skills: if light.skills.is_empty() { detail.skills.clone() } else { light.skills.clone() },
        entry_education: light.entry_education.or(detail.entry_education),
        routes: nonempty(&light.routes, &detail.routes),
        interests: nonempty(&light.interests, &detail.interests),
        job_zone: light.job_zone.or(detail.job_zone),
        figures: OccupationFigures {
            median_wage: either(&f.median_wage, &g.median_wage),
            employment: either(&f.employment, &g.employment),
            projected_change: either(&f.projected_change, &g.projected_change),
            openings: either(&f.openings, &g.openings),
            women_share: either(&f.women_share, &g.women_share),
        },
        related: nonempty(&light.related, &detail.related),
        us_match: either(&light.us_match, &detail.us_match),
    }
}

/// Parses and validates the details file of sub-major group `group` named by `index`.
pub fn parse_details(text: &str, index: &OccupationsBundle, group: &str) -> Result<OccupationDetails, LoadError> {
    let kind = read_head(text)?;
    let over = crate::limits::scan(text);
    if !over.is_empty() {
        return Err(LoadError::Invalid(over));
    }
    if kind != Kind::OccupationDetails {
        let expected = "expected an `occupation-details` file, as the bundle's `details` names";
        return Err(LoadError::NotABundle(Problem::new(
            "kind",
            format!("{expected}; found a `{}` bundle", kind.as_str()),
        )));
    }
    let details: OccupationDetails = typed(text)?;
    let mut ctx = Ctx::new(&index.meta, &index.sources);
    ctx.problems.clear(); // the envelope and sources are the index's, checked when it was read
    ctx.occupation_details(&details, index, group);
    if ctx.problems.is_empty() { Ok(details) } else { Err(LoadError::Invalid(with_positions(text, ctx.problems))) }
}
