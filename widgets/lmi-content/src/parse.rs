//! Text → validated [`Bundle`], or every problem found.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::validate::Ctx;
use crate::{
    Bundle, Cites, FormatVersion, Kind, Meta, OccupationsBundle, Problem, QuizBundle, ReadingBundle, Source,
    locate_paths,
};

/// Why a text is not a usable bundle. The messages are for the author; widgets translate the variant.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("the file is an HTML page, not a JSON bundle: check the address")]
    Html,
    #[error("the file is not valid JSON: {0}")]
    Syntax(Problem),
    #[error("the file holds {0}, not a JSON object with `kind` and `format`")]
    NotAnObject(&'static str),
    #[error("the file is not a bundle: {0}")]
    NotABundle(Problem),
    #[error("this is a `{found}` bundle, but a `{expected}` bundle is needed here", found = found.as_str(), expected = expected.as_str())]
    WrongKind { expected: Kind, found: Kind },
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
            LoadError::Html | LoadError::NotAnObject(_) => vec![Problem::new("", self.to_string())],
            LoadError::WrongKind { .. } => vec![Problem::new("kind", self.to_string())],
            LoadError::Version(_) => vec![Problem::new("format", self.to_string())],
        }
    }
}

/// A bundle type of one kind. Widgets parse through [`parse`] with their own kind only, so the wasm of a
/// quiz carries no code for reading occupations.
pub trait BundleKind: DeserializeOwned + Into<Bundle> + Cites {
    const KIND: Kind;
    /// Its `kind` and `format` fields.
    fn head(&self) -> (Kind, FormatVersion);
    /// Its envelope.
    fn meta(&self) -> &Meta;
    /// What the semantic rules find in a deserialised bundle.
    fn check(&self) -> Findings;
}

/// What the semantic rules found.
#[derive(Debug, Default)]
pub struct Findings {
    /// What makes the bundle unusable.
    pub problems: Vec<Problem>,
    /// What the widget leaves out (a link that is not `https:`) while it shows the rest.
    pub warnings: Vec<Problem>,
}

/// A usable bundle, with what the widget leaves out of it.
#[derive(Debug)]
pub struct Checked<B> {
    pub bundle: B,
    /// Located like problems.
    pub warnings: Vec<Problem>,
}

/// The [`BundleKind`] and [`Cites`] impls of a bundle type with `kind`, `format`, `meta` and `sources`
/// fields, whose rules are `Ctx::$rules`.
macro_rules! bundle_kind {
    ($ty:ident, $kind:ident, $rules:ident) => {
        impl BundleKind for $ty {
            const KIND: Kind = Kind::$kind;
            fn head(&self) -> (Kind, FormatVersion) {
                (self.kind, self.format)
            }
            fn meta(&self) -> &Meta {
                &self.meta
            }
            fn check(&self) -> Findings {
                let mut ctx = Ctx::new(&self.meta, &self.sources);
                ctx.$rules(self);
                ctx.findings()
            }
        }

        impl Cites for $ty {
            fn sources(&self) -> &[Source] {
                &self.sources
            }
        }

        impl From<$ty> for Bundle {
            fn from(b: $ty) -> Bundle {
                Bundle::$kind(b)
            }
        }
    };
}

bundle_kind!(QuizBundle, Quiz, quiz);
bundle_kind!(OccupationsBundle, Occupations, occupations);
bundle_kind!(ReadingBundle, Reading, reading);

/// Parses and validates a bundle that must be of kind `B::KIND`; any other kind is refused before what is
/// wrong inside it is reported.
pub fn parse<B: BundleKind>(text: &str) -> Result<B, LoadError> {
    parse_checked(text).map(|checked| checked.bundle)
}

/// [`parse`], keeping the warnings: what a widget leaves out and tells the console about.
pub fn parse_checked<B: BundleKind>(text: &str) -> Result<Checked<B>, LoadError> {
    // Limits first, on the raw text: a bundle over them is refused before it is built in memory.
    let over = crate::limits::scan(text);
    // The head decides what an author is told (wrong kind, newer format, not a bundle at all), but reading it
    // walks the whole text: a fifth of the time on the 1.6 MB occupations bundle. So the typed read comes
    // first, and the head is read only when that fails or finds another kind or a newer format; a typed error
    // is located (which walks text that may be anything) only once the head has passed, as before.
    let read = over.is_empty().then(|| serde_json::from_str::<B>(text));
    let bundle: B = match read {
        Some(Ok(b)) if matches!(b.head(), (kind, format) if kind == B::KIND && format.incompatibility().is_none()) => b,
        read => {
            expect_head::<B>(text)?;
            match read {
                Some(result) => result.map_err(|e| located(text, &e))?,
                None => return Err(LoadError::Invalid(over)),
            }
        }
    };
    let Findings { problems, warnings } = bundle.check();
    if !problems.is_empty() {
        return Err(LoadError::Invalid(with_positions(text, problems)));
    }
    let warnings = if warnings.is_empty() { warnings } else { with_positions(text, warnings) };
    Ok(Checked { bundle, warnings })
}

