//! Search over a small hand-built bundle: normalisation, ranking, typos, filters.

use serde_json::{Value, json};

use super::normalize::{normalize, normalize_into};
use crate::{EntryEducation, Filters, Hit, Lang, MatchRank, Matched, OccupationsBundle, Outlook, Riasec, SearchIndex};

/// `(isco, titles by language, alternative titles by language, entry education, interests, projected change)`.
type Row = (&'static str, Value, Value, Option<&'static str>, &'static [&'static str], Option<f64>);

fn occupation(n: usize, (isco, title, alt_titles, education, interests, change): Row) -> Value {
    let mut o = json!({ "id": format!("occ-{n}"), "isco": isco, "title": title, "alt_titles": alt_titles,
        "interests": interests });
    if let Some(education) = education {
        o["entry_education"] = json!(education);
    }
    if let Some(change) = change {
        o["figures"] = json!({ "projected_change": { "value": change, "unit": "percent_change",
            "period": "2023/2033", "region": "US", "source": "bls" } });
    }
    o
}

fn bundle() -> OccupationsBundle {
    #[rustfmt::skip]
    let rows: Vec<Row> = vec![
        ("7411", json!({"en": "electrician", "fr": "électricien/électricienne"}),
            json!({"en": ["sparky", "wireman"], "fr": ["électricien", "électricienne"]}), Some("secondary"), &["R", "C"], Some(6.0)),
        ("2151", json!({"en": "electrical engineer"}), json!({"en": ["power engineer"]}), Some("bachelor"), &["I", "R"], Some(1.0)),
        ("7411", json!({"en": "domestic electrician"}), json!({"en": ["household electrician"]}), Some("secondary"), &["R"], Some(-5.0)),
        ("2221", json!({"en": "specialist nurse"}), json!({"en": ["advanced practice nurse"]}), Some("bachelor"), &["S", "I"], Some(8.0)),
        ("2221", json!({"en": "school nurse"}), json!({}), Some("bachelor"), &["S"], Some(8.0)),
        ("2221", json!({"en": "clinic nurse"}), json!({}), Some("bachelor"), &["S"], None),
        ("5120", json!({"en": "cook"}), json!({"en": ["chef"]}), Some("no_formal"), &["R", "E"], Some(4.0)),
        ("2320", json!({"en": "cookery teacher"}), json!({}), Some("bachelor"), &["S"], Some(0.0)),
        ("7512", json!({"en": "pastry cook"}), json!({"en": ["pâtissier"]}), Some("secondary"), &["R", "A"], None),
        ("7512", json!({"en": "baker", "de": "Bäcker/Bäckerin"}), json!({}), Some("secondary"), &["R"], None),
        ("9412", json!({"en": "cool room worker"}), json!({}), Some("no_formal"), &[], None),
        ("2512", json!({"en": "software developer"}), json!({"en": ["software engineer", "coder"]}), Some("bachelor"), &["I", "C"], Some(20.0)),
        ("0110", json!({"en": "army officer"}), json!({"en": ["officer"]}), None, &["E"], None),
        ("9412", json!({"en": "kitchen porter"}), json!({"en": ["cook's helper"]}), Some("no_formal"), &[], None),
    ];
    let groups = [
        ("0", "Armed forces occupations"),
        ("01", "Commissioned armed forces officers"),
        ("011", "Commissioned armed forces officers"),
        ("0110", "Commissioned armed forces officers"),
        ("2", "Professionals"),
        ("22", "Health professionals"),
        ("222", "Nursing and midwifery professionals"),
        ("2221", "Nursing professionals"),
        ("2512", "Software developers"),
        ("5120", "Cooks"),
        ("7", "Craft and related trades workers"),
        ("7411", "Building and related electricians"),
        ("7512", "Bakers, pastry-cooks and confectionery makers"),
    ];
    let bundle = json!({
        "kind": "occupations",
        "format": "1.0",
        "meta": { "id": "test", "title": {"en": "Test"}, "languages": ["en"], "default_language": "en",
            "licence": "CC0", "attribution": "", "audience": ["pupil"], "authors": ["Test"],
            "last_reviewed": "2026-01-01" },
        "sources": [],
        "isco_groups": groups.map(|(code, title)| json!({ "code": code, "title": { "en": title } })),
        "occupations": rows.into_iter().enumerate().map(|(n, row)| occupation(n, row)).collect::<Vec<_>>(),
    });
    serde_json::from_value(bundle).expect("the fixture is an occupations bundle")
}

