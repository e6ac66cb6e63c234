//! Translations of the raw files' category texts (`Bachelor's degree`, `Apprenticeship`) and OEWS footnotes,
//! from `content/authored/activities/labels.json`.

use std::collections::BTreeMap;
use std::path::Path;

use lmi_content::LocalText;
use serde::Deserialize;

use super::refs::CategoryKind;
use crate::util::Result;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// BLS "typical entry-level education" → words for a pupil, lower case (options capitalise them).
    pub education: BTreeMap<String, LocalText>,
    /// BLS "typical on-the-job training" → words for a pupil, lower case.
    pub training: BTreeMap<String, LocalText>,
    /// OEWS footnote code → a caveat added to figures from rows carrying it.
    pub oews_footnotes: BTreeMap<String, LocalText>,
}

impl Labels {
    /// Reads `labels.json`.
    pub fn load(path: &Path) -> Result<Labels> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The label of a BLS category, or an error asking for one.
    pub fn category(&self, kind: CategoryKind, name: &str) -> Result<&LocalText> {
        let (table, field) = match kind {
            CategoryKind::Education => (&self.education, "education"),
            CategoryKind::Training => (&self.training, "training"),
        };
        table.get(name).ok_or_else(|| format!("labels.json has no `{field}` label for `{name}`: add one"))
    }

    /// The caveat text of an OEWS footnote, or an error asking for one.
    pub fn footnote(&self, code: &str) -> Result<&LocalText> {
        self.oews_footnotes
            .get(code)
            .ok_or_else(|| format!("labels.json has no `oews_footnotes` text for footnote `{code}`: add one"))
    }
}
