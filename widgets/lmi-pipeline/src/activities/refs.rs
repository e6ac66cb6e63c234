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
//! | `egised:<geo>:<isco>:<sex>:<year>` | people with a job aged 15 or over (Eurostat `lfsa_egised`), `isco` `TOTAL` or `OC0`…`OC9`, `sex` `T`, `M`, `F` |
//! | `egised-women:<geo>:<isco>:<year>` | % women among them: women ÷ everyone × 100, calculated here from two cells |
//! | `egised-change:<geo>:<isco>:<sex>:<from>:<to>` | % change from one year to the other, calculated here; refused across a break (`b`) unless it ends in `:across-break` |
//! | `ses:<geo>:<isco>:<M\|F>`   | mean hourly earnings in euro, 2018 (Eurostat SES chart data), `isco` `TOTAL`, `OC1`–`OC5`, `OC7`–`OC9` |
//! | `urgaed:<geo>:<age>:<isced>:<sex>:<year>` | unemployment rate, % (Eurostat `lfsa_urgaed`), e.g. `Y15-24`, `ED0-2` |
//!
//! `<geo>` is Eurostat's code (`BE`, `EL`, `EU27_2020`); a figure's region is the ISO code (`GR`, `EU27`). Every
//! Eurostat figure keeps its flags; a `:` cell has no value, and a question cannot use it.

use lmi_content::{Currency, Figure, Flags, Period, Range, RangeKind, Region, Source, StatFlag, Unit};

use super::data::{Data, Row, Table};
use crate::eurostat::{self, Found};
use crate::precision::Sample;
use crate::sources::{self, Entry, Registry};
use crate::util::Result;

/// The dataset a value comes from; the order is the order of `sources` in a bundle.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SourceKey {
    Cps,
    Oews,
    Projections,
    Lfs(&'static str),
    Egised(Region),
    Urgaed(Region),
    Ses(Region),
}

impl SourceKey {
    /// The registry entry (shared with the other generators): id, period, coverage.
    pub fn entry(&self) -> Entry {
        match self {
            SourceKey::Cps => sources::bls_cps_2022(),
            SourceKey::Oews => sources::bls_oews_2025(),
            SourceKey::Projections => sources::bls_projections_2023_2033(),
            SourceKey::Lfs(country) => sources::eu_lfs_nesta(country),
            SourceKey::Egised(r) => sources::eurostat_lfsa_egised(r),
            SourceKey::Urgaed(r) => sources::eurostat_lfsa_urgaed(r),
            SourceKey::Ses(r) => sources::eurostat_ses_2018(r),
        }
    }

    /// The source as a bundle cites it, with its words in every UI language.
    pub fn source(&self, registry: &Registry) -> Result<Source> {
        registry.source(&self.entry())
    }

    /// The Eurostat dataset code, for the notes that cite it.
    pub fn dataset_code(&self) -> Option<&'static str> {
        match self {
            SourceKey::Egised(_) => Some("lfsa_egised"),
            SourceKey::Urgaed(_) => Some("lfsa_urgaed"),
            _ => None,
        }
    }
}

