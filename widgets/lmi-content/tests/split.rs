//! Splitting the real occupations bundle into a light bundle and details files, and reading it back.

use std::path::Path;

use lmi_content::{LoadError, OccupationsBundle, details_path, merge, parse, parse_details, split};

fn whole() -> OccupationsBundle {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/occupations.en.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse::<OccupationsBundle>(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const TEMPLATE: &str = "occupations.en/{group}.json";

#[test]
fn split_then_merge_gives_back_every_occupation_and_group() {
    let whole = whole();
    let (light, parts) = split(whole.clone(), TEMPLATE);
    // Both halves are valid once written out and read back as the widget reads them.
    let light: OccupationsBundle = parse(&serde_json::to_string(&light).unwrap()).expect("light bundle is valid");
    assert_eq!(light.details.as_deref(), Some(TEMPLATE));
    let parts: Vec<_> = parts
        .iter()
        .map(|p| parse_details(&serde_json::to_string(p).unwrap(), &light, &p.group).expect("details are valid"))
        .collect();
    assert_eq!(parts.len(), 42, "one file per ISCO sub-major group with occupations");
    assert_eq!(light.occupations.len(), whole.occupations.len());
    for (original, light) in whole.occupations.iter().zip(&light.occupations) {
        let part = parts.iter().find(|p| p.group == original.isco[..2]).expect("its group's file");
        let detail = part.occupations.iter().find(|d| d.id == original.id).expect("its details");
        assert_eq!(&merge(light, detail), original);
    }
    for group in &whole.isco_groups {
        let light_group = light.isco_groups.iter().find(|g| g.code == group.code).expect("every group stays");
        assert_eq!(light_group.title, group.title);
        let employment = parts
            .iter()
            .flat_map(|p| &p.isco_groups)
            .find(|g| g.code == group.code)
            .map_or(&light_group.employment, |g| &g.employment);
        assert_eq!(employment, &group.employment, "group {}", group.code);
    }
}

#[test]
fn the_light_bundle_is_about_a_quarter_of_the_whole() {
    let whole = whole();
    let (light, _) = split(whole.clone(), TEMPLATE);
    let (w, l) = (serde_json::to_string(&whole).unwrap().len(), serde_json::to_string(&light).unwrap().len());
    assert!(l * 3 < w, "light {l} bytes of {w}");
}

#[test]
fn a_details_file_is_checked_against_its_bundle() {
    let whole = whole();
    let (light, parts) = split(whole.clone(), TEMPLATE);
    let mut part = parts.into_iter().find(|p| p.group == "25").unwrap();
    let problems = |text: &str, group: &str| match parse_details(text, &light, group) {
        Err(LoadError::Invalid(problems)) => problems.into_iter().map(|p| (p.path, p.message)).collect::<Vec<_>>(),
        other => panic!("expected problems, got {other:?}"),
    };
    // Asked for the wrong group.
    let text = serde_json::to_string(&part).unwrap();
    assert!(problems(&text, "31").iter().any(|(path, m)| path == "group" && m.contains("`31`")));
    // An occupation the bundle does not have, a figure citing an unknown source, a related id nobody has.
    part.occupations[0].id = "http://data.europa.eu/esco/occupation/not-there".into();
    let mut figure = whole.occupations.iter().find_map(|o| o.figures.median_wage.clone()).unwrap();
    figure.source = "no-such-source".into();
    part.occupations[1].figures.median_wage = Some(figure);
    part.occupations[2].related.push("nobody".into());
    let found = problems(&serde_json::to_string(&part).unwrap(), "25");
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains(&"occupations[0].id"), "{found:?}");
    assert!(paths.iter().any(|p| p.starts_with("occupations[1].figures.median_wage")), "{found:?}");
    assert!(paths.iter().any(|p| p.starts_with("occupations[2].related")), "{found:?}");
    // A whole bundle where a details file was expected.
    let wrong = serde_json::to_string(&whole).unwrap();
    assert!(matches!(parse_details(&wrong, &light, "25"), Err(LoadError::NotABundle(_))));
}

#[test]
fn details_must_name_files_beside_the_bundle() {
    let whole = whole();
    for template in ["https://evil.example/{group}.json", "../{group}.json", "/abs/{group}.json", "no-group.json"] {
        let (light, _) = split(whole.clone(), template);
        let err = parse::<OccupationsBundle>(&serde_json::to_string(&light).unwrap()).unwrap_err();
        assert!(err.problems().iter().any(|p| p.path == "details"), "{template}: {err}");
    }
    assert_eq!(details_path(TEMPLATE, "7"), "occupations.en/7.json");
}

/// The fuzz target reads details files against this pair (fuzz/seeds/): they must stay valid together.
#[test]
fn the_fuzz_seeds_are_a_light_bundle_and_its_details_file() {
    let seed = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let light: OccupationsBundle = parse(&seed("occupations-light.json")).expect("valid light bundle");
    assert!(light.details.is_some());
    parse_details(&seed("occupation-details-25.json"), &light, "25").expect("valid details of group 25");
}
