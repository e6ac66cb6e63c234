//! Eurostat's files as published, read cell by cell with their flags: the bulk TSV layout of `lfsa_egised` and
//! `lfsa_urgaed` (`freq,age,…,geo\TIME_PERIOD` then one column per year, cells `718.7 b` or `: u`), and the chart
//! data of "The life of women and men in Europe – 2021 edition" (`;`-separated, decimal comma).
//!
//! Nothing here rounds, fills or converts a value: a cell is its number (or `None` for Eurostat's `:`), its
//! flags and the text it was read from, with the file and line for messages.

use std::collections::BTreeMap;
use std::path::Path;

use lmi_content::{Flags, Region};

use crate::util::Result;

/// The raw files, relative to the data folder (`shared/data`).
pub const EGISED_FILE: &str = "eurostat/raw/eurostat/estat_lfsa_egised.tsv";
pub const URGAED_FILE: &str = "eurostat/raw/eurostat/estat_lfsa_urgaed.tsv";
pub const SES_FILE: &str = "eurostat/raw/eurostat_womenmen2021/02_04_02_data.csv";

/// A Eurostat geo code as the region a figure gives: ISO 3166-1 codes where Eurostat uses its own (`EL` → `GR`,
/// `UK` → `GB`), `EU27_2020` → `EU27`; aggregates without a region code (`EA20`) are refused.
pub fn geo_region(geo: &str) -> Result<Region> {
    let code = match geo {
        "EU27_2020" => "EU27",
        "EL" => "GR",
        "UK" => "GB",
        g if g.len() == 2 => g,
        g => return Err(format!("Eurostat geo `{g}` has no region code (a country, or EU27_2020)")),
    };
    Region::parse(code)
}

/// The union of two sets of flags.
pub fn union(a: Flags, b: Flags) -> Flags {
    Flags::parse(&format!("{a}{b}")).unwrap_or(a)
}

/// One published cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// `None` where Eurostat publishes `:` (not available).
    pub value: Option<f64>,
    pub flags: Flags,
    /// `file line N `key` year: `cell``, for messages and caveats' origins.
    pub origin: String,
    /// The years in which the cell's series carries a break (`b`), so a comparison of two of its years can
    /// tell whether it crosses one. Empty for files without flags.
    pub breaks: Vec<i32>,
}

/// A Eurostat bulk TSV file: one row per series key, one column per year.
#[derive(Debug)]
pub struct Tsv {
    pub file: String,
    /// The key's dimensions in file order: `freq, age, sex, isco08, isced11, unit, geo`.
    dims: Vec<String>,
    years: Vec<i32>,
    /// Series key as written (`A,Y_GE15,T,OC2,TOTAL,THS_PER,BE`) → its line and its cells as written.
    rows: BTreeMap<String, (u64, Vec<String>)>,
}

impl Tsv {
    /// Reads the text of a bulk TSV file (CRLF or LF line ends).
    pub fn parse(file: &str, text: &str) -> Result<Tsv> {
        let mut lines = text.lines();
        let header = lines.next().ok_or_else(|| format!("{file}: empty"))?;
        let mut columns = header.split('\t');
        let key = columns.next().unwrap_or_default();
        let (dims, time) =
            key.split_once('\\').ok_or_else(|| format!("{file}: the header `{key}` is not `dims\\TIME_PERIOD`"))?;
        if time.trim() != "TIME_PERIOD" {
            return Err(format!("{file}: the header names `{time}`, not TIME_PERIOD, across the columns"));
        }
        let dims: Vec<String> = dims.split(',').map(|d| d.trim_start_matches('\u{feff}').to_owned()).collect();
        let years = columns
            .map(|y| y.trim().parse::<i32>().map_err(|_| format!("{file}: header column `{y}` is not a year")))
            .collect::<Result<Vec<_>>>()?;
        let mut rows = BTreeMap::new();
        for (i, line) in lines.enumerate() {
            let number = i as u64 + 2;
            if line.trim().is_empty() {
                continue;
            }
            let mut cells = line.split('\t');
            let key = cells.next().unwrap_or_default().to_owned();
            let cells: Vec<String> = cells.map(|c| c.trim().to_owned()).collect();
            if key.split(',').count() != dims.len() || cells.len() != years.len() {
                return Err(format!(
                    "{file} line {number}: expected {} key parts and {} cells",
                    dims.len(),
                    years.len()
                ));
            }
            if rows.insert(key.clone(), (number, cells)).is_some() {
                return Err(format!("{file} line {number}: the series `{key}` appears twice"));
            }
        }
        Ok(Tsv { file: file.to_owned(), dims, years, rows })
    }

