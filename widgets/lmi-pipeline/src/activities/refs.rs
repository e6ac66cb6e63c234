//! References: the short strings authored files use to point at one raw cell, such as
//! `cps:Registered nurses`, `oews:29-1141`, `ep:29-1171:change` or `lfs:GB:222:2018`.
//!
//! | reference                  | value                                                         |
//! |----------------------------|---------------------------------------------------------------|
//! | `cps:<occupation>`         | % women, CPS 2022 (the title exactly as in the file)          |
//! | `oews:<soc>`               | median annual wage, May 2025, with the 10th–90th percentiles  |
//! | `oews:<soc>:<p10…p90>`     | one annual wage percentile: `p10`, `p25`, `median`, `p75`, `p90` |
//! | `ep:<soc>:change`          | projected % change 2023–2033                                  |
//! | `ep:<soc>:openings`        | average job openings a year, 2023–2033                        |
//! | `ep:<soc>:jobs-2023`, `ep:<soc>:jobs-2033` | employment in the first or last year      |
//! | `ep:<soc>:education`, `ep:<soc>:training` | typical entry education / on-the-job training (a category) |
//! | `lfs:<GB,FR,IT>:<isco3>:<year>` | employment in an ISCO minor group (EU-LFS, Nesta)        |

use lmi_content::{Currency, Figure, Period, Range, RangeKind, Region, Source, Unit};

use super::data::{Data, Row, Table};
use crate::sources::{self, Entry, Registry};
use crate::util::Result;

/// The dataset a value comes from; the order is the order of `sources` in a bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SourceKey {
    Cps,
    Oews,
    Projections,
    Lfs(&'static str),
}

impl SourceKey {
    /// The registry entry (shared with the other generators): id, period, coverage.
    pub fn entry(self) -> Entry {
        match self {
            SourceKey::Cps => sources::bls_cps_2022(),
            SourceKey::Oews => sources::bls_oews_2025(),
            SourceKey::Projections => sources::bls_projections_2023_2033(),
            SourceKey::Lfs(country) => sources::eu_lfs_nesta(country),
        }
    }

    /// The source as a bundle cites it, with its words in every UI language.
    pub fn source(self, registry: &Registry) -> Result<Source> {
        registry.source(&self.entry())
    }
}

/// One number from a raw file, with what a figure needs to be cited.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// `None` where the publisher suppressed or masked the cell.
    pub value: Option<f64>,
    pub unit: Unit,
    pub currency: Option<Currency>,
    pub period: Period,
    pub region: Region,
    pub source: SourceKey,
    pub range: Option<Range>,
    /// OEWS footnote codes on the row (`4`: not a year-round, full-time job).
    pub footnotes: Vec<String>,
    /// `file line N column`, for messages.
    pub origin: String,
}

impl Cell {
    /// The value, or an error saying the publisher left it out.
    pub fn number(&self, reference: &str) -> Result<f64> {
        self.value.ok_or_else(|| {
            format!("`{reference}` has no value: {} is suppressed or masked by the publisher", self.origin)
        })
    }

    /// The cell as a cited figure; reliability and caveat fall back to the source's.
    pub fn figure(&self, reference: &str) -> Result<Figure> {
        Ok(Figure {
            flags: Default::default(),
            value: self.number(reference)?,
            unit: self.unit,
            currency: self.currency.clone(),
            period: self.period,
            region: self.region.clone(),
            source: self.source.entry().source.id,
            reliability: None,
            caveat: None,
            range: self.range,
        })
    }
}

/// What kind of category a text value is, for its translation in the labels file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CategoryKind {
    Education,
    Training,
}

/// What a reference points at.
#[derive(Clone, Debug, PartialEq)]
pub enum Datum {
    Cell(Cell),
    /// A text value such as `Bachelor's degree`, shown through the labels file.
    Category {
        kind: CategoryKind,
        name: String,
        source: SourceKey,
    },
    /// A period (`2014/2018`), for `{period}` in dataset titles and series labels.
    Period(Period),
}

impl Datum {
    /// The dataset the value comes from; `None` for a period.
    pub fn source(&self) -> Option<SourceKey> {
        match self {
            Datum::Cell(c) => Some(c.source),
            Datum::Category { source, .. } => Some(*source),
            Datum::Period(_) => None,
        }
    }
}

/// Looks `reference` up in the raw data; an unknown file row or field is an error naming both.
pub fn resolve(data: &Data, reference: &str) -> Result<Datum> {
    let (table, rest) = reference.split_once(':').ok_or_else(|| bad(reference))?;
    match table {
        "cps" => cps(data, reference, rest),
        "oews" => oews(data, reference, rest),
        "ep" => projections(data, reference, rest),
        "lfs" => lfs(data, reference, rest),
        _ => Err(bad(reference)),
    }
}