/// What a figure says beyond its source's caveat: LMI Kit's arithmetic and Eurostat's flags, in words from
/// `sources.json` (`eurostat_notes`). Low reliability (`u`) is not a note: it sets the figure's reliability.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Note {
    /// Women ÷ everyone × 100, from two published cells.
    WomenShare,
    /// The change from one year's cell to another's.
    Change {
        from: i32,
        to: i32,
    },
    /// A value of a year Eurostat marks as a break in the series.
    Break(i32),
    /// A change that starts in a break year: both years follow the new rules.
    BreakAtStart(i32),
    /// A change that crosses a break (allowed only with `:across-break`).
    BreakCrossed(i32),
    DefinitionDiffers,
    Provisional,
    Estimated,
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
    /// The publisher's flags; for a value calculated here, the flags of every cell it comes from.
    pub flags: Flags,
    /// What the figure's caveat says beyond its source's (see [`Note`]).
    pub notes: Vec<Note>,
    /// Calculated by LMI Kit from several cells (a share, a change), so a flag is on "a number behind it".
    pub derived: bool,
    /// For one year of a Eurostat series: the series (its reference without the year) and the years it
    /// carries a break in, so that comparing two of its years can be refused across a break.
    pub series: Option<(String, Vec<i32>)>,
    /// `file line N column`, for messages; for a calculated value, every cell it comes from.
    pub origin: String,
    /// For a US survey estimate: what tells whether it is precise (see `crate::precision`).
    pub sample: Option<Sample>,
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
            about: None,
            flags: self.flags,
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

    /// Whether Eurostat marks the value (or a cell behind it) as of low reliability.
    pub fn low_reliability(&self) -> bool {
        self.flags.contains(StatFlag::LowReliability)
    }

    /// A cell with no flags, notes or footnotes.
    fn plain(
        value: Option<f64>,
        unit: Unit,
        period: Period,
        region: Region,
        source: SourceKey,
        origin: String,
    ) -> Cell {
        Cell {
            value,
            unit,
            currency: None,
            period,
            region,
            source,
            range: None,
            footnotes: Vec::new(),
            flags: Flags::default(),
            notes: Vec::new(),
            derived: false,
            series: None,
            origin,
            sample: None,
        }
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
    // Boxed: a cell with its flags, notes and sample is several times larger than the other variants.
    Cell(Box<Cell>),
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
            Datum::Cell(c) => Some(c.source.clone()),
            Datum::Category { source, .. } => Some(source.clone()),
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
        "egised" => egised(data, reference, rest),
        "egised-women" => egised_women(data, reference, rest),
        "egised-change" => egised_change(data, reference, rest),
        "ses" => ses(data, reference, rest),
        "urgaed" => urgaed(data, reference, rest),
        _ => Err(bad(reference)),
    }
}

/// `lfs:<country>:<isco3>` → one reference per year column of that country's file, oldest first; a Eurostat
/// reference with a span for its year (`egised:BE:OC2:T:2011/2023`, `urgaed:…:2021/2023`, `egised-women:…`) →
/// one per year of the span.
pub fn expand_trend(data: &Data, reference: &str) -> Result<Vec<String>> {
    if let Some((prefix, span)) = reference.rsplit_once(':')
        && span.contains('/')
        && ["egised:", "egised-women:", "urgaed:"].iter().any(|k| prefix.starts_with(k))
    {
        let (from, to) = Period::parse(span).map_err(|e| format!("`{reference}`: {e}"))?.years();
        let years: Vec<String> = (from..=to).map(|y| format!("{prefix}:{y}")).collect();
        for r in &years {
            resolve(data, r)?;
        }
        return Ok(years);
    }
    let parts: Vec<&str> = reference.split(':').collect();
    let ["lfs", country, isco] = parts[..] else {
        return Err(format!(
            "`{reference}` is not a trend: expected `lfs:<country>:<isco3>` or a Eurostat reference with a span \
             for its year, such as `egised:BE:OC2:T:2021/2023`"
        ));
    };
    let (_, table) = lfs_table(data, reference, country)?;
    row(table, isco, reference)?;
    Ok(year_columns(table).map(|year| format!("lfs:{country}:{isco}:{year}")).collect())
}

