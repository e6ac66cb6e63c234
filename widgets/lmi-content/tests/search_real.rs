//! Search over the real occupations bundles in `content/`.

use std::path::Path;

use lmi_content::{Filters, Hit, Lang, OccupationsBundle, SearchIndex};

fn load(lang: &str) -> (OccupationsBundle, SearchIndex, Lang) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../content/occupations.{lang}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let bundle = lmi_content::parse::<OccupationsBundle>(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lang = Lang::new(lang).expect("valid tag");
    let index = SearchIndex::new(&bundle, &lang);
    (bundle, index, lang)
}

fn titles<'a>(bundle: &'a OccupationsBundle, lang: &Lang, hits: &[Hit]) -> Vec<&'a str> {
    hits.iter().map(|h| bundle.occupations[h.occupation].title.get(lang).unwrap_or_default()).collect()
}

#[test]
fn french_query_without_accents_finds_electricien() {
    let (bundle, index, fr) = load("fr");
    let top = titles(&bundle, &fr, &index.search("electricien", &Filters::default(), 3));
    assert!(top.contains(&"électricien/électricienne"), "top 3: {top:?}");
}

#[test]
fn nurse_ranks_a_nurse_first_in_english() {
    let (bundle, index, en) = load("en");
    let top = titles(&bundle, &en, &index.search("nurse", &Filters::default(), 10));
    assert!(top.first().is_some_and(|t| t.contains("nurse")), "top: {top:?}");
}

#[test]
fn a_typo_still_finds_the_plumber() {
    let (bundle, index, en) = load("en");
    let top = titles(&bundle, &en, &index.search("plumer", &Filters::default(), 3));
    assert!(top.contains(&"plumber"), "top 3: {top:?}");
}

#[test]
fn german_query_without_umlauts_finds_backer() {
    let (bundle, index, de) = load("de");
    let top = titles(&bundle, &de, &index.search("backer", &Filters::default(), 3));
    assert!(top.contains(&"Bäcker/Bäckerin"), "top 3: {top:?}");
}
