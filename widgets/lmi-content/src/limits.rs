//! How much a bundle may hold. A bundle is data from another site: without limits a 20 MB title blocks the
//! page for seconds and a 10,000-letter word makes a quiz forty thousand pixels tall. The limits are far above
//! what real content needs (the longest text in the demo bundles has 1,440 characters, the longest word 83, a
//! German job title with its feminine form), are named in the JSON Schemas ([`max_length`], [`max_items`]),
//! checked at every load and by the validator with a message naming the field and the limit ([`scan`]), and,
//! for the bytes, enforced while the file downloads.
//!
//! The check reads the raw JSON text, before it is deserialised, so one table keyed by field name covers every
//! type, and a bundle over the limits is refused without first building it in memory.

use crate::Problem;

/// Bytes of a whole bundle file (a national list of 20,000 occupations in one language fits).
pub const MAX_BUNDLE_BYTES: u64 = 16 * 1024 * 1024;
/// Characters of one text in one language.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// Characters of one word: a run without a place to break the line.
pub const MAX_WORD_CHARS: usize = 120;
/// Characters of an address (`url`, `src`, `details`), which has no words.
pub const MAX_ADDRESS_CHARS: usize = 1_000;
/// Items of a list the table below does not name.
pub const MAX_LIST_ITEMS: usize = 500;

/// Problems reported by one scan; the first ones are enough to see what is wrong.
const MAX_REPORTED: usize = 20;
/// serde_json refuses JSON nested deeper than 128; the scan goes no deeper either.
const MAX_DEPTH: usize = 128;

/// The most items a list under the field `key` may have, and what it holds.
pub fn max_items(key: &str) -> (usize, &'static str) {
    match key {
        "questions" => (200, "questions"),
        "exercises" => (200, "exercises"),
        "datasets" => (200, "datasets"),
        "sources" => (200, "sources"),
        "options" | "items" => (20, "options"),
        "categories" | "values" | "flags" => (100, "categories"),
        "series" => (12, "series"),
        "figures" | "employment" => (50, "figures"),
        "hints" | "limitations" | "learning_outcomes" | "authors" => (50, "entries"),
        "occupations" => (50_000, "occupations"),
        "isco_groups" => (2_000, "groups"),
        _ => (MAX_LIST_ITEMS, "items"),
    }
}

/// Whether a string under the field `key` is an address rather than words.
pub fn is_address(key: &str) -> bool {
    matches!(key, "url" | "src" | "details" | "href" | "$schema")
}

/// The most characters a string under the field `key` may have.
pub fn max_length(key: &str) -> usize {
    if is_address(key) { MAX_ADDRESS_CHARS } else { MAX_TEXT_CHARS }
}

/// Every limit `text` goes over (the first [`MAX_REPORTED`]), each at its JSON path and position. Text that is
/// not JSON is scanned as far as it makes sense; the parser reports what is wrong with it.
pub fn scan(text: &str) -> Vec<Problem> {
    if text.len() as u64 > MAX_BUNDLE_BYTES {
        return vec![Problem::new(
            "",
            format!(
                "the file has {} bytes; a bundle may have at most {MAX_BUNDLE_BYTES} ({} MiB)",
                text.len(),
                MAX_BUNDLE_BYTES / (1024 * 1024)
            ),
        )];
    }
    scan_contents(text)
}

/// [`scan`] without the byte limit: what the importer checks a bundle it will publish split (each file it writes
/// is then read back with the byte limit).
pub(crate) fn scan_contents(text: &str) -> Vec<Problem> {
    let mut scan = Scanner { text: text.as_bytes(), at: 0, path: Vec::new(), problems: Vec::new() };
    scan.value(0);
    let Scanner { path: _, mut problems, .. } = scan;
    for p in &mut problems {
        if let Some((offset, _)) = p.position.take() {
            p.position = Some(line_and_column(text, offset));
        }
    }
    problems
}

/// A step of the path to the value being read: a field name (raw, between its quotes) or a list index.
#[derive(Clone, Copy)]
enum Step {
    Key(usize, usize),
    Index(usize),
}

