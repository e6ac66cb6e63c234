//! Reading the raw CSV and tab-separated files, with errors that name the file and the line.

use std::collections::HashMap;
use std::fmt::Display;
use std::path::Path;

use crate::util::Result;

/// A delimited file held in memory, its columns addressed by header name.
pub struct Table {
    /// The path relative to the data folder, for messages.
    name: String,
    columns: HashMap<String, usize>,
    records: Vec<csv::StringRecord>,
}

/// Reads a comma-separated file (`rel` is relative to `data`) that must have the `need`ed columns.
pub fn read_csv(data: &Path, rel: &str, need: &[&str]) -> Result<Table> {
    read(data, rel, b',', true, need)
}

/// Reads a tab-separated O*NET file; O*NET text fields are never quoted.
pub fn read_tsv(data: &Path, rel: &str, need: &[&str]) -> Result<Table> {
    read(data, rel, b'\t', false, need)
}

fn read(data: &Path, rel: &str, delimiter: u8, quoting: bool, need: &[&str]) -> Result<Table> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quoting(quoting)
        .from_path(data.join(rel))
        .map_err(|e| format!("{rel}: {e}"))?;
    let headers = reader.headers().map_err(|e| format!("{rel}: {e}"))?;
    let columns: HashMap<String, usize> =
        headers.iter().enumerate().map(|(i, h)| (h.trim_start_matches('\u{feff}').to_owned(), i)).collect();
    if let Some(missing) = need.iter().find(|c| !columns.contains_key(**c)) {
        return Err(format!("{rel}: no column `{missing}`"));
    }
    let records = reader.records().collect::<std::result::Result<Vec<_>, _>>().map_err(|e| format!("{rel}: {e}"))?;
    Ok(Table { name: rel.to_owned(), columns, records })
}

impl Table {
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().map(move |record| Row { table: self, record })
    }
}

/// One record of a [`Table`].
pub struct Row<'a> {
    table: &'a Table,
    record: &'a csv::StringRecord,
}

impl<'a> Row<'a> {
    /// The raw cell; columns are checked when the file is read, so a name outside `need` is a bug.
    pub fn get(&self, column: &str) -> &'a str {
        debug_assert!(self.table.columns.contains_key(column), "column `{column}` was not asked for");
        self.table.columns.get(column).and_then(|&i| self.record.get(i)).unwrap_or("")
    }

    /// A number, or `None` where the publisher left the cell empty or wrote `-` (not published).
    pub fn number(&self, column: &str) -> Result<Option<f64>> {
        match self.get(column).trim() {
            "" | "-" => Ok(None),
            s => s.parse().map(Some).map_err(|_| self.error(format!("`{s}` in column `{column}` is not a number"))),
        }
    }

    /// A number that must be there.
    pub fn required_number(&self, column: &str) -> Result<f64> {
        self.number(column)?.ok_or_else(|| self.error(format!("column `{column}` is empty")))
    }

    /// A message naming the file and the line the record starts on.
    pub fn error(&self, message: impl Display) -> String {
        let line = self.record.position().map_or(0, |p| p.line());
        format!("{} line {line}: {message}", self.table.name)
    }
}
