//! One CSV file as a webmaster's spreadsheet program wrote it, read without guessing and without holding
//! it: the encoding and the delimiter are named (a UTF-8 byte order mark is skipped and said so; Latin-1 or
//! any other invalid UTF-8 is refused with its byte offset, line and column; `;` is used when the header row
//! is written with it), and every row keeps the line it starts on, so that each message can say
//! `file:line:column`.
//!
//! [`Sheet::open`] reads the preamble and the header row only; the rows then come one at a time from
//! [`Rows::next`], through a `csv::Reader` over the buffered file. Nothing but the current row and the
//! readers' buffers is held, so a national list costs the memory of what is made from it, not of its text.
//! The byte-level UTF-8 check and line count under the reader are in `utf8_scan.rs`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::rc::Rc;

use super::columns::Col;
use super::utf8_scan::{Checked, Scan};
use crate::{Lang, LocalText};

/// A file's preamble and header, with what was noticed about it on the way; its rows are in [`Rows`].
#[derive(Debug)]
pub struct Sheet {
    /// The file as the user named it, for messages.
    pub name: String,
    pub delimiter: u8,
    /// A UTF-8 byte order mark was at the start (Excel's "CSV UTF-8" writes one) and skipped.
    pub bom: bool,
    /// `# key: value` lines above the header, each with its line.
    pub preamble: Vec<Preamble>,
    pub header: Vec<String>,
    pub header_line: usize,
    /// Column name → index, for the columns the header has.
    index: HashMap<String, usize>,
    /// The rows below the header that are not blank, read so far (all of them once [`Rows::next`] is done).
    pub rows_read: usize,
    /// Languages of per-language columns that the import leaves out (not in its languages).
    pub ignored_languages: Vec<String>,
}

#[derive(Debug)]
pub struct Preamble {
    pub line: usize,
    pub key: String,
    pub value: String,
}

#[derive(Debug)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// The rows of a [`Sheet`], read from the file one at a time.
pub struct Rows<'a> {
    reader: csv::Reader<Box<dyn Read + 'a>>,
    record: csv::ByteRecord,
    scan: Rc<RefCell<Scan>>,
    /// Where the header row starts in the file: csv positions count from there.
    table_offset: u64,
}

