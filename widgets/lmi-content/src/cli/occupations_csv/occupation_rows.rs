//! A row of `occupations.csv`: an ISCO-08 group (scheme `isco08`) or an occupation. What one row can say
//! about itself is checked here; what needs the other rows (duplicates, parents, the major group, related
//! occupations) is checked in `import.rs`.

use std::collections::BTreeMap;

use super::check::Check;
use super::columns::{ESCO_PREFIX, ESCO_SCHEME, GROUP_COLUMNS, GROUP_SCHEME};
use super::sheet::{Row, Sheet};
use crate::{EntryEducation, IscoGroup, Lang, Occupation, OccupationFigures, Riasec, Skills, UsFit, UsMatch};

pub const EDUCATION: &str =
    "no_formal, secondary, postsecondary_non_degree, some_college, associate, bachelor, master, doctoral";

#[derive(Debug)]
pub enum Entry {
    Group(IscoGroup),
    Occupation(Box<Pending>),
}

/// An occupation read from its row, waiting for what the other rows decide.
#[derive(Debug)]
pub struct Pending {
    pub occupation: Occupation,
    /// Whether `isco08` was given (else it comes from `parent`).
    pub isco_given: bool,
    pub parent: String,
    /// Codes of related occupations, mapped to ids once every row is read.
    pub related: Vec<String>,
    /// An `esco_uri` the bundle has no field for (the scheme is not ESCO, so the id is the code).
    pub esco_uri_dropped: bool,
}

/// The code of a row and what it is.
/// `labels` are the languages labels are read in (group titles, skills): `langs` and `# label_languages:`.
pub fn entry(sheet: &Sheet, row: &Row, langs: &[Lang], labels: &[Lang]) -> Result<(String, Entry), Vec<String>> {
    let mut c = Check::new(sheet, row);
    let code = c.need("code").unwrap_or_default().to_owned();
    let scheme = c.get("scheme").to_ascii_lowercase();
    let entry = if scheme == GROUP_SCHEME {
        group(&mut c, &code, labels)
    } else {
        occupation(&mut c, &code, &scheme, langs, labels)
    };
    c.finish(entry).map(|e| (code, e))
}

fn group(c: &mut Check<'_>, code: &str, langs: &[Lang]) -> Option<Entry> {
    if !code.is_empty() && !is_isco(code, 1..=4) {
        c.fail("code", format!("`{code}`: expected an ISCO-08 group code of 1 to 4 digits, as the scheme is `isco08`"));
    }
    let title = c.sheet.text(c.row, "title", langs);
    if title.0.is_empty() {
        c.fail(&format!("title.{}", langs[0]), "expected the group's title in at least one language");
    }
    let stray: Vec<String> = c
        .sheet
        .header
        .iter()
        .filter(|h| !h.is_empty() && !GROUP_COLUMNS.contains(&base(h)) && !c.get(h).is_empty())
        .cloned()
        .collect();
    for h in stray {
        c.fail(
            &h,
            "only code, scheme and title.<lang> belong on an ISCO-08 group row (scheme `isco08`); empty this cell",
        );
    }
    Some(Entry::Group(IscoGroup { code: code.to_owned(), title, employment: Vec::new() }))
}

/// A column's name without its language: `title` for `title.en`.
fn base(column: &str) -> &str {
    match column.rsplit_once('.') {
        Some((b, l)) if Lang::new(l).is_ok() => b,
        _ => column,
    }
}

