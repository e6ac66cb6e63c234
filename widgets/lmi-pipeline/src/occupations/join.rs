//! Joining the raw files into what each ESCO occupation gets, in no particular language: skills, O*NET
//! interests and job zone, BLS figures and related occupations (EU-LFS counts go on ISCO groups, in
//! `bundle`). Every join counts what it
//! kept and dropped in the report.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lmi_content::{Riasec, UsFit};

use super::bls::{self, CpsRow, Oews, Projection};
use super::esco::{self, EscoOccupation, EssentialSkills};
use super::eu_lfs::{self, EuEmployment};
use super::onet::{self, CrosswalkMatch};
use super::titles::normalise_title;
use crate::Report;
use crate::util::Result;

/// At most this many essential skills and related occupations per occupation, to keep bundles light.
pub const MAX_SKILLS: usize = 8;
pub const MAX_RELATED: usize = 5;

/// Nesta's lowest confidence level (0.5) holds matches such as "waiting list coordinator → hospitalists":
/// US figures on such a card would mislead, so only confidence 1 and 2 are used.
const MIN_CONFIDENCE: f64 = 1.0;

/// Every raw file the occupations bundles are made from, read once.
pub struct Inputs {
    /// ESCO v1.1.1 in English: the list of occupations and their ISCO groups.
    pub esco_en: BTreeMap<String, EscoOccupation>,
    pub skills: EssentialSkills,
    pub crosswalk: BTreeMap<String, CrosswalkMatch>,
    pub onet_codes: BTreeSet<String>,
    pub interests: BTreeMap<String, Vec<Riasec>>,
    pub job_zones: BTreeMap<String, u8>,
    pub alternate_titles: BTreeMap<String, BTreeSet<String>>,
    pub related: BTreeMap<String, Vec<String>>,
    pub oews: BTreeMap<String, Oews>,
    pub projections: BTreeMap<String, Projection>,
    pub cps: BTreeMap<String, CpsRow>,
    pub soc2010_titles: BTreeMap<String, String>,
    pub eu: EuEmployment,
}

impl Inputs {
    pub fn read(data: &Path) -> Result<Inputs> {
        Ok(Inputs {
            esco_en: esco::read_occupations(data, "esco/v1.1.1/en/occupations_en.csv")?,
            skills: esco::read_essential_skills(data, MAX_SKILLS)?,
            crosswalk: onet::read_crosswalk(data)?,
            onet_codes: onet::read_onet_codes(data)?,
            interests: onet::read_interests(data)?,
            job_zones: onet::read_job_zones(data)?,
            alternate_titles: onet::read_alternate_titles(data)?,
            related: onet::read_related(data)?,
            oews: bls::read_oews(data)?,
            projections: bls::read_projections(data)?,
            cps: bls::read_cps(data)?,
            soc2010_titles: bls::read_soc2010_titles(data)?,
            eu: eu_lfs::read_eu_lfs(data)?,
        })
    }
}

/// What the joins found for one occupation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// English labels of the essential skills, most specific first.
    pub skills: Vec<String>,
    pub interests: Vec<Riasec>,
    pub job_zone: Option<u8>,
    pub us: Option<UsFacts>,
    /// ESCO URIs of related occupations, most related first.
    pub related: Vec<String>,
}

/// The BLS figures of the US occupation the crosswalk matched.
#[derive(Clone, Debug, PartialEq)]
pub struct UsFacts {
    pub soc: String,
    /// The US occupation's name, for captions: "Registered nurses".
    pub title: String,
    pub oews: Option<Oews>,
    pub projection: Option<Projection>,
    /// The CPS occupation with the same title, where BLS publishes its share of women.
    pub women: Option<CpsRow>,
    /// How far the US occupation is from the ESCO one; `None`: the same occupation.
    pub fit: Option<UsFit>,
}

