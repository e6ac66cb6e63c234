//! A small fixture of raw rows (`fixtures/`, laid out like the shared data folder) → the expected bundles.

use std::path::{Path, PathBuf};

use lmi_content::{Bundle, OccupationsBundle, parse_bundle};
use serde_json::{Value, json};

use super::build;
use super::bundle::Words;
use super::localise::{all_sources, localise};
use super::texts::{Language, Texts};
use crate::Report;
use crate::sources::Registry;
use crate::texts::{DIR, LANGUAGES};
use crate::util::root;

const U: &str = "http://data.europa.eu/esco/occupation";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/occupations/fixtures")
}

/// The real words (`content/authored/texts/`) with the fixture's rows.
fn words() -> (Registry, Texts) {
    let dir = root().join("content").join(DIR);
    (Registry::load(&dir).expect("sources.json loads"), Texts::load(&dir).expect("occupations.json loads"))
}

fn bundles() -> Vec<(String, OccupationsBundle)> {
    let (registry, texts) = words();
    build(&fixtures(), &Words { registry: &registry, texts: &texts }, &mut Report::default())
        .expect("the fixture builds")
}

fn bundle(code: &str) -> OccupationsBundle {
    let file = format!("occupations.{code}.json");
    bundles().into_iter().find(|(f, _)| *f == file).map(|(_, b)| b).expect("bundle written")
}

/// One occupation of a bundle as JSON, as the widgets will read it.
fn occupation(b: &OccupationsBundle, id: &str) -> Value {
    let id = format!("{U}/{id}");
    let o = b.occupations.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("{id} is in the bundle"));
    serde_json::to_value(o).expect("serialises")
}

/// The caveat of US employment and openings in the English bundle: the US occupation is named once, in
/// `us_match`, not on every figure.
const US_COUNT: &str = "United States: counts everyone in the closest US occupation, not only this job.";

#[test]
fn registered_nurse_row_becomes_the_expected_card() {
    let count = json!({"en": US_COUNT});
    let expected = json!({
        "id": format!("{U}/nurse"),
        "isco": "2221",
        "title": {"en": "nurse responsible for general care"},
        "alt_titles": {"en": ["general nurse", "registered nurse"]},
        "description": {"en": "Nurses responsible for general care plan, manage and provide nursing care."},
        // Occupation-specific skills first, then sector-specific, then transversal; alphabetical within.
        "skills": {"essential": [
            {"en": "assess patients"}, {"en": "provide nursing care"}, {"en": "nursing ethics"}, {"en": "work in teams"}
        ]},
        "entry_education": "bachelor",
        // BLS's typical on-the-job training and related work experience ("None" both) as ways in.
        "routes": [
            {"en": "Training at work: usually none beyond the education needed to start (United States, BLS)."},
            {"en": "Work experience in a related job: not needed to start (United States, BLS)."}
        ],
        // Social 6.8, then the tie Investigative = Conventional 4.5 in RIASEC order; O*NET names a third high-point.
        "interests": ["S", "I", "C"],
        "job_zone": 3,
        // Wage, growth and share of women take their source's caveat ("These are United States figures…");
        // only the counts say they count the whole US occupation. EU-LFS counts are on ISCO group 222.
        "figures": {
            "median_wage": {
                "value": 97550.0, "unit": "currency_per_year", "currency": "USD", "period": "2025-05", "region": "US",
                "source": "bls-oews-2025", "range": {"low": 68940.0, "high": 137470.0, "kind": "p10_p90"}
            },
            "employment": {
                "value": 3379720.0, "unit": "people", "period": "2025-05", "region": "US", "source": "bls-oews-2025",
                "caveat": count
            },
            "projected_change": {
                "value": 6.0, "unit": "percent_change", "period": "2023/2033", "region": "US",
                "source": "bls-ep-2023-2033"
            },
            "openings": {
                "value": 194500.0, "unit": "openings_per_year", "period": "2023/2033", "region": "US",
                "source": "bls-ep-2023-2033", "caveat": count
            },
            "women_share": {
                "value": 87.9, "unit": "percent", "period": "2022", "region": "US", "source": "bls-cps-2022"
            }
        },
        // O*NET's related 29-1171.00 maps back to the specialist nurse; 31-1131.00 has no ESCO match.
        "related": [format!("{U}/specialist-nurse")],
        "us_match": {"soc": "29-1141", "title": "Registered nurses"}
    });
    assert_eq!(occupation(&bundle("en"), "nurse"), expected);
}

