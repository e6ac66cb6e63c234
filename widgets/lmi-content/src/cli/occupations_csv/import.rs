//! The three sheets → one [`OccupationsBundle`]. Rows are streamed one by one from the files, sources first,
//! then occupations, then figures, each made into the bundle's types as soon as it is read and then dropped
//! (a bad row is rejected with its reasons and the rest goes on); what was made is then checked across
//! rows: duplicate codes, parents, the major group every occupation needs, related occupations, and figures
//! against occupations and sources. A row that depends on a rejected row is rejected too, saying which. The
//! bundle is then run through the crate's own validator, whose problems are mapped back to the row they came
//! from.

use std::collections::{BTreeMap, HashMap};

use super::figure_rows::{self, SourceIndex};
use super::occupation_rows::{self, Entry, Pending};
use super::preamble;
use super::progress::Progress;
use super::sheet::{Rows, Sheet};
use crate::{IscoGroup, Kind, Lang, Occupation, OccupationsBundle, Source};

/// The three files' preambles and headers, read.
#[derive(Debug)]
pub struct Sheets {
    pub occupations: Sheet,
    pub figures: Sheet,
    pub sources: Sheet,
}

/// The rows of the three files, still to be read.
pub struct Streams<'a> {
    pub occupations: Rows<'a>,
    pub figures: Rows<'a>,
    pub sources: Rows<'a>,
}

/// A bundle made from the sheets, with what was left out and why.
#[derive(Debug)]
pub struct Imported {
    pub bundle: OccupationsBundle,
    /// Every rejected row's problems, `file:line:column: column: what was expected`, in file order.
    pub rejected: Vec<String>,
    /// Rows read, accepted and rejected per file, and how each file was read.
    pub summary: Vec<String>,
    /// What the validator would have the widget leave out (links that are not https), located in the CSVs.
    pub warnings: Vec<String>,
}

/// Where each part of the bundle came from, to put a validator's JSON path back on its CSV line.
#[derive(Default)]
struct Origins {
    sources: Vec<usize>,
    groups: Vec<usize>,
    occupations: Vec<usize>,
    group_figures: Vec<Vec<usize>>,
    occupation_figures: Vec<BTreeMap<&'static str, usize>>,
}

impl Origins {
    /// `file:line` for a JSON path such as `occupations[3].figures.median_wage.caveat`.
    fn locate(&self, s: &Sheets, path: &str) -> Option<String> {
        let index = |rest: &str| -> Option<(usize, String)> {
            let (i, tail) = rest.split_once(']')?;
            Some((i.parse().ok()?, tail.to_owned()))
        };
        if let Some(rest) = path.strip_prefix("sources[") {
            let (i, _) = index(rest)?;
            return Some(format!("{}:{}", s.sources.name, self.sources.get(i)?));
        }
        if let Some(rest) = path.strip_prefix("isco_groups[") {
            let (i, tail) = index(rest)?;
            if let Some(j) = tail
                .strip_prefix(".employment[")
                .and_then(|t| t.split_once(']'))
                .and_then(|(j, _)| j.parse::<usize>().ok())
            {
                return Some(format!("{}:{}", s.figures.name, self.group_figures.get(i)?.get(j)?));
            }
            return Some(format!("{}:{}", s.occupations.name, self.groups.get(i)?));
        }
        if let Some(rest) = path.strip_prefix("occupations[") {
            let (i, tail) = index(rest)?;
            if let Some(field) = tail.strip_prefix(".figures.") {
                let name = field.split('.').next()?;
                return Some(format!("{}:{}", s.figures.name, self.occupation_figures.get(i)?.get(name)?));
            }
            return Some(format!("{}:{}", s.occupations.name, self.occupations.get(i)?));
        }
        None
    }
}

/// Why an import could not make a bundle at all: every message, each located.
pub type Fatal = Vec<String>;

