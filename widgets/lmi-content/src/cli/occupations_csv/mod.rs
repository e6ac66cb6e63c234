//! `lmi-content import occupations` and `lmi-content export occupations`: a portal's own occupation list,
//! figures and sources, as three CSV files a spreadsheet program writes, to and from the occupations bundle
//! the explorer reads. A webmaster never writes JSON: the importer names every rejected row with its
//! `file:line:column` and what was expected, runs the result through the same validator the widgets use, and
//! writes nothing unless it can write all of it.
//!
//! - `columns.rs`: the columns of each file and the measure vocabulary
//! - `sheet.rs`: one file read (encoding, delimiter, preamble, then its rows one at a time with their lines)
//! - `check.rs`: reading cells, collecting a row's problems
//! - `preamble.rs`, `source_rows.rs`, `occupation_rows.rs`, `figure_rows.rs`: one kind of row each
//! - `import.rs`: the rows checked against each other and made into a bundle
//! - `export.rs`: a bundle back into the three files
//! - `write.rs`: writing every output file or none
//! - `progress.rs`: the progress bar of a long import, on a terminal only

mod check;
mod columns;
mod export;
mod figure_rows;
mod import;
mod occupation_rows;
mod preamble;
mod progress;
mod sheet;
mod source_rows;
mod utf8_scan;
mod write;

use std::path::{Path, PathBuf};

pub use export::Csvs;
pub use import::Imported;

use super::Failure;
use crate::{Lang, OccupationsBundle, details_path, parse, parse_checked, parse_details};

pub const IMPORT_HELP: &str = "\
usage: lmi-content import occupations OCCUPATIONS.csv FIGURES.csv SOURCES.csv --out DIR [OPTIONS]

Builds an occupations bundle for <lmi-explorer> from three UTF-8 CSV files (`,` or `;` separated):
  OCCUPATIONS.csv  `# key: value` lines (id, title.<lang>, licence, attribution, audience, authors,
                   last_reviewed, …), then one row per occupation (code, scheme, isco08, title.<lang>,
                   alt_titles.<lang> separated by |, description.<lang>, …) and one row per ISCO-08
                   group (scheme isco08, code, title.<lang>)
  FIGURES.csv      one row per figure: code, measure (median_wage, employment, projected_change,
                   openings, women_share), value, unit, currency, period, region, source, reliability
                   (high, medium, low or a Eurostat flag such as u) with reliability_reason.<lang>, …
  SOURCES.csv      one row per dataset: id, publisher, dataset, url, licence, attribution, retrieved,
                   method, coverage, period, …