struct Scanner<'a> {
    text: &'a [u8],
    at: usize,
    path: Vec<Step>,
    /// Found so far; `position` holds the byte offset until [`scan`] turns it into a line and column.
    problems: Vec<Problem>,
}

impl Scanner<'_> {
    fn skip_ws(&mut self) {
        while self.at < self.text.len() && self.text[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }

    fn full(&self) -> bool {
        self.problems.len() >= MAX_REPORTED
    }

    /// The nearest field name on the path: `url` for a source's link, `fr` for a text in `title.fr`, and
    /// `questions` for the list itself while its end is read.
    fn key(&self) -> String {
        self.path
            .iter()
            .rev()
            .find_map(|s| match *s {
                Step::Key(start, end) => Some(self.decoded(start, end)),
                Step::Index(_) => None,
            })
            .unwrap_or_default()
    }

    fn decoded(&self, start: usize, end: usize) -> String {
        let raw = String::from_utf8_lossy(&self.text[start..end]);
        if raw.contains('\\') {
            serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.into_owned())
        } else {
            raw.into_owned()
        }
    }

    fn path_text(&self) -> String {
        let mut out = String::new();
        for step in &self.path {
            match *step {
                Step::Key(start, end) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(&self.decoded(start, end));
                }
                Step::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    fn report(&mut self, offset: usize, message: String) {
        if !self.full() {
            let mut problem = Problem::new(self.path_text(), message);
            problem.position = Some((offset, 0));
            self.problems.push(problem);
        }
    }

    fn value(&mut self, depth: usize) {
        if depth > MAX_DEPTH {
            self.at = self.text.len();
            return;
        }
        self.skip_ws();
        match self.text.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => {
                let start = self.at;
                let end = self.string();
                self.check_string(start, end);
            }
            Some(_) => {
                while self.at < self.text.len() && !matches!(self.text[self.at], b',' | b'}' | b']') {
                    self.at += 1;
                }
            }
            None => {}
        }
    }

    /// Steps over a string; returns the offset of its closing quote.
    fn string(&mut self) -> usize {
        self.at += 1;
        while self.at < self.text.len() {
            match self.text[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return self.at - 1;
                }
                _ => self.at += 1,
            }
        }
        self.text.len()
    }

    fn object(&mut self, depth: usize) {
        self.at += 1;
        loop {
            self.skip_ws();
            match self.text.get(self.at) {
                Some(b'"') => {}
                Some(b',') => {
                    self.at += 1;
                    continue;
                }
                _ => {
                    self.at += 1;
                    return;
                }
            }
            let start = self.at + 1;
            let end = self.string();
            self.skip_ws();
            self.at += 1; // the colon
            self.path.push(Step::Key(start, end.min(self.text.len())));
            self.value(depth + 1);
            self.path.pop();
        }
    }

    fn array(&mut self, depth: usize) {
        let start = self.at;
        self.at += 1;
        let mut count = 0;
        loop {
            self.skip_ws();
            match self.text.get(self.at) {
                Some(b']') | None => {
                    self.at += 1;
                    break;
                }
                Some(b',') => {
                    self.at += 1;
                    continue;
                }
                _ => {}
            }
            self.path.push(Step::Index(count));
            let before = self.at;
            self.value(depth + 1);
            if self.at == before {
                self.at += 1; // a stray `}` in an array: step over it rather than loop in place
            }
            self.path.pop();
            count += 1;
        }
        let (most, what) = max_items(&self.key());
        if count > most {
            self.report(start, format!("{count} {what}; a list here may have at most {most}"));
        }
    }

    fn check_string(&mut self, start: usize, end: usize) {
        // Each character takes at least one byte: a short string cannot go over any limit.
        if end - start <= MAX_WORD_CHARS || self.full() {
            return;
        }
        let raw = String::from_utf8_lossy(&self.text[start + 1..end]);
        let decoded = if raw.contains('\\') {
            serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.into_owned())
        } else {
            raw.into_owned()
        };
        let field = self.key();
        let chars = decoded.chars().count();
        let most = max_length(&field);
        if chars > most {
            self.report(start, format!("a text of {chars} characters; a text here may have at most {most}"));
        } else if !is_address(&field)
            && let Some(word) = longest_word(&decoded).filter(|w| w.chars().count() > MAX_WORD_CHARS)
        {
            let shown: String = word.chars().take(20).collect();
            self.report(
                start,
                format!(
                    "a word of {} characters (\"{shown}…\"); a word may have at most {MAX_WORD_CHARS}",
                    word.chars().count()
                ),
            );
        }
    }
}

