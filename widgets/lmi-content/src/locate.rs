//! Finds the line and column of JSON paths in a document, so semantic problems can be reported as
//! `file:line:column`. Runs only when there are problems to report, over text serde_json already accepted.

use std::collections::{HashMap, HashSet};

/// serde_json refuses JSON nested deeper than 128; the walker goes no deeper either.
const MAX_DEPTH: usize = 128;

/// Line and column (1-based, column in characters) of each wanted path found in `text`.
/// Paths use the form of [`crate::Problem::path`]: `questions[2].answer.choice`.
pub fn locate_paths(text: &str, wanted: &[&str]) -> HashMap<String, (usize, usize)> {
    let mut scan = Scanner::new(text);
    scan.wanted = wanted.iter().copied().collect();
    scan.value(&mut String::new(), 0);
    scan.found
}

/// The path of the innermost value that spans byte `offset`: where serde_json stopped on a type error.
/// Errors are reported by position; this names the field the author has to fix.
pub(crate) fn path_at(text: &str, offset: usize) -> String {
    let mut scan = Scanner::new(text);
    scan.target = Some(offset);
    scan.value(&mut String::new(), 0);
    scan.innermost.map(|(_, p)| p).unwrap_or_default()
}

/// Byte offset of serde_json's 1-based line and column (which counts bytes).
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

struct Scanner<'a> {
    text: &'a str,
    at: usize,
    wanted: HashSet<&'a str>,
    found: HashMap<String, (usize, usize)>,
    target: Option<usize>,
    /// Depth and path of the deepest value spanning `target` so far.
    innermost: Option<(usize, String)>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Scanner<'a> {
        Scanner { text, at: 0, wanted: HashSet::new(), found: HashMap::new(), target: None, innermost: None }
    }

    fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    fn skip_ws(&mut self) {
        while self.at < self.text.len() && self.bytes()[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }

    fn record(&mut self, path: &str) {
        if self.wanted.contains(path) && !self.found.contains_key(path) {
            let before = &self.text[..self.at];
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let col = self.text[line_start..self.at].chars().count() + 1;
            self.found.insert(path.to_owned(), (line, col));
        }
    }

    fn value(&mut self, path: &mut String, depth: usize) {
        if depth > MAX_DEPTH {
            self.at = self.text.len(); // deeper than serde_json reads: stop rather than exhaust the stack
            return;
        }
        self.skip_ws();
        self.record(path);
        let start = self.at;
        match self.bytes().get(self.at) {
            Some(b'{') => self.object(path, depth),
            Some(b'[') => self.array(path, depth),
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while self.at < self.text.len() && !matches!(self.bytes()[self.at], b',' | b'}' | b']') {
                    self.at += 1;
                }
            }
            None => {}
        }
        if let Some(target) = self.target
            && (start..=self.at).contains(&target)
            && self.innermost.as_ref().is_none_or(|(d, _)| depth >= *d)
        {
            self.innermost = Some((depth, path.clone()));
        }
    }

    /// Skips a string and returns its raw text, quotes included.
    fn string(&mut self) -> &str {
        let start = self.at;
        self.at += 1;
        while self.at < self.text.len() {
            match self.bytes()[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    break;
                }
                _ => self.at += 1,
            }
        }
        &self.text[start..self.at.min(self.text.len())]
    }

    fn object(&mut self, path: &mut String, depth: usize) {
        self.at += 1;
        loop {
            self.skip_ws();
            match self.bytes().get(self.at) {
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
            let raw = self.string().to_owned();
            let key: String = serde_json::from_str(&raw).unwrap_or_default();
            self.skip_ws();
            self.at += 1; // the colon
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&key);
            self.value(path, depth + 1);
            path.truncate(len);
        }
    }

    fn array(&mut self, path: &mut String, depth: usize) {
        self.at += 1;
        let mut index = 0;
        loop {
            self.skip_ws();
            match self.bytes().get(self.at) {
                Some(b']') | None => {
                    self.at += 1;
                    return;
                }
                Some(b',') => {
                    self.at += 1;
                    continue;
                }
                _ => {}
            }
            let len = path.len();
            path.push_str(&format!("[{index}]"));
            let before = self.at;
            self.value(path, depth + 1);
            if self.at == before {
                self.at += 1; // a stray `}` in an array: step over it rather than loop in place
            }
            path.truncate(len);
            index += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\\\"]\"}],\n  \"é\": {\"c\": null}\n}";
        let found = locate_paths(text, &["a[1].b", "é.c", "", "a[0]", "missing"]);
        assert_eq!(found["a[1].b"], (2, 18));
        assert_eq!(found["é.c"], (3, 14));
        assert_eq!(found[""], (1, 1));
        assert_eq!(found["a[0]"], (2, 9));
        assert!(!found.contains_key("missing"));
    }

    #[test]
    fn innermost_path_at_an_offset() {
        let text = "{\"a\": [1, {\"b\": \"yes\"}], \"c\": {}}";
        let check = |needle: &str, want: &str| {
            let offset = text.find(needle).unwrap() + needle.len();
            assert_eq!(path_at(text, offset), want, "{needle}");
        };
        check("\"yes\"", "a[1].b");
        check("[1", "a[0]");
        check("{}", "c");
        assert_eq!(offset_of("ab\ncd", 2, 2), 4);
    }
}