fn lang(tag: &str) -> Lang {
    Lang::new(tag).expect("valid tag")
}

fn titles(bundle: &OccupationsBundle, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| bundle.occupations[h.occupation].title.get(&lang("en")).unwrap_or_default().to_owned())
        .collect()
}

/// The English titles `query` finds with `filters`, best first, compared with `expected`.
fn check_filtered(query: &str, filters: Filters, expected: &[&str]) {
    let bundle = bundle();
    let hits = SearchIndex::new(&bundle, &lang("en")).search(query, &filters, 10);
    assert_eq!(titles(&bundle, &hits), expected, "query {query:?} with {filters:?}");
}

fn check(query: &str, expected: &[&str]) {
    check_filtered(query, Filters::default(), expected);
}

/// The best hit of `query` in the language `tag`.
fn top_hit(tag: &str, query: &str) -> Hit {
    let hits = SearchIndex::new(&bundle(), &lang(tag)).search(query, &Filters::default(), 10);
    hits.first().cloned().unwrap_or_else(|| panic!("query {query:?} in {tag} finds nothing"))
}

#[test]
fn normalisation() {
    let cases = [
        ("Électricien/Électricienne", "electricien electricienne"),
        ("Bäcker", "backer"),
        ("Straße", "strasse"),
        ("STRAẞE", "strasse"),
        ("Œuvre", "oeuvre"),
        ("Ærø", "aero"),
        ("Łódź", "lodz"),
        ("àáâãäå çñ ÿ", "aaaaaa cn y"),
        ("  health -- care;\tworker!  ", "health care worker"),
        ("chef d’équipe", "chef d equipe"),
        ("C++ developer (m/f)", "c developer m f"),
        ("e\u{301}lectricien", "electricien"),
        ("\u{200B}public relations", "public relations"),
        ("rand\u{AD}ap\u{AD}pa\u{AD}ra\u{AD}tuur", "randapparatuur"),
        ("Інженер-програміст", "інженер програміст"),
        ("мʼясник", "м ясник"),
        ("مهندس برمجيات", "مهندس برمجيات"),
        ("مُهَنْدِس", "مهندس"),
        ("Level 3 — 2nd", "level 3 2nd"),
        ("...", ""),
        ("", ""),
    ];
    for (text, expected) in cases {
        assert_eq!(normalize(text), expected, "{text:?}");
    }
    // Appending: a separator at the start of the new text adds no space.
    let mut appended = String::from("first");
    normalize_into(" -Second", &mut appended);
    assert_eq!(appended, "firstsecond");
}

#[test]
fn ranks_whole_words_of_titles_then_of_alternative_titles_then_beginnings_then_typos() {
    let bundle = bundle();
    let hits = SearchIndex::new(&bundle, &lang("en")).search("cook", &Filters::default(), 10);
    let expected = ["cook", "pastry cook", "kitchen porter", "cookery teacher", "baker", "cool room worker"];
    assert_eq!(titles(&bundle, &hits), expected);
    let ranks: Vec<MatchRank> = hits.iter().map(|h| h.rank).collect();
    use MatchRank::*;
    // A preferred title holding the word whole ("pastry cook") beats an alternative title holding it
    // ("cook's helper"), which beats a title that only begins with it ("cookery teacher").
    assert_eq!(ranks, [Exact, Whole, Whole, Prefix, Word, Fuzzy]);
    assert_eq!(hits[2].matched, Matched::AltTitle("cook's helper".into()));
    assert_eq!(hits[4].matched, Matched::IscoGroup("7512".into()), "baker is found through its group's title");
}

