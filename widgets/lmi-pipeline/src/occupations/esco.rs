//! Reading ESCO: occupations in one language, ISCO-08 group titles, and each occupation's essential skills.

use std::collections::BTreeMap;
use std::path::Path;

use super::clean::{alt_titles, clean_description, clean_label};
use super::read::read_csv;
use crate::util::Result;

/// An ESCO occupation as one language file gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct EscoOccupation {
    /// ISCO-08 unit group, 4 digits.
    pub isco: String,
    pub title: String,
    pub alt_titles: Vec<String>,
    pub description: Option<String>,
}

/// The occupations of one language file, by concept URI. A row without a preferred label has no label in
/// that language and is left out.
pub fn read_occupations(data: &Path, rel: &str) -> Result<BTreeMap<String, EscoOccupation>> {
    let table = read_csv(data, rel, &["conceptUri", "iscoGroup", "preferredLabel", "altLabels", "description"])?;
    let mut occupations = BTreeMap::new();
    for row in table.rows() {
        let isco = row.get("iscoGroup").trim();
        if !(isco.len() == 4 && isco.bytes().all(|b| b.is_ascii_digit())) {
            return Err(row.error(format!("`{isco}` is not a 4-digit ISCO-08 group")));
        }
        let title = clean_label(row.get("preferredLabel"));
        if title.is_empty() {
            continue;
        }
        let occupation = EscoOccupation {
            isco: isco.to_owned(),
            alt_titles: alt_titles(row.get("altLabels"), &title),
            description: clean_description(row.get("description")),
            title,
        };
        let uri = row.get("conceptUri").trim();
        if occupations.insert(uri.to_owned(), occupation).is_some() {
            return Err(row.error(format!("occupation `{uri}` appears twice")));
        }
    }
    Ok(occupations)
}

/// ISCO-08 group titles (1 to 4 digits) by code.
pub fn read_isco_titles(data: &Path, rel: &str) -> Result<BTreeMap<String, String>> {
    let table = read_csv(data, rel, &["code", "preferredLabel"])?;
    let mut titles = BTreeMap::new();
    for row in table.rows() {
        let title = clean_label(row.get("preferredLabel"));
        if title.is_empty() {
            return Err(row.error("ISCO group without a title"));
        }
        titles.insert(row.get("code").trim().to_owned(), title);
    }
    Ok(titles)
}

/// The English labels of each occupation's essential skills, at most `limit`, most specific first.
#[derive(Debug, Default)]
pub struct EssentialSkills {
    pub by_occupation: BTreeMap<String, Vec<String>>,
    /// Essential links to a skill URI that skills_en.csv does not hold.
    pub unknown: usize,
}

/// ESCO does not rank an occupation's skills, so "top" means most specific to the job: skills used only in
/// this occupation say more about it than transversal ones ("work in teams"). Ties go alphabetically.
pub fn read_essential_skills(data: &Path, limit: usize) -> Result<EssentialSkills> {
    let skills = read_csv(data, "esco/v1.1.1/en/skills_en.csv", &["conceptUri", "preferredLabel", "reuseLevel"])?;
    let mut labels: BTreeMap<&str, (u8, String)> = BTreeMap::new();
    for row in skills.rows() {
        let rank = match row.get("reuseLevel") {
            "occupation-specific" => 0,
            "sector-specific" => 1,
            "cross-sector" => 2,
            "transversal" => 3,
            _ => 4,
        };
        let label = clean_label(row.get("preferredLabel"));
        if !label.is_empty() {
            labels.insert(row.get("conceptUri"), (rank, label));
        }
    }
    let relations = read_csv(
        data,
        "esco/v1.1.1/relations/occupationSkillRelations.csv",
        &["occupationUri", "relationType", "skillUri"],
    )?;
    let mut ranked: BTreeMap<String, Vec<&(u8, String)>> = BTreeMap::new();
    let mut result = EssentialSkills::default();
    for row in relations.rows().filter(|r| r.get("relationType") == "essential") {
        match labels.get(row.get("skillUri")) {
            Some(skill) => ranked.entry(row.get("occupationUri").to_owned()).or_default().push(skill),
            None => result.unknown += 1,
        }
    }
    for (uri, mut skills) in ranked {
        skills.sort();
        let mut names: Vec<String> = Vec::new();
        for (_, label) in skills {
            if names.len() < limit && !names.contains(label) {
                names.push(label.clone());
            }
        }
        result.by_occupation.insert(uri, names);
    }
    Ok(result)
}