Every column is described in content/README.md (\"Your own occupations from CSV\").

options:
  --out DIR       where to write (required); nothing is written unless every file can be
  --lang en,nl    the languages to import (default: `# languages:`, else every title.<lang> column)
  --strict        fail (exit 1, nothing written) when any row is rejected
  --whole         write one whole bundle instead of a light bundle + a details file per ISCO group
  --name NAME     the output file name without .json (default: the bundle's id)

Every rejected row is printed as file:line:column: column: what was expected; the rest is imported.
Exit status: 0 written, 1 rows or the bundle have problems (with --strict, any rejected row), 2 usage.

example (the templates in content/templates/, copied from the demo bundle):
  lmi-content import occupations content/templates/occupations.csv \\
      content/templates/occupations-figures.csv content/templates/occupations-sources.csv \\
      --out dist/my-portal --strict
  → dist/my-portal/occupations-example.json (give it to <lmi-explorer src=\"…\">)
    and dist/my-portal/occupations-example/{group}.json beside it";

pub const EXPORT_HELP: &str = "\
usage: lmi-content export occupations BUNDLE.json --out DIR

Writes DIR/occupations.csv, DIR/figures.csv and DIR/sources.csv from an occupations bundle (a split one
is read with its details files), in the columns `lmi-content import occupations` reads: importing them
gives the same bundle.

example:
  lmi-content export occupations content/occupations.en.json --out my-occupations
  lmi-content import occupations my-occupations/occupations.csv my-occupations/figures.csv \\
      my-occupations/sources.csv --out dist/content --strict";

/// What an import printed: the rejected rows (to standard error) and the summary (to standard output).
#[derive(Debug)]
pub struct ImportReport {
    pub rejected: Vec<String>,
    pub summary: String,
}

/// The options after `import occupations`.
struct ImportArgs {
    files: Vec<String>,
    out: Option<String>,
    lang: Option<Vec<Lang>>,
    strict: bool,
    whole: bool,
    name: Option<String>,
}

fn usage(message: &str, help: &str) -> Failure {
    Failure::Usage(format!("{message}\n\n{help}"))
}

fn parse_import_args(args: &[String]) -> Result<ImportArgs, Failure> {
    let mut a = ImportArgs { files: Vec::new(), out: None, lang: None, strict: false, whole: false, name: None };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value =
            |flag: &str| it.next().cloned().ok_or_else(|| usage(&format!("{flag} needs a value"), IMPORT_HELP));
        match arg.as_str() {
            "--out" => a.out = Some(value("--out")?),
            "--name" => a.name = Some(value("--name")?),
            "--lang" => {
                let list = value("--lang")?;
                let langs = list
                    .split(',')
                    .map(|t| Lang::new(t.trim()).map_err(|e| usage(&format!("--lang: {e}"), IMPORT_HELP)))
                    .collect::<Result<Vec<_>, _>>()?;
                a.lang = Some(langs);
            }
            "--strict" => a.strict = true,
            "--whole" => a.whole = true,
            flag if flag.starts_with("--") => return Err(usage(&format!("unknown option `{flag}`"), IMPORT_HELP)),
            file => a.files.push(file.to_owned()),
        }
    }
    if a.files.len() != 3 {
        return Err(usage(
            &format!("expected three files (occupations, figures, sources), got {}", a.files.len()),
            IMPORT_HELP,
        ));
    }
    if a.out.is_none() {
        return Err(usage("--out DIR is required", IMPORT_HELP));
    }
    if let Some(n) = &a.name
        && (n.is_empty() || !n.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)))
    {
        return Err(usage(&format!("--name `{n}`: expected letters, digits, `.`, `_` and `-`"), IMPORT_HELP));
    }
    Ok(a)
}

/// Opens the three files as the import reads them: their preambles and headers now, their rows as the
/// bundle is built. A file that cannot be opened is a usage error (exit 2), a file that is not a usable table
/// (encoding, header) a problem (exit 1), every file's at once.
fn open_files(
    occupations: &Path,
    figures: &Path,
    sources: &Path,
) -> Result<(import::Sheets, import::Streams<'static>, u64), Failure> {
    let open = |p: &Path| {
        let file = std::fs::File::open(p).map_err(|e| Failure::Usage(format!("{}: {e}", p.display())))?;
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        Ok::<_, Failure>((std::io::BufReader::new(file), len))
    };
    let ((o, ol), (f, fl), (s, sl)) = (open(occupations)?, open(figures)?, open(sources)?);
    let names = [occupations, figures, sources].map(|p| p.display().to_string());
    let (sheets, streams) =
        open_sheets([(&names[0], o), (&names[1], f), (&names[2], s)]).map_err(|e| Failure::Problems(e.join("\n")))?;
    Ok((sheets, streams, ol + fl + sl))
}

/// The preambles and headers of the three files, and their rows to come; every file's fatal problem at once.
fn open_sheets<'a, R: std::io::Read + 'a>(
    files: [(&str, R); 3],
) -> Result<(import::Sheets, import::Streams<'a>), Vec<String>> {
    let [(on, or), (fname, fr), (sn, sr)] = files;
    let o = sheet::Sheet::open(on, or, columns::OCCUPATIONS, columns::OCCUPATIONS_REQUIRED);
    let f = sheet::Sheet::open(fname, fr, columns::FIGURES, columns::FIGURES_REQUIRED);
    let s = sheet::Sheet::open(sn, sr, columns::SOURCES, columns::SOURCES_REQUIRED);
    match (o, f, s) {
        (Ok((occupations, o)), Ok((figures, f)), Ok((sources, s))) => Ok((
            import::Sheets { occupations, figures, sources },
            import::Streams { occupations: o, figures: f, sources: s },
        )),
        (o, f, s) => Err([o.err(), f.err(), s.err()].into_iter().flatten().collect()),
    }
}

