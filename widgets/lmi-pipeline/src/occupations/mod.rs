//! Occupations bundles (issue #4): every ESCO v1.1.1 occupation, one bundle per language
//! (`content/occupations.{en,fr,nl,de}.json`), with skills, O*NET interests and job zone, US figures
//! through Nesta's ESCO → O*NET crosswalk (naming the US occupation once per card, `us_match`), and
//! EU-LFS counts given once per ISCO minor group (`isco_groups[].employment`). Written as compact JSON.
//!
//! Reading (`read`, `esco`, `onet`, `bls`, `eu_lfs`), cleaning (`clean`, `titles`), joining (`join`),
//! wording (`texts`, `localise`) and building (`figures`, `bundle`) each live in their own file; `through_csv`
//! takes each built bundle through the CSV exporter and importer of `lmi-content`, so that the bundle written
//! is the one a portal would get from the same CSVs (issue #23: one road to a bundle).

mod bls;
mod bundle;
mod clean;
mod esco;
mod eu_lfs;
mod figures;
mod join;
mod localise;
mod onet;
mod read;
mod sizes;
mod texts;
mod through_csv;
mod titles;

#[cfg(test)]
mod tests;

use std::path::Path;

use bundle::{Labels, Words, build_bundle};
use join::{Inputs, join};
use lmi_content::OccupationsBundle;
use texts::{Language, Texts};

use super::{Report, write_bundle_compact};
use crate::sources::Registry;
use crate::util::Result;

/// Reads and checks the occupations bundles' sentences in the texts folder `dir`.
pub fn load_texts(dir: &Path) -> Result<Texts> {
    Texts::load(dir)
}

/// Builds the four bundles, takes each through the CSV importer (`through_csv`: the bundle written is the
/// one imported from its own CSVs), writes them, then notes each file's size. `texts` is the texts folder.
pub fn generate(data: &Path, out: &Path, registry: &Registry, texts: &Path, report: &mut Report) -> Result {
    let texts = load_texts(texts)?;
    let bundles = build(data, &Words { registry, texts: &texts }, report)?;
    for (file, built) in &bundles {
        let bundle = through_csv::round_trip(file, built)?;
        write_bundle_compact(out, file, &bundle)?;
        report.note(format!("occupations: {file}: {}", sizes::describe(&out.join(file))));
    }
    Ok(())
}

/// The bundles by file name, from the raw files in `data`.
fn build(data: &Path, words: &Words, report: &mut Report) -> Result<Vec<(String, OccupationsBundle)>> {
    let inputs = Inputs::read(data)?;
    let facts = join(&inputs, report);
    let english_isco = esco::read_isco_titles(data, "esco/v1.1.1/en/ISCOGroups_en.csv")?;
    let mut bundles = Vec::new();
    for l in Language::ALL {
        let (occupations_file, isco_file) = match l {
            Language::En => (None, None),
            Language::Fr => (Some("esco/v1.1.1/fr/occupations_fr.csv"), Some("esco/v1.1.1/fr/ISCOGroups_fr.csv")),
            Language::Nl => (Some("esco/v1.1.1/nl/occupations_nl.csv"), None),
            // German is only in ESCO v1.2.0; it is joined to v1.1.1 by concept URI.
            Language::De => (Some("esco/v1.2.0/de/occupations_de.csv"), Some("esco/v1.2.0/de/ISCOGroups_de.csv")),
        };
        let own_occupations = occupations_file.map(|f| esco::read_occupations(data, f)).transpose()?;
        let own_isco = isco_file.map(|f| esco::read_isco_titles(data, f)).transpose()?;
        let labels = Labels {
            occupations: own_occupations.as_ref().unwrap_or(&inputs.esco_en),
            isco_titles: own_isco.as_ref().unwrap_or(&english_isco),
            isco_language: if own_isco.is_some() { l } else { Language::En },
        };
        let (bundle, missing) = build_bundle(l, &inputs.esco_en, &labels, &facts, &inputs.eu, words)?;
        let left_out: Vec<String> =
            missing.iter().map(|uri| format!("{} <{uri}>", inputs.esco_en[uri].title)).collect();
        report.note(format!(
            "occupations: {}: {} occupations; left out {} without a {} label{}{}",
            l.code(),
            bundle.occupations.len(),
            missing.len(),
            l.code(),
            if left_out.is_empty() { "" } else { ": " },
            left_out.join("; ")
        ));
        bundles.push((format!("occupations.{}.json", l.code()), bundle));
    }
    Ok(bundles)
}