impl Sheet {
    /// Reads the preamble and the header of `input` (the file from its first byte) against the columns of
    /// its kind. `Err` is one fatal message: nothing of a file with a wrong encoding or an unknown header can
    /// be trusted, so no row of it is used.
    pub fn open<'a>(
        name: &str,
        input: impl Read + 'a,
        columns: &[Col],
        required: &[&str],
    ) -> Result<(Sheet, Rows<'a>), String> {
        let mut input = input;
        let mut head = Vec::with_capacity(3);
        (&mut input).take(3).read_to_end(&mut head).map_err(|e| format!("{name}: {e}"))?;
        if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            return Err(format!(
                "{name}: the file is UTF-16 (it starts with a UTF-16 byte order mark), expected UTF-8: \
                 save it as \"CSV UTF-8 (comma delimited)\""
            ));
        }
        let bom = head == [0xEF, 0xBB, 0xBF];
        if bom {
            head.clear();
        }
        let start = if bom { 3 } else { 0 };
        let scan = Rc::new(RefCell::new(Scan::new(name, start)));
        let checked = Checked { inner: Cursor::new(head).chain(input), scan: Rc::clone(&scan), failed: false };
        let mut lines = BufReader::new(checked);
        let failed = |e: std::io::Error| scan.borrow_mut().failure.take().unwrap_or_else(|| format!("{name}: {e}"));
        // The preamble: `#` lines (possibly quoted by a spreadsheet program) and Excel's `sep=` hint.
        let mut declared = None;
        let mut raw_preamble = Vec::new();
        let mut table_offset = start;
        let mut line_no = 0;
        let mut buf = Vec::new();
        let header_bytes = loop {
            buf.clear();
            let n = lines.read_until(b'\n', &mut buf).map_err(failed)?;
            if n == 0 {
                return Err(format!("{name}: the file has no header row (expected columns such as `{}`)", required[0]));
            }
            line_no += 1;
            let line = as_text(name, line_no, &buf)?;
            let trimmed = line.trim_start();
            if let Some(sep) = trimmed.strip_prefix("sep=").filter(|_| line_no == 1) {
                declared = Some(match sep.trim() {
                    "," => b',',
                    ";" => b';',
                    "\\t" | "\t" | "" => b'\t',
                    other => {
                        return Err(format!(
                            "{name}:1:5: `sep={other}`: expected `sep=,` or `sep=;` (the delimiter line Excel understands)"
                        ));
                    }
                });
            } else if trimmed.starts_with('#') || trimmed.starts_with("\"#") {
                raw_preamble.push((line_no, line.to_owned()));
            } else if !trimmed.trim_matches([',', ';', '\t']).is_empty() {
                break std::mem::take(&mut buf);
            }
            table_offset += n as u64;
        };
        let header_line = line_no;
        let delimiter = match declared {
            Some(d) => d,
            None => detect_delimiter(name, header_line, as_text(name, line_no, &header_bytes)?, columns)?,
        };
        let preamble = raw_preamble.iter().map(|(line, raw)| preamble_entry(*line, raw, delimiter)).collect();
        // The table, from the header row on: the header line already read, then the rest of the file.
        let table: Box<dyn Read + 'a> = Box::new(Cursor::new(header_bytes).chain(lines));
        let reader =
            csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(table);
        let mut rows = Rows { reader, record: csv::ByteRecord::new(), scan, table_offset };
        let header_row = rows.record(name)?.ok_or_else(|| format!("{name}: the file has no header row"))?;
        let header: Vec<String> = header_row.fields.iter().map(|h| h.trim().to_owned()).collect();
        let index = check_header(name, header_line, &header, columns, required)?;
        let sheet = Sheet {
            name: name.to_owned(),
            delimiter,
            bom,
            preamble,
            header,
            header_line,
            index,
            rows_read: 0,
            ignored_languages: Vec::new(),
        };
        Ok((sheet, rows))
    }

    /// Reads all of `bytes` at once, rows and all (for the tests of this module).
    #[cfg(test)]
    pub fn read(name: &str, bytes: &[u8], columns: &[Col], required: &[&str]) -> Result<Whole, String> {
        let (mut sheet, mut rows) = Sheet::open(name, bytes, columns, required)?;
        let mut all = Vec::new();
        while let Some(row) = rows.next(&mut sheet)? {
            all.push(row);
        }
        Ok(Whole { sheet, rows: all })
    }
    /// The trimmed value of `column` in `row`; empty when the file has no such column.
    pub fn get<'r>(&self, row: &'r Row, column: &str) -> &'r str {
        self.index.get(column).and_then(|i| row.fields.get(*i)).map_or("", |f| f.trim())
    }

    pub fn has(&self, column: &str) -> bool {
        self.index.contains_key(column)
    }

    /// `file:line:column` of `column` in `row` (the column's number, 1 for the first, A in a spreadsheet).
    pub fn at(&self, row: &Row, column: &str) -> String {
        self.at_line(row.line, column)
    }

    /// `file:line:column` of `column` in the row that starts on `line`, once the row itself is gone.
    pub fn at_line(&self, line: usize, column: &str) -> String {
        let col = self.index.get(column).map_or(1, |i| i + 1);
        format!("{}:{line}:{col}", self.name)
    }

    /// The columns named `base.<lang>` in this file, with their languages, in header order.
    pub fn languages_of(&self, base: &str) -> Vec<String> {
        let prefix = format!("{base}.");
        self.header.iter().filter_map(|h| h.strip_prefix(&prefix)).map(str::to_owned).collect()
    }

    /// `base.<lang>` for each of `langs`, the empty ones left out.
    pub fn text(&self, row: &Row, base: &str, langs: &[Lang]) -> LocalText {
        LocalText(
            langs
                .iter()
                .filter_map(|l| {
                    let v = self.get(row, &format!("{base}.{l}"));
                    (!v.is_empty()).then(|| (l.clone(), v.to_owned()))
                })
                .collect(),
        )
    }

    /// Notes what the import leaves out of this file: per-language columns of languages not imported.
    pub fn note_ignored(&mut self, columns: &[Col], langs: &[Lang]) {
        let mut ignored: Vec<String> = Vec::new();
        for c in columns.iter().filter(|c| c.per_lang) {
            for l in self.languages_of(c.name) {
                if !langs.iter().any(|x| x.as_str() == l) && !ignored.contains(&l) {
                    ignored.push(l);
                }
            }
        }
        self.ignored_languages = ignored;
    }

    /// How the file was read, for the summary: the delimiter when it is not `,`, the BOM when there was one.
    pub fn reading_notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        match self.delimiter {
            b';' => notes.push("`;` as the delimiter (the header row uses it)".to_owned()),
            b'\t' => notes.push("tab as the delimiter (the header row uses it)".to_owned()),
            _ => {}
        }
        if self.bom {
            notes.push("UTF-8 byte order mark skipped".to_owned());
        }
        if !self.ignored_languages.is_empty() {
            notes.push(format!(
                "columns in {} left out (not among the languages imported)",
                self.ignored_languages.join(", ")
            ));
        }
        notes
    }
}