fn bad(reference: &str) -> String {
    format!(
        "`{reference}` is not a reference: expected `cps:<occupation>`, `oews:<soc>[:p10|p25|median|p75|p90]`, \
         `ep:<soc>:<change|openings|jobs-2023|jobs-2033|education|training>`, `lfs:<GB|FR|IT>:<isco3>:<year>`, \
         `egised:<geo>:<isco>:<sex>:<year>`, `egised-women:<geo>:<isco>:<year>`, \
         `egised-change:<geo>:<isco>:<sex>:<from>:<to>[:across-break]`, `ses:<geo>:<isco>:<M|F>` or \
         `urgaed:<geo>:<age>:<isced>:<sex>:<year>`"
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
    Ok(Datum::Cell(Box::new(Cell {
        value: data.cps.number(row, "pct_women")?,
        unit: Unit::Percent,
        currency: None,
        period: source.period,
        region: source.coverage,
        source: SourceKey::Cps,
        range: None,
        footnotes: Vec::new(),
        flags: Flags::default(),
        notes: Vec::new(),
        derived: false,
        series: None,
        origin: origin(&data.cps, row, "pct_women"),
        sample: data.cps.number(row, "total_employed_thousands")?.map(Sample::CpsEmployed),
    })))
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
    Ok(Datum::Cell(Box::new(Cell {
        value,
        unit: Unit::CurrencyPerYear,
        currency: Some(Currency::parse("USD")?),
        period: source.period,
        region: source.coverage,
        source: SourceKey::Oews,
        range,
        footnotes: footnotes.map(str::to_owned).collect(),
        flags: Flags::default(),
        notes: Vec::new(),
        derived: false,
        series: None,
        origin: origin(table, row, &column),
        sample: Some(Sample::OewsRse(table.number(row, "wage_rse_pct")?)),
    })))
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
    Ok(Datum::Cell(Box::new(Cell {
        value,
        unit,
        currency: None,
        period,
        region: source.coverage,
        source: SourceKey::Projections,
        range: None,
        footnotes: Vec::new(),
        flags: Flags::default(),
        notes: Vec::new(),
        derived: false,
        series: None,
        origin: origin(table, row, column),
        sample: None,
    })))
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
    Ok(Datum::Cell(Box::new(Cell {
        // Published in thousands; figures count people.
        value: table.number(row, year)?.map(|v| (v * 1000.0).round()),
        unit: Unit::People,
        currency: None,
        period: Period::parse(year)?,
        region: Region::parse(code)?,
        source: SourceKey::Lfs(code),
        range: None,
        footnotes: Vec::new(),
        flags: Flags::default(),
        notes: Vec::new(),
        derived: false,
        series: None,
        origin: origin(table, row, year),
        sample: None,
    })))
}

/// The parts of a Eurostat reference after its kind, exactly `n` of them.
fn parts<'a>(reference: &str, rest: &'a str, n: usize) -> Result<Vec<&'a str>> {
    let parts: Vec<&str> = rest.split(':').collect();
    if parts.len() != n || parts.iter().any(|p| p.is_empty()) {
        return Err(bad(reference));
    }
    Ok(parts)
}

fn year(reference: &str, text: &str) -> Result<i32> {
    match Period::parse(text) {
        Ok(Period::Year(y)) => Ok(y),
        _ => Err(format!("`{reference}`: `{text}` is not a year")),
    }
}

fn isco_major(reference: &str, isco: &str) -> Result<()> {
    let ok = isco == "TOTAL" || (isco.len() == 3 && isco.starts_with("OC") && isco.as_bytes()[2].is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(format!("`{reference}`: `{isco}` is not `TOTAL` or an ISCO-08 major group `OC0`…`OC9`"))
    }
}

fn sex(reference: &str, sex: &str, allowed: &[&str]) -> Result<()> {
    if allowed.contains(&sex) { Ok(()) } else { Err(format!("`{reference}`: sex is one of {}", allowed.join(", "))) }
}

/// Notes for the flags of a single published value of `year` (low reliability sets the reliability instead).
fn flag_notes(flags: Flags, year: i32) -> Vec<Note> {
    let mut notes = Vec::new();
    for f in flags.iter() {
        match f {
            StatFlag::Break => notes.push(Note::Break(year)),
            StatFlag::DefinitionDiffers => notes.push(Note::DefinitionDiffers),
            StatFlag::Provisional => notes.push(Note::Provisional),
            StatFlag::Estimated => notes.push(Note::Estimated),
            StatFlag::LowReliability => {}
        }
    }
    notes
}

/// The people with a job aged 15 or over in `isco` (all levels of education), in thousands as published.
fn egised_found(data: &Data, geo: &str, isco: &str, sex: &str, year: i32) -> Result<Found> {
    data.egised.cell(
        &[
            ("freq", "A"),
            ("age", "Y_GE15"),
            ("sex", sex),
            ("isco08", isco),
            ("isced11", "TOTAL"),
            ("unit", "THS_PER"),
            ("geo", geo),
        ],
        year,
    )
}