#[test]
fn ranking_table() {
    let cases: &[(&str, &[&str])] = &[
        // Within a rank: title before alternative title, even a shorter one.
        ("engineer", &["electrical engineer", "software developer"]),
        // Then shorter title, then alphabetical.
        ("nurse", &["clinic nurse", "school nurse", "specialist nurse"]),
        ("electrician", &["electrician", "domestic electrician"]),
        // Every query word has to match, in any order.
        ("developer software", &["software developer"]),
        ("nurse school", &["school nurse"]),
        ("nurse pastry", &[]),
        ("elec", &["electrician", "electrical engineer", "domestic electrician"]),
    ];
    for (query, expected) in cases {
        check(query, expected);
    }
}

#[test]
fn reports_the_alternative_title_that_matched() {
    let hit = top_hit("en", "sparky");
    assert_eq!((hit.occupation, hit.rank, hit.matched), (0, MatchRank::Exact, Matched::AltTitle("sparky".into())));
    let hit = top_hit("en", "patissier");
    assert_eq!((hit.occupation, hit.matched), (8, Matched::AltTitle("pâtissier".into())));
    let hit = top_hit("en", "household");
    assert_eq!((hit.occupation, hit.rank), (2, MatchRank::Whole));
}

#[test]
fn matches_isco_group_titles() {
    check("health professionals", &["clinic nurse", "school nurse", "specialist nurse"]);
    let bundle = bundle();
    let hits = SearchIndex::new(&bundle, &lang("en")).search("midwifery", &Filters::default(), 10);
    assert!(
        hits.iter().all(|h| h.matched == Matched::IscoGroup("222".into()) && h.rank == MatchRank::Whole),
        "{hits:?}"
    );
    assert_eq!(hits.len(), 3);
    // Of groups with the same title, the narrowest is reported.
    let hits = SearchIndex::new(&bundle, &lang("en")).search("commissioned", &Filters::default(), 10);
    assert_eq!(hits[0].matched, Matched::IscoGroup("0110".into()));
    let hits = SearchIndex::new(&bundle, &lang("en")).search("software developers", &Filters::default(), 10);
    assert_eq!(hits[0].matched, Matched::IscoGroup("2512".into()));
}

#[test]
fn tolerates_one_typo_in_words_of_four_letters_or_more() {
    let cases: &[(&str, &[&str])] = &[
        ("electrcian", &["electrician", "domestic electrician"]),
        ("elecrtician", &["electrician", "domestic electrician"]),
        ("softwre develper", &["software developer"]),
        ("chfe", &["cook"]),
        ("nusre", &["clinic nurse", "school nurse", "specialist nurse"]),
        // Two typos are too many.
        ("elektrican", &[]),
        // Short words must be typed right.
        ("cok", &[]),
        ("nrse", &["clinic nurse", "school nurse", "specialist nurse"]),
        ("nrs", &[]),
    ];
    for (query, expected) in cases {
        check(query, expected);
    }
    assert_eq!(top_hit("en", "chfe").rank, MatchRank::Fuzzy);
}

