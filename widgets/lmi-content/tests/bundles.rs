//! Every bundle in `content/` parses and validates.

use std::path::Path;

#[test]
fn every_bundle_in_content_validates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("content/ exists") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err(e) = lmi_content::parse_bundle(&text) {
                let problems: Vec<String> =
                    e.problems().iter().map(|p| p.display_in(&path.display().to_string())).collect();
                panic!("{} does not validate:\n{}", path.display(), problems.join("\n"));
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "no bundles found in {}", dir.display());
}