/// One ISCO group of a bundle as JSON.
fn group(b: &OccupationsBundle, code: &str) -> Value {
    let g = b.isco_groups.iter().find(|g| g.code == code).unwrap_or_else(|| panic!("group {code} is in the bundle"));
    serde_json::to_value(g).expect("serialises")
}

#[test]
fn eu_lfs_counts_are_given_once_on_the_minor_group() {
    let b = bundle("en");
    let eu = |value: f64, period: &str, region: &str| {
        json!({
            "value": value, "unit": "people", "period": period, "region": region,
            "source": format!("eu-lfs-nesta-{}", region.to_lowercase()),
            "caveat": {"en": "Counts everyone in ISCO group 222: all its occupations together, not any one of them."}
        })
    };
    // Thousands → people; Italy has no row for group 222.
    let expected = json!({
        "code": "222",
        "title": {"en": "EN group 222"},
        "employment": [
            eu(611234.0, "2014", "GB"), eu(676500.0, "2018", "GB"), eu(400100.0, "2014", "FR"), eu(410900.0, "2018", "FR")
        ]
    });
    assert_eq!(group(&b, "222"), expected);
    // The plumber's group 712: the UK's 2018 cell is masked.
    let counts: Vec<(String, String, f64)> = b
        .isco_groups
        .iter()
        .find(|g| g.code == "712")
        .expect("group 712")
        .employment
        .iter()
        .map(|f| (f.region.to_string(), f.period.to_string(), f.value))
        .collect();
    let expected = [("GB", "2014", 100000.0), ("IT", "2014", 50000.0), ("IT", "2018", 55000.0)]
        .map(|(r, p, v)| (r.to_owned(), p.to_owned(), v));
    assert_eq!(counts, expected);
    // Groups of other levels and minor groups no table has carry no figures.
    for code in ["2", "22", "2221", "251", "422", "742"] {
        assert_eq!(group(&b, code).get("employment"), None, "group {code}");
    }
    let codes: Vec<&str> = b.isco_groups.iter().map(|g| g.code.as_str()).collect();
    for o in &b.occupations {
        for n in 1..=4 {
            assert!(codes.contains(&&o.isco[..n]), "{}: no group {}", o.id, &o.isco[..n]);
        }
    }
}

#[test]
fn imprecise_small_and_topcoded_figures_say_so() {
    let o = occupation(&bundle("en"), "specialist-nurse");
    let f = &o["figures"];
    assert_eq!(f["median_wage"]["value"], json!(132300.0));
    assert_eq!(f["median_wage"]["range"], Value::Null, "no 90th percentile published, so no range");
    assert_eq!(f["median_wage"]["reliability"]["level"], "medium");
    assert_eq!(
        f["median_wage"]["reliability"]["reason"]["en"],
        "The survey’s relative standard error is 10.4%, so this estimate is less precise than most."
    );
    // A top-coded wage keeps the source's caveat and adds that the value is a minimum.
    let wage_caveat = f["median_wage"]["caveat"]["en"].as_str().expect("a caveat");
    assert!(wage_caveat.starts_with("These are United States figures."), "{wage_caveat}");
    assert!(wage_caveat.ends_with("only as a minimum (“equal to or greater than”): the real value may be higher."));
    assert_eq!(f["employment"]["reliability"]["level"], "medium");
    assert_eq!(
        f["women_share"]["reliability"]["reason"]["en"],
        "Small sample: about 80,000 people work in this occupation, so the survey share is less precise."
    );
    assert_eq!(o["interests"], json!(["I", "S"]), "no third high-point: two interests");
    assert_eq!((o["job_zone"].clone(), o["entry_education"].clone()), (json!(5), json!("master")));
    assert_eq!(o["related"], json!([format!("{U}/nurse")]));
}

