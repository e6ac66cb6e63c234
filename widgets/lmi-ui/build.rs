//! Compiles the UI string catalogs in `i18n/` into Rust tables and fails the build when a language lacks a
//! key that English has, has a key English lacks, or lacks a plural form its language needs.
//!
//! Keys of one widget (`quiz.*`, `reading.*`, `explorer.*`) are compiled only with that widget's feature, so
//! each widget's wasm carries its own strings and the shared ones, not every widget's in six languages. Every
//! key is checked whatever the features.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// UI languages, in the order of the generated tables. English is the reference catalog.
const LANGS: [&str; 6] = ["en", "nl", "fr", "de", "ar", "uk"];
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The plural categories `Intl.PluralRules` returns for each language (CLDR cardinal rules).
fn needed_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &["one", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "uk" => &["one", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

fn main() {
    let dir = Path::new("i18n");
    println!("cargo::rerun-if-changed=i18n");
    let catalogs: Vec<BTreeMap<String, String>> = LANGS
        .iter()
        .map(|lang| {
            let path = dir.join(format!("{lang}.txt"));
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            parse(&path, &text)
        })
        .collect();

    let (simple, plural) = split_keys(&catalogs[0]);
    let mut errors = Vec::new();
    for (lang, cat) in LANGS.iter().zip(&catalogs) {
        for key in &simple {
            if !cat.contains_key(key) {
                errors.push(format!("i18n/{lang}.txt: missing `{key}`"));
            }
        }
        for base in &plural {
            for cat_name in needed_categories(lang) {
                if !cat.contains_key(&format!("{base}.{cat_name}")) {
                    errors.push(format!("i18n/{lang}.txt: missing plural form `{base}.{cat_name}`"));
                }
            }
        }
        for key in cat.keys() {
            let known = simple.contains(key)
                || key
                    .rsplit_once('.')
                    .is_some_and(|(b, c)| plural.contains(&b.to_owned()) && needed_categories(lang).contains(&c));
            if !known {
                errors.push(format!(
                    "i18n/{lang}.txt: `{key}` is not a key of i18n/en.txt (or not a plural form {lang} uses)"
                ));
            }
        }
    }
    if !errors.is_empty() {
        panic!("UI catalogs are incomplete:\n{}", errors.join("\n"));
    }

    let simple: Vec<String> = simple.into_iter().filter(|k| compiled_in(k)).collect();
    let plural: Vec<String> = plural.into_iter().filter(|k| compiled_in(k)).collect();
    let mut out = String::new();
    writeln!(out, "/// UI languages in catalog order.\npub const LANGS: [&str; {}] = {:?};", LANGS.len(), LANGS)
        .unwrap();
    writeln!(out, "/// A UI string.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Msg {{").unwrap();
    for key in &simple {
        writeln!(out, "    /// `{key}`\n    {},", variant(key)).unwrap();
    }
    writeln!(
        out,
        "}}\n/// A UI string with plural forms.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum PluralMsg {{"
    )
    .unwrap();
    for key in &plural {
        writeln!(out, "    /// `{key}`\n    {},", variant(key)).unwrap();
    }
    writeln!(out, "}}").unwrap();
    writeln!(out, "static TEXT: [[&str; {}]; {}] = [", simple.len(), LANGS.len()).unwrap();
    for cat in &catalogs {
        let row: Vec<&str> = simple.iter().map(|k| cat[k].as_str()).collect();
        writeln!(out, "    {row:?},").unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "static PLURAL: [[[&str; 6]; {}]; {}] = [", plural.len(), LANGS.len()).unwrap();
    for cat in &catalogs {
        out.push_str("    [");
        for base in &plural {
            let forms: Vec<&str> =
                CATEGORIES.iter().map(|c| cat.get(&format!("{base}.{c}")).map_or("", String::as_str)).collect();
            write!(out, "{forms:?}, ").unwrap();
        }
        out.push_str("],\n");
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "impl Msg {{ fn index(self) -> usize {{ self as usize }} }}").unwrap();
    writeln!(out, "impl PluralMsg {{ fn index(self) -> usize {{ self as usize }} }}").unwrap();
    let out_path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalog.rs");
    std::fs::write(out_path, out).unwrap();
}

/// Widgets whose strings are compiled only with their feature of the same name.
const WIDGETS: [&str; 3] = ["quiz", "reading", "explorer"];

/// Whether `key` goes into this build: shared keys always, a widget's keys with its feature.
fn compiled_in(key: &str) -> bool {
    let prefix = key.split('.').next().unwrap_or("");
    !WIDGETS.contains(&prefix) || std::env::var_os(format!("CARGO_FEATURE_{}", prefix.to_ascii_uppercase())).is_some()
}

fn parse(path: &Path, text: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) =
            line.split_once(" = ").unwrap_or_else(|| panic!("{}:{}: expected `key = text`", path.display(), n + 1));
        if map.insert(key.trim().to_owned(), value.trim().to_owned()).is_some() {
            panic!("{}:{}: `{}` appears twice", path.display(), n + 1, key.trim());
        }
    }
    map
}

/// Keys without a plural suffix, and the bases of keys that end in `.one`/`.other`/….
fn split_keys(en: &BTreeMap<String, String>) -> (Vec<String>, Vec<String>) {
    let mut simple = Vec::new();
    let mut plural = Vec::new();
    for key in en.keys() {
        match key.rsplit_once('.') {
            Some((base, cat)) if CATEGORIES.contains(&cat) => {
                if !plural.contains(&base.to_owned()) {
                    plural.push(base.to_owned());
                }
            }
            _ => simple.push(key.clone()),
        }
    }
    (simple, plural)
}

fn variant(key: &str) -> String {
    key.split(['.', '_'])
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}