/// A sheet with all its rows, as the tests of this module look at it.
#[cfg(test)]
#[derive(Debug)]
pub struct Whole {
    pub sheet: Sheet,
    pub rows: Vec<Row>,
}

#[cfg(test)]
impl std::ops::Deref for Whole {
    type Target = Sheet;
    fn deref(&self) -> &Sheet {
        &self.sheet
    }
}

impl Rows<'_> {
    /// The next row below the header that is not blank, counted in `sheet.rows_read`; `None` at the end.
    /// `Err` is one fatal message (the encoding, a value beyond the header's columns): the import stops.
    pub fn next(&mut self, sheet: &mut Sheet) -> Result<Option<Row>, String> {
        let name = sheet.name.as_str();
        let width = sheet.header.len();
        while let Some(row) = self.record(name)? {
            if row.fields.iter().all(|f| f.trim().is_empty()) {
                continue; // a blank row, as spreadsheets leave at the end
            }
            if let Some(extra) = row.fields.iter().skip(width).position(|f| !f.trim().is_empty()) {
                return Err(format!(
                    "{name}:{}:{}: this row has a value in column {} but the header has only {width} columns: \
                     a value with a `{}` in it must be in double quotes",
                    row.line,
                    width + extra + 1,
                    width + extra + 1,
                    sheet.delimiter as char
                ));
            }
            let unnamed = sheet.header.iter().zip(&row.fields).position(|(h, f)| h.is_empty() && !f.trim().is_empty());
            if let Some(i) = unnamed {
                return Err(format!(
                    "{name}:{}:{}: a value in a column without a name in the header row: name the column or empty it",
                    row.line,
                    i + 1
                ));
            }
            sheet.rows_read += 1;
            return Ok(Some(row));
        }
        Ok(None)
    }

    /// How far into the file the rows have been read, in bytes (for the progress bar).
    pub fn consumed(&self) -> u64 {
        self.table_offset + self.reader.position().byte()
    }

    /// The next CSV record, blank or not, with the line it starts on.
    fn record(&mut self, name: &str) -> Result<Option<Row>, String> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let start = self.table_offset + self.record.position().map_or(0, csv::Position::byte);
                let line = self.scan.borrow_mut().line_at(start);
                let mut fields = Vec::with_capacity(self.record.len());
                for field in &self.record {
                    // Checked as it was read (`Checked`), so this cannot fail; if it did, it would say so.
                    let text = std::str::from_utf8(field).map_err(|e| {
                        format!("{name}:{line}: byte offset {} of a value is not UTF-8", e.valid_up_to())
                    })?;
                    fields.push(text.to_owned());
                }
                Ok(Some(Row { line, fields }))
            }
            Err(e) => Err(self.scan.borrow_mut().failure.take().unwrap_or_else(|| format!("{name}: {e}"))),
        }
    }
}