#[test]
fn old_onet_code_keeps_bls_figures_only_when_the_soc_title_is_unchanged() {
    let b = bundle("en");
    // 47-2152.02 left O*NET, but SOC 47-2152 has had the same title since 2010: BLS figures, no O*NET data.
    let plumber = occupation(&b, "plumber");
    assert_eq!(plumber["figures"]["median_wage"]["value"], json!(63800.0));
    assert_eq!(plumber["figures"]["women_share"], Value::Null, "CPS share suppressed by BLS");
    assert_eq!((plumber["interests"].clone(), plumber["job_zone"].clone()), (Value::Null, Value::Null));
    assert_eq!(plumber["entry_education"], "secondary");
    assert_eq!(
        plumber["routes"],
        json!([
            {"en": "Training at work: an apprenticeship, usually several years of paid training with classes (United States, BLS)."},
            {"en": "Work experience in a related job: not needed to start (United States, BLS)."}
        ]),
        "BLS's on-the-job training and related work experience, as ways in"
    );
    assert_eq!(plumber["us_match"], json!({"soc": "47-2152", "title": "Plumbers, pipefitters, and steamfitters"}));
    assert_eq!(plumber["skills"], json!({"essential": [{"en": "install pipes"}]}));
    // 15-1132 is a SOC 2010 code that OEWS 2025 and the projections no longer use: no US figures at all.
    let software = occupation(&b, "software-developer");
    assert_eq!((software.get("figures"), software.get("us_match")), (None, None));
    // 49-2021.01 left O*NET and BLS's SOC 2010 title for 49-2021 differs from today's: no US figures.
    let radio = occupation(&b, "radio-technician");
    assert_eq!((radio.get("figures"), radio.get("us_match")), (None, None));
    // Nesta's confidence 0.5: neither O*NET data nor US figures.
    let waiting = occupation(&b, "waiting-list-coordinator");
    assert_eq!((waiting.get("figures"), waiting.get("interests"), waiting.get("us_match")), (None, None, None));
}

#[test]
fn each_language_has_its_own_labels_and_the_german_bundle_leaves_out_what_v1_2_lacks() {
    let all = bundles();
    let files: Vec<&str> = all.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(files, ["occupations.en.json", "occupations.fr.json", "occupations.nl.json", "occupations.de.json"]);
    let fr = bundle("fr");
    let nurse = occupation(&fr, "nurse");
    assert_eq!(nurse["title"], json!({"fr": "infirmier/infirmière en soins généraux"}));
    assert_eq!(nurse["alt_titles"], json!({"fr": ["infirmier en soins généraux", "infirmière en soins généraux"]}));
    assert_eq!(nurse["skills"]["essential"][0], json!({"en": "assess patients"}), "skills stay English labels");
    assert_eq!(nurse["us_match"], json!({"soc": "29-1141", "title": "Registered nurses"}), "BLS's own title");
    assert_eq!(
        nurse["figures"]["openings"]["caveat"],
        json!({"fr": "États-Unis : compte toutes les personnes de la profession américaine la plus proche, pas seulement ce métier."})
    );
    assert_eq!(
        group(&fr, "222")["employment"][0]["caveat"],
        json!({"fr": "Compte toutes les personnes du groupe CITP 222 : toutes ses professions ensemble, pas une seule d’entre elles."})
    );
    assert_eq!(serde_json::to_value(&fr.isco_groups[0]).unwrap(), json!({"code": "2", "title": {"fr": "FR groupe 2"}}));
    // No Dutch ISCO titles in ESCO: the Dutch bundle labels groups in English.
    assert_eq!(
        serde_json::to_value(&bundle("nl").isco_groups[0]).unwrap(),
        json!({"code": "2", "title": {"en": "EN group 2"}})
    );
    let de = bundle("de");
    let ids: Vec<&str> = de.occupations.iter().map(|o| o.id.trim_start_matches(U)).collect();
    assert_eq!(ids, ["/nurse", "/plumber", "/software-developer", "/specialist-nurse"]);
    assert_eq!(occupation(&de, "nurse")["title"], json!({"de": "Pflegefachkraft"}));
    assert_eq!(de.meta.id, "occupations-de");
    assert_eq!(serde_json::to_value(&de.meta.languages).unwrap(), json!(["de"]));
}

