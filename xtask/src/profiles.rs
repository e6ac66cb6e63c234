//! `cargo xtask bench --profiles`: what each knob of the `wasm-z` profile does to a shipped wasm, measured
//! rather than assumed (issue #10). Builds the quiz once per variant — each changes one knob of the shipped
//! profile through Cargo's `CARGO_PROFILE_WASM_Z_*` variables — then wasm-bindgen and wasm-opt as the kit
//! does, and writes BENCH-PROFILES.md. Slow (every variant rebuilds the dependencies), so not part of `bench`.

use std::fmt::Write as _;

use crate::bench::size;
use crate::kit::{build_widget, optimise};
use crate::util::{Result, root};

/// The widget measured: the smallest, so the knobs' effect is least diluted by our own code.
const CRATE: &str = "lmi-quiz";
const MODULE: &str = "lmi_quiz";

/// `(knob, value)` pairs, set as `CARGO_PROFILE_WASM_Z_<knob>`.
type Knobs = &'static [(&'static str, &'static str)];

/// `(name, what changes, knobs)`; the first is the shipped profile.
const VARIANTS: &[(&str, &str, Knobs)] = &[
    ("shipped", "opt-level \"z\", lto = true (fat), codegen-units = 1, panic = \"abort\"", &[]),
    ("opt-level s", "opt-level = \"s\"", &[("OPT_LEVEL", "s")]),
    ("opt-level 3", "opt-level = 3 (speed)", &[("OPT_LEVEL", "3")]),
    ("thin LTO", "lto = \"thin\"", &[("LTO", "thin")]),
    ("no LTO", "lto = false", &[("LTO", "false")]),
    ("16 codegen units", "codegen-units = 16", &[("CODEGEN_UNITS", "16")]),
    ("panic unwind", "panic = \"unwind\"", &[("PANIC", "unwind")]),
];

pub fn run_profiles() -> Result {
    let root = root();
    let mut rows = Vec::new();
    for (name, change, vars) in VARIANTS {
        let out = root.join("target/lmi-profiles").join(name.replace(' ', "-"));
        let _ = std::fs::remove_dir_all(&out);
        let wasm = match build_widget(CRATE, MODULE, &out, vars) {
            Ok(wasm) => wasm,
            Err(e) => {
                rows.push(format!("| {name} | {change} | does not build: {e} | | | |"));
                continue;
            }
        };
        let file = wasm.to_string_lossy().into_owned();
        let before_opt = size(&file, None)?;
        optimise(&wasm)?;
        let (raw, gzip, brotli) = (size(&file, None)?, size(&file, Some("gzip"))?, size(&file, Some("brotli"))?);
        let kib = |b: u64| format!("{:.1} KiB", b as f64 / 1024.0);
        rows.push(format!(
            "| {name} | {change} | {} | {} | {} | {} |",
            kib(before_opt),
            kib(raw),
            kib(gzip),
            kib(brotli)
        ));
    }
    let mut md = String::from(
        "# Release profile knobs\n\nWritten by `cargo xtask bench --profiles`: `lmi_quiz_bg.wasm` built with the shipped \
         `wasm-z` profile and with one knob changed at a time, then wasm-bindgen and `wasm-opt -Oz` as the kit \
         does.\n\n| variant | change | before wasm-opt | shipped raw | gzip -9 | brotli -q 11 |\n|---|---|---|---|---|---|\n",
    );
    for row in rows {
        let _ = writeln!(md, "{row}");
    }
    std::fs::write(root.join("BENCH-PROFILES.md"), md).map_err(|e| format!("BENCH-PROFILES.md: {e}"))?;
    eprintln!("profiles: wrote BENCH-PROFILES.md");
    Ok(())
}