/// The bundle the three CSV texts make (named `occupations.csv`, `figures.csv`, `sources.csv` in
/// messages), validated, with the rejected rows; `Err` when no bundle can be made. For tests and tools that
/// hold the texts already; the command reads its files with [`bundle_from_files`], which does not hold them.
pub fn bundle_from_csv(
    occupations: &[u8],
    figures: &[u8],
    sources: &[u8],
    langs: Option<&[Lang]>,
) -> Result<Imported, Vec<String>> {
    let (mut sheets, streams) =
        open_sheets([("occupations.csv", occupations), ("figures.csv", figures), ("sources.csv", sources)])?;
    import::build(&mut sheets, streams, langs, &progress::Progress::hidden())
}

/// The bundle the three CSV files (occupations, figures, sources) make, streamed: each file is read row by
/// row through a buffered reader and each row made into the bundle's types as it is read, then dropped, so
/// memory is the bundle's and the readers' buffers, not the files'. Files are named in messages as given.
/// `Err` is a usage error when a file cannot be opened, else the problems that stop the import. With
/// `show_progress`, the progress bar (on a terminal only) is returned to be kept while the output is written.
/// The command imports through this.
pub fn bundle_from_files(
    [occupations, figures, sources]: [&Path; 3],
    langs: Option<&[Lang]>,
    show_progress: bool,
) -> Result<(Imported, progress::Progress), Failure> {
    let (mut sheets, streams, bytes) = open_files(occupations, figures, sources)?;
    let progress = if show_progress { progress::Progress::for_bytes(bytes) } else { progress::Progress::hidden() };
    let imported =
        import::build(&mut sheets, streams, langs, &progress).map_err(|e| Failure::Problems(e.join("\n")))?;
    Ok((imported, progress))
}

/// The three CSVs of a whole occupations bundle.
pub fn csv_from_bundle(bundle: &OccupationsBundle) -> Result<Csvs, String> {
    export::to_csv(bundle)
}

/// `lmi-content import occupations …`.
pub fn import_occupations(args: &[String]) -> Result<ImportReport, Failure> {
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(ImportReport { rejected: Vec::new(), summary: IMPORT_HELP.to_owned() });
    }
    let a = parse_import_args(args)?;
    let files = [0, 1, 2].map(|i| Path::new(&a.files[i]));
    let (imported, progress) = bundle_from_files(files, a.lang.as_deref(), true).map_err(|f| match f {
        Failure::Problems(p) => Failure::Problems(format!("{p}\nnothing was written")),
        other => other,
    })?;
    let mut summary = imported.summary.clone();
    summary.extend(imported.warnings.iter().cloned());
    let rejected_count = imported.rejected.len();
    if a.strict && rejected_count > 0 {
        let mut lines = imported.rejected.clone();
        lines.extend(summary);
        lines.push(format!("--strict: {rejected_count} problem(s) in rejected rows; nothing was written"));
        return Err(Failure::Problems(lines.join("\n")));
    }
    let out = PathBuf::from(a.out.as_deref().unwrap_or("."));
    let name = a.name.clone().unwrap_or_else(|| imported.bundle.meta.id.clone());
    progress.step("writing");
    let Imported { bundle, rejected, .. } = imported;
    let files = output_files(bundle, &out, &name, a.whole).map_err(|e| Failure::Problems(e.join("\n")))?;
    write::atomically(&files).map_err(Failure::Usage)?;
    progress.finish();
    let main = out.join(format!("{name}.json"));
    summary.push(if a.whole {
        format!("wrote {}", main.display())
    } else {
        format!("wrote {} and {} details files in {}", main.display(), files.len() - 1, out.join(&name).display())
    });
    Ok(ImportReport { rejected, summary: summary.join("\n") })
}

