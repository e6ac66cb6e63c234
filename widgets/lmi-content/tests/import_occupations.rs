//! `lmi-content import occupations` and `export occupations`: the round trip on the demo bundles, the
//! template, and each kind of bad input named with its `file:line:column`. Needs the `cli` feature.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::Command;

use lmi_content::cli::{bundle_from_csv, csv_from_bundle};
use lmi_content::{OccupationsBundle, parse};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

const FIXTURES: &str = "widgets/lmi-content/tests/fixtures/occupations-csv";

fn fixture(case: &str) -> [Vec<u8>; 3] {
    ["occupations.csv", "figures.csv", "sources.csv"].map(|f| {
        let p = repo(&format!("{FIXTURES}/{case}/{f}"));
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    })
}

fn tool(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lmi-content")).args(args).current_dir(repo("")).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

/// A fresh empty folder under the target dir's temp space.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lmi-import-occupations-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Export, import, compare as values: the CSVs lose nothing of a demo bundle. Exporting the import again
/// gives the same bytes.
#[test]
fn import_after_export_is_the_identity_on_every_demo_bundle() {
    for lang in ["en", "fr", "nl", "de"] {
        let path = repo(&format!("content/occupations.{lang}.json"));
        let text = std::fs::read_to_string(&path).unwrap();
        let original: OccupationsBundle = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let csv = csv_from_bundle(&original).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let imported =
            bundle_from_csv(csv.occupations.as_bytes(), csv.figures.as_bytes(), csv.sources.as_bytes(), None)
                .unwrap_or_else(|e| panic!("{lang}: {}", e.join("\n")));
        assert_eq!(imported.rejected, Vec::<String>::new(), "{lang}");
        assert_eq!(imported.bundle.occupations.len(), original.occupations.len());
        assert!(imported.bundle == original, "{lang}: the imported bundle differs from the exported one");
        assert_eq!(csv_from_bundle(&imported.bundle).unwrap(), csv, "{lang}: export∘import∘export");
    }
}

#[test]
fn the_template_imports_without_a_rejected_row_and_its_figures_are_the_demo_bundles() {
    let read = |f: &str| std::fs::read(repo(&format!("content/templates/{f}"))).unwrap();
    let imported = bundle_from_csv(
        &read("occupations.csv"),
        &read("occupations-figures.csv"),
        &read("occupations-sources.csv"),
        None,
    )
    .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(imported.rejected.is_empty(), "{:?}", imported.rejected);
    assert_eq!(imported.bundle.occupations.len(), 5);
    // Never invented: every occupation and group of the template is in the demo bundle as it is there, with
    // its figures (only `related` is cut down to the occupations the template has).
    let demo: OccupationsBundle =
        parse(&std::fs::read_to_string(repo("content/occupations.en.json")).unwrap()).unwrap();
    for o in &imported.bundle.occupations {
        let d = demo.occupations.iter().find(|d| d.id == o.id).expect("in the demo bundle");
        assert_eq!(o.figures, d.figures, "{}", o.id);
        assert_eq!((&o.title, &o.isco, &o.description, &o.us_match), (&d.title, &d.isco, &d.description, &d.us_match));
    }
    for g in &imported.bundle.isco_groups {
        assert!(demo.isco_groups.contains(g), "group {}", g.code);
    }
    for s in &imported.bundle.sources {
        assert!(demo.sources.contains(s), "source {}", s.id);
    }
    // The good fixture is the template.
    let [o, f, s] = fixture("good");
    assert_eq!((o, f, s), (read("occupations.csv"), read("occupations-figures.csv"), read("occupations-sources.csv")));
}

#[test]
fn every_rejected_row_is_named_with_file_line_column_and_the_rest_is_imported() {
    let [o, f, s] = fixture("bad-rows");
    let imported = bundle_from_csv(&o, &f, &s, None).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let code = "4910419f-b4af-4f59-b544-9dbebc8a74f0";
    assert_eq!(
        imported.rejected,
        [
            format!("occupations.csv:24:1: code: duplicate code `{code}`: line 19 has it already"),
            "occupations.csv:25:3: isco08: `74`: expected a 4-digit ISCO-08 unit group such as 2221".to_owned(),
            "figures.csv:46:1: code: unknown occupation code `no-such-job`: expected a code of occupations.csv".to_owned(),
            "figures.csv:47:2: measure: `job_ads` is not a measure: expected one of median_wage, employment, \
             projected_change, openings, women_share"
                .to_owned(),
            "figures.csv:48:4: unit: `people` does not go with median_wage: expected currency_per_hour or \
             currency_per_month or currency_per_year"
                .to_owned(),
            "figures.csv:49:6: period: `2023-13` is not a period: expected `YYYY`, `YYYY-MM` or `YYYY/YYYY`".to_owned(),
            "figures.csv:50:8: source: unknown source `eurostat-jvs`: expected an id from sources.csv (esco-1.1.1, \
             onet-29.3, bls-oews-2025, bls-ep-2023-2033, bls-cps-2022, eu-lfs-nesta-gb, eu-lfs-nesta-fr, eu-lfs-nesta-it)"
                .to_owned(),
        ]
    );
    assert_eq!(imported.bundle.occupations.len(), 5, "the good rows are all there");
    assert!(imported.summary[0].starts_with("occupations.csv: 15 rows read, 13 accepted"), "{:?}", imported.summary);
    assert!(imported.summary[1].starts_with("figures.csv: 49 rows read, 44 accepted, 5 rejected"));
}

#[test]
fn a_semicolon_file_with_a_bom_and_decimal_commas_gives_the_same_bundle_and_says_how_it_was_read() {
    let [o, f, s] = fixture("good");
    let good = bundle_from_csv(&o, &f, &s, None).unwrap();
    let [o, f, s] = fixture("semicolon-bom");
    let excel = bundle_from_csv(&o, &f, &s, None).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(excel.bundle == good.bundle);
    for line in &excel.summary[..3] {
        assert!(line.contains("`;` as the delimiter") && line.contains("UTF-8 byte order mark skipped"), "{line}");
    }
    assert!(!good.summary[0].contains("delimiter"), "a comma file says nothing about it");
}

#[test]
fn latin1_is_refused_with_the_byte_offset_line_and_column() {
    let [o, f, s] = fixture("latin1");
    let e = bundle_from_csv(&o, &f, &s, None).unwrap_err();
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("occupations.csv:6:274: byte 0xAE at byte offset 536 is not UTF-8. In Latin-1 (ISO 8859-1) or Windows-1252 it would be `®`"),
        "{}",
        e[0]
    );
}

