//! Parse + validate of every bundle kind must never panic, whatever the bytes: a bad bundle is an error
//! value with a message, never a crash of the widget. Seeds: the bundles in content/ and fuzz/seeds/ (see
//! `cargo xtask fuzz`).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use lmi_content::OccupationsBundle;

/// A light (split) occupations bundle of three occupations in ISCO group 25, to read details files against;
/// `occupation-details-25.json` beside it is its details file.
fn light_bundle() -> &'static OccupationsBundle {
    static BUNDLE: OnceLock<OccupationsBundle> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        lmi_content::parse(include_str!("../seeds/occupations-light.json")).expect("the seed bundle is valid")
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = lmi_content::parse_bundle(text) {
            // Reporting walks the text again (line and column of each problem): it must not panic either.
            for problem in e.problems() {
                let _ = problem.display_in("fuzz.json");
            }
        }
        // The per-kind entry points the widgets use.
        let _ = lmi_content::parse::<lmi_content::QuizBundle>(text);
        let _ = lmi_content::parse::<lmi_content::ReadingBundle>(text);
        let _ = lmi_content::parse_details(text, light_bundle(), "25");
    }
});