/// `lfs:<country>:<isco3>` → one reference per year column of that country's file, oldest first.
pub fn expand_trend(data: &Data, reference: &str) -> Result<Vec<String>> {
    let parts: Vec<&str> = reference.split(':').collect();
    let ["lfs", country, isco] = parts[..] else {
        return Err(format!("`{reference}` is not a trend: expected `lfs:<country>:<isco3>`"));
    };
    let (_, table) = lfs_table(data, reference, country)?;
    row(table, isco, reference)?;
    Ok(year_columns(table).map(|year| format!("lfs:{country}:{isco}:{year}")).collect())
}

fn bad(reference: &str) -> String {
    format!(
        "`{reference}` is not a reference: expected `cps:<occupation>`, `oews:<soc>[:p10|p25|median|p75|p90]`, \
         `ep:<soc>:<change|openings|jobs-2023|jobs-2033|education|training>` or `lfs:<GB|FR|IT>:<isco3>:<year>`"
    )
}

fn row<'a>(table: &'a Table, key: &str, reference: &str) -> Result<&'a Row> {
    table.row(key).ok_or_else(|| format!("`{reference}`: {} has no row `{key}`", table.file))
}

fn origin(table: &Table, row: &Row, column: &str) -> String {
    format!("{} column `{column}`", table.at(row))
}

fn cps(data: &Data, reference: &str, title: &str) -> Result<Datum> {
    let source = SourceKey::Cps.entry().source;
    let row = row(&data.cps, title, reference)?;
    Ok(Datum::Cell(Cell {
        value: data.cps.number(row, "pct_women")?,
        unit: Unit::Percent,
        currency: None,
        period: source.period,
        region: source.coverage,
        source: SourceKey::Cps,
        range: None,
        footnotes: Vec::new(),
        origin: origin(&data.cps, row, "pct_women"),
    }))
}

fn oews(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let (soc, stat) = rest.split_once(':').unwrap_or((rest, "median"));
    let column = match stat {
        "p10" | "p25" | "median" | "p75" | "p90" => format!("annual_{stat}"),
        _ => return Err(bad(reference)),
    };
    let table = &data.oews;
    let row = row(table, soc, reference)?;
    let value = table.number(row, &column)?;
    // A plain `oews:<soc>` is the median with its spread, so a figure shows how far pay varies.
    let range = match (rest.contains(':'), table.number(row, "annual_p10")?, table.number(row, "annual_p90")?) {
        (false, Some(low), Some(high)) => Some(Range { low, high, kind: RangeKind::P10P90 }),
        _ => None,
    };
    let footnotes = table.text(row, "footnote_codes")?.split([' ', ';', ',']).filter(|c| !c.is_empty());
    let source = SourceKey::Oews.entry().source;
    Ok(Datum::Cell(Cell {
        value,
        unit: Unit::CurrencyPerYear,
        currency: Some(Currency::parse("USD")?),
        period: source.period,
        region: source.coverage,
        source: SourceKey::Oews,
        range,
        footnotes: footnotes.map(str::to_owned).collect(),
        origin: origin(table, row, &column),
    }))
}

fn projections(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let (soc, field) = rest.split_once(':').ok_or_else(|| bad(reference))?;
    let table = &data.ep;
    let row = row(table, soc, reference)?;
    let source = SourceKey::Projections.entry().source;
    let category = |kind, column| -> Result<Datum> {
        let name = table.text(row, column)?;
        if name.is_empty() {
            return Err(format!("`{reference}`: {} is empty", origin(table, row, column)));
        }
        Ok(Datum::Category { kind, name: name.to_owned(), source: SourceKey::Projections })
    };
    // Employment and openings are published in thousands; figures count people. The employment columns
    // hold one year each; change and openings cover the whole projection span.
    let (column, unit, period, thousands) = match field {
        "change" => ("employment_pct_change_2023_2033", Unit::PercentChange, source.period, false),
        "openings" => ("annual_openings_2023_2033_thousands", Unit::OpeningsPerYear, source.period, true),
        "jobs-2023" => ("employment_2023_thousands", Unit::People, Period::Year(2023), true),
        "jobs-2033" => ("employment_2033_thousands", Unit::People, Period::Year(2033), true),
        "education" => return category(CategoryKind::Education, "typical_entry_education"),
        "training" => return category(CategoryKind::Training, "typical_on_the_job_training"),
        _ => return Err(bad(reference)),
    };
    let value = table.number(row, column)?.map(|v| if thousands { (v * 1000.0).round() } else { v });
    Ok(Datum::Cell(Cell {
        value,
        unit,
        currency: None,
        period,
        region: source.coverage,
        source: SourceKey::Projections,
        range: None,
        footnotes: Vec::new(),
        origin: origin(table, row, column),
    }))
}

