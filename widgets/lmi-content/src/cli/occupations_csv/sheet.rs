//! One CSV file as a webmaster's spreadsheet program wrote it, read without guessing: the encoding and the
//! delimiter are named (a UTF-8 byte order mark is skipped and said so; Latin-1 or any other invalid UTF-8 is
//! refused with its byte offset, line and column; `;` is used when the header row is written with it), and
//! every row keeps the line it starts on, so that each message can say `file:line:column`.

use std::collections::HashMap;

use super::columns::Col;
use crate::{Lang, LocalText};

/// A file read into rows, with what was noticed about it on the way.
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
    /// Every row below the header that is not blank.
    pub rows: Vec<Row>,
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

impl Sheet {
    /// Reads `bytes` (the whole file) against the columns of its kind. `Err` is one fatal message: nothing
    /// of a file with a wrong encoding or an unknown header can be trusted, so no row of it is used.
    pub fn read(name: &str, bytes: &[u8], columns: &[Col], required: &[&str]) -> Result<Sheet, String> {
        let (text, bom) = decode(name, bytes)?;
        let lines: Vec<&str> = text.split('\n').collect();
        let line_no = |i: usize| i + 1;
        // The preamble: `#` lines (possibly quoted by a spreadsheet program) and Excel's `sep=` hint.
        let mut declared = None;
        let mut first = 0;
        let mut raw_preamble = Vec::new();
        while first < lines.len() {
            let line = lines[first].trim_end_matches('\r');
            let trimmed = line.trim_start();
            if let Some(sep) = trimmed.strip_prefix("sep=").filter(|_| first == 0) {
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
                raw_preamble.push((line_no(first), line));
            } else if !trimmed.trim_matches([',', ';', '\t']).is_empty() {
                break;
            }
            first += 1;
        }
        if first == lines.len() {
            return Err(format!("{name}: the file has no header row (expected columns such as `{}`)", required[0]));
        }
        let header_line = line_no(first);
        let header_text = lines[first].trim_end_matches('\r');
        let delimiter = match declared {
            Some(d) => d,
            None => detect_delimiter(name, header_line, header_text, columns)?,
        };
        let preamble = raw_preamble.into_iter().map(|(line, raw)| preamble_entry(line, raw, delimiter)).collect();
        // The table, from the header on; lines are counted from the record's first byte.
        let offset: usize = lines[..first].iter().map(|l| l.len() + 1).sum();
        let table = &text[offset..];
        let starts = line_starts(table);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(table.as_bytes());
        let mut records = Vec::new();
        for record in reader.byte_records() {
            let record = record.map_err(|e| format!("{name}: {e}"))?;
            let mut byte = record.position().map_or(0, |p| p.byte() as usize);
            while table.as_bytes().get(byte).is_some_and(|b| *b == b'\n' || *b == b'\r') {
                byte += 1;
            }
            let line = header_line + starts.partition_point(|s| *s <= byte) - 1;
            // Valid UTF-8 already: the whole text was checked.
            let fields = record.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
            records.push(Row { line, fields });
        }
        let mut rows = records.into_iter();
        let header_row = rows.next().ok_or_else(|| format!("{name}: the file has no header row"))?;
        let header: Vec<String> = header_row.fields.iter().map(|h| h.trim().to_owned()).collect();
        let index = check_header(name, header_line, &header, columns, required)?;
        let width = header.len();
        let mut kept = Vec::new();
        for row in rows {
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
                    delimiter as char
                ));
            }
            let unnamed = header.iter().zip(&row.fields).position(|(h, f)| h.is_empty() && !f.trim().is_empty());
            if let Some(i) = unnamed {
                return Err(format!(
                    "{name}:{}:{}: a value in a column without a name in the header row: name the column or empty it",
                    row.line,
                    i + 1
                ));
            }
            kept.push(row);
        }
        Ok(Sheet {
            name: name.to_owned(),
            delimiter,
            bom,
            preamble,
            header,
            header_line,
            index,
            rows: kept,
            ignored_languages: Vec::new(),
        })
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
        let col = self.index.get(column).map_or(1, |i| i + 1);
        format!("{}:{}:{col}", self.name, row.line)
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

/// The text of `bytes`: UTF-8, with a byte order mark skipped. UTF-16 and invalid UTF-8 are refused, with
/// where the first bad byte is and what the usual cause is.
fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<(&'a str, bool), String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(format!(
            "{name}: the file is UTF-16 (it starts with a UTF-16 byte order mark), expected UTF-8: \
             save it as \"CSV UTF-8 (comma delimited)\""
        ));
    }
    let (body, bom) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    match std::str::from_utf8(body) {
        Ok(text) => Ok((text, bom)),
        Err(e) => {
            let at = e.valid_up_to();
            let before = std::str::from_utf8(&body[..at]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            let byte = body[at];
            let offset = at + if bom { 3 } else { 0 };
            let latin1 = if byte >= 0xA0 {
                format!(" In Latin-1 (ISO 8859-1) or Windows-1252 it would be `{}`:", byte as char)
            } else if byte >= 0x80 {
                " It is a Windows-1252 character:".to_owned()
            } else {
                String::new()
            };
            Err(format!(
                "{name}:{line}:{column}: byte 0x{byte:02X} at byte offset {offset} is not UTF-8.{latin1} the file \
                 is not UTF-8 (Latin-1 and Windows-1252 are what spreadsheet programs often write); save it as \
                 \"CSV UTF-8\" and import it again"
            ))
        }
    }
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

/// The byte offset each line of `text` starts at.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
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
}
