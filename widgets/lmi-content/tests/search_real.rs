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

/// The first results of `query` in `lang`'s bundle.
fn top(lang: &str, query: &str, n: usize) -> Vec<String> {
    let (bundle, index, l) = load(lang);
    titles(&bundle, &l, &index.search(query, &Filters::default(), n)).into_iter().map(str::to_owned).collect()
}

/// Regression (issue 19): "verpleegkundige" ranked four occupations matched through alternative titles or
/// longer words before "algemeen verpleegkundige". A preferred title holding every query word whole comes
/// first (shortest first), in every language; then alternative titles; then titles that only begin so.
#[test]
fn whole_words_of_preferred_titles_rank_first_in_every_language() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "nl",
            "verpleegkundige",
            &["algemeen verpleegkundige", "leidinggevend verpleegkundige", "gespecialiseerd verpleegkundige"],
        ),
        // Preferred titles with the word, then the electrician through its alternative title "elektricien".
        ("nl", "elektricien", &["auto-elektricien", "elektricien evenementen", "monteur elektrische installaties"]),
        ("en", "nurse", &["nurse assistant", "specialist nurse", "veterinary nurse"]),
        ("en", "electrician", &["electrician"]),
        ("fr", "infirmier", &["infirmier préleveur/infirmière préleveuse"]),
        ("de", "krankenpfleger", &["Akademischer Krankenpfleger/Akademische Krankenschwester"]),
    ];
    for &(lang, query, first) in cases {
        let got = top(lang, query, first.len());
        assert_eq!(got, first, "{lang} {query:?}");
    }
}