/// The longest run of `text` without a place where a line may break: white space, a soft hyphen, a
/// zero-width space, a hyphen, or a character of a script written without spaces (Chinese, Japanese, Thai…).
fn longest_word(text: &str) -> Option<&str> {
    text.split(|c: char| {
        c.is_whitespace()
            || matches!(c, '\u{AD}' | '\u{200B}' | '-' | '\u{2010}')
            || matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x2E80..=0xA4CF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
    })
    .max_by_key(|w| w.len())
}

/// 1-based line and column (in characters) of byte `offset`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(text: &str) -> Vec<(String, String)> {
        scan(text).into_iter().map(|p| (p.path, p.message)).collect()
    }

    #[test]
    fn real_sized_content_passes() {
        let title = "Verkäuferin / Verkäufer im Einzelhandel ".repeat(100);
        let text = format!(r#"{{"meta": {{"title": {{"de": "{title}"}}}}, "questions": [1, 2, 3]}}"#);
        assert!(scan(&text).is_empty());
    }

    #[test]
    fn a_long_text_is_named_by_its_path_and_limit() {
        let text = format!(r#"{{"questions": [{{"text": {{"en": "{}"}}}}]}}"#, "word ".repeat(1_200));
        let problems = scan(&text);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "questions[0].text.en");
        assert!(problems[0].message.contains("6000 characters") && problems[0].message.contains("5000"));
        assert_eq!(problems[0].position, Some((1, 32)), "the opening quote");
    }

    #[test]
    fn a_long_word_is_refused_but_a_long_address_is_not() {
        let word = "a".repeat(3_000);
        let url = format!("https://example.org/{}", "x".repeat(300));
        let text = format!(r#"{{"sources": [{{"url": "{url}", "title": "{word}"}}]}}"#);
        let found = paths(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "sources[0].title");
        assert!(found[0].1.contains("a word of 3000 characters"), "{}", found[0].1);
        let long_url = format!(r#"{{"url": "https://example.org/{}"}}"#, "x".repeat(2_000));
        assert!(paths(&long_url)[0].1.contains("at most 1000"));
    }

    #[test]
    fn scripts_without_spaces_are_not_one_long_word() {
        let text = format!(r#"{{"text": "{}"}}"#, "职业信息".repeat(100));
        assert!(scan(&text).is_empty());
    }

    #[test]
    fn lists_have_limits_by_what_they_hold() {
        let many = vec!["1"; 201].join(",");
        let found = paths(&format!(r#"{{"questions": [{many}], "routes": [{many}]}}"#));
        assert_eq!(found, vec![("questions".into(), "201 questions; a list here may have at most 200".into())]);
    }

    #[test]
    fn escapes_count_as_the_characters_they_stand_for() {
        let text = format!(r#"{{"a\u0062": "{}"}}"#, "\\u00e9\\u00e9 ".repeat(1_600));
        assert!(scan(&text).is_empty(), "4800 characters in 20800 bytes");
        let text = format!(r#"{{"a\u0062": "{}"}}"#, "\\u00e9 ".repeat(5_001));
        assert_eq!(paths(&text)[0].0, "ab");
    }

    #[test]
    fn reports_stop_after_the_first_twenty() {
        let item = format!(r#""{}""#, "b".repeat(200));
        let text = format!("[{}]", vec![item; 50].join(","));
        assert_eq!(scan(&text).len(), MAX_REPORTED);
    }

    #[test]
    fn text_that_is_not_json_ends_the_scan_without_panicking() {
        for text in ["", "{", "[[[[", "{\"a\": \"unterminated", "{\"a\" \"b\"}", "]]]", "\"\\"] {
            let _ = scan(text);
        }
        assert!(scan(&"[".repeat(10_000)).is_empty());
    }
}