#[test]
fn every_bundle_validates_and_building_twice_gives_the_same_bytes() {
    let text = |b: &OccupationsBundle| serde_json::to_string(b).expect("serialises");
    let (first, second) = (bundles(), bundles());
    for ((file, a), (_, b)) in first.iter().zip(&second) {
        assert_eq!(text(a), text(b), "{file} differs between runs");
        match parse_bundle(&text(a)) {
            Ok(Bundle::Occupations(_)) => {}
            other => panic!("{file}: {other:?}"),
        }
    }
}

#[test]
fn us_match_names_the_us_occupation_once_and_no_figure_repeats_it() {
    for (file, b) in bundles() {
        for o in &b.occupations {
            assert_eq!(o.us_match.is_some(), !o.figures.is_empty(), "{file}: {}: us_match iff US figures", o.id);
            if let Some(m) = &o.us_match {
                for (name, f) in o.figures.iter() {
                    let caveat = serde_json::to_string(&f.caveat).expect("serialises");
                    assert!(!caveat.contains(&m.title), "{file}: {}: {name} repeats the US title", o.id);
                }
            }
        }
    }
}

/// A US occupation that is not the ESCO one says how far it is; one of the ESCO titles in the US title is
/// the same occupation.
#[test]
fn a_loose_us_match_says_how_loose() {
    let en = bundle("en");
    let fit = |id: &str| occupation(&en, id)["us_match"]["fit"].clone();
    assert_eq!(fit("nurse"), Value::Null, "\"registered nurse\" is an ESCO title of it");
    assert_eq!(fit("plumber"), Value::Null, "plumbers are listed in the US title");
    assert_eq!(fit("specialist-nurse"), "related", "nurse practitioners are another occupation");
}

#[test]
fn the_written_bundles_are_compact_json_that_validates() {
    let out = std::env::temp_dir().join(format!("lmi-occupations-test-{}", std::process::id()));
    std::fs::create_dir_all(&out).expect("temporary folder");
    let (registry, _) = words();
    let texts = root().join("content").join(DIR);
    super::generate(&fixtures(), &out, &registry, &texts, &mut Report::default()).expect("the fixture is written");
    for (file, b) in bundles() {
        let written = std::fs::read_to_string(out.join(&file)).expect("written");
        assert_eq!(written, format!("{}\n", serde_json::to_string(&b).expect("serialises")), "{file}");
        assert_eq!(written.lines().count(), 1, "{file}: one line");
        assert!(matches!(parse_bundle(&written), Ok(Bundle::Occupations(_))), "{file}");
    }
    std::fs::remove_dir_all(&out).expect("clean up");
}

#[test]
fn attribution_names_every_publisher_and_the_onet_sentence_exactly() {
    let attribution = bundle("nl").meta.attribution;
    for needle in [
        "This service uses the ESCO classification of the European Commission.",
        "This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.",
        "USDOL/ETA has not approved, endorsed, or tested these modifications.",
        "U.S. Bureau of Labor Statistics",
        "Nesta, Mapping Career Causeways (2020)",
        "Eurostat",
    ] {
        assert!(attribution.contains(needle), "missing: {needle}");
    }
}

#[test]
fn every_shared_source_text_is_in_every_ui_language_and_each_bundle_keeps_its_own() {
    // Fails when a source gains a text without a translation: add it to content/authored/texts/sources.json.
    let (registry, _) = words();
    let sources = all_sources(&registry).expect("every source has its words");
    let mut want = LANGUAGES.to_vec();
    want.sort();
    for source in &sources {
        let texts = source
            .limitations
            .iter()
            .chain(source.reliability.iter().map(|r| &r.reason))
            .chain(&source.caveat)
            .chain(&source.name);
        for text in texts {
            let langs: Vec<&str> = text.0.keys().map(|l| l.as_str()).collect();
            assert_eq!(langs, want, "{}", source.id);
        }
    }
    for l in Language::ALL {
        for source in sources.clone() {
            let local = localise(source, l).unwrap_or_else(|e| panic!("{}: {e}", l.code()));
            let texts = local
                .limitations
                .iter()
                .chain(local.reliability.iter().map(|r| &r.reason))
                .chain(&local.caveat)
                .chain(&local.name);
            for text in texts {
                assert_eq!(text.0.keys().map(|k| k.as_str()).collect::<Vec<_>>(), [l.code()], "{}", local.id);
            }
        }
    }
}
