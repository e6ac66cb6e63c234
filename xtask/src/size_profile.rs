//! Where the bytes of each widget's wasm are: `cargo xtask bench` builds every module exactly as the kit does,
//! but keeps the function names (`wasm-opt -g`, names are not shipped), and reads it with twiggy. The profile
//! gives the top items, the generic functions copied most often (monomorphisations), the share of each crate,
//! and what the data segments hold.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use crate::kit;
use crate::util::{Result, path_with_node_bin, root};

/// twiggy, for the name-level view of a wasm; installed on first use (not needed by the tests).
pub const TWIGGY_VERSION: &str = "0.8.0";

/// The crates an item is charged to, most specific first: an item of `tachys` instantiated for a closure of
/// `lmi_quiz` counts for `lmi_quiz`, since that is the code that asked for it.
const CRATES: &[&str] = &[
    "lmi_quiz",
    "lmi_reading",
    "lmi_explorer",
    "lmi_kit",
    "lmi_ui",
    "lmi_content",
    "serde_json",
    "serde_core",
    "tachys",
    "reactive_graph",
    "leptos",
    "wasm_bindgen",
    "js_sys",
    "web_sys",
    "gloo_net",
    "hashbrown",
    "dlmalloc",
    "core",
    "alloc",
    "std",
];