#[test]
fn filters_alone_browse_alphabetically() {
    let by_major = |major| Filters { major_group: Some(major), ..Filters::default() };
    let cases: &[(Filters, &[&str])] = &[
        (by_major('7'), &["baker", "domestic electrician", "electrician", "pastry cook"]),
        (by_major('0'), &["army officer"]),
        (by_major('3'), &[]),
        (Filters { outlook: Some(Outlook::Shrinking), ..Filters::default() }, &["domestic electrician"]),
        (Filters { outlook: Some(Outlook::Stable), ..Filters::default() }, &["cookery teacher", "electrical engineer"]),
        (
            Filters { interest: Some(Riasec::Conventional), ..Filters::default() },
            &["electrician", "software developer"],
        ),
        (
            Filters {
                entry_education: Some(EntryEducation::Bachelor),
                interest: Some(Riasec::Investigative),
                ..Filters::default()
            },
            &["electrical engineer", "software developer", "specialist nurse"],
        ),
        (
            Filters {
                major_group: Some('2'),
                outlook: Some(Outlook::Growing),
                interest: Some(Riasec::Social),
                ..Filters::default()
            },
            &["school nurse", "specialist nurse"],
        ),
    ];
    for (filters, expected) in cases {
        check_filtered("", *filters, expected);
        check_filtered("  -- ", *filters, expected);
    }
    let bundle = bundle();
    let all = SearchIndex::new(&bundle, &lang("en")).search("", &Filters::default(), 100);
    assert_eq!(all.len(), bundle.occupations.len());
    assert!(all.iter().all(|h| h.rank == MatchRank::Browse && h.matched == Matched::Title));
}

#[test]
fn filters_combine_with_the_query() {
    let cases: &[(&str, Filters, &[&str])] = &[
        ("electrician", Filters { outlook: Some(Outlook::Growing), ..Filters::default() }, &["electrician"]),
        ("engineer", Filters { interest: Some(Riasec::Conventional), ..Filters::default() }, &["software developer"]),
        (
            "nurse",
            Filters { outlook: Some(Outlook::Growing), ..Filters::default() },
            &["school nurse", "specialist nurse"],
        ),
        ("cook", Filters { major_group: Some('7'), ..Filters::default() }, &["pastry cook", "baker"]),
        (
            "electrcian",
            Filters { entry_education: Some(EntryEducation::Secondary), ..Filters::default() },
            &["electrician", "domestic electrician"],
        ),
        ("nurse", Filters { major_group: Some('7'), ..Filters::default() }, &[]),
    ];
    for (query, filters, expected) in cases {
        check_filtered(query, *filters, expected);
    }
}

#[test]
fn searches_in_the_index_language_without_accents() {
    // The preferred title holds the word whole ("électricien/électricienne"): it is what matched.
    let hit = top_hit("fr", "electricienne");
    assert_eq!((hit.occupation, hit.rank, hit.matched), (0, MatchRank::Whole, Matched::Title));
    // Titles missing in French are searched in the bundle's default language.
    assert_eq!(top_hit("fr", "baker"), Hit { occupation: 9, rank: MatchRank::Exact, matched: Matched::Title });
    assert_eq!(top_hit("de", "backer").occupation, 9);
    assert_eq!(top_hit("de", "BÄCKERIN").rank, MatchRank::Whole);
}

#[test]
fn limit_keeps_the_best() {
    let bundle = bundle();
    let index = SearchIndex::new(&bundle, &lang("en"));
    let hits = index.search("cook", &Filters::default(), 2);
    assert_eq!(titles(&bundle, &hits), ["cook", "pastry cook"]);
    assert!(index.search("cook", &Filters::default(), 0).is_empty());
    assert_eq!(index.search("", &Filters::default(), 3).len(), 3);
}

#[test]
fn results_are_deterministic() {
    let bundle = bundle();
    let mut reversed = bundle.clone();
    reversed.occupations.reverse();
    reversed.isco_groups.reverse();
    let (first, second) = (SearchIndex::new(&bundle, &lang("en")), SearchIndex::new(&bundle, &lang("en")));
    let from_reversed = SearchIndex::new(&reversed, &lang("en"));
    for query in ["", "cook", "nurse", "e", "engineer", "electrcian", "professionals"] {
        let expected = first.search(query, &Filters::default(), 20);
        assert_eq!(second.search(query, &Filters::default(), 20), expected, "{query:?}");
        // Ties are broken by the texts, not by the bundle's order.
        let reversed_hits = from_reversed.search(query, &Filters::default(), 20);
        assert_eq!(titles(&reversed, &reversed_hits), titles(&bundle, &expected), "{query:?} reversed");
    }
}
