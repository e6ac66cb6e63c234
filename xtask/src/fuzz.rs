//! `cargo xtask fuzz [--seconds N]`: cargo-fuzz (nightly) over parse + validate of every bundle kind, seeded
//! with the bundles in content/ and the broken demo bundles. A crash is saved under fuzz/artifacts/; turn it
//! into a regression test in widgets/lmi-content/tests/rules.rs.

use std::process::Command;

use crate::util::{Result, reports, root, run};

/// Seeds larger than this are skipped: libFuzzer mutates small inputs far better.
const MAX_SEED_BYTES: u64 = 200_000;

pub fn run_fuzz(args: &[String]) -> Result {
    let seconds = match args.iter().position(|a| a == "--seconds") {
        None => 60,
        Some(i) => args.get(i + 1).and_then(|s| s.parse::<u32>().ok()).ok_or("--seconds needs a number")?,
    };
    if !reports("cargo", &["fuzz", "--version"], "cargo-fuzz") {
        run(Command::new("cargo").args(["install", "cargo-fuzz"]))?;
    }
    let corpus = root().join("fuzz/corpus/parse_bundle");
    std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
    for dir in ["content", "demo-site/pages/broken"] {
        for entry in std::fs::read_dir(root().join(dir)).map_err(|e| format!("{dir}: {e}"))?.flatten() {
            let path = entry.path();
            let small = entry.metadata().is_ok_and(|m| m.len() <= MAX_SEED_BYTES);
            if small && path.extension().is_some_and(|e| e == "json") {
                std::fs::copy(&path, corpus.join(entry.file_name())).map_err(|e| e.to_string())?;
            }
        }
    }
    run(Command::new("cargo")
        .current_dir(root())
        .args(["+nightly", "fuzz", "run", "parse_bundle"])
        .arg(&corpus)
        .args(["--", &format!("-max_total_time={seconds}"), "-max_len=65536"]))?;
    eprintln!("fuzz: no crash in {seconds} s");
    Ok(())
}
