//! Snapshot tests over every bundle in `content/`: parse, validate, and snapshot a normalised summary (ids,
//! types, keys, figure counts), so a change to the generator or to a hand-written bundle shows up in review.
//! Update after an intended change with `INSTA_UPDATE=always cargo test -p lmi-content --test snapshots`.

use std::fmt::Write as _;
use std::path::Path;

use lmi_content::{Answer, Bundle, Cites, Response, parse_bundle};

fn summary(bundle: &Bundle) -> String {
    let meta = bundle.meta();
    let mut out = String::new();
    let langs: Vec<&str> = meta.languages.iter().map(|l| l.as_str()).collect();
    writeln!(out, "{} `{}` in {}", bundle.kind().as_str(), meta.id, langs.join(", ")).unwrap();
    let sources: Vec<&str> = bundle.sources().iter().map(|s| s.id.as_str()).collect();
    writeln!(out, "sources: {}", sources.join(", ")).unwrap();
    match bundle {
        Bundle::Quiz(q) => {
            for question in &q.questions {
                let key = match question.answer.key() {
                    Response::Bool(b) => b.to_string(),
                    Response::Choice(id) => id,
                    Response::Number(n) => n.to_string(),
                    Response::Side(side) => format!("{side:?}").to_lowercase(),
                    Response::Order(ids) => ids.join(" > "),
                };
                let scale = match &question.answer {
                    Answer::Estimate { tolerance, min, max, .. } => format!(" ±{tolerance} on {min}..{max}"),
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "- {} {}: {key}{scale} ({} figures)",
                    question.id,
                    question.answer.type_name(),
                    question.figures.len()
                )
                .unwrap();
            }
        }
        Bundle::Reading(r) => {
            for d in &r.datasets {
                writeln!(out, "dataset {}: {} categories × {} series", d.id, d.categories.len(), d.series.len())
                    .unwrap();
            }
            for e in &r.exercises {
                writeln!(
                    out,
                    "- level {} {} on {} ({:?}): {} questions",
                    e.level,
                    e.id,
                    e.dataset,
                    e.chart,
                    e.questions.len()
                )
                .unwrap();
            }
        }
        Bundle::Occupations(o) => {
            let count = |name: &str| o.occupations.iter().filter(|x| x.figures.iter().any(|(n, _)| n == name)).count();
            writeln!(out, "occupations: {}", o.occupations.len()).unwrap();
            writeln!(out, "isco groups: {}", o.isco_groups.len()).unwrap();
            for name in ["median_wage", "employment", "projected_change", "openings", "women_share"] {
                writeln!(out, "with {name}: {}", count(name)).unwrap();
            }
            writeln!(out, "with us_match: {}", o.occupations.iter().filter(|x| x.us_match.is_some()).count()).unwrap();
            let eu: usize = o.isco_groups.iter().map(|g| g.employment.len()).sum();
            writeln!(out, "EU employment figures on groups: {eu}").unwrap();
        }
    }
    out
}

#[test]
fn every_bundle_in_content() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let bundle = parse_bundle(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_stem().unwrap().to_string_lossy().replace('.', "-");
        insta::assert_snapshot!(name, summary(&bundle));
    }
}