fn egised(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let p = parts(reference, rest, 4)?;
    let [geo, isco, s, y] = p[..] else { return Err(bad(reference)) };
    isco_major(reference, isco)?;
    sex(reference, s, &["T", "M", "F"])?;
    let y = year(reference, y)?;
    let region = eurostat::geo_region(geo).map_err(|e| format!("`{reference}`: {e}"))?;
    let found = egised_found(data, geo, isco, s, y).map_err(|e| format!("`{reference}`: {e}"))?;
    // Published in thousands; figures count people.
    let value = found.value.map(|v| (v * 1000.0).round());
    let mut cell =
        Cell::plain(value, Unit::People, Period::Year(y), region.clone(), SourceKey::Egised(region), found.origin);
    cell.flags = found.flags;
    cell.notes = flag_notes(found.flags, y);
    cell.series = Some((format!("egised:{geo}:{isco}:{s}"), found.breaks));
    Ok(Datum::Cell(Box::new(cell)))
}

/// One decimal, as Eurostat publishes its percentages.
fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn egised_women(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let p = parts(reference, rest, 3)?;
    let [geo, isco, y] = p[..] else { return Err(bad(reference)) };
    isco_major(reference, isco)?;
    let y = year(reference, y)?;
    let region = eurostat::geo_region(geo).map_err(|e| format!("`{reference}`: {e}"))?;
    let women = egised_found(data, geo, isco, "F", y).map_err(|e| format!("`{reference}`: {e}"))?;
    let all = egised_found(data, geo, isco, "T", y).map_err(|e| format!("`{reference}`: {e}"))?;
    let value = match (women.value, all.value) {
        (Some(w), Some(a)) if a > 0.0 => Some(tenth(100.0 * w / a)),
        _ => None,
    };
    let origin = format!("women {}; everyone {}", women.origin, all.origin);
    let mut cell =
        Cell::plain(value, Unit::Percent, Period::Year(y), region.clone(), SourceKey::Egised(region), origin);
    cell.flags = eurostat::union(women.flags, all.flags);
    cell.derived = true;
    let mut breaks = women.breaks.clone();
    breaks.extend(all.breaks.iter().filter(|y| !women.breaks.contains(y)));
    breaks.sort_unstable();
    cell.series = Some((format!("egised-women:{geo}:{isco}"), breaks));
    cell.notes = [Note::WomenShare].into_iter().chain(flag_notes(cell.flags, y)).collect();
    Ok(Datum::Cell(Box::new(cell)))
}

