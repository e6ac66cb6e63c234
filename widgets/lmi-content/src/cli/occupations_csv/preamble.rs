//! The `# key: value` lines above the occupations table: the bundle's envelope (`meta`, `$schema`,
//! `countries`) and the languages, kept in the same file as the occupations so the three CSVs are the whole
//! bundle and nothing is typed on the command line that the next import could forget.

use super::columns::PREAMBLE;
use super::sheet::{Preamble, Sheet};
use crate::{AgeBand, Audience, Lang, LocalText, Meta};

/// What the preamble gives besides the table.
#[derive(Debug)]
pub struct Envelope {
    pub meta: Meta,
    pub schema: Option<String>,
    pub countries: Option<String>,
}

/// Words in a preamble list: `en | nl`, `en, nl`.
fn words(v: &str) -> Vec<String> {
    v.split(['|', ',']).map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
}

/// A key that looks like a setting (`title.en`, `last_reviewed`); any other `#` line is a comment.
fn is_setting(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
}

/// The languages to import: `--lang`, else `# languages:`, else every `title.<lang>` column, in that
/// order. Each must have its `title.<lang>` column: an occupation without a title cannot be shown.
pub fn languages(occ: &Sheet, flag: Option<&[Lang]>) -> Result<Vec<Lang>, String> {
    let from_preamble = find(occ, "languages");
    let (tags, said_by): (Vec<String>, String) = match (flag, from_preamble) {
        (Some(langs), _) => (langs.iter().map(|l| l.to_string()).collect(), "--lang".to_owned()),
        (None, Some(p)) => (words(&p.value), format!("{}:{}", occ.name, p.line)),
        (None, None) => (occ.languages_of("title"), format!("the `title.<lang>` columns of {}", occ.name)),
    };
    if tags.is_empty() {
        return Err(format!(
            "{}:{}:1: no language: add a column `title.<lang>` (such as `title.en`) or a line `# languages: en`",
            occ.name, occ.header_line
        ));
    }
    let mut langs = Vec::new();
    for tag in tags {
        let lang = Lang::new(&tag).map_err(|e| format!("{said_by}: {e}"))?;
        if !occ.has(&format!("title.{lang}")) {
            return Err(format!(
                "{}:{}:1: no `title.{lang}` column, but {said_by} asks for `{lang}`: every occupation needs a title in each language",
                occ.name, occ.header_line
            ));
        }
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    Ok(langs)
}

/// The languages labels are read in (ISCO group titles, skills): the bundle's, and those of
/// `# label_languages:`, which the bundle does not declare but the explorer shows marked with their language.
pub fn label_languages(occ: &Sheet, langs: &[Lang]) -> Result<Vec<Lang>, String> {
    let mut all = langs.to_vec();
    if let Some(p) = find(occ, "label_languages") {
        for tag in words(&p.value) {
            let l = Lang::new(&tag).map_err(|e| format!("{}:{}:1: label_languages: {e}", occ.name, p.line))?;
            if !all.contains(&l) {
                all.push(l);
            }
        }
    }
    Ok(all)
}

fn find<'a>(occ: &'a Sheet, key: &str) -> Option<&'a Preamble> {
    occ.preamble.iter().find(|p| p.key == key)
}