/// A line of the preamble as text, without its line break.
fn as_text<'b>(name: &str, line: usize, bytes: &'b [u8]) -> Result<&'b str, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| format!("{name}:{line}:1: the line is not UTF-8"))?;
    Ok(text.strip_suffix('\n').unwrap_or(text).trim_end_matches('\r'))
}

/// The delimiter the header row is written with: of `,`, `;` and tab, the one that splits it into known
/// column names. A header that none of them splits into known names is refused, naming what was found.
fn detect_delimiter(name: &str, line: usize, header: &str, columns: &[Col]) -> Result<u8, String> {
    let known = |field: &str| {
        let f = field.trim().trim_matches('"');
        columns
            .iter()
            .any(|c| c.name == f || (c.per_lang && f.strip_prefix(c.name).is_some_and(|r| r.starts_with('.'))))
    };
    let score = |d: char| header.split(d).filter(|f| known(f)).count();
    let scores = [(b',', score(',')), (b';', score(';')), (b'\t', score('\t'))];
    let best = scores.iter().max_by_key(|(_, s)| *s).copied().unwrap_or((b',', 0));
    if best.1 == 0 || (best.1 == 1 && scores.iter().filter(|(_, s)| *s == 1).count() > 1) {
        let shown: String = header.chars().take(60).collect();
        return Err(format!(
            "{name}:{line}:1: expected a header row with columns such as `{}` separated by `,` or `;`; found `{shown}`",
            columns.iter().take(3).map(|c| c.name).collect::<Vec<_>>().join("`, `")
        ));
    }
    Ok(best.0)
}

/// Every column of the header known, none twice, the required ones there; else the first that is not.
fn check_header(
    name: &str,
    line: usize,
    header: &[String],
    columns: &[Col],
    required: &[&str],
) -> Result<HashMap<String, usize>, String> {
    let mut index = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        if h.is_empty() {
            continue; // an unnamed column, as spreadsheets leave after the last one; checked to be empty per row
        }
        let ok = columns.iter().any(|c| {
            if c.per_lang {
                h.strip_prefix(c.name).and_then(|r| r.strip_prefix('.')).is_some_and(|l| Lang::new(l).is_ok())
            } else {
                c.name == h
            }
        });
        if !ok {
            return Err(format!(
                "{name}:{line}:{}: unknown column `{h}`: expected one of {} (<lang> a language tag such as `en` or `pt-BR`)",
                i + 1,
                super::columns::described(columns)
            ));
        }
        if index.insert(h.clone(), i).is_some() {
            return Err(format!("{name}:{line}:{}: column `{h}` is there twice", i + 1));
        }
    }
    if let Some(missing) = required.iter().find(|r| !index.contains_key(**r)) {
        return Err(format!("{name}:{line}:1: no `{missing}` column: the header needs {}", required.join(", ")));
    }
    Ok(index)
}