fn egised_change(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let (rest, across) = match rest.strip_suffix(":across-break") {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let p = parts(reference, rest, 5)?;
    let [geo, isco, s, from, to] = p[..] else { return Err(bad(reference)) };
    isco_major(reference, isco)?;
    sex(reference, s, &["T", "M", "F"])?;
    let (from, to) = (year(reference, from)?, year(reference, to)?);
    if to <= from {
        return Err(format!("`{reference}`: a change runs from an earlier year to a later one"));
    }
    let region = eurostat::geo_region(geo).map_err(|e| format!("`{reference}`: {e}"))?;
    let at = |y| egised_found(data, geo, isco, s, y).map_err(|e| format!("`{reference}`: {e}"));
    let (start, end) = (at(from)?, at(to)?);
    // A break in any year after the start, up to and including the end, means the two years were measured
    // under different rules.
    let mut crossed = Vec::new();
    for y in from + 1..=to {
        if at(y)?.flags.contains(StatFlag::Break) {
            crossed.push(y);
        }
    }
    if let Some(y) = crossed.first()
        && !across
    {
        return Err(format!(
            "`{reference}`: Eurostat marks a break in the series in {y} ({}), so this change compares two different \
             ways of measuring: start in {y} or later, or end the reference in `:across-break` and say so plainly",
            at(*y)?.origin
        ));
    }
    if across && crossed.is_empty() {
        return Err(format!("`{reference}`: `:across-break`, but the change crosses no break: drop it"));
    }
    let value = match (start.value, end.value) {
        (Some(a), Some(b)) if a > 0.0 => Some(tenth(100.0 * (b - a) / a)),
        _ => None,
    };
    let mut flags = eurostat::union(start.flags, end.flags);
    if !crossed.is_empty() {
        flags = eurostat::union(flags, Flags::parse("b")?);
    }
    let origin = format!("from {}; to {}", start.origin, end.origin);
    let mut cell = Cell::plain(
        value,
        Unit::PercentChange,
        Period::Span(from, to),
        region.clone(),
        SourceKey::Egised(region),
        origin,
    );
    cell.flags = flags;
    cell.derived = true;
    cell.notes.push(Note::Change { from, to });
    if start.flags.contains(StatFlag::Break) {
        cell.notes.push(Note::BreakAtStart(from));
    }
    cell.notes.extend(crossed.iter().map(|y| Note::BreakCrossed(*y)));
    // The other flags of either year (`d`, `p`, `e`); breaks are said above.
    let others = eurostat::union(start.flags, end.flags);
    cell.notes.extend(flag_notes(others, to).into_iter().filter(|n| !matches!(n, Note::Break(_))));
    Ok(Datum::Cell(Box::new(cell)))
}

fn ses(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let p = parts(reference, rest, 3)?;
    let [geo, isco, s] = p[..] else { return Err(bad(reference)) };
    isco_major(reference, isco)?;
    sex(reference, s, &["M", "F"]).map_err(|e| format!("{e} (the chart gives no figure for both sexes)"))?;
    let region = eurostat::geo_region(geo).map_err(|e| format!("`{reference}`: {e}"))?;
    let found = data.ses.cell(geo, isco, s).map_err(|e| format!("`{reference}`: {e}"))?;
    let mut cell = Cell::plain(
        found.value,
        Unit::CurrencyPerHour,
        Period::Year(2018),
        region.clone(),
        SourceKey::Ses(region),
        found.origin,
    );
    cell.currency = Some(Currency::parse("EUR")?);
    Ok(Datum::Cell(Box::new(cell)))
}

fn urgaed(data: &Data, reference: &str, rest: &str) -> Result<Datum> {
    let p = parts(reference, rest, 5)?;
    let [geo, age, isced, s, y] = p[..] else { return Err(bad(reference)) };
    sex(reference, s, &["T", "M", "F"])?;
    let y = year(reference, y)?;
    let region = eurostat::geo_region(geo).map_err(|e| format!("`{reference}`: {e}"))?;
    let key = [("freq", "A"), ("unit", "PC"), ("sex", s), ("age", age), ("isced11", isced), ("geo", geo)];
    let found = data.urgaed.cell(&key, y).map_err(|e| format!("`{reference}`: {e}"))?;
    let mut cell = Cell::plain(
        found.value,
        Unit::Percent,
        Period::Year(y),
        region.clone(),
        SourceKey::Urgaed(region),
        found.origin,
    );
    cell.flags = found.flags;
    cell.notes = flag_notes(found.flags, y);
    cell.series = Some((format!("urgaed:{geo}:{age}:{isced}:{s}"), found.breaks));
    Ok(Datum::Cell(Box::new(cell)))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::data;
    use super::*;

    fn cell(reference: &str) -> Cell {
        match resolve(&data(), reference).unwrap() {
            Datum::Cell(c) => *c,
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

    #[test]
    fn eurostat_counts_are_people_with_their_flags_and_gaps_have_no_value() {
        let c = cell("egised:BE:OC2:F:2021");
        assert_eq!((c.value, c.unit, c.region.as_str()), (Some(705_700.0), Unit::People, "BE"));
        assert_eq!((c.flags.to_string().as_str(), c.notes.clone()), ("b", vec![Note::Break(2021)]));
        assert_eq!(c.source.entry().source.id, "eurostat-lfsa-egised-be");
        assert!(c.origin.contains("estat_lfsa_egised.tsv line 3") && c.origin.contains("`705.7 b`"), "{}", c.origin);
        let gap = cell("egised:BE:OC0:F:2021");
        assert_eq!((gap.value, gap.flags.to_string().as_str()), (None, "ub"));
        assert!(gap.figure("r").unwrap_err().contains("no value"));
        assert!(resolve(&data(), "egised:BE:OC2:X:2021").unwrap_err().contains("sex"));
        assert!(resolve(&data(), "egised:BE:OC22:F:2021").unwrap_err().contains("major group"));
        assert!(resolve(&data(), "egised:EA20:OC2:F:2021").unwrap_err().contains("region code"));
    }

    #[test]
    fn a_womens_share_is_calculated_from_two_cells_and_keeps_both_their_flags() {
        let c = cell("egised-women:BE:OC2:2023");
        assert_eq!((c.value, c.unit, c.derived), (Some(54.6), Unit::Percent, true));
        assert_eq!(c.notes, [Note::WomenShare]);
        assert!(c.origin.starts_with("women ") && c.origin.contains("everyone "), "{}", c.origin);
        let fr = cell("egised-women:FR:OC2:2021");
        assert_eq!(fr.value, Some(50.3));
        assert_eq!(fr.flags.to_string(), "bd");
        assert_eq!(fr.notes, [Note::WomenShare, Note::Break(2021), Note::DefinitionDiffers]);
        // Women are `u` where everyone is not: the share is of low reliability too.
        let lu = cell("egised-women:LU:OC6:2022");
        assert!(lu.low_reliability());
        assert_eq!(cell("egised-women:LU:OC6:2023").value, None, "a gap in either cell is a gap");
    }

    #[test]
    fn a_change_starts_after_a_break_or_says_it_crosses_one() {
        let c = cell("egised-change:BE:OC2:T:2021:2023");
        assert_eq!((c.value, c.unit, c.period), (Some(-0.2), Unit::PercentChange, Period::Span(2021, 2023)));
        assert_eq!(c.notes, [Note::Change { from: 2021, to: 2023 }, Note::BreakAtStart(2021)]);
        assert_eq!(c.flags.to_string(), "b");
        let e = resolve(&data(), "egised-change:HR:OC7:T:2021:2023").unwrap_err();
        assert!(e.contains("break in the series in 2023") && e.contains("across-break"), "{e}");
        let across = cell("egised-change:HR:OC7:T:2021:2023:across-break");
        assert_eq!(across.value, Some(-7.3));
        assert!(across.notes.contains(&Note::BreakCrossed(2023)));
        let e = resolve(&data(), "egised-change:BE:OC2:T:2022:2023:across-break").unwrap_err();
        assert!(e.contains("crosses no break"), "{e}");
        assert!(resolve(&data(), "egised-change:BE:OC2:T:2023:2021").unwrap_err().contains("earlier year"));
    }

    #[test]
    fn hourly_earnings_are_euro_for_men_or_women_in_2018() {
        let c = cell("ses:BE:OC2:F");
        assert_eq!((c.value, c.unit, c.currency.as_deref()), (Some(30.4), Unit::CurrencyPerHour, Some("EUR")));
        assert_eq!((c.period, c.region.as_str()), (Period::Year(2018), "BE"));
        assert_eq!(cell("ses:EU27_2020:TOTAL:M").region.as_str(), "EU27");
        assert!(resolve(&data(), "ses:BE:OC2:T").unwrap_err().contains("no figure for both sexes"));
        assert!(resolve(&data(), "ses:BE:OC6:F").unwrap_err().contains("no column `OC6_F`"));
    }

    #[test]
    fn unemployment_rates_keep_low_reliability_and_gaps() {
        let c = cell("urgaed:BE:Y15-24:ED0-2:T:2023");
        assert_eq!((c.value, c.unit, c.flags), (Some(25.3), Unit::Percent, Flags::default()));
        assert!(cell("urgaed:DE:Y15-24:ED5-8:T:2023").low_reliability());
        assert_eq!(cell("urgaed:LU:Y15-24:ED5-8:T:2023").value, None);
        assert_eq!(cell("urgaed:FR:Y15-24:ED0-2:T:2023").notes, [Note::DefinitionDiffers]);
    }

    #[test]
    fn eurostat_trends_give_one_reference_per_year_of_their_span() {
        let years = expand_trend(&data(), "egised:DE:TOTAL:T:2019/2023").unwrap();
        assert_eq!(years.first().map(String::as_str), Some("egised:DE:TOTAL:T:2019"));
        assert_eq!(years.len(), 5);
        assert!(expand_trend(&data(), "egised:DE:TOTAL:T:2010/2023").unwrap_err().contains("no year 2010"));
    }
}