/// Builds the bundle, reading the rows of `rows` as it goes. `langs` is `--lang`; `Err` holds what stops the
/// import as a whole (a preamble problem, a row that cannot be read, nothing accepted, a problem the
/// validator finds).
pub fn build(
    s: &mut Sheets,
    mut rows: Streams<'_>,
    langs: Option<&[Lang]>,
    progress: &Progress,
) -> Result<Imported, Fatal> {
    let langs = preamble::languages(&s.occupations, langs).map_err(|e| vec![e])?;
    let label_langs = preamble::label_languages(&s.occupations, &langs).map_err(|e| vec![e])?;
    for (sheet, cols) in [
        (&mut s.occupations, super::columns::OCCUPATIONS),
        (&mut s.figures, super::columns::FIGURES),
        (&mut s.sources, super::columns::SOURCES),
    ] {
        sheet.note_ignored(cols, &label_langs);
    }
    let envelope = preamble::envelope(&s.occupations, &langs)?;
    let mut rejected: Vec<(String, usize, Vec<String>)> = Vec::new();
    let mut reject = |file: &str, line: usize, problems: Vec<String>| rejected.push((file.to_owned(), line, problems));
    let mut origins = Origins::default();

    // Sources.
    let mut sources: Vec<Source> = Vec::new();
    let mut source_index: SourceIndex = HashMap::new();
    let mut source_lines: HashMap<String, usize> = HashMap::new();
    // Bytes of the files already read, for the progress bar.
    let mut done = 0;
    progress.step("sources");
    while let Some(row) = rows.sources.next(&mut s.sources).map_err(|e| vec![e])? {
        progress.at(done + rows.sources.consumed());
        let row = &row;
        let id = s.sources.get(row, "id").to_owned();
        if let Some(first) = source_lines.get(&id).filter(|_| !id.is_empty()) {
            let at = s.sources.at(row, "id");
            reject(
                &s.sources.name,
                row.line,
                vec![format!("{at}: id: duplicate source id `{id}`: line {first} has it already")],
            );
            continue;
        }
        source_lines.insert(id.clone(), row.line);
        match super::source_rows::source(&s.sources, row, &langs) {
            Ok(source) => {
                source_index.insert(id, Ok(sources.len()));
                origins.sources.push(row.line);
                sources.push(source);
            }
            Err(problems) => {
                source_index.insert(id, Err(row.line));
                reject(&s.sources.name, row.line, problems);
            }
        }
    }
    done += rows.sources.consumed();

    // Occupations and groups, row by row; each row is made into its group or occupation as it is read.
    let mut first_line: HashMap<String, usize> = HashMap::new();
    // (line, code, entry) of each accepted row.
    let mut entries: Vec<(usize, String, Entry)> = Vec::new();
    // Code → line of a rejected row, so that rows pointing to it can say so.
    let mut rejected_codes: HashMap<String, usize> = HashMap::new();
    progress.step("occupations");
    while let Some(row) = rows.occupations.next(&mut s.occupations).map_err(|e| vec![e])? {
        progress.at(done + rows.occupations.consumed());
        let (occ, row) = (&s.occupations, &row);
        let code = occ.get(row, "code").to_owned();
        if let Some(first) = first_line.get(&code).filter(|_| !code.is_empty()) {
            let at = occ.at(row, "code");
            reject(
                &occ.name,
                row.line,
                vec![format!("{at}: code: duplicate code `{code}`: line {first} has it already")],
            );
            continue;
        }
        first_line.insert(code.clone(), row.line);
        match occupation_rows::entry(occ, row, &langs, &label_langs) {
            Ok((code, entry)) => entries.push((row.line, code, entry)),
            Err(problems) => {
                rejected_codes.insert(code, row.line);
                reject(&occ.name, row.line, problems);
            }
        }
    }
    done += rows.occupations.consumed();
    let occ = &s.occupations;
    // Groups first: occupations need them.
    let mut groups: Vec<IscoGroup> = Vec::new();
    let mut group_index: HashMap<String, usize> = HashMap::new();
    let mut pending: Vec<(usize, String, Pending)> = Vec::new();
    for (line, code, entry) in entries {
        match entry {
            Entry::Group(g) => {
                group_index.insert(code, groups.len());
                origins.groups.push(line);
                groups.push(g);
            }
            Entry::Occupation(p) => pending.push((line, code, *p)),
        }
    }
    // Parents give the ISCO code an occupation leaves empty: a unit group row, or another occupation.
    let mut isco_of: HashMap<String, String> = HashMap::new();
    for (_, code, p) in &pending {
        if p.isco_given {
            isco_of.insert(code.clone(), p.occupation.isco.clone());
        }
    }
    for code in groups.iter().map(|g| &g.code).filter(|c| c.len() == 4) {
        isco_of.entry(code.clone()).or_insert_with(|| code.clone());
    }
    for _ in 0..pending.len().min(16) {
        let mut changed = false;
        for (_, code, p) in &pending {
            if !isco_of.contains_key(code)
                && let Some(isco) = isco_of.get(&p.parent).cloned()
            {
                isco_of.insert(code.clone(), isco);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut alive: Vec<bool> = vec![true; pending.len()];
    let mut problems: Vec<Vec<String>> = vec![Vec::new(); pending.len()];
    for (k, (line, code, p)) in pending.iter_mut().enumerate() {
        let line = *line;
        let at = |col: &str| occ.at_line(line, col);
        if !p.parent.is_empty() {
            let known = group_index.contains_key(&p.parent)
                || isco_of.contains_key(&p.parent)
                || first_line.contains_key(&p.parent);
            if !known {
                problems[k].push(format!(
                    "{}: parent: unknown code `{}`: expected the code of another row of {}",
                    at("parent"),
                    p.parent,
                    occ.name
                ));
            } else if let Some(line) = rejected_codes.get(&p.parent) {
                problems[k].push(format!("{}: parent: `{}` was rejected (line {line})", at("parent"), p.parent));
            }
        }
        match isco_of.get(code.as_str()) {
            Some(isco) => {
                if p.isco_given && !p.parent.is_empty() {
                    let parent_isco = group_index
                        .get(&p.parent)
                        .map(|i| groups[*i].code.clone())
                        .or_else(|| isco_of.get(&p.parent).cloned());
                    if let Some(pi) = parent_isco.filter(|pi| !isco.starts_with(pi.as_str())) {
                        problems[k].push(format!(
                            "{}: isco08: `{isco}` is not within the parent `{}` (ISCO {pi})",
                            at("isco08"),
                            p.parent
                        ));
                    }
                }
                p.occupation.isco = isco.clone();
                let major = &isco[..1];
                if !group_index.contains_key(major) {
                    let why = rejected_codes
                        .get(major)
                        .map_or(String::new(), |l| format!(" (line {l} has it but was rejected)"));
                    problems[k].push(format!(
                        "{}: isco08: major group `{major}` has no row{why}: add a row with scheme `isco08`, code `{major}` and its title",
                        at("isco08")
                    ));
                }
            }
            None if !p.parent.is_empty() && problems[k].is_empty() => problems[k].push(format!(
                "{}: parent: `{}` gives no 4-digit ISCO-08 code: fill isco08 here or on the parent",
                at("parent"),
                p.parent
            )),
            None => {}
        }
        if !problems[k].is_empty() {
            alive[k] = false;
        }
    }
    // Related occupations: a link to a rejected occupation rejects the row too, until nothing changes.
    let ids: HashMap<String, usize> = pending.iter().enumerate().map(|(k, (_, c, _))| (c.clone(), k)).collect();
    loop {
        let mut changed = false;
        for k in 0..pending.len() {
            if !alive[k] {
                continue;
            }
            let (line, _, p) = &pending[k];
            for r in &p.related {
                let problem = match ids.get(r) {
                    Some(j) if alive[*j] => continue,
                    Some(j) => format!("related: `{r}` was rejected (line {})", pending[*j].0),
                    None => match rejected_codes.get(r) {
                        Some(l) => format!("related: `{r}` was rejected (line {l})"),
                        None if group_index.contains_key(r) => {
                            format!("related: `{r}` is a group, expected an occupation's code")
                        }
                        None => format!("related: unknown occupation code `{r}`: expected a code of {}", occ.name),
                    },
                };
                problems[k].push(format!("{}: {problem}", occ.at_line(*line, "related")));
                alive[k] = false;
                changed = true;
                break;
            }
        }
        if !changed {
            break;
        }
    }
    let mut occupations: Vec<Occupation> = Vec::new();
    let mut occupation_index: HashMap<String, usize> = HashMap::new();
    let mut esco_dropped = 0;
    // The occupations move out of `pending` (a national list is not held twice); their related codes become
    // ids once every accepted occupation has its place.
    let mut related: Vec<Vec<String>> = Vec::new();
    for (k, (line, code, p)) in std::mem::take(&mut pending).into_iter().enumerate() {
        if alive[k] {
            occupation_index.insert(code, occupations.len());
            origins.occupations.push(line);
            esco_dropped += usize::from(p.esco_uri_dropped);
            occupations.push(p.occupation);
            related.push(p.related);
        } else {
            rejected_codes.insert(code, line);
            reject(&occ.name, line, std::mem::take(&mut problems[k]));
        }
    }
    drop(ids);
    for (i, codes) in related.into_iter().enumerate() {
        let ids: Vec<String> = codes.iter().map(|c| occupations[occupation_index[c]].id.clone()).collect();
        occupations[i].related = ids;
    }
    origins.occupation_figures = vec![BTreeMap::new(); occupations.len()];
    origins.group_figures = vec![Vec::new(); groups.len()];

    // Figures, each put in its place as it is read.
    let mut figures_accepted = 0;
    progress.step("figures");
    while let Some(row) = rows.figures.next(&mut s.figures).map_err(|e| vec![e])? {
        progress.at(done + rows.figures.consumed());
        let (fig, row) = (&s.figures, &row);
        let mut read = figure_rows::figure(fig, row, &langs, &source_index, &sources, &s.sources.name);
        let code = fig.get(row, "code");
        let target = if let Some(i) = occupation_index.get(code) {
            Some(Ok(*i))
        } else if let Some(i) = group_index.get(code) {
            Some(Err(*i))
        } else {
            let problem = match rejected_codes.get(code) {
                Some(line) => format!("occupation `{code}` was rejected ({}:{line}); fix that row first", occ.name),
                None => format!("unknown occupation code `{code}`: expected a code of {}", occ.name),
            };
            let problem = format!("{}: code: {problem}", fig.at(row, "code"));
            match &mut read {
                Err(problems) => problems.insert(0, problem),
                Ok(_) => read = Err(vec![problem]),
            }
            None
        };
        let placed = match (read, target) {
            (Ok(f), Some(Ok(i))) => {
                let slot = super::columns::slot(&mut occupations[i].figures, f.measure.name)
                    .expect("every measure has a slot");
                match origins.occupation_figures[i].get(f.measure.name) {
                    Some(first) => Err(vec![format!(
                        "{}: measure: occupation `{code}` has a `{}` figure already (line {first}): one per occupation",
                        fig.at(row, "measure"),
                        f.measure.name
                    )]),
                    None => {
                        *slot = Some(f.figure);
                        origins.occupation_figures[i].insert(f.measure.name, row.line);
                        Ok(())
                    }
                }
            }
            (Ok(f), Some(Err(g))) if f.measure.on_groups => {
                groups[g].employment.push(f.figure);
                origins.group_figures[g].push(row.line);
                Ok(())
            }
            (Ok(f), Some(Err(_))) => Err(vec![format!(
                "{}: measure: `{code}` is an ISCO-08 group, which takes only `employment` figures, not `{}`",
                fig.at(row, "measure"),
                f.measure.name
            )]),
            (Err(problems), _) => Err(problems),
            (Ok(_), None) => unreachable!("a figure without a target is rejected above"),
        };
        match placed {
            Ok(()) => figures_accepted += 1,
            Err(problems) => reject(&fig.name, row.line, problems),
        }
    }

    if occupations.is_empty() {
        let mut all: Vec<String> = rejected.into_iter().flat_map(|(_, _, p)| p).collect();
        all.push(format!("{}: no occupation was accepted, so there is no bundle", occ.name));
        return Err(all);
    }
    let bundle = OccupationsBundle {
        schema: envelope.schema,
        kind: Kind::Occupations,
        format: crate::FORMAT_VERSION,
        meta: envelope.meta,
        sources,
        isco_groups: groups,
        occupations,
        details: None,
        countries: envelope.countries,
    };
    // The crate's own rules decide, as they do for the widgets: the limits on texts and lists, read on the
    // JSON, then the semantic checks on the bundle itself. The byte limit is left to the files written
    // (`output_files` reads each back with it): a national list is published split, and only its parts must
    // fit. The JSON text is dropped before the checks, so that at most the bundle is held twice over.
    progress.step("checking");
    let over = {
        let json = serde_json::to_string(&bundle).expect("bundles serialise");
        crate::limits::scan_contents(&json)
    };
    let crate::parse::Findings { mut problems, warnings } =
        if over.is_empty() { crate::parse::BundleKind::check(&bundle) } else { Default::default() };
    problems.splice(0..0, over);
    if !problems.is_empty() {
        return Err(problems
            .iter()
            .map(|p| match origins.locate(s, &p.path) {
                Some(at) => format!("{at}: the bundle made from this row has a problem: {}: {}", p.path, p.message),
                None => format!("{}: the bundle has a problem: {p}", occ.name),
            })
            .collect());
    }
    let warnings = warnings
        .iter()
        .map(|p| match origins.locate(s, &p.path) {
            Some(at) => format!("{at}: warning: {}: {}", p.path, p.message),
            None => format!("{}: warning: {p}", occ.name),
        })
        .collect();

    rejected.sort_by_key(|r| (file_order(s, &r.0), r.1));
    let count = |name: &str| rejected.iter().filter(|r| r.0 == name).count();
    let line = |sheet: &Sheet, accepted: String, rejected: usize| {
        let mut l = format!("{}: {} rows read, {accepted}, {rejected} rejected", sheet.name, sheet.rows_read);
        for note in sheet.reading_notes() {
            l.push_str("; ");
            l.push_str(&note);
        }
        l
    };
    let mut summary = vec![
        line(
            &s.occupations,
            format!(
                "{} accepted ({} occupations, {} ISCO-08 groups)",
                bundle.occupations.len() + bundle.isco_groups.len(),
                bundle.occupations.len(),
                bundle.isco_groups.len()
            ),
            count(&s.occupations.name),
        ),
        line(&s.figures, format!("{figures_accepted} accepted"), count(&s.figures.name)),
        line(&s.sources, format!("{} accepted", bundle.sources.len()), count(&s.sources.name)),
    ];
    if esco_dropped > 0 {
        summary.push(format!(
            "{}: esco_uri given on {esco_dropped} occupations of a scheme other than `esco`: their id is their code, and format {} has no other field for an ESCO URI, so it is not in the bundle",
            occ.name,
            crate::FORMAT_VERSION
        ));
    }
    let list: Vec<&str> = bundle.meta.languages.iter().map(Lang::as_str).collect();
    summary.push(format!("languages: {} (default {})", list.join(", "), bundle.meta.default_language));
    Ok(Imported { bundle, rejected: rejected.into_iter().flat_map(|(_, _, p)| p).collect(), summary, warnings })
}

fn file_order(s: &Sheets, name: &str) -> u8 {
    if name == s.occupations.name {
        0
    } else if name == s.figures.name {
        1
    } else {
        2
    }
}
