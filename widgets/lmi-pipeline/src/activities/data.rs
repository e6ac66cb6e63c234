//! The raw tables the activities read, parsed once and keyed by the column a reference names.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::eurostat::{EGISED_FILE, SES_FILE, SesChart, Tsv, URGAED_FILE};
use crate::util::Result;

/// The raw files, relative to the data folder.
pub const CPS_FILE: &str = "bls_cps_women_by_occupation/cpsaat11_2022_women_share_by_occupation_clean.csv";
pub const OEWS_FILE: &str = "bls_oews/oews_national_cross_industry_may2025.csv";
pub const EP_FILE: &str = "bls_employment_projections/bls_ep_occupation_projections_2023_2033_clean.csv";
/// EU-LFS employment by ISCO minor group, per country code as used in references (`lfs:GB:…`).
pub const LFS_FILES: [(&str, &str); 3] = [
    ("GB", "eu_lfs_nesta/uk_employment_by_isco3_2014_2018.csv"),
    ("FR", "eu_lfs_nesta/fra_employment_by_isco3_2014_2018.csv"),
    ("IT", "eu_lfs_nesta/ita_employment_by_isco3_2014_2018.csv"),
];

/// One CSV file with a unique key column: errors name the file, the line and the column.
#[derive(Debug)]
pub struct Table {
    /// The path relative to the data folder, as named in errors.
    pub file: String,
    columns: Vec<String>,
    rows: Vec<Row>,
    by_key: BTreeMap<String, usize>,
}

#[derive(Debug)]
pub struct Row {
    /// The line in the file (the header is line 1).
    pub line: u64,
    fields: Vec<String>,
}

impl Table {
    /// Reads `reader` (a CSV file with a header row) and indexes it by `key_column`; a repeated key is an error.
    pub fn parse(file: &str, key_column: &str, reader: impl Read) -> Result<Table> {
        let mut csv = csv::Reader::from_reader(reader);
        let columns: Vec<String> = csv
            .headers()
            .map_err(|e| format!("{file}: {e}"))?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_owned())
            .collect();
        let key = columns.iter().position(|c| c == key_column).ok_or_else(|| no_column(file, key_column))?;
        let mut table = Table { file: file.to_owned(), columns, rows: Vec::new(), by_key: BTreeMap::new() };
        for record in csv.records() {
            let record = record.map_err(|e| format!("{file}: {e}"))?;
            let line = record.position().map_or(0, |p| p.line());
            let fields: Vec<String> = record.iter().map(|f| f.trim().to_owned()).collect();
            let k = fields.get(key).cloned().unwrap_or_default();
            if table.by_key.insert(k.clone(), table.rows.len()).is_some() {
                return Err(format!("{file} line {line}: `{k}` appears twice in column `{key_column}`"));
            }
            table.rows.push(Row { line, fields });
        }
        Ok(table)
    }

    /// Reads `dir/file` with [`Table::parse`].
    pub fn load(dir: &Path, file: &str, key_column: &str) -> Result<Table> {
        let handle = std::fs::File::open(dir.join(file)).map_err(|e| format!("{}: {e}", dir.join(file).display()))?;
        Table::parse(file, key_column, handle)
    }

    /// The row whose key column holds `key`.
    pub fn row(&self, key: &str) -> Option<&Row> {
        self.by_key.get(key).map(|&i| &self.rows[i])
    }

    /// The header, in file order.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The text in `column` of `row`.
    pub fn text<'a>(&self, row: &'a Row, column: &str) -> Result<&'a str> {
        let i = self.columns.iter().position(|c| c == column).ok_or_else(|| no_column(&self.file, column))?;
        Ok(row.fields.get(i).map_or("", String::as_str))
    }

    /// The number in `column` of `row`; `None` where the publisher left the cell empty or masked it
    /// (`-`, `–`, `x`).
    pub fn number(&self, row: &Row, column: &str) -> Result<Option<f64>> {
        let text = self.text(row, column)?;
        if matches!(text, "" | "-" | "–" | "x" | "X") {
            return Ok(None);
        }
        text.parse::<f64>()
            .map(Some)
            .map_err(|_| format!("{} line {}: `{text}` in column `{column}` is not a number", self.file, row.line))
    }

    /// `file line N`, for messages about a row.
    pub fn at(&self, row: &Row) -> String {
        format!("{} line {}", self.file, row.line)
    }
}

fn no_column(file: &str, column: &str) -> String {
    format!("{file} has no column `{column}`")
}

/// Every raw table a reference can point into.
#[derive(Debug)]
pub struct Data {
    /// CPS 2022 women's share, by occupation title.
    pub cps: Table,
    /// OEWS May 2025 national wages, by SOC code.
    pub oews: Table,
    /// Employment Projections 2023–2033, by SOC code.
    pub ep: Table,
    /// EU-LFS employment by ISCO-08 minor group, by country code, each by 3-digit ISCO code.
    pub lfs: BTreeMap<String, Table>,
    /// Eurostat `lfsa_egised`: employment by sex, age, ISCO-08 major group and education, with flags.
    pub egised: Tsv,
    /// Eurostat `lfsa_urgaed`: unemployment rates by sex, age and education, with flags.
    pub urgaed: Tsv,
    /// Eurostat SES 2018 mean hourly earnings by sex and ISCO-08 major group (chart data).
    pub ses: SesChart,
}

impl Data {
    /// Reads every table from the data folder `dir`.
    pub fn load(dir: &Path) -> Result<Data> {
        let mut lfs = BTreeMap::new();
        for (country, file) in LFS_FILES {
            lfs.insert(country.to_owned(), Table::load(dir, file, "isco_code")?);
        }
        Ok(Data {
            cps: Table::load(dir, CPS_FILE, "occupation")?,
            oews: Table::load(dir, OEWS_FILE, "soc_code")?,
            ep: Table::load(dir, EP_FILE, "soc_code")?,
            lfs,
            egised: Tsv::load(dir, EGISED_FILE)?,
            urgaed: Tsv::load(dir, URGAED_FILE)?,
            ses: SesChart::load(dir, SES_FILE)?,
        })
    }
}
