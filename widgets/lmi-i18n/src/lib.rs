//! UI string catalogs, compiled at build time. Each crate that shows words keeps them in `i18n/<lang>.txt`
//! (`key = text` lines, `#` comments) and calls [`compile`] from its `build.rs`: the build fails when a
//! language lacks a key English has, has a key English lacks, or lacks a plural form its language needs, and
//! the catalogs become static tables with one enum variant per key. No parser or plural data ships in the
//! wasm: plural categories come from the browser's `Intl.PluralRules` at run time.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// UI languages, in the order of every generated table. English is the reference catalog and the fallback.
pub const LANGS: [&str; 6] = ["en", "nl", "fr", "de", "ar", "uk"];
/// CLDR plural categories, in the order of the generated plural tables.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The plural categories `Intl.PluralRules` returns for each language (CLDR cardinal rules).
pub fn needed_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &["one", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "uk" => &["one", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

/// One language's catalog: key → text.
pub type Catalog = BTreeMap<String, String>;

/// Reads `dir/<lang>.txt` for every language in [`LANGS`] order and checks them against each other.
pub fn read(dir: &Path) -> Result<Vec<Catalog>, String> {
    let catalogs = LANGS
        .iter()
        .map(|lang| {
            let path = dir.join(format!("{lang}.txt"));
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            parse(&path, &text)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let errors = check(dir, &catalogs);
    if errors.is_empty() { Ok(catalogs) } else { Err(format!("UI catalogs are incomplete:\n{}", errors.join("\n"))) }
}

/// From a `build.rs`: reads and checks the catalogs in `i18n/`, then writes `$OUT_DIR/catalog.rs` with the
/// `Msg` and `PluralMsg` enums and their tables. `ui` is the path of lmi-ui in that crate (`crate` for lmi-ui
/// itself, `lmi_ui` elsewhere), whose `Catalog` and `PluralCatalog` traits the enums implement.
pub fn compile(ui: &str) {
    let dir = Path::new("i18n");
    println!("cargo::rerun-if-changed=i18n");
    for lang in LANGS {
        println!("cargo::rerun-if-changed=i18n/{lang}.txt");
    }
    let catalogs = read(dir).unwrap_or_else(|e| panic!("{e}"));
    let out = generate(&catalogs, ui);
    let out_path = Path::new(&std::env::var("OUT_DIR").expect("called from build.rs")).join("catalog.rs");
    std::fs::write(out_path, out).expect("OUT_DIR is writable");
}

fn check(dir: &Path, catalogs: &[Catalog]) -> Vec<String> {
    let (simple, plural) = split_keys(&catalogs[0]);
    let mut errors = Vec::new();
    let dir = dir.display();
    for (lang, cat) in LANGS.iter().zip(catalogs) {
        for key in &simple {
            if !cat.contains_key(key) {
                errors.push(format!("{dir}/{lang}.txt: missing `{key}`"));
            }
        }
        for base in &plural {
            for cat_name in needed_categories(lang) {
                if !cat.contains_key(&format!("{base}.{cat_name}")) {
                    errors.push(format!("{dir}/{lang}.txt: missing plural form `{base}.{cat_name}`"));
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
                    "{dir}/{lang}.txt: `{key}` is not a key of {dir}/en.txt (or not a plural form {lang} uses)"
                ));
            }
        }
    }
    errors
}

fn generate(catalogs: &[Catalog], ui: &str) -> String {
    let (simple, plural) = split_keys(&catalogs[0]);
    let mut out = String::new();
    writeln!(out, "/// A UI string of this crate.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Msg {{")
        .unwrap();
    for key in &simple {
        writeln!(out, "    /// `{key}`\n    {},", variant(key)).unwrap();
    }
    writeln!(out, "}}").unwrap();
    writeln!(out, "static TEXT: [[&str; {}]; {}] = [", simple.len(), LANGS.len()).unwrap();
    for cat in catalogs {
        let row: Vec<&str> = simple.iter().map(|k| cat[k].as_str()).collect();
        writeln!(out, "    {row:?},").unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(
        out,
        "impl {ui}::Catalog for Msg {{ fn text(self, lang: usize) -> &'static str {{ TEXT[lang][self as usize] }} }}"
    )
    .unwrap();
    if plural.is_empty() {
        return out;
    }
    writeln!(
        out,
        "/// A UI string with plural forms.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum PluralMsg {{"
    )
    .unwrap();
    for key in &plural {
        writeln!(out, "    /// `{key}`\n    {},", variant(key)).unwrap();
    }
    writeln!(out, "}}").unwrap();
    writeln!(out, "static PLURAL: [[[&str; 6]; {}]; {}] = [", plural.len(), LANGS.len()).unwrap();
    for cat in catalogs {
        out.push_str("    [");
        for base in &plural {
            let forms: Vec<&str> =
                CATEGORIES.iter().map(|c| cat.get(&format!("{base}.{c}")).map_or("", String::as_str)).collect();
            write!(out, "{forms:?}, ").unwrap();
        }
        out.push_str("],\n");
    }
    writeln!(out, "];").unwrap();
    writeln!(
        out,
        "impl {ui}::PluralCatalog for PluralMsg {{ fn forms(self, lang: usize) -> &'static [&'static str; 6] {{ &PLURAL[lang][self as usize] }} }}"
    )
    .unwrap();
    out
}

fn parse(path: &Path, text: &str) -> Result<Catalog, String> {
    let mut map = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) =
            line.split_once(" = ").ok_or_else(|| format!("{}:{}: expected `key = text`", path.display(), n + 1))?;
        if map.insert(key.trim().to_owned(), value.trim().to_owned()).is_some() {
            return Err(format!("{}:{}: `{}` appears twice", path.display(), n + 1, key.trim()));
        }
    }
    Ok(map)
}

/// Keys without a plural suffix, and the bases of keys that end in `.one`/`.other`/….
fn split_keys(en: &Catalog) -> (Vec<String>, Vec<String>) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogs(texts: [&str; 6]) -> Vec<Catalog> {
        texts.iter().map(|t| parse(Path::new("x.txt"), t).unwrap()).collect()
    }

    #[test]
    fn every_language_needs_every_key_and_its_plural_forms() {
        let full = "a = A\nn.one = one\nn.other = other";
        let fr = "a = A\nn.one = un\nn.many = beaucoup\nn.other = autre";
        let ar = "a = A\nn.zero = 0\nn.one = 1\nn.two = 2\nn.few = 3\nn.many = 4\nn.other = 5";
        let uk = "a = A\nn.one = 1\nn.few = 2\nn.many = 3\nn.other = 4";
        assert!(check(Path::new("i18n"), &catalogs([full, full, fr, full, ar, uk])).is_empty());
        let errors = check(Path::new("i18n"), &catalogs([full, "n.one = een\nn.other = meer", fr, full, ar, uk]));
        assert_eq!(errors, ["i18n/nl.txt: missing `a`"]);
        let errors = check(Path::new("i18n"), &catalogs([full, full, full, full, ar, uk]));
        assert_eq!(errors, ["i18n/fr.txt: missing plural form `n.many`"]);
        let errors = check(Path::new("i18n"), &catalogs([full, full, fr, &format!("{full}\nb = B"), ar, uk]));
        assert_eq!(errors, ["i18n/de.txt: `b` is not a key of i18n/en.txt (or not a plural form de uses)"]);
    }

    #[test]
    fn keys_become_variants() {
        assert_eq!(variant("quiz.estimate_label"), "QuizEstimateLabel");
        assert!(parse(Path::new("x.txt"), "a = 1\na = 2").unwrap_err().contains("appears twice"));
    }
}