/// The envelope from the preamble; every problem at once.
pub fn envelope(occ: &Sheet, langs: &[Lang]) -> Result<Envelope, Vec<String>> {
    let name = &occ.name;
    let mut problems = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for p in occ.preamble.iter().filter(|p| is_setting(&p.key)) {
        let known = PREAMBLE
            .iter()
            .any(|c| c.name == p.key || (c.per_lang && p.key.strip_prefix(c.name).is_some_and(|r| r.starts_with('.'))));
        if !known {
            problems.push(format!(
                "{name}:{}:1: unknown setting `# {}:`: expected one of {}",
                p.line,
                p.key,
                super::columns::described(PREAMBLE)
            ));
        } else if seen.contains(&p.key.as_str()) {
            problems.push(format!("{name}:{}:1: `# {}:` is given twice", p.line, p.key));
        }
        seen.push(&p.key);
    }
    let mut need = |key: &str, what: &str| -> String {
        match find(occ, key).filter(|p| !p.value.is_empty()) {
            Some(p) => p.value.clone(),
            None => {
                problems.push(format!("{name}:1:1: add a line `# {key}: …` above the table ({what})"));
                String::new()
            }
        }
    };
    let id = need("id", "the bundle's id: lowercase letters, digits and `-`");
    let licence = need("licence", "the licence of the bundle as a whole");
    let attribution = need("attribution", "the credit line the explorer shows");
    let audience_words = need("audience", "pupil, jobseeker and/or practitioner");
    let authors = need("authors", "names separated by `|`");
    let last_reviewed = need("last_reviewed", "YYYY-MM-DD");
    let line_of = |key: &str| find(occ, key).map_or(1, |p| p.line);
    let text = |base: &str| {
        LocalText(
            langs
                .iter()
                .filter_map(|l| find(occ, &format!("{base}.{l}")).map(|p| (l.clone(), p.value.clone())))
                .collect(),
        )
    };
    let title = text("title");
    for l in langs.iter().filter(|l| title.get(l).is_none()) {
        problems.push(format!("{name}:1:1: add a line `# title.{l}: …` above the table (the bundle's title in `{l}`)"));
    }
    let mut audience = Vec::new();
    for w in words(&audience_words) {
        match Audience::parse(&w) {
            Some(a) => audience.push(a),
            None => problems.push(format!(
                "{name}:{}:1: audience `{w}`: expected pupil, jobseeker or practitioner",
                line_of("audience")
            )),
        }
    }
    let default_language = match find(occ, "default_language") {
        Some(p) => match Lang::new(&p.value) {
            Ok(l) if langs.contains(&l) => l,
            Ok(l) => {
                problems
                    .push(format!("{name}:{}:1: default_language `{l}` is not among the languages imported", p.line));
                langs[0].clone()
            }
            Err(e) => {
                problems.push(format!("{name}:{}:1: default_language: {e}", p.line));
                langs[0].clone()
            }
        },
        None => langs[0].clone(),
    };
    let age_band = find(occ, "age_band").and_then(|p| {
        let band = p
            .value
            .split_once(['-', '–'])
            .and_then(|(a, b)| Some(AgeBand { min: a.trim().parse().ok()?, max: b.trim().parse().ok()? }));
        if band.is_none() {
            problems.push(format!("{name}:{}:1: age_band `{}`: expected two ages such as `12-16`", p.line, p.value));
        }
        band
    });
    let duration_minutes = find(occ, "duration_minutes").and_then(|p| {
        let m = p.value.parse().ok();
        if m.is_none() {
            problems.push(format!("{name}:{}:1: duration_minutes `{}`: expected whole minutes", p.line, p.value));
        }
        m
    });
    // Learning outcomes: one `|`-separated line per language, matched by position.
    let mut learning_outcomes: Vec<LocalText> = Vec::new();
    for l in langs {
        if let Some(p) = find(occ, &format!("learning_outcomes.{l}")) {
            for (i, item) in p.value.split('|').map(str::trim).enumerate() {
                if learning_outcomes.len() <= i {
                    learning_outcomes.resize(i + 1, LocalText::default());
                }
                if !item.is_empty() {
                    learning_outcomes[i].0.insert(l.clone(), item.to_owned());
                }
            }
        }
    }
    let meta = Meta {
        id,
        title,
        languages: langs.to_vec(),
        default_language,
        licence,
        attribution,
        audience,
        age_band,
        learning_outcomes,
        duration_minutes,
        authors: authors.split('|').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect(),
        last_reviewed,
    };
    let optional = |key: &str| find(occ, key).map(|p| p.value.clone()).filter(|v| !v.is_empty());
    if problems.is_empty() {
        Ok(Envelope { meta, schema: optional("schema"), countries: optional("countries") })
    } else {
        Err(problems)
    }
}
