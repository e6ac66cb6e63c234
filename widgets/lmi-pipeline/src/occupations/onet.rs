//! Reading O*NET 29.3 (interests, job zones, related occupations) and Nesta's ESCO → O*NET crosswalk.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lmi_content::Riasec;

use super::read::{read_csv, read_tsv};
use crate::util::Result;

const CODE: &str = "O*NET-SOC Code";

/// Nesta's best-matching O*NET occupation for one ESCO occupation.
#[derive(Clone, Debug, PartialEq)]
pub struct CrosswalkMatch {
    /// O*NET-SOC 2010-era code such as `29-1141.00`.
    pub onet_code: String,
    /// Nesta's confidence in the match: 0.5, 1 or 2 (highest).
    pub confidence: f64,
    pub similarity: f64,
}

impl CrosswalkMatch {
    /// The SOC code the O*NET occupation rolls up to: the code without its `.xx` suffix.
    pub fn soc(&self) -> &str {
        self.onet_code.split('.').next().unwrap_or(&self.onet_code)
    }
}

/// The crosswalk by ESCO concept URI.
pub fn read_crosswalk(data: &Path) -> Result<BTreeMap<String, CrosswalkMatch>> {
    let table = read_csv(
        data,
        "crosswalks/nesta_esco_onet_crosswalk_Nov2020.csv",
        &["concept_uri", "onet_code", "confidence", "semantic_similarity"],
    )?;
    let mut matches = BTreeMap::new();
    for row in table.rows() {
        let found = CrosswalkMatch {
            onet_code: row.get("onet_code").trim().to_owned(),
            confidence: row.required_number("confidence")?,
            similarity: row.required_number("semantic_similarity")?,
        };
        let uri = row.get("concept_uri").trim();
        if matches.insert(uri.to_owned(), found).is_some() {
            return Err(row.error(format!("`{uri}` is matched twice")));
        }
    }
    Ok(matches)
}

/// Every occupation code O*NET 29.3 describes.
pub fn read_onet_codes(data: &Path) -> Result<BTreeSet<String>> {
    let table = read_tsv(data, "onet/db_29_3/Occupation Data.txt", &[CODE])?;
    Ok(table.rows().map(|r| r.get(CODE).to_owned()).collect())
}

/// Each occupation's strongest interests, strongest first: three where O*NET names a third interest
/// high-point, else two.
pub fn read_interests(data: &Path) -> Result<BTreeMap<String, Vec<Riasec>>> {
    let table = read_tsv(data, "onet/db_29_3/Interests.txt", &[CODE, "Element Name", "Scale ID", "Data Value"])?;
    let mut scores: BTreeMap<&str, Vec<(Riasec, f64)>> = BTreeMap::new();
    let mut has_third = BTreeSet::new();
    for row in table.rows() {
        let code = row.get(CODE);
        let name = row.get("Element Name");
        match row.get("Scale ID") {
            "OI" => {
                let area = riasec(name).ok_or_else(|| row.error(format!("unknown interest area `{name}`")))?;
                scores.entry(code).or_default().push((area, row.required_number("Data Value")?));
            }
            "IH" if name == "Third Interest High-Point" && row.required_number("Data Value")? > 0.0 => {
                has_third.insert(code);
            }
            _ => {}
        }
    }
    let mut interests = BTreeMap::new();
    for (code, mut areas) in scores {
        // Strongest first; equal scores keep the R-I-A-S-E-C order.
        areas.sort_by(|a, b| b.1.total_cmp(&a.1).then((a.0 as u8).cmp(&(b.0 as u8))));
        let keep = if has_third.contains(code) { 3 } else { 2 };
        interests.insert(code.to_owned(), areas.into_iter().take(keep).map(|(area, _)| area).collect());
    }
    Ok(interests)
}

fn riasec(name: &str) -> Option<Riasec> {
    Some(match name {
        "Realistic" => Riasec::Realistic,
        "Investigative" => Riasec::Investigative,
        "Artistic" => Riasec::Artistic,
        "Social" => Riasec::Social,
        "Enterprising" => Riasec::Enterprising,
        "Conventional" => Riasec::Conventional,
        _ => return None,
    })
}

/// O*NET's alternate titles (normalised, see `normalise_title`) by O*NET code: the jobs an occupation
/// includes, which tells a wider US occupation from a merely related one.
pub fn read_alternate_titles(data: &Path) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let table = read_csv(data, "onet/db_29_3/Alternate Titles.csv", &[CODE, "Alternate Title"])?;
    let mut titles: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in table.rows() {
        let title = super::titles::normalise_title(row.get("Alternate Title"));
        titles.entry(row.get(CODE).to_owned()).or_default().insert(title);
    }
    Ok(titles)
}

/// Job zone (1 to 5) by O*NET code.
pub fn read_job_zones(data: &Path) -> Result<BTreeMap<String, u8>> {
    let table = read_tsv(data, "onet/db_29_3/Job Zones.txt", &[CODE, "Job Zone"])?;
    let mut zones = BTreeMap::new();
    for row in table.rows() {
        let zone = row.get("Job Zone").trim();
        match zone.parse::<u8>() {
            Ok(z @ 1..=5) => zones.insert(row.get(CODE).to_owned(), z),
            _ => return Err(row.error(format!("`{zone}` is not a job zone 1 to 5"))),
        };
    }
    Ok(zones)
}

/// Related O*NET codes by O*NET code, most related first (O*NET's own `Index`).
pub fn read_related(data: &Path) -> Result<BTreeMap<String, Vec<String>>> {
    let table = read_tsv(data, "onet/db_29_3/Related Occupations.txt", &[CODE, "Related O*NET-SOC Code", "Index"])?;
    let mut related: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    for row in table.rows() {
        let index = row.get("Index").trim();
        let index: u32 = index.parse().map_err(|_| row.error(format!("`{index}` is not an index")))?;
        related
            .entry(row.get(CODE).to_owned())
            .or_default()
            .push((index, row.get("Related O*NET-SOC Code").to_owned()));
    }
    Ok(related
        .into_iter()
        .map(|(code, mut list)| {
            list.sort();
            (code, list.into_iter().map(|(_, c)| c).collect())
        })
        .collect())
}
