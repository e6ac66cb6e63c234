//! Each country's figures per ISCO-08 major group for the explorer's `country` attribute →
//! `content/occupations-by-country/<code>.json` (see `lmi_content::CountryFigures`).
//!
//! The figures come through the same references and citing as the quizzes' (`egised:`, `egised-women:`,
//! `egised-change:`, `ses:`), so a figure has the same value, flags, reliability and caveat in both. A cell
//! Eurostat leaves out (`:`) is left out here too; the card says the figure is not published.

use std::path::Path;

use lmi_content::{CountryFigures, FORMAT_VERSION, Figure, GroupFigures, Kind, OccupationsBundle};

use super::cite::{self, Words};
use super::data::Data;
use super::editions::{Countries, Edition};
use super::refs::{self, Datum, SourceKey};
use crate::Report;
use crate::util::Result;

/// Where the files go, below the output folder; the occupations bundles' `countries` template names it.
pub const DIR: &str = "occupations-by-country";
/// ISCO-08 major groups, armed forces (`0`) included: Eurostat publishes them where the sample allows.
const GROUPS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
/// The latest year of `lfsa_egised` in the data, and the start of a change that crosses no survey break
/// (the EU-LFS changed its rules in 2021).
const YEAR: i32 = 2023;
const CHANGE_FROM: i32 = 2021;

/// Writes one file per country of `countries`, validated against the English occupations bundle in `out`.
pub fn generate(out: &Path, raw: &Data, words: &Words, countries: &Countries, report: &mut Report) -> Result {
    let index = occupations_index(out)?;
    let dir = out.join(DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for edition in countries.iter() {
        let file = build(raw, words, edition)?;
        let name = format!("{DIR}/{}.json", edition.code());
        let text = serde_json::to_string(&file).map_err(|e| format!("{name}: {e}"))? + "\n";
        lmi_content::parse_country_figures(&text, &index, &edition.region).map_err(|e| {
            let problems: Vec<String> = e.problems().iter().take(20).map(|p| p.display_in(&name)).collect();
            format!("{name} would not validate:\n{}", problems.join("\n"))
        })?;
        std::fs::write(out.join(&name), text).map_err(|e| format!("{name}: {e}"))?;
        let figures: usize = file.groups.iter().map(|g| g.iter().count()).sum();
        report.note(format!("activities: {name}: {} groups, {figures} figures", file.groups.len()));
    }
    Ok(())
}

/// The figures of one country.
pub fn build(raw: &Data, words: &Words, edition: &Edition) -> Result<CountryFigures> {
    let geo = &edition.geo;
    let mut keys: Vec<SourceKey> = Vec::new();
    let mut groups = Vec::new();
    for code in GROUPS {
        let isco = format!("OC{code}");
        let mut figure = |reference: String| -> Result<Option<Figure>> {
            let ses = reference.starts_with("ses:");
            // A break inside the window is kept and said (the figure's caveat names it), not hidden.
            let resolved = match refs::resolve(raw, &reference) {
                Err(e) if reference.starts_with("egised-change:") && e.contains("marks a break") => {
                    let across = format!("{reference}:across-break");
                    refs::resolve(raw, &across).map(|d| (d, across))
                }
                other => other.map(|d| (d, reference)),
            };
            let (cell, reference) = match resolved {
                Ok((Datum::Cell(cell), reference)) => (cell, reference),
                Ok((_, reference)) => return Err(format!("`{reference}` is not a number")),
                // The SES chart has no armed forces nor skilled agricultural workers, and not every country;
                // Eurostat publishes no series at all for some small groups (armed forces in Iceland).
                Err(e)
                    if e.contains("has no series")
                        || (ses && (e.contains("has no row") || e.contains("has no column"))) =>
                {
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if cell.value.is_none() {
                return Ok(None);
            }
            if !keys.contains(&cell.source) {
                keys.push(cell.source.clone());
            }
            cite::figure(&cell, &reference, words).map(Some)
        };
        let group = GroupFigures {
            code: code.to_owned(),
            employment: figure(format!("egised:{geo}:{isco}:T:{YEAR}"))?,
            women_share: figure(format!("egised-women:{geo}:{isco}:{YEAR}"))?,
            change: figure(format!("egised-change:{geo}:{isco}:T:{CHANGE_FROM}:{YEAR}"))?,
            hourly_earnings_women: figure(format!("ses:{geo}:{isco}:F"))?,
            hourly_earnings_men: figure(format!("ses:{geo}:{isco}:M"))?,
        };
        if group.iter().next().is_some() {
            groups.push(group);
        }
    }
    keys.sort();
    let sources = keys.iter().map(|k| k.source(words.registry)).collect::<Result<Vec<_>>>()?;
    Ok(CountryFigures {
        schema: None,
        kind: Kind::CountryFigures,
        format: FORMAT_VERSION,
        country: edition.region.clone(),
        languages: edition.name.0.keys().cloned().collect(),
        sources,
        groups,
    })
}

/// The English occupations bundle, whose envelope a country's file is read with.
fn occupations_index(out: &Path) -> Result<OccupationsBundle> {
    let file = "occupations.en.json";
    let text =
        std::fs::read_to_string(out.join(file)).map_err(|e| format!("{file}: {e} (build the occupations first)"))?;
    match lmi_content::parse_bundle(&text) {
        Ok(lmi_content::Bundle::Occupations(b)) => Ok(b),
        Ok(_) => Err(format!("{file} is not an occupations bundle")),
        Err(e) => Err(format!("{file}: {e}")),
    }
}
