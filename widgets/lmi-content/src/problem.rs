//! A problem found in a bundle, located by JSON path (and by line and column when the text is at hand).

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path in the form `questions[2].answer.choice.options[0].grade`; empty for the whole document.
    pub path: String,
    /// What is wrong and what was expected, for the person who edits the bundle.
    pub message: String,
    /// 1-based line and column of the value at `path`, when known.
    pub position: Option<(usize, usize)>,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into(), position: None }
    }

    /// `file:line:column: json.path: message`, the form editors and CI logs can jump to.
    pub fn display_in(&self, file: &str) -> String {
        let (line, col) = self.position.unwrap_or((1, 1));
        let path = if self.path.is_empty() { "(document)" } else { &self.path };
        format!("{file}:{line}:{col}: {path}: {}", self.message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() { f.write_str(&self.message) } else { write!(f, "{}: {}", self.path, self.message) }
    }
}
