//! Property tests: whatever the input, parsing and validation end in a bundle or in problems, never a panic;
//! every problem can be located and displayed.

use lmi_content::parse_bundle;
use proptest::prelude::*;
use serde_json::Value;

const QUIZ: &str = include_str!("../../../content/quiz-first-look.json");
const READING: &str = include_str!("../../../content/reading-lmi-basics.json");

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![Just("en"), Just("quiz"), Just("2022"), Just("https://x.org"), Just("right")]
            .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer in `value`, depth first.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}

fn assert_no_panic_and_displayable(text: &str) {
    if let Err(e) = parse_bundle(text) {
        for p in e.problems() {
            assert!(!p.display_in("x.json").is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_parsed_or_refused(text in "\\PC{0,300}") {
        assert_no_panic_and_displayable(&text);
    }

    #[test]
    fn any_json_is_parsed_or_refused(value in arb_json()) {
        assert_no_panic_and_displayable(&value.to_string());
    }

    #[test]
    fn a_valid_bundle_changed_anywhere_is_parsed_or_refused(
        which in any::<prop::sample::Index>(),
        replacement in arb_json(),
        use_reading in any::<bool>(),
    ) {
        let mut doc: Value = serde_json::from_str(if use_reading { READING } else { QUIZ }).unwrap();
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        let pointer = which.get(&all).clone();
        if let Some(slot) = doc.pointer_mut(&pointer) {
            *slot = replacement;
        }
        assert_no_panic_and_displayable(&serde_json::to_string_pretty(&doc).unwrap());
    }

    #[test]
    fn a_truncated_bundle_is_refused(cut in 0usize..4800) {
        let cut = cut.min(QUIZ.len() - 1);
        let mut end = cut;
        while !QUIZ.is_char_boundary(end) {
            end -= 1;
        }
        prop_assert!(parse_bundle(&QUIZ[..end]).is_err());
    }
}
