//! One occupations bundle in one language, from the joined facts and that language's ESCO labels.

use std::collections::{BTreeMap, BTreeSet};

use lmi_content::{
    Audience, FORMAT_VERSION, IscoGroup, Kind, LocalText, Meta, Occupation, OccupationsBundle, Skills, Source,
};

use super::esco::EscoOccupation;
use super::eu_lfs::EuEmployment;
use super::figures::{SourceIds, Wording, group_employment, us_figures};
use super::join::Facts;
use super::localise::{all_sources, localise};
use super::texts::{Language, Texts};
use crate::sources::Registry;
use crate::util::Result;

/// ESCO labels and ISCO titles for one bundle.
pub struct Labels<'a> {
    /// Occupations by URI, in the bundle language.
    pub occupations: &'a BTreeMap<String, EscoOccupation>,
    /// ISCO group titles by code, and the language they are in (ESCO has no Dutch ISCO titles).
    pub isco_titles: &'a BTreeMap<String, String>,
    pub isco_language: Language,
}

/// The words a bundle is written with: the sources' and the occupations' sentences.
pub struct Words<'a> {
    pub registry: &'a Registry,
    pub texts: &'a Texts,
}

/// The bundle, and the URIs of occupations left out because `labels` has no title for them.
pub fn build_bundle(
    l: Language,
    english: &BTreeMap<String, EscoOccupation>,
    labels: &Labels,
    facts: &BTreeMap<String, Facts>,
    eu: &EuEmployment,
    words: &Words,
) -> Result<(OccupationsBundle, Vec<String>)> {
    let sources = all_sources(words.registry)?.into_iter().map(|s| localise(s, l)).collect::<Result<Vec<_>>>()?;
    let ids = SourceIds::from_registry();
    let wording = Wording::new(l, words.texts, &sources, &ids)?;
    let (present, missing): (Vec<&String>, Vec<&String>) =
        english.keys().partition(|uri| labels.occupations.contains_key(*uri));
    let included: BTreeSet<&str> = present.iter().map(|u| u.as_str()).collect();
    let mut occupations = Vec::new();
    for uri in present {
        let (label, en) = (&labels.occupations[uri], &english[uri]);
        let f = facts.get(uri).ok_or_else(|| format!("no joined facts for {uri}"))?;
        let (figures, us_match) = us_figures(f, &ids, &wording)?;
        occupations.push(Occupation {
            id: uri.clone(),
            // v1.1.1's group for every language, so that figures and groups agree across bundles.
            isco: en.isco.clone(),
            title: l.text(&label.title),
            alt_titles: if label.alt_titles.is_empty() {
                BTreeMap::new()
            } else {
                BTreeMap::from([(l.lang(), label.alt_titles.clone())])
            },
            description: label.description.as_ref().map(|d| l.text(d)),
            skills: Skills { essential: f.skills.iter().map(|s| LocalText::one("en", s)).collect(), optional: vec![] },
            entry_education: f.us.as_ref().and_then(|us| us.projection.as_ref()).map(|p| p.entry_education),
            routes: f
                .us
                .as_ref()
                .and_then(|us| us.projection.as_ref())
                .map(|p| words.texts.routes(l, &p.training, &p.experience))
                .transpose()?
                .unwrap_or_default(),
            interests: f.interests.clone(),
            job_zone: f.job_zone,
            figures,
            related: f.related.iter().filter(|r| included.contains(r.as_str())).cloned().collect(),
            us_match,
        });
    }
    let isco_groups = isco_groups(&occupations, labels, eu, &ids, &wording)?;
    let bundle = OccupationsBundle {
        schema: Some("schema/occupations.schema.json".into()),
        kind: Kind::Occupations,
        format: FORMAT_VERSION,
        meta: meta(l, words.texts.bundle_title(l)?, words.texts.last_reviewed(), &sources),
        sources,
        isco_groups,
        occupations,
        details: None,
        countries: Some(format!("{}/{{country}}.json", crate::activities::COUNTRY_FIGURES_DIR)),
    };
    Ok((bundle, missing.into_iter().cloned().collect()))
}

fn meta(l: Language, title: LocalText, last_reviewed: &str, sources: &[Source]) -> Meta {
    let mut attributions: Vec<&str> = Vec::new();
    for a in sources.iter().filter_map(|s| s.attribution.as_deref()) {
        if !attributions.contains(&a) {
            attributions.push(a);
        }
    }
    Meta {
        id: format!("occupations-{}", l.code()),
        title,
        languages: vec![l.lang()],
        default_language: l.lang(),
        licence: "Mixed, see sources: CC-BY-4.0 (O*NET 29.3), European Commission reuse policy (ESCO), public domain (BLS), MIT (Nesta)".into(),
        attribution: attributions.join(" "),
        audience: vec![Audience::Pupil, Audience::Jobseeker, Audience::Practitioner],
        age_band: None,
        learning_outcomes: vec![],
        duration_minutes: None,
        authors: vec!["LMI Kit".into()],
        last_reviewed: last_reviewed.into(),
    }
}

/// Every ISCO group (1 to 4 digits) above the bundle's occupations, in code order. Each minor group
/// (3 digits) carries its EU-LFS employment: the survey counts groups, so the figures are given once here
/// rather than on every occupation of the group.
fn isco_groups(
    occupations: &[Occupation],
    labels: &Labels,
    eu: &EuEmployment,
    ids: &SourceIds,
    wording: &Wording,
) -> Result<Vec<IscoGroup>> {
    let codes: BTreeSet<&str> = occupations.iter().flat_map(|o| (1..=4).map(|n| &o.isco[..n])).collect();
    codes
        .into_iter()
        .map(|code| {
            let title = labels.isco_titles.get(code).ok_or_else(|| format!("no title for ISCO group {code}"))?;
            let employment = if code.len() == 3 { group_employment(code, eu, ids, wording)? } else { vec![] };
            Ok(IscoGroup { code: code.to_owned(), title: labels.isco_language.text(title), employment })
        })
        .collect()
}
