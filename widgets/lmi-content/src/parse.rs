//! Text → validated [`Bundle`], or every problem found.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::validate::Ctx;
use crate::{Bundle, FormatVersion, Kind, Problem, locate_paths};

/// Why a text is not a usable bundle. The messages are for the author; widgets translate the variant.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("the file is an HTML page, not a JSON bundle: check the address")]
    Html,
    #[error("the file is not valid JSON: {0}")]
    Syntax(Problem),
    #[error("the file is not a bundle: {0}")]
    NotABundle(Problem),
    #[error("this is a `{found}` bundle, but a `{expected}` bundle is needed here", expected = expected.as_str())]
    WrongKind { expected: Kind, found: String },
    #[error("{0}")]
    Version(String),
    #[error("the bundle has {} problem(s); the first: {}", .0.len(), .0[0])]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// Every problem with a location, for the validator's report.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            LoadError::Syntax(p) | LoadError::NotABundle(p) => vec![p.clone()],
            LoadError::Invalid(ps) => ps.clone(),
            LoadError::Html => vec![Problem::new("", self.to_string())],
            LoadError::WrongKind { .. } => vec![Problem::new("kind", self.to_string())],
            LoadError::Version(_) => vec![Problem::new("format", self.to_string())],
        }
    }
}

/// Parses and validates a bundle of any kind.
pub fn parse_bundle(text: &str) -> Result<Bundle, LoadError> {
    let kind = read_head(text)?;
    parse_as(text, kind)
}

/// Parses and validates a bundle that must be of `expected` kind; any other kind is refused before the
/// rest is read.
pub fn parse_kind(text: &str, expected: Kind) -> Result<Bundle, LoadError> {
    let kind = read_head(text)?;
    if kind != expected {
        return Err(LoadError::WrongKind { expected, found: kind.as_str().to_owned() });
    }
    parse_as(text, kind)
}

/// The two fields that decide how to read the rest: `kind` and `format`.
#[derive(Deserialize)]
struct Head {
    kind: Option<Value>,
    format: Option<Value>,
}

fn read_head(text: &str) -> Result<Kind, LoadError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') {
        return Err(LoadError::Html);
    }
    let head: Head = match serde_json::from_str(text) {
        Ok(h) => h,
        Err(e) if e.is_data() => {
            return Err(LoadError::NotABundle(Problem::new("", "expected a JSON object with `kind` and `format`")));
        }
        Err(e) => return Err(LoadError::Syntax(json_problem(String::new(), &e))),
    };
    let kinds = "expected \"quiz\", \"occupations\" or \"reading\"";
    let kind = match head.kind {
        None => return Err(LoadError::NotABundle(Problem::new("kind", format!("missing `kind`: {kinds}")))),
        Some(v) => match serde_json::from_value::<Kind>(v.clone()) {
            Ok(k) => k,
            Err(_) => {
                return Err(LoadError::NotABundle(Problem::new("kind", format!("unknown kind {v}: {kinds}"))));
            }
        },
    };
    let version = match head.format {
        Some(Value::String(s)) => FormatVersion::parse(&s),
        _ => None,
    };
    match version {
        None => Err(LoadError::NotABundle(Problem::new(
            "format",
            format!("missing or malformed `format`: expected a version such as \"{}\"", crate::FORMAT_VERSION),
        ))),
        Some(v) => match v.incompatibility() {
            Some(why) => Err(LoadError::Version(why)),
            None => Ok(kind),
        },
    }
}

fn parse_as(text: &str, kind: Kind) -> Result<Bundle, LoadError> {
    let (bundle, problems) = match kind {
        Kind::Quiz => {
            let b: crate::QuizBundle = typed(text)?;
            let mut ctx = Ctx::new(&b.meta, &b.sources);
            ctx.meta(&b.meta);
            ctx.sources(&b.sources);
            ctx.quiz(&b);
            let problems = ctx.problems;
            (Bundle::Quiz(b), problems)
        }
        Kind::Occupations => {
            let b: crate::OccupationsBundle = typed(text)?;
            let mut ctx = Ctx::new(&b.meta, &b.sources);
            ctx.meta(&b.meta);
            ctx.sources(&b.sources);
            ctx.occupations(&b);
            let problems = ctx.problems;
            (Bundle::Occupations(b), problems)
        }
        Kind::Reading => {
            let b: crate::ReadingBundle = typed(text)?;
            let mut ctx = Ctx::new(&b.meta, &b.sources);
            ctx.meta(&b.meta);
            ctx.sources(&b.sources);
            ctx.reading(&b);
            let problems = ctx.problems;
            (Bundle::Reading(b), problems)
        }
    };
    if problems.is_empty() { Ok(bundle) } else { Err(LoadError::Invalid(with_positions(text, problems))) }
}

/// Strict deserialisation with the JSON path of the first type error.
fn typed<T: DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = render_path(e.path());
        LoadError::Invalid(vec![json_problem(path, e.inner())])
    })
}

fn render_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// serde_json's message without its " at line L column C" tail, which goes into the position instead.
fn json_problem(path: String, e: &serde_json::Error) -> Problem {
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_owned(),
        None => full,
    };
    let position = (e.line() > 0).then(|| (e.line(), e.column()));
    Problem { path, message, position }
}

fn with_positions(text: &str, mut problems: Vec<Problem>) -> Vec<Problem> {
    // Every ancestor too: a missing `title.fr` is reported where `title` stands.
    let mut wanted: Vec<&str> = Vec::new();
    for p in &problems {
        let mut path = p.path.as_str();
        wanted.push(path);
        while let Some(i) = path.rfind(['.', '[']) {
            path = &path[..i];
            wanted.push(path);
        }
        wanted.push("");
    }
    let found = locate_paths(text, &wanted);
    for p in &mut problems {
        // A path inside a text map (`title.fr`) that is missing points at its parent.
        let mut path = p.path.as_str();
        loop {
            if let Some(&pos) = found.get(path) {
                p.position = Some(pos);
                break;
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => break,
            }
        }
    }
    problems
}
