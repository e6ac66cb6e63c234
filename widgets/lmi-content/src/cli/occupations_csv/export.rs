//! An [`OccupationsBundle`] → the three CSVs, so that a portal can start from a bundle (ours or its own),
//! edit it in a spreadsheet and import it again. Everything the bundle holds is written: importing the
//! export gives the same bundle (tested on the demo bundles). What a cell cannot hold without changing its
//! meaning (a `|` inside a list item, a line break in a preamble value) is refused, not mangled.

use std::collections::HashMap;

use super::check::LIST;
use super::columns::{ESCO_PREFIX, ESCO_SCHEME, FIGURES, GROUP_SCHEME, OCCUPATIONS, SOURCES};
use crate::{Figure, Lang, LocalText, Occupation, OccupationsBundle};

/// The three files' text.
#[derive(Debug, PartialEq)]
pub struct Csvs {
    pub occupations: String,
    pub figures: String,
    pub sources: String,
}

/// A value as bundles write it (`currency_per_year`, `p10_p90`, `broader`).
pub fn word<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The CSV code of an occupation: an ESCO URI's UUID (the scheme `esco` puts the URI back), else the id.
fn code_of(id: &str) -> (String, &'static str) {
    match id.strip_prefix(ESCO_PREFIX) {
        Some(uuid) if uuid.len() == 36 => (uuid.to_owned(), ESCO_SCHEME),
        Some(_) => (id.to_owned(), ESCO_SCHEME),
        None => (id.to_owned(), ""),
    }
}

/// One table being written: the header from the column list, a row as a map from column to value.
struct Table {
    header: Vec<String>,
    out: csv::Writer<Vec<u8>>,
}

impl Table {
    fn new(cols: &[super::columns::Col], langs: &[Lang], preamble: &[String]) -> Table {
        let header: Vec<String> = cols
            .iter()
            .flat_map(|c| {
                if c.per_lang {
                    langs.iter().map(|l| format!("{}.{l}", c.name)).collect()
                } else {
                    vec![c.name.to_owned()]
                }
            })
            .collect();
        let mut out = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        for line in preamble {
            out.write_record([line]).expect("writing to memory");
        }
        out.write_record(&header).expect("writing to memory");
        Table { header, out }
    }

    fn row(&mut self, cells: &HashMap<String, String>) {
        let record: Vec<&str> = self.header.iter().map(|h| cells.get(h).map_or("", String::as_str)).collect();
        self.out.write_record(record).expect("writing to memory");
    }

    fn finish(self) -> String {
        String::from_utf8(self.out.into_inner().expect("writing to memory")).expect("UTF-8 in, UTF-8 out")
    }
}

/// Cells being filled for one row, and what could not be written into them.
#[derive(Default)]
struct Cells(HashMap<String, String>, Vec<String>);

impl Cells {
    /// A value with spaces around it cannot be written: the importer trims every cell.
    fn set(&mut self, column: &str, value: impl Into<String>) {
        let value = value.into();
        if value.trim() != value {
            self.1
                .push(format!("{column}: `{value}` has spaces or line breaks around it, which the import would trim"));
        }
        if !value.is_empty() {
            self.0.insert(column.to_owned(), value);
        }
    }

    fn done(self, what: &str) -> Result<HashMap<String, String>, String> {
        match self.1.first() {
            Some(e) => Err(format!("{what}: {e}")),
            None => Ok(self.0),
        }
    }

    fn text(&mut self, base: &str, text: Option<&LocalText>) {
        for (l, v) in text.iter().flat_map(|t| &t.0) {
            self.set(&format!("{base}.{l}"), v.clone());
        }
    }

    /// A list, `|`-joined; an item with a `|` in it cannot be written.
    fn list(&mut self, column: &str, items: &[String]) -> Result<(), String> {
        if let Some(bad) = items.iter().find(|i| i.contains(LIST) || i.trim() != i.as_str() || i.is_empty()) {
            return Err(format!(
                "{column}: `{bad}` cannot be a list item (it is empty, has spaces around it or holds `{LIST}`)"
            ));
        }
        self.set(column, items.join(&LIST.to_string()));
        Ok(())
    }