    /// Reads `dir/file` with [`Tsv::parse`].
    pub fn load(dir: &Path, file: &str) -> Result<Tsv> {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Tsv::parse(file, &text)
    }

    /// The years across the columns, in file order.
    #[cfg(test)]
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    /// The cell of the series given by every dimension (`[("freq", "A"), ("geo", "BE"), …]`, any order) in `year`.
    pub fn cell(&self, key: &[(&str, &str)], year: i32) -> Result<Found> {
        let mut parts = Vec::new();
        for dim in &self.dims {
            let (_, v) =
                key.iter().find(|(d, _)| d == dim).ok_or_else(|| format!("{}: no `{dim}` given", self.file))?;
            parts.push(*v);
        }
        let key = parts.join(",");
        let (line, cells) = self.rows.get(&key).ok_or_else(|| format!("{} has no series `{key}`", self.file))?;
        let column =
            self.years.iter().position(|y| *y == year).ok_or_else(|| format!("{} has no year {year}", self.file))?;
        let text = &cells[column];
        let origin = format!("{} line {line} `{key}` {year}: `{text}`", self.file);
        let (value, flags) = split_cell(text).map_err(|e| format!("{origin}: {e}"))?;
        let mut breaks = Vec::new();
        for (y, c) in self.years.iter().zip(cells) {
            let (_, f) = split_cell(c).map_err(|e| format!("{} line {line} `{key}` {y}: {e}", self.file))?;
            if f.contains(lmi_content::StatFlag::Break) {
                breaks.push(*y);
            }
        }
        Ok(Found { value, flags, origin, breaks })
    }
}

/// `718.7 b` → (Some(718.7), b); `: u` → (None, u); `12.3` → (Some(12.3), none).
pub fn split_cell(text: &str) -> Result<(Option<f64>, Flags)> {
    let (number, letters) = text.split_once(' ').unwrap_or((text, ""));
    let flags = Flags::parse(letters)?;
    let value = match number {
        ":" => None,
        n => Some(n.parse::<f64>().map_err(|_| format!("`{n}` is not a number"))?),
    };
    Ok((value, flags))
}

/// The chart data of "Mean hourly wages by profession, 2018": one row per country, columns `OC2_F` …
#[derive(Debug)]
pub struct SesChart {
    pub file: String,
    columns: Vec<String>,
    /// `countryCode` → its line and cells as written.
    rows: BTreeMap<String, (u64, Vec<String>)>,
}