/// One module's profile.
pub struct Profile {
    pub module: String,
    /// Code and data bytes (the names section left out, as shipped).
    pub shipped: u64,
    /// Bytes per crate, largest first.
    pub crates: Vec<(String, u64, usize)>,
    /// The largest items.
    pub top: Vec<(String, u64)>,
    /// Generic functions with the most copies: (name, copies, bytes).
    pub monos: Vec<(String, usize, u64)>,
    /// What the data segments hold: (kind, bytes).
    pub data: Vec<(&'static str, u64)>,
}

pub fn ensure_twiggy() -> Result {
    if crate::util::reports("twiggy", &["--version"], TWIGGY_VERSION) {
        return Ok(());
    }
    crate::util::run(Command::new("cargo").args([
        "install",
        "--locked",
        "twiggy",
        "--version",
        &format!("={TWIGGY_VERSION}"),
    ]))
}

/// Builds `crate_name` as the kit does, keeps its names, and profiles it.
pub fn profile(crate_name: &str, module: &str) -> Result<Profile> {
    let out = root().join("target/size-profile").join(module);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let wasm = kit::build_widget(crate_name, module, &out, &[])?;
    let named = out.join(format!("{module}.named.wasm"));
    crate::util::run(
        Command::new("wasm-opt")
            .env("PATH", path_with_node_bin())
            .args(["-Oz", "-g"])
            .args(kit::WASM_FEATURES)
            .arg(&wasm)
            .arg("-o")
            .arg(&named),
    )?;
    let csv = twiggy(&named)?;
    let mut crates: BTreeMap<String, (u64, usize)> = BTreeMap::new();
    let mut items: Vec<(String, u64)> = Vec::new();
    let mut shipped = 0;
    for (name, bytes) in &csv {
        if name.contains("\"function names\"") || name.contains("\"local names\"") || name.starts_with("custom section")
        {
            continue;
        }
        shipped += bytes;
        let entry = crates.entry(charged_to(name)).or_default();
        entry.0 += bytes;
        entry.1 += 1;
        items.push((name.clone(), *bytes));
    }
    items.sort_by_key(|item| std::cmp::Reverse(item.1));
    let mut crates: Vec<(String, u64, usize)> = crates.into_iter().map(|(c, (b, n))| (c, b, n)).collect();
    crates.sort_by_key(|c| std::cmp::Reverse(c.1));
    Ok(Profile {
        module: module.to_owned(),
        shipped,
        crates,
        top: items.iter().take(15).cloned().collect(),
        monos: monomorphisations(&items),
        data: data_kinds(&std::fs::read(&named).map_err(|e| e.to_string())?),
    })
}

/// `twiggy top` of every item: (name, shallow bytes).
fn twiggy(wasm: &Path) -> Result<Vec<(String, u64)>> {
    let out = Command::new("twiggy")
        .args(["top", "-n", "1000000", "--format", "csv"])
        .arg(wasm)
        .output()
        .map_err(|e| format!("twiggy: {e}"))?;
    if !out.status.success() {
        return Err(format!("twiggy: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let bytes = record.get(1).and_then(|b| b.parse().ok()).unwrap_or(0);
        rows.push((record.get(0).unwrap_or_default().to_owned(), bytes));
    }
    Ok(rows)
}

/// The crate an item is charged to (see [`CRATES`]), `(data)` for a data segment.
fn charged_to(name: &str) -> String {
    if name.starts_with("data segment") {
        return "(data segments)".to_owned();
    }
    let paths = crate_paths(name);
    let found = CRATES.iter().find(|c| paths.contains(c)).or(paths.first());
    match found {
        Some(&"serde_core") => "serde".to_owned(),
        Some(c) => (*c).to_owned(),
        None => "(other)".to_owned(),
    }
}

/// The crate-like path segments of a demangled name: `a` and `b` in `<a::X as b::Y>::f`.
fn crate_paths(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = name.as_bytes();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        let ident = b.is_ascii_alphanumeric() || b == b'_';
        match (start, ident) {
            (None, true) if i == 0 || !bytes[i - 1].is_ascii_alphanumeric() => start = Some(i),
            (Some(s), false) => {
                // `crate[hash]::` or `crate::`
                let rest = &name[i..];
                let after_hash = rest.strip_prefix('[').and_then(|r| r.find(']').map(|j| &r[j + 1..])).unwrap_or(rest);
                if after_hash.starts_with("::") && bytes[s].is_ascii_lowercase() {
                    out.push(&name[s..i]);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Functions whose name without its `::h…` hash repeats: the copies generics made.
fn monomorphisations(items: &[(String, u64)]) -> Vec<(String, usize, u64)> {
    let mut by: BTreeMap<&str, (usize, u64)> = BTreeMap::new();
    for (name, bytes) in items {
        if let Some((base, hash)) = name.rsplit_once("::h")
            && hash.len() == 16
        {
            let e = by.entry(base).or_default();
            e.0 += 1;
            e.1 += bytes;
        }
    }
    let mut out: Vec<(String, usize, u64)> =
        by.into_iter().filter(|(_, (n, _))| *n > 1).map(|(k, (n, b))| (k.to_owned(), n, b)).collect();
    out.sort_by_key(|row| std::cmp::Reverse(row.2));
    out.truncate(10);
    out
}

/// The bytes of the data segments by what they hold: UI words by script, stylesheets, source paths of panic
/// locations, other text, and binary data.
fn data_kinds(wasm: &[u8]) -> Vec<(&'static str, u64)> {
    let data = data_segments(wasm);
    let mut kinds: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut binary = 0u64;
    for run in data.split(|b| *b == 0) {
        let Ok(text) = std::str::from_utf8(run) else {
            binary += run.len() as u64;
            continue;
        };
        if text.len() < 6 {
            binary += run.len() as u64;
            continue;
        }
        let kind = if text.contains(".rs") && text.contains("src/") {
            "source paths (panic locations)"
        } else if text.contains('{') && text.contains(';') && text.contains(':') && text.contains('}') {
            "stylesheets"
        } else if text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)) {
            "text in Arabic script"
        } else if text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
            "text in Cyrillic script"
        } else {
            "other text (Latin script: words, messages, names)"
        };
        *kinds.entry(kind).or_default() += run.len() as u64;
    }
    let mut out: Vec<(&'static str, u64)> = kinds.into_iter().collect();
    out.push(("binary (tables, numbers)", binary));
    out.sort_by_key(|row| std::cmp::Reverse(row.1));
    out
}

/// The bytes of every active or passive data segment.
fn data_segments(wasm: &[u8]) -> Vec<u8> {
    fn leb(b: &[u8], i: &mut usize) -> u64 {
        let (mut r, mut s) = (0u64, 0);
        while let Some(&x) = b.get(*i) {
            *i += 1;
            r |= u64::from(x & 0x7f) << s;
            s += 7;
            if x < 0x80 {
                break;
            }
        }
        r
    }
    let mut out = Vec::new();
    let mut i = 8;
    while i < wasm.len() {
        let id = wasm[i];
        i += 1;
        let size = leb(wasm, &mut i) as usize;
        let end = (i + size).min(wasm.len());
        if id == 11 {
            let mut j = i;
            for _ in 0..leb(wasm, &mut j) {
                match leb(wasm, &mut j) {
                    1 => {}
                    2 => {
                        leb(wasm, &mut j);
                        while j < end && wasm[j] != 0x0b {
                            j += 1;
                        }
                        j += 1;
                    }
                    _ => {
                        while j < end && wasm[j] != 0x0b {
                            j += 1;
                        }
                        j += 1;
                    }
                }
                let len = leb(wasm, &mut j) as usize;
                out.extend_from_slice(&wasm[j..(j + len).min(end)]);
                j += len;
            }
        }
        i = end;
    }
    out
}

/// The profiles as a Markdown section.
pub fn markdown(profiles: &[Profile]) -> String {
    let mut md = String::from(
        "\n## Where the bytes are\n\nEach module built as the kit builds it, with its names kept for the profile \
         (twiggy; sizes after `wasm-opt -Oz`, before compression). An item is charged to the most specific crate in \
         its name, so Leptos code instantiated for a widget's own closures counts for the widget.\n",
    );
    let kib = |b: u64| format!("{:.1} KiB", b as f64 / 1024.0);
    for p in profiles {
        let _ = writeln!(
            md,
            "\n### `{}` ({} of code and data)\n\n| crate | bytes | share | items |\n|---|---|---|---|",
            p.module,
            kib(p.shipped)
        );
        for (c, b, n) in p.crates.iter().take(12) {
            let _ =
                writeln!(md, "| `{c}` | {} | {:.1} % | {n} |", kib(*b), *b as f64 * 100.0 / p.shipped.max(1) as f64);
        }
        let _ = writeln!(md, "\nData segments by what they hold:\n");
        for (k, b) in &p.data {
            let _ = writeln!(md, "- {k}: {}", kib(*b));
        }
        let _ = writeln!(
            md,
            "\nGeneric functions with the most bytes in copies:\n\n| function | copies | bytes |\n|---|---|---|"
        );
        for (name, n, b) in &p.monos {
            let _ = writeln!(md, "| `{}` | {n} | {} |", shorten(name), kib(*b));
        }
        let _ = writeln!(md, "\nLargest items:\n\n| item | bytes |\n|---|---|");
        for (name, b) in &p.top {
            let _ = writeln!(md, "| `{}` | {} |", shorten(name), kib(*b));
        }
    }
    md
}

/// A long demangled name cut to what a reader needs, with `|` kept out of the table.
fn shorten(name: &str) -> String {
    let name: String = name.chars().take(110).collect();
    name.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_charged_to_the_most_specific_crate() {
        let check = |name: &str, want: &str| assert_eq!(charged_to(name), want, "{name}");
        check("<T as tachys::view::any_view::IntoAny>::into_any::rebuild::h6d22e95a20a819bc", "tachys");
        check("tachys::reactive_graph::<impl tachys::view::Render for F>::build::{{closure}}::h1", "tachys");
        check("lmi_ui::mount::mount_widget::h075ef90675e4e73a", "lmi_ui");
        check("<lmi_quiz::Quiz as tachys::view::Render>::build::h1", "lmi_quiz");
        check("core[c5930c85a12de822]::fmt::float::float_to_decimal_common_exact::<f64>", "core");
        check(
            "<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq::h1",
            "serde_json",
        );
        check("data segment \".rodata.14\"", "(data segments)");
        check("elem[0]", "(other)");
    }

    #[test]
    fn copies_of_a_generic_are_counted_together() {
        let items = vec![
            ("a::f::h0123456789abcdef".to_owned(), 10),
            ("a::f::hfedcba9876543210".to_owned(), 30),
            ("a::g::h0123456789abcdef".to_owned(), 5),
        ];
        assert_eq!(monomorphisations(&items), vec![("a::f".to_owned(), 2, 40)]);
    }
}