/// A `# key: value` line. A spreadsheet program may have quoted it (a value with the delimiter in it) and
/// padded it with empty cells: the cells are joined back with the delimiter, the empty ones at the end left out.
fn preamble_entry(line: usize, raw: &str, delimiter: u8) -> Preamble {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(raw.as_bytes());
    let cells: Vec<String> = match reader.records().next() {
        Some(Ok(r)) => r.iter().map(str::to_owned).collect(),
        _ => vec![raw.to_owned()],
    };
    let last = cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
    let joined = cells[..last].join(&(delimiter as char).to_string());
    let body = joined.trim_start().trim_start_matches('#');
    match body.split_once(':') {
        Some((key, value)) => Preamble { line, key: key.trim().to_owned(), value: value.trim().to_owned() },
        // Without a `:` the line is a comment.
        None => Preamble { line, key: String::new(), value: body.trim().to_owned() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::occupations_csv::columns::{FIGURES, FIGURES_REQUIRED, SOURCES, SOURCES_REQUIRED};

    #[test]
    fn rows_keep_their_lines_across_blank_lines_and_quoted_newlines() {
        let text = "# c: 1\ncode,measure,value,unit,period,region,source\n\na,\"x\ny\",1,people,2020,US,s\n\nb,employment,2,people,2020,US,s\n";
        let sheet = Sheet::read("f.csv", text.as_bytes(), FIGURES, FIGURES_REQUIRED).unwrap();
        assert_eq!(sheet.header_line, 2);
        let lines: Vec<usize> = sheet.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 7]);
        assert_eq!(sheet.preamble[0].key, "c");
    }

    #[test]
    fn the_delimiter_and_encoding_are_named() {
        let text = "\u{feff}id;publisher;dataset;url;licence;retrieved;method;coverage;period\n";
        let sheet = Sheet::read("s.csv", text.as_bytes(), SOURCES, SOURCES_REQUIRED).unwrap();
        assert_eq!(sheet.delimiter, b';');
        assert!(sheet.bom);
        let latin1 = b"id,publisher,dataset,url,licence,retrieved,method,coverage,period\nx,Caf\xe9,a,b,c,d,e,f,g\n";
        let e = Sheet::read("s.csv", latin1, SOURCES, SOURCES_REQUIRED).unwrap_err();
        assert!(e.starts_with("s.csv:2:6: byte 0xE9 at byte offset 71 is not UTF-8"), "{e}");
        assert!(e.contains("`é`"), "{e}");
    }

    /// A reader that gives one byte per read: every character and every line break crosses a read.
    struct Trickle<'b>(&'b [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let Some((first, rest)) = self.0.split_first() else { return Ok(0) };
            if buf.is_empty() {
                return Ok(0);
            }
            buf[0] = *first;
            self.0 = rest;
            Ok(1)
        }
    }

    fn trickled(name: &str, bytes: &[u8]) -> Result<Vec<(usize, Vec<String>)>, String> {
        let (mut sheet, mut rows) = Sheet::open(name, Trickle(bytes), SOURCES, SOURCES_REQUIRED)?;
        let mut all = Vec::new();
        while let Some(row) = rows.next(&mut sheet)? {
            all.push((row.line, row.fields));
        }
        Ok(all)
    }

    #[test]
    fn rows_read_a_byte_at_a_time_are_the_rows_read_at_once() {
        let text = "\u{feff}# t: é\r\nid,publisher,dataset,url,licence,retrieved,method,coverage,period\r\n\r\n\
                    x,Café 😀,\"a\r\nb\",u,l,r,m,c,p\r\n\r\n\r\ny,Ελλάδα,d,u,l,r,m,c,p";
        let whole = Sheet::read("s.csv", text.as_bytes(), SOURCES, SOURCES_REQUIRED).unwrap();
        let at_once: Vec<(usize, Vec<String>)> = whole.rows.iter().map(|r| (r.line, r.fields.clone())).collect();
        assert_eq!(at_once.iter().map(|r| r.0).collect::<Vec<_>>(), [4, 8]);
        assert_eq!(at_once[0].1[1], "Café 😀");
        assert_eq!(trickled("s.csv", text.as_bytes()).unwrap(), at_once);
        // A bad byte after a character cut by a read, and a character cut off by the end of the file.
        let header = "id,publisher,dataset,url,licence,retrieved,method,coverage,period\n";
        let bad = [header.as_bytes(), "x,é".as_bytes(), b"\xe9,a\n"].concat();
        let e = trickled("s.csv", &bad).unwrap_err();
        assert!(e.starts_with("s.csv:2:4: byte 0xE9 at byte offset 70 is not UTF-8"), "{e}");
        let cut = [header.as_bytes(), b"x,\xf0\x9f\x98"].concat();
        let e = trickled("s.csv", &cut).unwrap_err();
        assert!(e.starts_with("s.csv:2:3: byte 0xF0 at byte offset 68 is not UTF-8"), "{e}");
        assert_eq!(Sheet::read("s.csv", &cut, SOURCES, SOURCES_REQUIRED).unwrap_err(), e);
    }
}
