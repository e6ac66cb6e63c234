//! `cargo xtask setup`: installs what a fresh machine lacks. Each step checks first, so a second run is a
//! no-op that takes seconds.

use std::process::Command;

use crate::util::{self, Result, locked_wasm_bindgen_version, reports, root};

pub const TRUNK_VERSION: &str = "0.21.14";

/// Installs what is missing; prints one line when all was already there.
pub fn run() -> Result {
    debian_packages()?;
    wasm_target()?;
    wasm_bindgen_cli()?;
    trunk()?;
    node_packages()?;
    eprintln!("setup: everything is installed");
    Ok(())
}

/// Chromium and ChromeDriver for browser tests, brotli for precompressed assets, poppler-utils' `pdftotext` for
/// the print-sheet tests, a C++ compiler for libFuzzer (built by the fuzz target). Never a downloaded browser.
fn debian_packages() -> Result {
    let have = |p: &str| {
        Command::new("sh").args(["-c", &format!("command -v {p}")]).output().is_ok_and(|o| o.status.success())
    };
    if have("chromium") && have("chromedriver") && have("brotli") && have("pdftotext") && have("c++") {
        return Ok(());
    }
    let sudo: &[&str] = if is_root() { &[] } else { &["sudo"] };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.to_vec();
        all.extend_from_slice(args);
        let mut cmd = Command::new(all[0]);
        cmd.args(&all[1..]).env("DEBIAN_FRONTEND", "noninteractive");
        util::run(&mut cmd)
    };
    apt(&["apt-get", "update", "-qq"])?;
    apt(&["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver", "brotli", "poppler-utils", "g++"])
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn wasm_target() -> Result {
    if reports("rustup", &["target", "list", "--installed"], "wasm32-unknown-unknown") {
        return Ok(());
    }
    util::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The CLI must equal the wasm-bindgen crate in Cargo.lock. Not `--locked`: the CLI's own lockfile pins a
/// crate the registry no longer has (see docs/COMMON_BUGS.md).
fn wasm_bindgen_cli() -> Result {
    let version = locked_wasm_bindgen_version()?;
    if reports("wasm-bindgen", &["--version"], &version) {
        return Ok(());
    }
    util::run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &format!("={version}")]))
}

/// trunk 0.21.x: 0.22 needs a newer rustc than this project's.
fn trunk() -> Result {
    if reports("trunk", &["--version"], TRUNK_VERSION) {
        return Ok(());
    }
    util::run(Command::new("cargo").args(["install", "--locked", "trunk", "--version", &format!("={TRUNK_VERSION}")]))
}

/// Playwright, axe-core and binaryen's wasm-opt from the committed lockfile; no browser download.
fn node_packages() -> Result {
    let dir = root().join("tests");
    let lock = std::fs::read(dir.join("package-lock.json")).map_err(|e| format!("tests/package-lock.json: {e}"))?;
    let stamp_path = dir.join("node_modules/.lmi-lock");
    if std::fs::read(&stamp_path).is_ok_and(|s| s == lock) {
        return Ok(());
    }
    util::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )?;
    std::fs::write(&stamp_path, lock).map_err(|e| e.to_string())
}