fn lfs_table<'a>(data: &'a Data, reference: &str, country: &str) -> Result<(&'static str, &'a Table)> {
    let code = super::data::LFS_FILES
        .iter()
        .map(|(c, _)| *c)
        .find(|c| *c == country)
        .ok_or_else(|| format!("`{reference}`: no EU-LFS file for `{country}` (GB, FR or IT)"))?;
    let table = data.lfs.get(code).ok_or_else(|| format!("`{reference}`: EU-LFS table {code} not loaded"))?;
    Ok((code, table))
}

fn year_columns(table: &Table) -> impl Iterator<Item = &str> {
    table.columns().iter().map(String::as_str).filter(|c| c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit()))
}

fn lfs(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let parts: Vec<&str> = rest.split(':').collect();
    let [country, isco, year] = parts[..] else { return Err(bad(reference)) };
    let (code, table) = lfs_table(data, reference, country)?;
    if !year_columns(table).any(|y| y == year) {
        return Err(format!("`{reference}`: {} has no year column `{year}`", table.file));
    }
    let row = row(table, isco, reference)?;
    Ok(Datum::Cell(Cell {
        // Published in thousands; figures count people.
        value: table.number(row, year)?.map(|v| (v * 1000.0).round()),
        unit: Unit::People,
        currency: None,
        period: Period::parse(year)?,
        region: Region::parse(code)?,
        source: SourceKey::Lfs(code),
        range: None,
        footnotes: Vec::new(),
        origin: origin(table, row, year),
    }))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::data;
    use super::*;

    fn cell(reference: &str) -> Cell {
        match resolve(&data(), reference).unwrap() {
            Datum::Cell(c) => c,
            other => panic!("{reference}: {other:?}"),
        }
    }

    #[test]
    fn women_share_is_a_us_percent_from_cps() {
        let f = cell("cps:Registered nurses").figure("r").unwrap();
        assert_eq!(
            (f.value, f.unit, f.period.to_string().as_str(), f.region.as_str()),
            (87.9, Unit::Percent, "2022", "US")
        );
        assert_eq!(f.source, "bls-cps-2022");
    }

    #[test]
    fn suppressed_share_has_no_value_and_says_why() {
        let c = cell("cps:Surgeons");
        assert_eq!(c.value, None);
        let e = c.figure("cps:Surgeons").unwrap_err();
        assert!(e.contains("suppressed") && e.contains("line 4"), "{e}");
    }

    #[test]
    fn wage_median_carries_its_percentile_range_and_footnotes() {
        let f = cell("oews:47-2111").figure("r").unwrap();
        assert_eq!((f.value, f.currency.as_deref(), f.period.to_string().as_str()), (63190.0, Some("USD"), "2025-05"));
        assert_eq!(f.range, Some(Range { low: 42640.0, high: 108510.0, kind: RangeKind::P10P90 }));
        assert_eq!(cell("oews:47-2111:p90").range, None);
        assert_eq!(cell("oews:27-2021").footnotes, ["4"]);
    }

    #[test]
    fn projections_are_counted_in_people_not_thousands() {
        assert_eq!(cell("ep:49-9081:openings").value, Some(2100.0));
        assert_eq!(cell("ep:49-9081:jobs-2033").value, Some(18200.0));
        assert_eq!(cell("ep:49-9081:jobs-2033").period, Period::Year(2033));
        assert_eq!(cell("ep:49-9081:change").value, Some(60.1));
        assert_eq!(cell("ep:49-9081:change").period, Period::Span(2023, 2033));
        let edu = resolve(&data(), "ep:49-9081:education").unwrap();
        assert!(matches!(edu, Datum::Category { name, .. } if name == "Postsecondary nondegree award"));
    }

    #[test]
    fn lfs_masked_cells_are_missing_and_trends_follow_the_year_columns() {
        assert_eq!(cell("lfs:IT:951:2014").value, Some(36.0));
        assert_eq!(cell("lfs:IT:951:2015").value, None);
        assert_eq!(cell("lfs:IT:951:2015").region.as_str(), "IT");
        let years = expand_trend(&data(), "lfs:IT:951").unwrap();
        assert_eq!(years.first().map(String::as_str), Some("lfs:IT:951:2014"));
        assert_eq!(years.len(), 5);
    }

    #[test]
    fn unknown_rows_and_fields_name_the_file() {
        let e = resolve(&data(), "cps:Astronauts").unwrap_err();
        assert!(e.contains("Astronauts") && e.contains("cpsaat11"), "{e}");
        assert!(resolve(&data(), "oews:47-2111:p99").unwrap_err().contains("not a reference"));
        assert!(resolve(&data(), "lfs:GB:222:2030").unwrap_err().contains("no year column"));
        assert!(resolve(&data(), "ep:49-9081:jobs-2040").is_err());
    }
}
