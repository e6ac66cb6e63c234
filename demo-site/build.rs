//! The bundles the builder offers: every `content/*.json` with its kind, id and English title, read at build
//! time so that a new demo bundle appears in the builder without touching its code.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
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
        let title = title["en"].as_str().or_else(|| title.as_object()?.values().next()?.as_str()).unwrap_or(&name);
        bundles.push((kind, name.clone(), title.to_owned()));
    }
    // Grouped by kind (the element that shows them), then by file name.
    bundles.sort();
    let mut out = String::from("/// Every demo bundle: (its `kind`, its file in `content/`, its English title).\n");
    writeln!(out, "pub const BUNDLES: &[(&str, &str, &str)] = &[").unwrap();
    for (kind, file, title) in &bundles {
        writeln!(out, "    ({kind:?}, {file:?}, {title:?}),").unwrap();
    }
    out.push_str("];\n");
    std::fs::write(Path::new(&std::env::var("OUT_DIR").expect("build.rs")).join("bundles.rs"), out).expect("OUT_DIR");
}
