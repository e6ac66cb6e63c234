//! `cargo xtask test`: every check, in the order that fails fastest, then one summary line.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::util::{Result, path_with_node_bin, root};
use crate::{budget, fuzz, kit, serve, setup};

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    failed_steps: Vec<&'static str>,
}

impl Tally {
    fn step(&mut self, name: &'static str, result: Result<(usize, usize)>) {
        match result {
            Ok((p, f)) => {
                self.passed += p;
                self.failed += f;
                eprintln!("test: {name}: ok ({p} passed)");
            }
            Err(e) => {
                eprintln!("test: {name}: FAILED: {e}");
                self.failed_steps.push(name);
            }
        }
    }
}

pub fn run() -> Result {
    setup::run()?;
    let mut tally = Tally::default();
    let cargo = |args: &[&str]| {
        let mut c = Command::new("cargo");
        c.current_dir(root()).args(args);
        c
    };
    tally.step("format", checked(cargo(&["fmt", "--all", "--check"])));
    tally.step(
        "clippy (native)",
        checked(cargo(&["clippy", "--workspace", "--all-targets", "--all-features", "--", "-D", "warnings"])),
    );
    // On wasm32: what ships to browsers, with the browser tests; lmi-content's own tests and benches use
    // native-only crates (proptest, criterion, insta), so only its library is linted there.
    let wasm = ["--target", "wasm32-unknown-unknown"];
    let packages = |names: &[&'static str]| names.iter().flat_map(|n| ["-p", n]).collect::<Vec<&str>>();
    let widgets = ["lmi-ui", "lmi-quiz", "lmi-reading", "lmi-explorer"];
    let shipped = packages(&[&widgets[..], &["lmi-kit", "lmi-embed", "lmi-demo-site", "lmi-test-support"]].concat());
    let deny = ["--", "-D", "warnings"];
    let widgets_lint = [&["clippy"][..], &wasm, &shipped, &["--all-targets"], &deny].concat();
    let content_lint = [&["clippy"][..], &wasm, &["-p", "lmi-content", "--lib"], &deny].concat();
    tally.step("clippy (wasm32)", checked(cargo(&widgets_lint)).and_then(|_| checked(cargo(&content_lint))));
    tally.step("native tests", counted(cargo(&["test", "--workspace", "--all-features"])));
    // libFuzzer for seconds over the seed corpus: one passed check, or a failed step when it finds a crash (the
    // input is saved under fuzz/artifacts/).
    tally.step("fuzz smoke (parse + validate)", fuzz::smoke());
    let mut browser = cargo(&[&["test"][..], &wasm, &packages(&widgets)].concat());
    browser.env("WASM_BINDGEN_TEST_TIMEOUT", "90").env("CHROMEDRIVER", "/usr/bin/chromedriver");
    tally.step("browser tests (wasm-bindgen-test, headless Chromium)", counted(browser));
    match kit::dist() {
        Ok(()) => {
            tally.step("byte budgets of the shipped files", budget::check(&root().join("dist/lmi")));
            tally.step("end-to-end (Playwright + axe-core)", end_to_end());
        }
        Err(e) => tally.step("dist", Err(e)),
    }
    let failed_steps = tally.failed_steps.len();
    if failed_steps > 0 {
        eprintln!("test: failed steps: {}", tally.failed_steps.join(", "));
    }
    println!("summary: {} passed, {} failed", tally.passed, tally.failed + failed_steps);
    if tally.failed + failed_steps > 0 { Err("some checks failed".to_owned()) } else { Ok(()) }
}

/// A check without test counts: passes or fails as a whole.
fn checked(cmd: Command) -> Result<(usize, usize)> {
    stream(cmd).map(|_| (0, 0))
}

/// A `cargo test` run: sums its "test result" lines.
fn counted(cmd: Command) -> Result<(usize, usize)> {
    let out = stream(cmd)?;
    let mut passed = 0;
    for line in out.lines().filter(|l| l.starts_with("test result:")) {
        passed += number_before(line, " passed");
    }
    Ok((passed, 0))
}

fn end_to_end() -> Result<(usize, usize)> {
    let port = serve::spawn()?;
    let dir = root().join("tests");
    let mut cmd = Command::new("npx");
    cmd.current_dir(&dir)
        .args(["playwright", "test"])
        .env("PATH", path_with_node_bin())
        .env("BASE_URL", format!("http://127.0.0.1:{port}"));
    let out = stream(cmd)?;
    // The list reporter ends with "N passed (time)".
    let passed = out.lines().filter(|l| l.trim_end().contains(" passed (")).map(|l| number_before(l, " passed")).sum();
    Ok((passed, 0))
}

/// Runs `cmd`, echoing its output as it comes, and returns stdout + stderr; an error on a non-zero exit.
fn stream(mut cmd: Command) -> Result<String> {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| format!("{cmd:?}: {e}"))?;
    let stderr = child.stderr.take().expect("piped");
    let err_thread = std::thread::spawn(move || {
        let mut text = String::new();
        for line in BufReader::new(stderr).lines().map_while(std::io::Result::ok) {
            eprintln!("{line}");
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let mut text = String::new();
    for line in BufReader::new(child.stdout.take().expect("piped")).lines().map_while(std::io::Result::ok) {
        println!("{line}");
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str(&err_thread.join().unwrap_or_default());
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() { Ok(text) } else { Err(format!("exit {status}")) }
}

/// The integer just before `marker` in `line`: `number_before("3 passed; 0 failed", " passed") == 3`.
fn number_before(line: &str, marker: &str) -> usize {
    line.find(marker)
        .map(|i| line[..i].chars().rev().take_while(char::is_ascii_digit).collect::<String>())
        .map(|d| d.chars().rev().collect::<String>())
        .and_then(|d| d.parse().ok())
        .unwrap_or(0)
}
