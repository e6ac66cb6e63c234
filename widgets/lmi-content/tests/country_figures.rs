//! A country's figures per occupation group, read as the explorer reads them: with the occupations bundle
//! that names them, for the country the `country` attribute asks for.

use std::path::Path;

use lmi_content::{
    CountryFigures, Kind, LoadError, OccupationsBundle, Region, Unit, country_code, country_path, parse, parse_any,
    parse_country_figures,
};

fn content(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content").join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn index() -> OccupationsBundle {
    parse::<OccupationsBundle>(&content("occupations.en.json")).expect("the English bundle is valid")
}

fn region(code: &str) -> Region {
    Region::parse(code).unwrap()
}

fn problems(text: &str, country: &str) -> Vec<(String, String)> {
    match parse_country_figures(text, &index(), &region(country)) {
        Err(LoadError::Invalid(problems)) => problems.into_iter().map(|p| (p.path, p.message)).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn the_attribute_reads_codes_as_people_write_them() {
    assert_eq!(country_code("be"), Some(region("BE")));
    assert_eq!(country_code(" NL "), Some(region("NL")));
    assert_eq!(country_code("EL"), Some(region("GR")), "Eurostat's code for Greece");
    assert_eq!(country_code("gr"), Some(region("GR")));
    assert_eq!(country_code("uk"), Some(region("GB")));
    assert_eq!(country_code("eu"), Some(region("EU27")));
    for bad in ["", "B", "BEL", "B3", "be-vlg", "<b>"] {
        assert_eq!(country_code(bad), None, "{bad:?}");
    }
    let template = index().countries.expect("the demo bundle names its country files");
    assert_eq!(country_path(&template, &region("GR")), "occupations-by-country/gr.json");
}

#[test]
fn every_demo_country_file_is_valid_and_has_group_figures_with_their_units() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/occupations-by-country");
    let index = index();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let code = name.trim_end_matches(".json").to_ascii_uppercase();
        let file: CountryFigures =
            parse_country_figures(&content(&format!("occupations-by-country/{name}")), &index, &region(&code))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(file.groups.len() >= 9, "{name}: {} groups", file.groups.len());
        let craft = file.group("7").expect("craft workers");
        assert_eq!(craft.employment.as_ref().map(|f| f.unit), Some(Unit::People), "{name}");
        // Eurostat leaves out small cells (women in Luxembourg's craft trades): then there is no figure at all.
        assert!(craft.women_share.as_ref().is_none_or(|f| f.unit == Unit::Percent), "{name}");
        files += 1;
    }
    assert_eq!(files, 34, "the EU-27 and every country of countries.json");
}

#[test]
fn a_file_for_another_country_or_with_a_wrong_unit_is_refused_naming_the_path() {
    let text = content("occupations-by-country/be.json");
    let found = problems(&text, "NL");
    assert!(found.iter().any(|(p, m)| p == "country" && m.contains("`BE`") && m.contains("`NL`")), "{found:?}");
    let mut file: serde_json::Value = serde_json::from_str(&text).unwrap();
    file["groups"][0]["employment"]["unit"] = "percent".into();
    let found = problems(&file.to_string(), "BE");
    assert!(found.iter().any(|(p, m)| p == "groups[0].employment.unit" && m.contains("people")), "{found:?}");
    file["groups"][1]["code"] = file["groups"][0]["code"].clone();
    let found = problems(&file.to_string(), "BE");
    assert!(found.iter().any(|(p, m)| p == "groups[1].code" && m.contains("twice")), "{found:?}");
}

#[test]
fn a_country_file_is_not_a_bundle_on_its_own() {
    let text = content("occupations-by-country/be.json");
    match parse_any(&text) {
        Err(LoadError::NotABundle(p)) => assert!(p.message.contains("`countries`"), "{}", p.message),
        other => panic!("expected NotABundle, got {other:?}"),
    }
    let quiz = content("quiz-first-look.json");
    assert!(matches!(parse_country_figures(&quiz, &index(), &region("BE")), Err(LoadError::NotABundle(_))));
    assert_eq!(Kind::CountryFigures.as_str(), "country-figures");
}