    /// A list of texts by position, one column per language.
    fn text_list(&mut self, base: &str, items: &[LocalText], langs: &[Lang]) -> Result<(), String> {
        for l in langs {
            let parts: Vec<&str> = items.iter().map(|t| t.get(l).unwrap_or("")).collect();
            if let Some(bad) = parts.iter().find(|p| p.contains(LIST) || p.trim() != **p) {
                return Err(format!("{base}.{l}: `{bad}` cannot be a list item (spaces around it or `{LIST}` in it)"));
            }
            if parts.iter().any(|p| !p.is_empty()) {
                self.set(&format!("{base}.{l}"), parts.join(&LIST.to_string()));
            }
        }
        Ok(())
    }
}

/// The three CSVs of a whole bundle (merge a split one first). `Err` names what cannot be written.
pub fn to_csv(b: &OccupationsBundle) -> Result<Csvs, String> {
    let labels = label_languages(b);
    let mut all = b.meta.languages.clone();
    all.extend(labels.iter().cloned());
    let langs = &all;
    let codes: HashMap<&str, String> = b.occupations.iter().map(|o| (o.id.as_str(), code_of(&o.id).0)).collect();
    let mut occupations = Table::new(OCCUPATIONS, langs, &preamble(b, &labels)?);
    let mut figures = Table::new(FIGURES, langs, &[]);
    for g in &b.isco_groups {
        let mut c = Cells::default();
        c.set("code", g.code.clone());
        c.set("scheme", GROUP_SCHEME);
        c.text("title", Some(&g.title));
        occupations.row(&c.done(&format!("group `{}`", g.code))?);
        for f in &g.employment {
            figures.row(&figure_cells(&g.code, "employment", f).done(&format!("group `{}`", g.code))?);
        }
    }
    for o in &b.occupations {
        let what = format!("occupation `{}`", o.id);
        occupations.row(&occupation_cells(o, langs, &codes)?.done(&what)?);
        for (measure, f) in o.figures.iter() {
            figures.row(&figure_cells(&codes[o.id.as_str()], measure, f).done(&what)?);
        }
    }
    let mut sources = Table::new(SOURCES, langs, &[]);
    for s in &b.sources {
        let mut c = Cells::default();
        c.set("id", s.id.clone());
        c.set("publisher", s.publisher.clone());
        c.text("name", s.name.as_ref());
        c.set("dataset", s.title.clone());
        c.set("url", s.url.clone());
        c.set("licence", s.licence.clone());
        c.set("attribution", s.attribution.clone().unwrap_or_default());
        c.set("retrieved", s.retrieved.clone());
        c.set("method", word(&s.method));
        c.set("coverage", s.coverage.to_string());
        c.set("period", s.period.to_string());
        if let Some(r) = &s.reliability {
            c.set("reliability", word(&r.level));
            c.text("reliability_reason", Some(&r.reason));
        }
        c.text("caveat", s.caveat.as_ref());
        c.text_list("limitations", &s.limitations, langs)?;
        sources.row(&c.done(&format!("source `{}`", s.id))?);
    }
    Ok(Csvs { occupations: occupations.finish(), figures: figures.finish(), sources: sources.finish() })
}

fn occupation_cells(o: &Occupation, langs: &[Lang], codes: &HashMap<&str, String>) -> Result<Cells, String> {
    let at = |e: String| format!("occupation `{}`: {e}", o.id);
    let mut c = Cells::default();
    let (code, scheme) = code_of(&o.id);
    c.set("code", code);
    c.set("scheme", scheme);
    c.set("isco08", o.isco.clone());
    if scheme == ESCO_SCHEME {
        c.set("esco_uri", o.id.clone());
    }
    c.text("title", Some(&o.title));
    for (l, titles) in &o.alt_titles {
        c.list(&format!("alt_titles.{l}"), titles).map_err(at)?;
    }
    c.text("description", o.description.as_ref());
    c.text_list("skills.essential", &o.skills.essential, langs).map_err(at)?;
    c.text_list("skills.optional", &o.skills.optional, langs).map_err(at)?;
    c.text_list("routes", &o.routes, langs).map_err(at)?;
    c.set("entry_education", o.entry_education.map(|e| word(&e)).unwrap_or_default());
    c.set("interests", o.interests.iter().map(word).collect::<String>());
    c.set("job_zone", o.job_zone.map(|z| z.to_string()).unwrap_or_default());
    let related: Vec<String> =
        o.related.iter().map(|r| codes.get(r.as_str()).cloned().unwrap_or_else(|| r.clone())).collect();
    c.list("related", &related).map_err(at)?;
    if let Some(m) = &o.us_match {
        c.set("us_soc", m.soc.clone());
        c.set("us_title", m.title.clone());
        c.set("us_fit", m.fit.map(|f| word(&f)).unwrap_or_default());
    }
    Ok(c)
}

