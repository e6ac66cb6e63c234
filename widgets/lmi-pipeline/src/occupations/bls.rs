//! Reading the U.S. Bureau of Labor Statistics files: OEWS May 2025, Employment Projections 2023–2033,
//! CPS 2022 (share of women) and the SOC 2010 titles of the ISCO–SOC crosswalk.

use std::collections::BTreeMap;
use std::path::Path;

use lmi_content::EntryEducation;

use super::read::read_csv;
use super::texts::{EXPERIENCE, TRAINING};
use super::titles::normalise_title;
use crate::util::Result;

/// National cross-industry OEWS estimates for one detailed SOC occupation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Oews {
    pub title: String,
    pub employment: Option<f64>,
    /// Relative standard error of the employment estimate, in percent.
    pub employment_rse: Option<f64>,
    pub annual_median: Option<f64>,
    pub annual_p10: Option<f64>,
    pub annual_p90: Option<f64>,
    /// Relative standard error of the mean wage, in percent.
    pub wage_rse: Option<f64>,
    /// BLS footnote 5: a wage at the top of the published scale ("equal to or greater than").
    pub topcoded: bool,
}

/// Detailed occupations (display level 3) by SOC 2018 code.
pub fn read_oews(data: &Path) -> Result<BTreeMap<String, Oews>> {
    let table = read_csv(
        data,
        "bls_oews/oews_national_cross_industry_may2025.csv",
        &[
            "soc_code",
            "occupation_title",
            "display_level",
            "employment",
            "employment_rse_pct",
            "wage_rse_pct",
            "annual_p10",
            "annual_median",
            "annual_p90",
            "footnote_codes",
        ],
    )?;
    let mut rows = BTreeMap::new();
    for row in table.rows().filter(|r| r.get("display_level").trim() == "3") {
        let oews = Oews {
            title: row.get("occupation_title").trim().to_owned(),
            employment: row.number("employment")?,
            employment_rse: row.number("employment_rse_pct")?,
            annual_median: row.number("annual_median")?,
            annual_p10: row.number("annual_p10")?,
            annual_p90: row.number("annual_p90")?,
            wage_rse: row.number("wage_rse_pct")?,
            topcoded: row.get("footnote_codes").split(|c: char| !c.is_ascii_digit()).any(|f| f == "5"),
        };
        rows.insert(row.get("soc_code").trim().to_owned(), oews);
    }
    Ok(rows)
}

/// Employment Projections 2023–2033 for one SOC occupation.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// BLS's title in sentence case: "Registered nurses".
    pub title: String,
    pub pct_change: f64,
    pub openings_thousands: f64,
    pub entry_education: EntryEducation,
    /// BLS's "typical on-the-job training", one of `texts::TRAINING`'s keys.
    pub training: String,
    /// BLS's "work experience in a related occupation", one of `texts::EXPERIENCE`'s keys.
    pub experience: String,
}

/// Projections by SOC 2018 code.
pub fn read_projections(data: &Path) -> Result<BTreeMap<String, Projection>> {
    let table = read_csv(
        data,
        "bls_employment_projections/bls_ep_occupation_projections_2023_2033_clean.csv",
        &[
            "soc_code",
            "occupation_title",
            "employment_pct_change_2023_2033",
            "annual_openings_2023_2033_thousands",
            "typical_entry_education",
            "typical_on_the_job_training",
            "work_experience_related",
        ],
    )?;
    let mut rows = BTreeMap::new();
    for row in table.rows() {
        let education = row.get("typical_entry_education").trim();
        let projection = Projection {
            title: row.get("occupation_title").trim().to_owned(),
            pct_change: row.required_number("employment_pct_change_2023_2033")?,
            openings_thousands: row.required_number("annual_openings_2023_2033_thousands")?,
            entry_education: entry_education(education)
                .ok_or_else(|| row.error(format!("unknown entry education `{education}`")))?,
            training: known(row.get("typical_on_the_job_training"), &TRAINING, |t| row.error(t))?,
            experience: known(row.get("work_experience_related"), &EXPERIENCE.map(|(c, _)| c), |t| row.error(t))?,
        };
        rows.insert(row.get("soc_code").trim().to_owned(), projection);
    }
    Ok(rows)
}

/// `value` when it is one of the categories `texts` words (`categories`), else an error naming it.
fn known(value: &str, categories: &[&str], error: impl Fn(String) -> String) -> Result<String> {
    let value = value.trim();
    match categories.contains(&value) {
        true => Ok(value.to_owned()),
        false => Err(error(format!("unknown BLS category `{value}`"))),
    }
}

/// BLS's "typical entry-level education" categories.
pub fn entry_education(bls: &str) -> Option<EntryEducation> {
    Some(match bls {
        "No formal educational credential" => EntryEducation::NoFormal,
        "High school diploma or equivalent" => EntryEducation::Secondary,
        "Postsecondary nondegree award" => EntryEducation::PostsecondaryNonDegree,
        "Some college, no degree" => EntryEducation::SomeCollege,
        "Associate's degree" => EntryEducation::Associate,
        "Bachelor's degree" => EntryEducation::Bachelor,
        "Master's degree" => EntryEducation::Master,
        "Doctoral or professional degree" => EntryEducation::Doctoral,
        _ => return None,
    })
}

/// A detailed occupation of CPS Table 11.
#[derive(Clone, Debug, PartialEq)]
pub struct CpsRow {
    pub title: String,
    pub employed_thousands: f64,
    /// `None` where BLS does not publish the share (fewer than 50,000 employed).
    pub pct_women: Option<f64>,
}

/// Detailed CPS occupations by normalised title.
pub fn read_cps(data: &Path) -> Result<BTreeMap<String, CpsRow>> {
    let table = read_csv(
        data,
        "bls_cps_women_by_occupation/cpsaat11_2022_women_share_by_occupation_clean.csv",
        &["occupation", "level", "total_employed_thousands", "pct_women"],
    )?;
    let mut rows = BTreeMap::new();
    for row in table.rows().filter(|r| r.get("level") == "detailed") {
        let title = row.get("occupation").trim();
        let cps = CpsRow {
            title: title.to_owned(),
            employed_thousands: row.required_number("total_employed_thousands")?,
            pct_women: row.number("pct_women")?,
        };
        if rows.insert(normalise_title(title), cps).is_some() {
            return Err(row.error(format!("two CPS occupations normalise to the title of `{title}`")));
        }
    }
    Ok(rows)
}

/// SOC 2010 titles by code, from the BLS ISCO–SOC crosswalk: they show which old codes kept their meaning.
pub fn read_soc2010_titles(data: &Path) -> Result<BTreeMap<String, String>> {
    let table = read_csv(data, "crosswalks/bls_soc2010_to_isco08.csv", &["2010 SOC Code", "2010 SOC Title"])?;
    Ok(table
        .rows()
        .map(|r| (r.get("2010 SOC Code").trim().to_owned(), r.get("2010 SOC Title").trim().to_owned()))
        .collect())
}