impl SesChart {
    pub fn parse(file: &str, text: &str) -> Result<SesChart> {
        let mut csv = csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
        let columns: Vec<String> = csv
            .headers()
            .map_err(|e| format!("{file}: {e}"))?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_owned())
            .collect();
        if columns.first().map(String::as_str) != Some("countryCode") {
            return Err(format!("{file}: the first column is not `countryCode`"));
        }
        let mut rows = BTreeMap::new();
        for record in csv.records() {
            let record = record.map_err(|e| format!("{file}: {e}"))?;
            let line = record.position().map_or(0, |p| p.line());
            let fields: Vec<String> = record.iter().map(|f| f.trim().to_owned()).collect();
            let geo = fields.first().cloned().unwrap_or_default();
            if rows.insert(geo.clone(), (line, fields)).is_some() {
                return Err(format!("{file} line {line}: `{geo}` appears twice"));
            }
        }
        Ok(SesChart { file: file.to_owned(), columns, rows })
    }

    pub fn load(dir: &Path, file: &str) -> Result<SesChart> {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        SesChart::parse(file, &text)
    }

    /// Mean hourly earnings of `sex` (`M`, `F`) in `isco` (`TOTAL`, `OC1` …) in `geo`: the cell with its decimal
    /// comma read as a decimal point. The file publishes no flags; an empty cell is `None`.
    pub fn cell(&self, geo: &str, isco: &str, sex: &str) -> Result<Found> {
        let column = format!("{isco}_{sex}");
        let i = self.columns.iter().position(|c| *c == column).ok_or_else(|| {
            format!("{} has no column `{column}` (it has TOTAL, OC1–OC5 and OC7–OC9, for M and F only)", self.file)
        })?;
        let (line, fields) = self.rows.get(geo).ok_or_else(|| format!("{} has no row `{geo}`", self.file))?;
        let text = fields.get(i).map_or("", String::as_str);
        let origin = format!("{} line {line} `{geo}` column `{column}`: `{text}`", self.file);
        let value = match text {
            "" | ":" => None,
            t => Some(t.replace(',', ".").parse::<f64>().map_err(|_| format!("{origin}: not a number"))?),
        };
        Ok(Found { value, flags: Flags::default(), origin, breaks: Vec::new() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real lines of the raw files, copied unchanged (the egised ones with their CRLF line ends).
    pub const EGISED: &str = "freq,age,sex,isco08,isced11,unit,geo\\TIME_PERIOD\t2020 \t2021 \t2022 \t2023 \r\n\
A,Y_GE15,F,OC2,TOTAL,THS_PER,BE\t689.7 \t705.7 b\t721.9 \t718.7 \r\n\
A,Y_GE15,T,OC0,TOTAL,THS_PER,BE\t: \t: bu\t10.0 u\t: \r\n";

    #[test]
    fn cells_keep_their_flags_and_gaps_stay_empty() {
        let t = Tsv::parse("egised.tsv", EGISED).unwrap();
        assert_eq!(t.years(), [2020, 2021, 2022, 2023]);
        let key = |sex, isco| {
            [
                ("freq", "A"),
                ("age", "Y_GE15"),
                ("sex", sex),
                ("isco08", isco),
                ("isced11", "TOTAL"),
                ("unit", "THS_PER"),
                ("geo", "BE"),
            ]
        };
        let c = t.cell(&key("F", "OC2"), 2021).unwrap();
        assert_eq!((c.value, c.flags.to_string().as_str()), (Some(705.7), "b"));
        assert_eq!(c.origin, "egised.tsv line 2 `A,Y_GE15,F,OC2,TOTAL,THS_PER,BE` 2021: `705.7 b`");
        assert_eq!(t.cell(&key("F", "OC2"), 2023).unwrap().flags, Flags::default());
        let gap = t.cell(&key("T", "OC0"), 2021).unwrap();
        assert_eq!((gap.value, gap.flags.to_string().as_str()), (None, "ub"));
        assert_eq!(t.cell(&key("T", "OC0"), 2022).unwrap().value, Some(10.0));
        assert!(t.cell(&key("M", "OC2"), 2021).unwrap_err().contains("no series"));
        assert!(t.cell(&key("F", "OC2"), 2019).unwrap_err().contains("no year 2019"));
    }

    #[test]
    fn geo_codes_become_iso_regions() {
        assert_eq!(geo_region("EL").unwrap().as_str(), "GR");
        assert_eq!(geo_region("EU27_2020").unwrap().as_str(), "EU27");
        assert_eq!(geo_region("BE").unwrap().as_str(), "BE");
        assert!(geo_region("EA20").is_err());
        let bu = union(Flags::parse("b").unwrap(), Flags::parse("u").unwrap());
        assert_eq!(bu, Flags::parse("bu").unwrap());
    }

    #[test]
    fn unknown_flags_and_bad_numbers_are_errors() {
        assert!(split_cell("12.3 x").unwrap_err().contains("not a flag"));
        assert!(split_cell("abc").is_err());
        assert_eq!(split_cell(":").unwrap(), (None, Flags::default()));
    }

    #[test]
    fn the_earnings_chart_reads_decimal_commas() {
        let text = "\"countryCode\";\"TOTAL_M\";\"TOTAL_F\";\"OC2_M\";\"OC2_F\"\n\"BE\";\"20,78\";\"19,58\";\"31,33\";\"30,4\"\n";
        let s = SesChart::parse("ses.csv", text).unwrap();
        let c = s.cell("BE", "OC2", "F").unwrap();
        assert_eq!(c.value, Some(30.4));
        assert_eq!(c.origin, "ses.csv line 2 `BE` column `OC2_F`: `30,4`");
        assert!(s.cell("BE", "OC6", "F").unwrap_err().contains("no column `OC6_F`"));
        assert!(s.cell("XX", "OC2", "F").unwrap_err().contains("no row `XX`"));
    }
}