/// The head's errors for a bundle that should be of kind `B::KIND`.
fn expect_head<B: BundleKind>(text: &str) -> Result<(), LoadError> {
    match read_head(text)? {
        Kind::OccupationDetails => Err(read_with_bundle("a details file of a split occupations bundle", "details")),
        Kind::CountryFigures => Err(read_with_bundle("a country's figures file of an occupations bundle", "countries")),
        kind if kind != B::KIND => Err(LoadError::WrongKind { expected: B::KIND, found: kind }),
        _ => Ok(()),
    }
}

/// Parses and validates a bundle of any kind (the validator CLI and the generator use this).
pub fn parse_bundle(text: &str) -> Result<Bundle, LoadError> {
    parse_any(text).map(|checked| checked.bundle)
}

/// [`parse_bundle`], keeping the warnings.
pub fn parse_any(text: &str) -> Result<Checked<Bundle>, LoadError> {
    fn into<B: Into<Bundle>>(c: Checked<B>) -> Checked<Bundle> {
        Checked { bundle: c.bundle.into(), warnings: c.warnings }
    }
    match read_head(text)? {
        Kind::Quiz => parse_checked::<QuizBundle>(text).map(into),
        Kind::Occupations => parse_checked::<OccupationsBundle>(text).map(into),
        Kind::Reading => parse_checked::<ReadingBundle>(text).map(into),
        Kind::OccupationDetails => Err(read_with_bundle("a details file of a split occupations bundle", "details")),
        Kind::CountryFigures => Err(read_with_bundle("a country's figures file of an occupations bundle", "countries")),
    }
}

/// A file read only with its bundle where a bundle was expected: point at the bundle that names it.
fn read_with_bundle(what: &str, field: &str) -> LoadError {
    LoadError::NotABundle(Problem::new(
        "kind",
        format!("this is {what}: use or validate the bundle that names it in `{field}`"),
    ))
}

/// The two fields that decide how to read the rest: `kind` and `format`.
#[derive(Deserialize)]
struct Head {
    kind: Option<Value>,
    format: Option<Value>,
}

pub(crate) fn read_head(text: &str) -> Result<Kind, LoadError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    match trimmed.bytes().next() {
        Some(b'<') => return Err(LoadError::Html),
        Some(b'[') => return Err(LoadError::NotAnObject("a JSON array")),
        Some(b'"') => return Err(LoadError::NotAnObject("a JSON string")),
        Some(b'0'..=b'9' | b'-') => return Err(LoadError::NotAnObject("a number")),
        Some(b't' | b'f') if serde_json::from_str::<bool>(trimmed).is_ok() => {
            return Err(LoadError::NotAnObject("true or false"));
        }
        Some(b'n') if trimmed.trim_end() == "null" => return Err(LoadError::NotAnObject("null")),
        None => return Err(LoadError::NotAnObject("nothing (the file is empty)")),
        _ => {}
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

/// Strict deserialisation; a type error is reported at the JSON path of the value where serde_json stopped.
pub(crate) fn typed<T: DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| located(text, &e))
}

/// A deserialisation error at the JSON path of the value where serde_json stopped.
fn located(text: &str, e: &serde_json::Error) -> LoadError {
    let path = crate::locate::path_at(text, crate::locate::offset_of(text, e.line(), e.column()));
    let mut problem = json_problem(path, e);
    // Point at the start of the value, as for semantic problems.
    if let Some(&pos) = locate_paths(text, &[problem.path.as_str()]).get(&problem.path) {
        problem.position = Some(pos);
    }
    LoadError::Invalid(vec![problem])
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

pub(crate) fn with_positions(text: &str, mut problems: Vec<Problem>) -> Vec<Problem> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_error_names_the_field_and_its_line() {
        let text = include_str!("../../../demo-site/pages/broken/wrong-shape.json");
        let problems = parse_bundle(text).unwrap_err().problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "questions[0].answer.true_false.correct");
        assert!(problems[0].message.contains("expected a boolean"), "{}", problems[0].message);
        assert_eq!(problems[0].position, Some((21, 46)), "the start of `\"yes\"`");
    }
}