fn figure_cells(code: &str, measure: &str, f: &Figure) -> Cells {
    let mut c = Cells::default();
    c.set("code", code);
    c.set("measure", measure);
    c.set("value", f.value.to_string());
    c.set("unit", word(&f.unit));
    c.set("currency", f.currency.as_ref().map(|x| x.to_string()).unwrap_or_default());
    c.set("period", f.period.to_string());
    c.set("region", f.region.to_string());
    c.set("source", f.source.clone());
    if let Some(r) = &f.reliability {
        c.set("reliability", word(&r.level));
        c.text("reliability_reason", Some(&r.reason));
    }
    c.set("flags", f.flags.to_string());
    if let Some(r) = &f.range {
        c.set("low", r.low.to_string());
        c.set("high", r.high.to_string());
        c.set("range", word(&r.kind));
    }
    c.text("caveat", f.caveat.as_ref());
    c.text("about", f.about.as_ref());
    c
}

/// The `# key: value` lines: the envelope, so that the CSVs are the whole bundle.
fn preamble(b: &OccupationsBundle, labels: &[Lang]) -> Result<Vec<String>, String> {
    let m = &b.meta;
    let mut lines: Vec<(String, String)> = vec![("id".into(), m.id.clone())];
    for (l, t) in &m.title.0 {
        lines.push((format!("title.{l}"), t.clone()));
    }
    lines.push(("languages".into(), m.languages.iter().map(Lang::as_str).collect::<Vec<_>>().join(" | ")));
    if !labels.is_empty() {
        lines.push(("label_languages".into(), labels.iter().map(Lang::as_str).collect::<Vec<_>>().join(" | ")));
    }
    lines.push(("default_language".into(), m.default_language.to_string()));
    lines.push(("licence".into(), m.licence.clone()));
    lines.push(("attribution".into(), m.attribution.clone()));
    lines.push(("audience".into(), m.audience.iter().map(word).collect::<Vec<_>>().join(" | ")));
    if let Some(a) = m.age_band {
        lines.push(("age_band".into(), format!("{}-{}", a.min, a.max)));
    }
    for l in &m.languages {
        if m.learning_outcomes.iter().any(|o| o.get(l).is_some()) {
            let items: Vec<&str> = m.learning_outcomes.iter().map(|o| o.get(l).unwrap_or("")).collect();
            if items.iter().any(|i| i.contains('|')) {
                return Err(format!("meta.learning_outcomes.{l}: a `|` inside an outcome cannot be written"));
            }
            lines.push((format!("learning_outcomes.{l}"), items.join(" | ")));
        }
    }
    if let Some(d) = m.duration_minutes {
        lines.push(("duration_minutes".into(), d.to_string()));
    }
    if m.authors.iter().any(|a| a.contains('|')) {
        return Err("meta.authors: a `|` inside a name cannot be written".into());
    }
    lines.push(("authors".into(), m.authors.join(" | ")));
    lines.push(("last_reviewed".into(), m.last_reviewed.clone()));
    if let Some(s) = &b.schema {
        lines.push(("schema".into(), s.clone()));
    }
    if let Some(c) = &b.countries {
        lines.push(("countries".into(), c.clone()));
    }
    lines
        .into_iter()
        .map(|(k, v)| {
            if v.contains(['\n', '\r']) || v.trim() != v {
                Err(format!("`{k}`: `{v}` has a line break or spaces around it, which a `# {k}:` line cannot keep"))
            } else {
                Ok(format!("# {k}: {v}"))
            }
        })
        .collect()
}

/// Languages only labels use (ISCO group titles, skills), outside the bundle's languages: ESCO's English
/// skills in a French bundle.
fn label_languages(b: &OccupationsBundle) -> Vec<Lang> {
    let mut extra: Vec<Lang> = Vec::new();
    let labels = b
        .isco_groups
        .iter()
        .map(|g| &g.title)
        .chain(b.occupations.iter().flat_map(|o| o.skills.essential.iter().chain(&o.skills.optional)));
    for text in labels {
        for l in text.languages() {
            if !b.meta.languages.contains(l) && !extra.contains(l) {
                extra.push(l.clone());
            }
        }
    }
    extra.sort();
    extra
}