#[test]
fn the_command_writes_a_split_bundle_the_validator_accepts_and_strict_refuses_rejected_rows() {
    let out = scratch("cli");
    let dir = |case: &str| {
        [
            format!("{FIXTURES}/{case}/occupations.csv"),
            format!("{FIXTURES}/{case}/figures.csv"),
            format!("{FIXTURES}/{case}/sources.csv"),
        ]
    };
    let [o, f, s] = dir("good");
    let out_s = out.to_str().unwrap();
    let (code, stdout, stderr) = tool(&["import", "occupations", &o, &f, &s, "--out", out_s, "--strict"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("wrote") && stdout.contains("4 details files"), "{stdout}");
    let light = out.join("occupations-example.json");
    let (code, stdout, stderr) = tool(&["validate", light.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    // And back: exporting the split bundle gives the template's CSVs again.
    let back = out.join("csv");
    let (code, _, stderr) = tool(&["export", "occupations", light.to_str().unwrap(), "--out", back.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::read(back.join("figures.csv")).unwrap(), std::fs::read(repo(&f)).unwrap());
    assert_eq!(std::fs::read(back.join("occupations.csv")).unwrap(), std::fs::read(repo(&o)).unwrap());

    // Rejected rows: printed on stderr, the rest written; with --strict, exit 1 and nothing written.
    let [o, f, s] = dir("bad-rows");
    let lenient = scratch("lenient");
    let (code, _, stderr) = tool(&["import", "occupations", &o, &f, &s, "--out", lenient.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(stderr.lines().count(), 7, "{stderr}");
    assert!(lenient.join("occupations-example.json").exists());
    let strict = scratch("strict");
    let (code, _, stderr) = tool(&["import", "occupations", &o, &f, &s, "--out", strict.to_str().unwrap(), "--strict"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("bad-rows/figures.csv:49:6: period:") && stderr.contains("nothing was written"),
        "{stderr}"
    );
    assert!(!strict.exists(), "a failed import leaves nothing, not even the folder");
    let [o, f, s] = dir("latin1");
    let (code, _, stderr) = tool(&["import", "occupations", &o, &f, &s, "--out", strict.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(!strict.exists());
    for d in [out, lenient] {
        let _ = std::fs::remove_dir_all(d);
    }
}

#[test]
fn help_shows_a_worked_example_and_bad_usage_exits_2() {
    let (code, stdout, _) = tool(&["import", "occupations", "--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("example") && stdout.contains("content/templates/occupations.csv"), "{stdout}");
    assert_eq!(tool(&["import", "occupations", "a.csv", "--out", "x"]).0, 2, "three files are needed");
    assert_eq!(tool(&["import", "occupations", "a.csv", "b.csv", "c.csv"]).0, 2, "--out is needed");
    assert_eq!(tool(&["export", "occupations", "content/occupations.en.json"]).0, 2);
}

/// The bundle-level rules of the crate's validator reach the CSV row too, and `--lang` picks languages.
#[test]
fn unknown_headers_missing_groups_and_languages_are_named() {
    let [o, f, s] = fixture("good");
    let text = String::from_utf8(o.clone()).unwrap();
    let typo = text.replacen("title.en,alt_titles.en", "titel.en,alt_titles.en", 1);
    let e = bundle_from_csv(typo.as_bytes(), &f, &s, None).unwrap_err();
    assert!(e[0].starts_with("occupations.csv:10:6: unknown column `titel.en`"), "{e:?}");
    // A missing major group rejects the occupations that need it, and the figures of those.
    let no_group: String = text.lines().filter(|l| !l.starts_with("8,isco08,")).map(|l| format!("{l}\n")).collect();
    let r = bundle_from_csv(no_group.as_bytes(), &f, &s, None).unwrap();
    assert!(
        r.rejected.iter().any(|l| l.contains(": isco08: major group `8` has no row: add a row with scheme `isco08`")),
        "{:?}",
        r.rejected
    );
    assert!(r.rejected.iter().any(|l| l.starts_with("figures.csv:") && l.contains("was rejected (occupations.csv:")));
    let e = bundle_from_csv(&o, &f, &s, Some(&[lmi_content::Lang::new("nl").unwrap()])).unwrap_err();
    assert!(e[0].contains("no `title.nl` column, but --lang asks for `nl`"), "{e:?}");
}

const GUIDE: &str = "demo-site/pages/guides/publish-your-own-data.html";

/// The text of every `<code …{attr}…>` element of `html`, entities decoded.
fn codes(html: &str, attr: &str) -> Vec<String> {
    let open = format!("<code {attr}>");
    html.split(&open)
        .skip(1)
        .map(|rest| {
            let text = &rest[..rest.find("</code>").expect("closed")];
            text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
        })
        .collect()
}

/// The webmaster guide "Publish your own data" shows the command that imports the templates: it is run here
/// exactly as the page writes it (only `--out` goes to a scratch folder), prints what the page says it prints,
/// and writes a bundle the validator accepts. Every message the page explains is one the importer gives.
#[test]
fn the_publish_guide_command_imports_the_templates_and_its_messages_are_the_importers() {
    let page = std::fs::read_to_string(repo(GUIDE)).unwrap();
    let [command] = &codes(&page, "data-command")[..] else { panic!("one command on the page") };
    let words: Vec<&str> = command.split_whitespace().collect();
    let prefix = ["cargo", "run", "-p", "lmi-content", "--features", "cli", "--"];
    assert_eq!(words[..prefix.len()], prefix, "{command}");
    let mut args: Vec<String> = words[prefix.len()..].iter().map(|w| (*w).to_owned()).collect();
    assert_eq!(
        args[..5],
        [
            "import",
            "occupations",
            "content/templates/occupations.csv",
            "content/templates/occupations-figures.csv",
            "content/templates/occupations-sources.csv"
        ],
        "the page imports the three templates"
    );
    let out_at = args.iter().position(|a| a == "--out").expect("--out") + 1;
    let shown_out = args[out_at].clone();
    let out = scratch("guide");
    args[out_at] = out.to_str().unwrap().to_owned();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, stdout, stderr) = tool(&args);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "", "no row of the templates is rejected");
    let [output] = &codes(&page, "data-output")[..] else { panic!("one output on the page") };
    assert_eq!(stdout.trim_end().replace(out.to_str().unwrap(), &shown_out), *output);
    let (code, stdout, stderr) = tool(&["validate", out.join("occupations-example.json").to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let _ = std::fs::remove_dir_all(&out);
    for template in ["occupations.csv", "occupations-figures.csv", "occupations-sources.csv"] {
        let link = format!("href=\"../../content/templates/{template}\"");
        assert!(page.contains(&link), "the page links to {template}");
    }

    // Every message the page explains, produced by the importer from the fixtures and small changes to them.
    let mut said: Vec<String> = Vec::new();
    let [o, f, s] = fixture("bad-rows");
    said.extend(bundle_from_csv(&o, &f, &s, None).unwrap().rejected);
    let [o, f, s] = fixture("latin1");
    said.extend(bundle_from_csv(&o, &f, &s, None).unwrap_err());
    let [o, f, s] = fixture("semicolon-bom");
    said.extend(bundle_from_csv(&o, &f, &s, None).unwrap().summary);
    let [o, f, s] = fixture("good");
    let text = String::from_utf8(o.clone()).unwrap();
    let typo = text.replacen("title.en,alt_titles.en", "titel.en,alt_titles.en", 1);
    said.extend(bundle_from_csv(typo.as_bytes(), &f, &s, None).unwrap_err());
    let no_group: String = text.lines().filter(|l| !l.starts_with("8,isco08,")).map(|l| format!("{l}\n")).collect();
    said.extend(bundle_from_csv(no_group.as_bytes(), &f, &s, None).unwrap().rejected);
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(o.iter().copied()).collect();
    said.extend(bundle_from_csv(&utf16, &f, &s, None).unwrap_err());
    let piped: String = text
        .lines()
        .map(|l| if l.starts_with("code,scheme,") { l.replace(',', "|") } else { l.to_owned() } + "\n")
        .collect();
    said.extend(bundle_from_csv(piped.as_bytes(), &f, &s, None).unwrap_err());
    let figures = String::from_utf8(f.clone()).unwrap();
    let mut lines: Vec<String> = figures.lines().map(str::to_owned).collect();
    let mut cells: Vec<String> = lines[3].split(',').map(str::to_owned).collect();
    cells[7] = String::new();
    lines[3] = cells.join(",");
    let no_source = lines.join("\n") + "\n";
    said.extend(bundle_from_csv(&o, no_source.as_bytes(), &s, None).unwrap().rejected);
    let bad = |f: &str| format!("{FIXTURES}/bad-rows/{f}");
    let strict_out = scratch("guide-strict");
    let (_, _, stderr) = tool(&[
        "import",
        "occupations",
        &bad("occupations.csv"),
        &bad("figures.csv"),
        &bad("sources.csv"),
        "--out",
        strict_out.to_str().unwrap(),
        "--strict",
    ]);
    said.extend(stderr.lines().map(str::to_owned));
    let messages = codes(&page, "class=\"message\"");
    assert!(messages.len() >= 15, "{messages:?}");
    for m in &messages {
        assert!(
            said.iter().any(|s| s.contains(m.as_str())),
            "the page explains `{m}`, which the importer never says:\n{}",
            said.join("\n")
        );
    }
}
