//! Reading Nesta's EU-LFS tables: employment in thousands by ISCO-08 minor group (3 digits), 2014–2018.
//! The bundles give these counts once per minor group (`isco_groups[].employment`), not on each occupation.

use std::collections::BTreeMap;
use std::path::Path;

use super::read::read_csv;
use crate::util::Result;

/// The countries Nesta computed, with their region code and file.
pub const COUNTRIES: [(&str, &str); 3] = [
    ("GB", "eu_lfs_nesta/uk_employment_by_isco3_2014_2018.csv"),
    ("FR", "eu_lfs_nesta/fra_employment_by_isco3_2014_2018.csv"),
    ("IT", "eu_lfs_nesta/ita_employment_by_isco3_2014_2018.csv"),
];

/// The years the bundles show: the first and the last of the series.
pub const YEARS: [&str; 2] = ["2014", "2018"];

/// Employment in thousands, by country code, then ISCO minor group, then year (only years present).
pub type EuEmployment = BTreeMap<&'static str, BTreeMap<String, BTreeMap<&'static str, f64>>>;

pub fn read_eu_lfs(data: &Path) -> Result<EuEmployment> {
    let mut all = EuEmployment::new();
    for (country, rel) in COUNTRIES {
        let table = read_csv(data, rel, &["isco_code", YEARS[0], YEARS[1]])?;
        let groups = all.entry(country).or_default();
        for row in table.rows() {
            let mut years = BTreeMap::new();
            for year in YEARS {
                if let Some(thousands) = row.number(year)? {
                    years.insert(year, thousands);
                }
            }
            groups.insert(row.get("isco_code").trim().to_owned(), years);
        }
    }
    Ok(all)
}

/// Employment in one country and year in one ISCO minor group.
#[derive(Clone, Debug, PartialEq)]
pub struct EuCount {
    pub country: &'static str,
    pub year: &'static str,
    pub people: f64,
}

/// The counts of ISCO minor group `group` (3 digits), country by country in [`COUNTRIES`] order, then by
/// year; masked or missing cells are left out.
pub fn counts(group: &str, eu: &EuEmployment) -> Vec<EuCount> {
    let mut counts = Vec::new();
    for (country, _) in COUNTRIES {
        let years = eu.get(country).and_then(|groups| groups.get(group));
        for (&year, &thousands) in years.into_iter().flatten() {
            // Nesta gives thousands with three decimals: whole people, rounded away from float noise.
            counts.push(EuCount { country, year, people: (thousands * 1000.0).round() });
        }
    }
    counts
}
