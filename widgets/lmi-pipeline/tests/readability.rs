//! A reading-level heuristic for what pupils read in every quiz and reading bundle, per language (issue #21):
//! short sentences and everyday words. Two measures, each a budget the content meets today:
//! - words per sentence, at most [`MAX_WORDS_PER_SENTENCE`] in every language (the English texts average 11);
//! - LIX (words per sentence + the percentage of words over six letters), a measure made for comparing texts in
//!   one language; word length differs between languages (Dutch and German compounds, Ukrainian endings), so each
//!   language has its own ceiling, set just above its hardest bundle today, and English's is the one for
//!   easy reading (under 35; the English bundles reach 31 today).
//!
//! A failure names the bundle and the language: shorten its sentences or use shorter words, or, if the text is
//! as plain as it can be, raise the ceiling here and say why.

use std::path::Path;

use serde_json::Value;

const MAX_WORDS_PER_SENTENCE: f64 = 14.0;

/// LIX ceilings per language.
const MAX_LIX: [(&str, f64); 6] = [("en", 35.0), ("nl", 45.0), ("fr", 47.0), ("de", 50.0), ("ar", 40.0), ("uk", 60.0)];

/// The fields whose text a pupil reads: questions, options, myths, explanations, hints, reflections, outcomes, labels.
const READ: [&str; 8] = ["text", "myth", "explanation", "feedback", "reflection", "hints", "outcome", "label"];

/// The localised texts under the fields pupils read.
fn texts<'a>(value: &'a Value, key: Option<&str>, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match value {
        Value::Object(map) if map.contains_key("en") && key.is_some_and(|k| READ.contains(&k)) => out.push(map),
        Value::Object(map) => map.iter().for_each(|(k, v)| texts(v, Some(k), out)),
        Value::Array(items) => items.iter().for_each(|v| texts(v, key, out)),
        _ => {}
    }
}

/// Words per sentence and LIX of `texts` in `lang`; `None` when there is no text in it.
fn measure(texts: &[&serde_json::Map<String, Value>], lang: &str) -> Option<(f64, f64)> {
    let (mut sentences, mut words, mut long) = (0usize, 0usize, 0usize);
    for t in texts {
        let Some(text) = t.get(lang).and_then(Value::as_str) else { continue };
        // A sentence ends at . ! ? or ؟ before white space (or at the end); a decimal point does not end one.
        let chars: Vec<char> = text.chars().collect();
        sentences += chars
            .iter()
            .enumerate()
            .filter(|(i, c)| matches!(c, '.' | '!' | '?' | '؟') && chars.get(i + 1).is_none_or(|n| n.is_whitespace()))
            .count()
            .max(1);
        for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            words += 1;
            long += usize::from(word.chars().count() > 6);
        }
    }
    (words > 0).then(|| {
        let per_sentence = words as f64 / sentences as f64;
        (per_sentence, per_sentence + 100.0 * long as f64 / words as f64)
    })
}

#[test]
fn every_pupil_text_keeps_short_sentences_and_everyday_words_in_every_language() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut files: Vec<_> = std::fs::read_dir(&content)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| (f.starts_with("quiz-") || f.starts_with("reading-")) && f.ends_with(".json"))
        .collect();
    files.sort();
    assert!(files.len() > 100, "the quizzes, reading sets and their country editions: {}", files.len());
    let mut over = Vec::new();
    for file in &files {
        let bundle: Value = serde_json::from_str(&std::fs::read_to_string(content.join(file)).unwrap()).unwrap();
        let mut found = Vec::new();
        texts(&bundle, None, &mut found);
        for (lang, max_lix) in MAX_LIX {
            let Some((per_sentence, lix)) = measure(&found, lang) else { continue };
            if per_sentence > MAX_WORDS_PER_SENTENCE {
                over.push(format!(
                    "{file} {lang}: {per_sentence:.1} words per sentence (at most {MAX_WORDS_PER_SENTENCE})"
                ));
            }
            if lix > max_lix {
                over.push(format!("{file} {lang}: LIX {lix:.1} (at most {max_lix})"));
            }
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}

#[test]
fn the_measure_counts_sentences_words_and_long_words() {
    let text: Value = serde_json::json!({ "en": "About 4.9 million people work. Electricians earn well!" });
    let map = text.as_object().unwrap();
    let (per_sentence, lix) = measure(&[map], "en").unwrap();
    // 7 words ("4.9" is none) in 2 sentences; "million" and "Electricians" are over six letters.
    assert_eq!(per_sentence, 3.5);
    assert!((lix - (3.5 + 200.0 / 7.0)).abs() < 1e-9, "{lix}");
    assert_eq!(measure(&[map], "nl"), None);
}
