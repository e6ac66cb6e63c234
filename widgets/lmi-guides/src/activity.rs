//! The bundles that get a guide: every `quiz-*.json` and `reading-*.json` in the content folder.

use std::path::Path;

use lmi_content::{Bundle, Meta, parse_bundle};

use super::html::pick;
use super::words;
use crate::i18n::{Language, PluralMsg};
use crate::util::Result;

/// A quiz or reading bundle and the file it was read from.
#[derive(Debug)]
pub struct Activity {
    /// The bundle's file name in `content/` (and `dist/content/`): `quiz-first-look.json`.
    pub file: String,
    /// A [`Bundle::Quiz`] or a [`Bundle::Reading`].
    pub bundle: Bundle,
}

impl Activity {
    pub fn meta(&self) -> &Meta {
        self.bundle.meta()
    }

    /// The title in the page's language (else the bundle's default language), as plain text.
    pub fn title(&self, l: Language) -> &str {
        pick(&self.meta().title, self.meta(), l)
    }

    /// `<id>.html` in English, `<id>.<lang>.html` in the other languages; `meta.id` is validated as lowercase
    /// letters, digits and `-`.
    pub fn guide_file(&self, l: Language) -> String {
        l.file(&self.meta().id)
    }

    /// `<id>-print.html`, `<id>-print.<lang>.html`.
    pub fn print_file(&self, l: Language) -> String {
        l.file(&format!("{}-print", self.meta().id))
    }

    pub fn is_reading(&self) -> bool {
        matches!(self.bundle, Bundle::Reading(_))
    }

    /// The element that shows the bundle (`lmi-quiz`, `lmi-reading`), from the element contract; `None` for a
    /// kind no element shows yet (the guide then points to the printable sheet).
    pub fn element(&self) -> Option<&'static lmi_embed::Element> {
        lmi_embed::element_for_kind(self.bundle.kind().as_str())
    }

    /// "12 questions" or "14 exercises, 31 questions".
    pub fn size(&self, l: Language) -> String {
        match &self.bundle {
            Bundle::Quiz(q) => l.plural(PluralMsg::SizeQuestions, q.questions.len() as f64, &[]),
            Bundle::Reading(r) => {
                let questions: usize = r.exercises.iter().map(|e| e.questions.len()).sum();
                let exercises = l.plural(PluralMsg::SizeExercises, r.exercises.len() as f64, &[]);
                let questions = l.plural(PluralMsg::SizeQuestions, questions as f64, &[]);
                format!("{exercises}{}{questions}", words::comma(l))
            }
            Bundle::Occupations(_) => String::new(),
        }
    }
}

/// Parses every quiz and reading bundle in `content`, sorted by file name. A bundle that does not validate,
/// is of another kind than its name says, or repeats another's id stops the build with its file name.
pub fn read_all(content: &Path) -> Result<Vec<Activity>> {
    let entries = std::fs::read_dir(content).map_err(|e| format!("{}: {e}", content.display()))?;
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| (name.starts_with("quiz-") || name.starts_with("reading-")) && name.ends_with(".json"))
        .collect();
    files.sort();
    let mut activities: Vec<Activity> = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(content.join(&file)).map_err(|e| format!("{file}: {e}"))?;
        let bundle = parse_bundle(&text).map_err(|e| format!("{file}: {e}"))?;
        let expected = if file.starts_with("quiz-") { "quiz" } else { "reading" };
        if bundle.kind().as_str() != expected {
            return Err(format!("{file}: a `{}` bundle, but the name says `{expected}`", bundle.kind().as_str()));
        }
        if let Some(other) = activities.iter().find(|a| a.meta().id == bundle.meta().id) {
            return Err(format!("{file}: meta.id `{}` is also the id of {}", bundle.meta().id, other.file));
        }
        activities.push(Activity { file, bundle });
    }
    Ok(activities)
}