/// Facts for every English ESCO occupation, by URI.
pub fn join(inputs: &Inputs, report: &mut Report) -> BTreeMap<String, Facts> {
    let matches = accepted_matches(inputs, report);
    let best_for_onet = best_occupation_per_onet_code(&matches);
    let mut facts: BTreeMap<String, Facts> = BTreeMap::new();
    let mut counts = BTreeMap::<&str, usize>::new();
    let mut count = |what: &'static str| *counts.entry(what).or_default() += 1;
    for (uri, occupation) in &inputs.esco_en {
        let mut f =
            Facts { skills: inputs.skills.by_occupation.get(uri).cloned().unwrap_or_default(), ..Facts::default() };
        if let Some(m) = matches.get(uri.as_str()) {
            if inputs.onet_codes.contains(&m.onet_code) {
                count("O*NET code in O*NET 29.3");
                f.interests = inputs.interests.get(&m.onet_code).cloned().unwrap_or_default();
                f.job_zone = inputs.job_zones.get(&m.onet_code).copied();
                f.related = related(uri, &m.onet_code, inputs, &best_for_onet);
            }
            f.us = us_facts(m, inputs, &mut count).map(|us| UsFacts { fit: us_fit(occupation, &us, m, inputs), ..us });
            count(match f.us.as_ref().map(|us| us.fit) {
                None => "US: no US occupation",
                Some(None) => "US: the same occupation",
                Some(Some(UsFit::Broader)) => "US: a wider US occupation that lists this one",
                Some(Some(UsFit::Related)) => "US: a related US occupation only",
            });
        }
        let eu = !eu_lfs::counts(&occupation.isco[..3], &inputs.eu).is_empty();
        for (what, present) in [
            ("with essential skills", !f.skills.is_empty()),
            ("with interests", !f.interests.is_empty()),
            ("with a job zone", f.job_zone.is_some()),
            ("with related occupations", !f.related.is_empty()),
            ("with any US figure", f.us.is_some()),
            ("with EU-LFS figures for their ISCO minor group", eu),
        ] {
            if present {
                count(what);
            }
        }
        facts.insert(uri.clone(), f);
    }
    report.note(format!(
        "occupations: {} ESCO occupations ({} essential-skill links to unknown skills); joins counted per occupation:",
        inputs.esco_en.len(),
        inputs.skills.unknown
    ));
    for (what, n) in counts {
        report.note(format!("occupations:   {what}: {n}"));
    }
    note_eu_groups(inputs, report);
    facts
}

/// Crosswalk rows whose ESCO occupation exists and whose match is confident enough, by URI.
fn accepted_matches<'a>(inputs: &'a Inputs, report: &mut Report) -> BTreeMap<&'a str, &'a CrosswalkMatch> {
    let (mut unknown, mut low) = (0, 0);
    let mut accepted = BTreeMap::new();
    for (uri, m) in &inputs.crosswalk {
        if !inputs.esco_en.contains_key(uri) {
            unknown += 1;
        } else if m.confidence < MIN_CONFIDENCE {
            low += 1;
        } else {
            accepted.insert(uri.as_str(), m);
        }
    }
    report.note(format!(
        "occupations: crosswalk: {} rows; {} kept; dropped {unknown} not in ESCO v1.1.1 and {low} with Nesta confidence 0.5",
        inputs.crosswalk.len(),
        accepted.len()
    ));
    accepted
}

/// The ESCO occupation that stands for each O*NET code when pointing back from O*NET's related
/// occupations: Nesta's most confident, then most similar match, then the first URI.
fn best_occupation_per_onet_code<'a>(matches: &BTreeMap<&'a str, &'a CrosswalkMatch>) -> BTreeMap<&'a str, &'a str> {
    let mut best: BTreeMap<&str, (&str, &CrosswalkMatch)> = BTreeMap::new();
    for (&uri, &m) in matches {
        let better = best.get(m.onet_code.as_str()).is_none_or(|(_, b)| {
            m.confidence.total_cmp(&b.confidence).then(m.similarity.total_cmp(&b.similarity)).is_gt()
        });
        if better {
            best.insert(&m.onet_code, (uri, m));
        }
    }
    best.into_iter().map(|(code, (uri, _))| (code, uri)).collect()
}

fn related(uri: &str, code: &str, inputs: &Inputs, best: &BTreeMap<&str, &str>) -> Vec<String> {
    let mut related: Vec<String> = Vec::new();
    for other in inputs.related.get(code).into_iter().flatten() {
        if let Some(&other_uri) = best.get(other.as_str())
            && other_uri != uri
            && !related.iter().any(|r| r == other_uri)
        {
            related.push(other_uri.to_owned());
        }
        if related.len() == MAX_RELATED {
            break;
        }
    }
    related
}

