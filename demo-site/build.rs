//! The bundles the builder offers: every `content/*.json` with its kind, id and English title (and its title in
//! each UI language, for the content picker), read at build time so that a new demo bundle appears in the builder
//! without touching its code. And the page's words (`i18n/<lang>.txt`), checked and compiled by lmi-i18n.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    lmi_i18n::compile("crate::i18n");
    let dir = Path::new("../content");
    println!("cargo::rerun-if-changed=../content");
    let mut bundles = Vec::new();
    for entry in std::fs::read_dir(dir).expect("content/ is beside demo-site/").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".json") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("readable bundle");
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("content/{name}: {e}"));
        let kind = doc["kind"].as_str().unwrap_or_else(|| panic!("content/{name}: no kind")).to_owned();
        let title = &doc["meta"]["title"];
        let english = title["en"].as_str().or_else(|| title.as_object()?.values().next()?.as_str()).unwrap_or(&name);
        let titles: Vec<String> =
            lmi_i18n::LANGS.iter().map(|lang| title[*lang].as_str().unwrap_or(english).to_owned()).collect();
        bundles.push((kind, name.clone(), english.to_owned(), titles));
    }
    // Grouped by kind (the element that shows them), then by file name.
    bundles.sort();
    let mut out = String::from("/// Every demo bundle: (its `kind`, its file in `content/`, its English title).\n");
    writeln!(out, "pub const BUNDLES: &[(&str, &str, &str)] = &[").unwrap();
    for (kind, file, title, _) in &bundles {
        writeln!(out, "    ({kind:?}, {file:?}, {title:?}),").unwrap();
    }
    out.push_str("];\n");
    out.push_str(
        "/// The title of each of [`BUNDLES`] in each UI language (as `lmi_i18n::LANGS`), English where it has none.\n",
    );
    writeln!(out, "pub const TITLES: &[[&str; {}]] = &[", lmi_i18n::LANGS.len()).unwrap();
    for (_, _, _, titles) in &bundles {
        writeln!(out, "    {titles:?},").unwrap();
    }
    out.push_str("];\n");
    std::fs::write(Path::new(&std::env::var("OUT_DIR").expect("build.rs")).join("bundles.rs"), out).expect("OUT_DIR");
}
