//! Reading the cells of one row, collecting every problem of the row rather than stopping at the first, each
//! as `file:line:column: column: what was expected`, so a webmaster fixes a row in one go.

use std::fmt::Display;

use serde::de::DeserializeOwned;

use super::sheet::{Row, Sheet};
use crate::{Lang, LocalText};

/// The separator of list cells (alternative titles, skills, related codes): rare in titles, and neither of
/// the delimiters spreadsheets use.
pub const LIST: char = '|';

pub struct Check<'a> {
    pub sheet: &'a Sheet,
    pub row: &'a Row,
    pub problems: Vec<String>,
}

impl<'a> Check<'a> {
    pub fn new(sheet: &'a Sheet, row: &'a Row) -> Check<'a> {
        Check { sheet, row, problems: Vec::new() }
    }

    pub fn get(&self, column: &str) -> &'a str {
        self.sheet.get(self.row, column)
    }

    pub fn fail(&mut self, column: &str, message: impl Display) {
        self.problems.push(format!("{}: {column}: {message}", self.sheet.at(self.row, column)));
    }

    /// The problems, or `value` when there were none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<String>> {
        match value {
            Some(v) if self.problems.is_empty() => Ok(v),
            _ if self.problems.is_empty() => {
                Err(vec![format!("{}: this row could not be read", self.sheet.at(self.row, ""))])
            }
            _ => Err(self.problems),
        }
    }

    /// A cell that must be filled.
    pub fn need(&mut self, column: &str) -> Option<&'a str> {
        match self.get(column) {
            "" => {
                self.fail(column, "expected a value; the cell is empty");
                None
            }
            v => Some(v),
        }
    }

    /// A filled cell read by `read`; `None` for an empty cell or one `read` refuses (then a problem).
    pub fn parse<T>(&mut self, column: &str, read: impl FnOnce(&str) -> Result<T, String>) -> Option<T> {
        let v = self.get(column);
        if v.is_empty() {
            return None;
        }
        read(v).map_err(|e| self.fail(column, e)).ok()
    }

    /// A word of a fixed vocabulary, written as in bundles (`currency_per_year`, `survey`).
    pub fn word<T: DeserializeOwned>(&mut self, column: &str, allowed: &str) -> Option<T> {
        self.parse(column, |v| word(v).ok_or_else(|| format!("`{v}`: expected one of {allowed}")))
    }

    /// A number as it stands in the cell: digits with a `.` decimal point, or a `,` decimal comma in a
    /// `;`-separated file. Thousands separators are refused: `47,720` could be either.
    pub fn number(&mut self, column: &str) -> Option<f64> {
        let comma = self.sheet.delimiter == b';';
        self.parse(column, |v| number(v, comma))
    }

    /// A text that every language needs (an occupation's title): each missing language is a problem.
    pub fn required_text(&mut self, base: &str, langs: &[Lang]) -> LocalText {
        let text = self.sheet.text(self.row, base, langs);
        for l in langs {
            if text.get(l).is_none() {
                self.fail(
                    &format!("{base}.{l}"),
                    format!("expected the text in `{l}`: every language imported needs it"),
                );
            }
        }
        text
    }

    /// A text given in every language or in none (a caveat, a reliability reason).
    pub fn all_or_none(&mut self, base: &str, langs: &[Lang]) -> Option<LocalText> {
        let text = self.sheet.text(self.row, base, langs);
        if text.0.is_empty() {
            return None;
        }
        for l in langs {
            if text.get(l).is_none() {
                self.fail(
                    &format!("{base}.{l}"),
                    format!("expected the text in `{l}` too, as it is given in another language"),
                );
            }
        }
        Some(text)
    }

    /// A text that may be missing in some languages (a description), `None` when it is in none.
    pub fn optional_text(&self, base: &str, langs: &[Lang]) -> Option<LocalText> {
        let text = self.sheet.text(self.row, base, langs);
        (!text.0.is_empty()).then_some(text)
    }

    /// A `|`-separated list of words or codes; an empty item is a problem.
    pub fn list(&mut self, column: &str) -> Vec<String> {
        let v = self.get(column);
        if v.is_empty() {
            return Vec::new();
        }
        let items: Vec<String> = v.split(LIST).map(|s| s.trim().to_owned()).collect();
        if items.iter().any(String::is_empty) {
            self.fail(column, format!("an empty item in `{v}`: expected items separated by single `{LIST}`"));
        }
        items.into_iter().filter(|s| !s.is_empty()).collect()
    }

    /// A list of texts, one `|`-separated column per language, matched by position: the third item of
    /// `skills.essential.en` and of `skills.essential.nl` are one skill. An item may be empty in some
    /// languages (then it has none there) but not in all; with `every_language` it must be in each.
    pub fn text_list(&mut self, base: &str, langs: &[Lang], every_language: bool) -> Vec<LocalText> {
        let mut items: Vec<LocalText> = Vec::new();
        for l in langs {
            let column = format!("{base}.{l}");
            let v = self.get(&column);
            if v.is_empty() {
                continue;
            }
            for (i, part) in v.split(LIST).enumerate() {
                if items.len() <= i {
                    items.resize(i + 1, LocalText::default());
                }
                let part = part.trim();
                if !part.is_empty() {
                    items[i].0.insert(l.clone(), part.to_owned());
                }
            }
        }
        for (i, item) in items.iter().enumerate() {
            if item.0.is_empty() {
                self.fail(&format!("{base}.{}", langs[0]), format!("item {} is empty in every language", i + 1));
            } else if every_language && let Some(l) = langs.iter().find(|l| item.get(l).is_none()) {
                self.fail(
                    &format!("{base}.{l}"),
                    format!("item {} is missing in `{l}`: each item needs every language", i + 1),
                );
            }
        }
        items
    }
}

/// A snake_case word as bundles write it, as the type it names.
pub fn word<T: DeserializeOwned>(v: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(v.to_owned())).ok()
}

/// See [`Check::number`].
pub fn number(v: &str, decimal_comma: bool) -> Result<f64, String> {
    let text = if decimal_comma && !v.contains('.') { v.replacen(',', ".", 1) } else { v.to_owned() };
    let body = text.strip_prefix(['-', '+']).unwrap_or(&text);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let ok = match body.split_once('.') {
        Some((int, frac)) => digits(int) && digits(frac),
        None => digits(body),
    };
    let parsed = text.parse::<f64>().ok().filter(|n| ok && n.is_finite());
    parsed.ok_or_else(|| {
        let comma = if decimal_comma { " or 47720,5" } else { "" };
        format!("`{v}`: expected a number such as 47720 or 47720.5{comma}, without thousands separators or units")
    })
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_are_read_without_guessing() {
        assert_eq!(number("47720", false), Ok(47720.0));
        assert_eq!(number("-2.5", false), Ok(-2.5));
        assert_eq!(number("2,5", true), Ok(2.5));
        for bad in ["47,720", "1 000", "12%", "1e5", ".5", "", "$10"] {
            assert!(number(bad, false).is_err(), "{bad}");
        }
        assert!(number("47.720,5", true).is_err(), "a thousands point and a decimal comma");
    }
}