/// BLS figures through the SOC code. Nesta's crosswalk uses O*NET-SOC 2010-era codes: a code O*NET 29.3
/// still lists is a current SOC 2018 code; an older one is used only where BLS gives the SOC code the same
/// title in 2010 and now (no SOC 2010→2018 crosswalk is in the data to follow a code that changed).
fn us_facts(m: &CrosswalkMatch, inputs: &Inputs, count: &mut impl FnMut(&'static str)) -> Option<UsFacts> {
    let soc = m.soc();
    let oews = inputs.oews.get(soc);
    let projection = inputs.projections.get(soc);
    let titles: Vec<String> =
        oews.map(|o| &o.title).into_iter().chain(projection.map(|p| &p.title)).map(|t| normalise_title(t)).collect();
    if titles.is_empty() {
        count("US: SOC code in neither OEWS 2025 nor projections (dropped)");
        return None;
    }
    if !inputs.onet_codes.contains(&m.onet_code) {
        let unchanged = inputs.soc2010_titles.get(soc).is_some_and(|t| titles.contains(&normalise_title(t)));
        if !unchanged {
            count("US: old O*NET code whose SOC title changed since 2010 (dropped)");
            return None;
        }
        count("US: old O*NET code kept, SOC title unchanged since 2010");
    }
    count(if oews.is_some() { "US: SOC found in OEWS 2025" } else { "US: SOC not in OEWS 2025" });
    count(if projection.is_some() { "US: SOC found in projections" } else { "US: SOC not in projections" });
    let cps = titles.iter().find_map(|t| inputs.cps.get(t));
    count(match cps {
        Some(c) if c.pct_women.is_some() => "US: CPS title match with a published share of women",
        Some(_) => "US: CPS title match, share suppressed by BLS (dropped)",
        None => "US: no CPS occupation with the same title",
    });
    Some(UsFacts {
        soc: soc.to_owned(),
        title: projection.map_or_else(|| oews.map(|o| o.title.clone()).unwrap_or_default(), |p| p.title.clone()),
        oews: oews.cloned(),
        projection: projection.cloned(),
        women: cps.filter(|c| c.pct_women.is_some()).cloned(),
        fit: None,
    })
}

/// The same occupation when one of the ESCO titles (preferred or alternative), singular, is the US title or
/// one of the jobs it lists ("plumber" in "Plumbers, pipefitters, and steamfitters"; "registered nurse" for
/// registered nurses); broader when O*NET names one of them among the US occupation's alternate titles
/// ("animal chiropractor" for veterinarians); otherwise related.
fn us_fit(esco: &EscoOccupation, us: &UsFacts, m: &CrosswalkMatch, inputs: &Inputs) -> Option<UsFit> {
    let singular = |t: &str| -> String {
        let title = normalise_title(t);
        let words: Vec<&str> =
            title.split(' ').map(|w| w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w)).collect();
        words.join(" ")
    };
    let esco_titles: Vec<String> = std::iter::once(&esco.title).chain(&esco.alt_titles).map(|t| singular(t)).collect();
    let listed = us.title.replace(" and ", ", ").replace(" or ", ", ");
    let us_parts: Vec<String> = listed.split(',').map(str::trim).filter(|p| !p.is_empty()).map(singular).collect();
    if us_parts.iter().any(|p| esco_titles.contains(p)) {
        return None;
    }
    let alternates = inputs.alternate_titles.get(&m.onet_code);
    let named = alternates.is_some_and(|a| a.iter().any(|t| esco_titles.contains(&singular(t))));
    Some(if named { UsFit::Broader } else { UsFit::Related })
}

/// Which ISCO minor groups of the ESCO occupations each EU-LFS table lacks.
fn note_eu_groups(inputs: &Inputs, report: &mut Report) {
    let groups: BTreeSet<&str> = inputs.esco_en.values().map(|o| &o.isco[..3]).collect();
    for (country, _) in eu_lfs::COUNTRIES {
        let table = inputs.eu.get(country);
        let missing: Vec<&str> = groups.iter().copied().filter(|g| table.is_none_or(|t| !t.contains_key(*g))).collect();
        report.note(format!(
            "occupations: EU-LFS {country}: {} of {} ISCO minor groups found; missing {}",
            groups.len() - missing.len(),
            groups.len(),
            if missing.is_empty() { "none".to_owned() } else { missing.join(", ") }
        ));
    }
}
