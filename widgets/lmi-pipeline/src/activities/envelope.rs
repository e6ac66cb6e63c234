//! What every activity bundle carries besides its body: `meta` and the `sources` its values come from.

use std::collections::BTreeSet;

use lmi_content::{Lang, Meta, Source};

use super::authored::Header;
use super::editions::Edition;
use super::fill::fill;
use super::labels::Labels;
use super::refs::SourceKey;
use super::scope::Scope;
use crate::sources::Registry;
use crate::util::Result;

/// Every activity is written in these languages (the UI languages); English is the fallback.
pub const LANGUAGES: [&str; 6] = crate::texts::LANGUAGES;
/// The licence of our texts (the figures keep their publishers' terms, see `sources`).
const LICENCE: &str = "CC-BY-4.0";
const AUTHOR: &str = "LMI Kit";

/// The sources behind `keys`, in a fixed order.
pub fn sources(keys: &BTreeSet<SourceKey>, registry: &Registry) -> Result<Vec<Source>> {
    keys.iter().map(|k| k.source(registry)).collect()
}

/// The attribution line: each source's required sentence once, in source order.
fn attribution(sources: &[Source]) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for s in sources {
        if let Some(a) = s.attribution.as_deref().filter(|a| !lines.contains(a)) {
            lines.push(a);
        }
    }
    lines.join(" ")
}

/// The bundle's `meta`: the authored header (with its review date) plus the fixed languages, licence and author. A country
/// edition's id ends with its code (`quiz-who-does-this-job-be`), and its texts can name the country.
pub fn meta(
    header: &Header,
    sources: &[Source],
    labels: &Labels,
    file: &str,
    edition: Option<&Edition>,
) -> Result<Meta> {
    let none = Scope::default().in_edition(edition);
    let lang = |tag: &str| Lang::new(tag).map_err(|e| format!("{file}: {e}"));
    let mut learning_outcomes = Vec::new();
    for (i, o) in header.learning_outcomes.iter().enumerate() {
        learning_outcomes.push(fill(o, &none, labels, &format!("{file} meta.learning_outcomes[{i}]"))?);
    }
    Ok(Meta {
        id: match edition {
            Some(e) => format!("{}-{}", header.id, e.code()),
            None => header.id.clone(),
        },
        title: fill(&header.title, &none, labels, &format!("{file} meta.title"))?,
        languages: LANGUAGES.iter().map(|l| lang(l)).collect::<Result<_>>()?,
        default_language: lang(LANGUAGES[0])?,
        licence: LICENCE.into(),
        attribution: attribution(sources),
        audience: header.audience.clone(),
        age_band: header.age_band,
        learning_outcomes,
        duration_minutes: Some(header.duration_minutes),
        authors: vec![AUTHOR.into()],
        last_reviewed: header.last_reviewed.clone(),
    })
}
