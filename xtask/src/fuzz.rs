//! `cargo xtask fuzz [--seconds N]`: libFuzzer over parse + validate of every bundle kind, seeded with the
//! bundles in content/ and the broken demo bundles. A crash is saved under fuzz/artifacts/; turn it into a
//! regression test in widgets/lmi-content/tests/rules.rs.
//!
//! The target (`fuzz/`, a cargo-fuzz layout) is built the way cargo-fuzz builds it, with its coverage flags,
//! but on the stable toolchain and without AddressSanitizer: ASan needs nightly and finds memory errors, which
//! our code (`unsafe_code = "forbid"`) cannot make; a panic, a hang or running out of memory is still caught.
//! So neither nightly nor cargo-fuzz has to be installed (`cargo fuzz run parse_bundle` works too).
//!
//! `cargo xtask test` runs the same target for [`SMOKE_SECONDS`] as one of its steps ([`smoke`]).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::util::{Result, root, run};

/// cargo-fuzz's instrumentation: libFuzzer's coverage counters and comparison tracing, plus the `fuzzing`
/// cfg and the checks a debug build has.
const FUZZ_RUSTFLAGS: &str = "-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
     -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
     -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks";

/// Seeds larger than this are skipped: libFuzzer mutates small inputs far better.
const MAX_SEED_BYTES: u64 = 200_000;

/// How long the smoke run in `cargo xtask test` fuzzes: short enough to add little to CI, long enough to take
/// every seed through parse + validate and mutate them some hundred thousand times.
pub const SMOKE_SECONDS: u32 = 20;

pub fn run_fuzz(args: &[String]) -> Result {
    let seconds = match args.iter().position(|a| a == "--seconds") {
        None => 60,
        Some(i) => args.get(i + 1).and_then(|s| s.parse::<u32>().ok()).ok_or("--seconds needs a number")?,
    };
    let runs = fuzz(seconds, false)?;
    eprintln!("fuzz: no crash in {runs} runs ({seconds} s)");
    Ok(())
}

/// The step of `cargo xtask test`: a short run over the seed corpus (plus whatever earlier runs on this
/// machine added to it). Counts as one passed check; a crash, or a target that does not build, fails the step.
pub fn smoke() -> Result<(usize, usize)> {
    let runs = fuzz(SMOKE_SECONDS, true)?;
    eprintln!("fuzz: no crash in {runs} runs ({SMOKE_SECONDS} s)");
    Ok((1, 0))
}

/// Seeds the corpus and runs the `parse_bundle` target for `seconds`; returns the number of inputs tried (from
/// libFuzzer's closing "Done N runs in S second(s)" line). An error when the fuzzer found a crash
/// (libFuzzer saves the input and exits non-zero), or when the target did not build. `quiet` leaves
/// out libFuzzer's lines per new input (`#1234 NEW cov: …`, `NEW_FUNC`), keeping the build, the crash report
/// and the totals.
fn fuzz(seconds: u32, quiet: bool) -> Result<u64> {
    let corpus = root().join("fuzz/corpus/parse_bundle");
    std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
    for dir in ["content", "demo-site/pages/broken", "fuzz/seeds"] {
        for entry in std::fs::read_dir(root().join(dir)).map_err(|e| format!("{dir}: {e}"))?.flatten() {
            let path = entry.path();
            let small = entry.metadata().is_ok_and(|m| m.len() <= MAX_SEED_BYTES);
            if small && path.extension().is_some_and(|e| e == "json") {
                std::fs::copy(&path, corpus.join(entry.file_name())).map_err(|e| e.to_string())?;
            }
        }
    }
    let binary = build_target()?;
    let artifacts = root().join("fuzz/artifacts/parse_bundle");
    std::fs::create_dir_all(&artifacts).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(&binary);
    cmd.arg(&corpus).args([
        format!("-max_total_time={seconds}"),
        "-max_len=65536".to_owned(),
        format!("-artifact_prefix={}/", artifacts.display()),
    ]);
    eprintln!("$ {} {} -max_total_time={seconds} -max_len=65536", binary.display(), corpus.display());
    // libFuzzer and cargo write everything to stderr: read it to echo it and to find the number of runs.
    let mut child = cmd.stderr(Stdio::piped()).spawn().map_err(|e| format!("{}: {e}", binary.display()))?;
    let stderr = child.stderr.take().expect("piped");
    let (mut runs, mut crash) = (None, None);
    for line in BufReader::new(stderr).lines().map_while(std::io::Result::ok) {
        if let Some(rest) = line.strip_prefix("Done ") {
            runs = rest.split(' ').next().and_then(|n| n.parse().ok());
        }
        if let Some((_, path)) = line.split_once("Test unit written to ") {
            crash = Some(path.trim().to_owned());
        }
        if !(quiet && (line.starts_with('#') || line.starts_with("\tNEW_FUNC"))) {
            eprintln!("{line}");
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if let Some(input) = crash {
        return Err(format!(
            "the fuzzer found an input that crashes (or hangs, or runs out of memory), saved as {input}: fix the \
             bug in widgets/lmi-content and add the input as a regression test there (widgets/lmi-content/tests/)"
        ));
    }
    if !status.success() {
        return Err(format!("the fuzz run failed ({status}); see above"));
    }
    runs.ok_or_else(|| "the fuzzer ended without its \"Done N runs\" line".to_owned())
}

/// Builds the fuzz target for the host (so the flags skip build scripts) in its own target dir (so they do
/// not invalidate the workspace's builds); returns the binary.
fn build_target() -> Result<std::path::PathBuf> {
    let host = host_triple()?;
    let target_dir = root().join("target/fuzz");
    run(Command::new("cargo")
        .current_dir(root().join("fuzz"))
        .env("RUSTFLAGS", FUZZ_RUSTFLAGS.split_whitespace().collect::<Vec<_>>().join(" "))
        .args(["build", "--release", "--bin", "parse_bundle", "--target", &host, "--target-dir"])
        .arg(&target_dir))?;
    Ok(target_dir.join(host).join("release/parse_bundle"))
}

fn host_triple() -> Result<String> {
    let out = Command::new("rustc").arg("-vV").output().map_err(|e| format!("rustc: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().find_map(|l| l.strip_prefix("host: ")).map(str::to_owned).ok_or_else(|| "rustc -vV: no host".into())
}