fn occupation(c: &mut Check<'_>, code: &str, scheme: &str, langs: &[Lang], labels: &[Lang]) -> Option<Entry> {
    let esco_uri = c.get("esco_uri");
    let mut esco_uri_dropped = false;
    let id = if scheme == ESCO_SCHEME {
        let id = if code.starts_with(ESCO_PREFIX) {
            Some(code.to_owned())
        } else if is_uuid(code) {
            Some(format!("{ESCO_PREFIX}{code}"))
        } else {
            if !code.is_empty() {
                c.fail("code", format!("`{code}`: expected an ESCO occupation URI ({ESCO_PREFIX}…) or its UUID, as the scheme is `esco`"));
            }
            None
        };
        if let Some(id) = &id
            && !esco_uri.is_empty()
            && esco_uri != id
        {
            c.fail(
                "esco_uri",
                format!("`{esco_uri}` is not the ESCO URI of code `{code}` ({id}): empty it or make them agree"),
            );
        }
        id
    } else {
        if code.contains(['/', '|']) || code.contains(char::is_whitespace) {
            c.fail(
                "code",
                format!("`{code}`: expected a code without spaces, `/` or `|` (the explorer puts it in addresses)"),
            );
        }
        if !esco_uri.is_empty() {
            if esco_uri.starts_with(ESCO_PREFIX) {
                esco_uri_dropped = true;
            } else {
                c.fail("esco_uri", format!("`{esco_uri}`: expected an ESCO occupation URI ({ESCO_PREFIX}…)"));
            }
        }
        Some(code.to_owned())
    };
    let isco = c.get("isco08");
    if !isco.is_empty() && !is_isco(isco, 4..=4) {
        c.fail("isco08", format!("`{isco}`: expected a 4-digit ISCO-08 unit group such as 2221"));
    }
    if isco.is_empty() && c.get("parent").is_empty() {
        c.fail("isco08", "expected a 4-digit ISCO-08 unit group, or a `parent` that has one: the explorer files every occupation under one");
    }
    let title = c.required_text("title", langs);
    let mut alt_titles = BTreeMap::new();
    for l in langs {
        let titles = c.list(&format!("alt_titles.{l}"));
        if !titles.is_empty() {
            alt_titles.insert(l.clone(), titles);
        }
    }
    let description = c.optional_text("description", langs);
    let skills = Skills {
        essential: c.text_list("skills.essential", labels, false),
        optional: c.text_list("skills.optional", labels, false),
    };
    let routes = c.text_list("routes", langs, false);
    let entry_education: Option<EntryEducation> = c.word("entry_education", EDUCATION);
    let interests = interests(c);
    let job_zone = c.parse("job_zone", |v| {
        v.parse::<u8>().ok().filter(|z| (1..=5).contains(z)).ok_or_else(|| format!("`{v}`: expected a job zone 1 to 5"))
    });
    let related = c.list("related");
    let us_match = us_match(c);
    let occupation = Occupation {
        id: id?,
        isco: isco.to_owned(),
        title,
        alt_titles,
        description,
        skills,
        entry_education,
        routes,
        interests,
        job_zone,
        figures: OccupationFigures::default(),
        related: Vec::new(),
        us_match,
    };
    Some(Entry::Occupation(Box::new(Pending {
        occupation,
        isco_given: !isco.is_empty(),
        parent: c.get("parent").to_owned(),
        related,
        esco_uri_dropped,
    })))
}

/// Holland letters, strongest first: `RC`, `R|C` or `R, C`.
fn interests(c: &mut Check<'_>) -> Vec<Riasec> {
    let v = c.get("interests");
    let mut out = Vec::new();
    for ch in v.chars().filter(|ch| !matches!(ch, '|' | ',' | ' ')) {
        match super::check::word::<Riasec>(&ch.to_string()) {
            Some(r) => out.push(r),
            None => {
                c.fail("interests", format!("`{ch}` in `{v}`: expected Holland letters among R, I, A, S, E, C"));
                return Vec::new();
            }
        }
    }
    out
}

fn us_match(c: &mut Check<'_>) -> Option<UsMatch> {
    let (soc, title, fit) = (c.get("us_soc"), c.get("us_title"), c.get("us_fit"));
    if soc.is_empty() && title.is_empty() {
        if !fit.is_empty() {
            c.fail("us_fit", "a fit without a US occupation: fill us_soc and us_title too");
        }
        return None;
    }
    if soc.is_empty() || title.is_empty() {
        let missing = if soc.is_empty() { "us_soc" } else { "us_title" };
        c.fail(missing, "a US occupation needs both its SOC 2018 code (us_soc) and its title (us_title)");
    }
    if !soc.is_empty() && !is_soc(soc) {
        c.fail("us_soc", format!("`{soc}`: expected a SOC 2018 code such as 47-2111"));
    }
    let fit: Option<UsFit> = c.word("us_fit", "broader, related (or empty when it is the same occupation)");
    (c.get("us_fit").is_empty() != fit.is_some()).then(|| UsMatch { soc: soc.to_owned(), title: title.to_owned(), fit })
}

pub fn is_isco(code: &str, digits: std::ops::RangeInclusive<usize>) -> bool {
    digits.contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

fn is_soc(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 7 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

fn is_uuid(code: &str) -> bool {
    code.len() == 36
        && code
            .bytes()
            .enumerate()
            .all(|(i, b)| if [8, 13, 18, 23].contains(&i) { b == b'-' } else { b.is_ascii_hexdigit() })
}