/// The files of the bundle as the explorer reads it, each read back through the validator first. The bundle
/// is consumed and each part dropped once it is text, so that a national list is not held several times over.
fn output_files(
    bundle: OccupationsBundle,
    out: &Path,
    name: &str,
    whole: bool,
) -> Result<Vec<(PathBuf, Vec<u8>)>, Vec<String>> {
    let main = out.join(format!("{name}.json"));
    let shown = main.display().to_string();
    let problems =
        |e: crate::LoadError, file: &str| e.problems().iter().map(|p| p.display_in(file)).collect::<Vec<_>>();
    if whole {
        let text = json(&bundle);
        drop(bundle);
        parse_checked::<OccupationsBundle>(&text).map_err(|e| problems(e, &shown))?;
        return Ok(vec![(main, text.into_bytes())]);
    }
    let (light, parts) = crate::split(bundle, &format!("{name}/{{group}}.json"));
    let light_text = json(&light);
    drop(light);
    let light = parse::<OccupationsBundle>(&light_text).map_err(|e| problems(e, &shown))?;
    let template = light.details.clone().unwrap_or_default();
    let mut files = vec![(main, light_text.into_bytes())];
    for part in parts {
        let path = out.join(details_path(&template, &part.group));
        let text = json(&part);
        parse_details(&text, &light, &part.group).map_err(|e| problems(e, &path.display().to_string()))?;
        drop(part);
        files.push((path, text.into_bytes()));
    }
    Ok(files)
}

/// Compact JSON, as the demo bundles are published, with a final newline.
fn json<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string(value).expect("bundles serialise");
    text.push('\n');
    text
}

/// A whole occupations bundle from `file`: a split one is put back together from its details files.
pub fn read_whole(file: &str) -> Result<OccupationsBundle, Failure> {
    let text = std::fs::read_to_string(file).map_err(|e| Failure::Usage(format!("{file}: {e}")))?;
    let shown = |e: crate::LoadError, f: &str| {
        Failure::Problems(e.problems().iter().map(|p| p.display_in(f)).collect::<Vec<_>>().join("\n"))
    };
    let mut bundle = parse::<OccupationsBundle>(&text).map_err(|e| shown(e, file))?;
    let Some(template) = bundle.details.take() else { return Ok(bundle) };
    let mut groups: Vec<String> =
        bundle.occupations.iter().filter_map(|o| crate::details_group(&o.isco)).map(str::to_owned).collect();
    groups.sort();
    groups.dedup();
    let mut index = bundle.clone();
    index.details = Some(template.clone());
    for group in groups {
        let path = Path::new(file).with_file_name("").join(details_path(&template, &group));
        let shown_path = path.display().to_string();
        let part_text = std::fs::read_to_string(&path).map_err(|e| Failure::Usage(format!("{shown_path}: {e}")))?;
        let part = parse_details(&part_text, &index, &group).map_err(|e| shown(e, &shown_path))?;
        for detail in &part.occupations {
            if let Some(o) = bundle.occupations.iter_mut().find(|o| o.id == detail.id) {
                *o = crate::merge(o, detail);
            }
        }
        for g in part.isco_groups {
            if let Some(target) = bundle.isco_groups.iter_mut().find(|x| x.code == g.code) {
                target.employment = g.employment;
            }
        }
    }
    Ok(bundle)
}

/// `lmi-content export occupations BUNDLE.json --out DIR`.
pub fn export_occupations(args: &[String]) -> Result<String, Failure> {
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(EXPORT_HELP.to_owned());
    }
    let (mut file, mut out) = (None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => out = Some(it.next().ok_or_else(|| usage("--out needs a value", EXPORT_HELP))?.clone()),
            flag if flag.starts_with("--") => return Err(usage(&format!("unknown option `{flag}`"), EXPORT_HELP)),
            f if file.is_none() => file = Some(f.to_owned()),
            f => return Err(usage(&format!("one bundle at a time: `{f}` is one too many"), EXPORT_HELP)),
        }
    }
    let (Some(file), Some(out)) = (file, out) else { return Err(usage("expected BUNDLE.json --out DIR", EXPORT_HELP)) };
    let bundle = read_whole(&file)?;
    let csvs =
        export::to_csv(&bundle).map_err(|e| Failure::Problems(format!("{file}: cannot be written as CSV: {e}")))?;
    let out = PathBuf::from(out);
    let files = vec![
        (out.join("occupations.csv"), csvs.occupations.into_bytes()),
        (out.join("figures.csv"), csvs.figures.into_bytes()),
        (out.join("sources.csv"), csvs.sources.into_bytes()),
    ];
    write::atomically(&files).map_err(Failure::Usage)?;
    Ok(format!(
        "wrote {} (and figures.csv, sources.csv): {} occupations, {} ISCO-08 groups, {} sources",
        files[0].0.display(),
        bundle.occupations.len(),
        bundle.isco_groups.len(),
        bundle.sources.len()
    ))
}
