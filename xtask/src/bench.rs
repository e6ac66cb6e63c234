//! `cargo xtask bench [--check]`: what a page with one widget costs, written to BENCH.md and bench.json.
//! Bytes of everything the page fetches to first interaction (raw, gzip -9, brotli -q 11), requests, time to
//! interactive (cold, median of 5, unthrottled and on a slow device), JS heap growth over a blank page, the
//! explorer's keystroke → results and the reading widget's largest chart in the browser, and the native search
//! benchmark. `--check` fails when a budget of issue #10 is exceeded. Never run by the tests:
//! timings belong here, not in assertions.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use crate::util::{Result, path_with_node_bin, root};
use crate::{kit, serve, setup};

/// The H5P figures issue #10 measured on this kind of machine, for the ratios.
const H5P_BYTES: f64 = 1_449.0 * 1024.0;
const H5P_MS: f64 = 915.0;
const H5P_SLOW_MS: f64 = 9_800.0;

struct Budget {
    raw: u64,
    brotli: u64,
    requests: f64,
    interactive_ms: f64,
    slow_ms: f64,
    heap: f64,
}

const BUDGET: Budget = Budget {
    raw: 290 * 1024,
    brotli: 100 * 1024,
    requests: 8.0,
    interactive_ms: 300.0,
    slow_ms: 2_000.0,
    heap: 1024.0 * 1024.0,
};

/// The bundle each widget's benchmark page loads.
fn default_bundle(module: &str) -> &'static str {
    match module {
        "lmi_quiz" => "content/quiz-who-does-this-job.json",
        "lmi_reading" => "content/reading-lmi-basics.json",
        _ => "content/occupations.en.json",
    }
}

pub fn run(args: &[String]) -> Result {
    if args.iter().any(|a| a == "--profiles") {
        setup::run()?;
        return crate::profiles::run_profiles();
    }
    if args.iter().any(|a| a == "--sizes") {
        setup::run()?;
        let md = size_profiles()?;
        println!("{md}");
        return Ok(());
    }
    let check = args.iter().any(|a| a == "--check");
    setup::run()?;
    kit::dist()?;
    let port = serve::spawn()?;
    let browser = browser_measurements(port)?;
    let search = search_benchmark()?;
    let mut report = json!({ "widgets": {}, "search": search });
    let mut failures = Vec::new();
    for widget in lmi_embed::ELEMENTS {
        // The widget's code under its content-hashed name (`lmi_quiz-1a2b3c4d.js`), as the page fetches it.
        let module = kit::hashed_module(&root().join("dist/lmi"), widget.module)?;
        let files = [
            "dist/lmi/lmi.js".to_owned(),
            format!("dist/lmi/{module}.js"),
            format!("dist/lmi/{module}_bg.wasm"),
            format!("dist/{}", default_bundle(widget.module)),
        ];
        let mut sizes = Vec::new();
        for f in &files {
            sizes.push(json!({ "file": f, "raw": size(f, None)?, "gzip": size(f, Some("gzip"))?, "brotli": size(f, Some("brotli"))? }));
        }
        let total = |k: &str| sizes.iter().map(|s| s[k].as_u64().unwrap_or(0)).sum::<u64>();
        let name = widget.widget;
        let timings = browser.get(name).cloned().unwrap_or(Value::Null);
        let entry = json!({
            "files": sizes,
            "total": { "raw": total("raw"), "gzip": total("gzip"), "brotli": total("brotli") },
            "browser": timings,
        });
        failures.extend(over_budget(name, &entry));
        report["widgets"][name] = entry;
    }
    report["layout_shift"] = browser.get("layout_shift").cloned().unwrap_or(Value::Null);
    failures.extend(shifting_pages(&report["layout_shift"]));
    let mut md = markdown(&report, &failures);
    md.push_str(&size_profiles()?);
    md.push_str(&kept_steps()?);
    // The import benchmark's section, as `cargo xtask bench import` last wrote it.
    md.push_str(&crate::bench_import::kept(&std::fs::read_to_string(root().join("BENCH.md")).unwrap_or_default()));
    std::fs::write(root().join("BENCH.md"), &md).map_err(|e| e.to_string())?;
    let json_text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n";
    std::fs::write(root().join("bench.json"), json_text).map_err(|e| e.to_string())?;
    println!("{md}");
    if check && !failures.is_empty() {
        return Err(format!("over budget:\n{}", failures.join("\n")));
    }
    Ok(())
}

/// The size profile of every module the kit ships.
fn size_profiles() -> Result<String> {
    crate::size_profile::ensure_twiggy()?;
    let mut profiles = Vec::new();
    for (crate_name, module) in kit::shipped_modules() {
        profiles.push(crate::size_profile::profile(crate_name, module)?);
    }
    Ok(crate::size_profile::markdown(&profiles))
}

/// Markers of the hand-kept section of BENCH.md (the record of each weight-reduction step and its effect), which
/// a new run keeps as it is.
const STEPS_BEGIN: &str = "<!-- steps: kept by cargo xtask bench -->";
const STEPS_END: &str = "<!-- /steps -->";

fn kept_steps() -> Result<String> {
    let old = std::fs::read_to_string(root().join("BENCH.md")).unwrap_or_default();
    Ok(match (old.find(STEPS_BEGIN), old.find(STEPS_END)) {
        (Some(a), Some(b)) if a < b => format!("\n{}\n", &old[a..b + STEPS_END.len()]),
        _ => format!("\n{STEPS_BEGIN}\n{STEPS_END}\n"),
    })
}

/// Bytes of `file` as served: raw, or after `gzip -9` / `brotli -q 11`.
pub(crate) fn size(file: &str, compressor: Option<&str>) -> Result<u64> {
    let bytes = std::fs::read(root().join(file)).map_err(|e| format!("{file}: {e}"))?;
    let Some(tool) = compressor else { return Ok(bytes.len() as u64) };
    let args: &[&str] = if tool == "gzip" { &["-9", "-c"] } else { &["-q", "11", "-c"] };
    let mut child = Command::new(tool)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{tool}: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer.join().map_err(|_| "compressor thread")?.map_err(|e| e.to_string())?;
    Ok(out.stdout.len() as u64)
}

fn browser_measurements(port: u16) -> Result<Value> {
    let out = Command::new("node")
        .current_dir(root().join("tests"))
        .arg("bench/run.js")
        .env("PATH", path_with_node_bin())
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !out.status.success() {
        return Err("the browser benchmark failed".to_owned());
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("browser benchmark output: {e}"))
}

/// Criterion's summary lines for the native search benchmark.
fn search_benchmark() -> Result<Value> {
    let out = Command::new("cargo")
        .current_dir(root())
        .args([
            "bench",
            "-p",
            "lmi-content",
            "--bench",
            "search",
            "--",
            "--warm-up-time",
            "1",
            "--measurement-time",
            "3",
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cargo bench: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = Vec::new();
    let mut name = String::new();
    for line in text.lines() {
        if !line.starts_with(' ') && !line.is_empty() && !line.contains("time:") {
            name = line.trim().to_owned();
        }
        if let Some(i) = line.find("time:") {
            let label = line[..i].trim();
            let label = if label.is_empty() { name.as_str() } else { label };
            lines.push(format!("{label} {}", line[i..].trim()));
        }
    }
    Ok(json!(lines))
}

fn over_budget(name: &str, entry: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut over = |what: &str, measured: f64, budget: f64, unit: &str| {
        if measured > budget {
            out.push(format!("{name}: {what} {measured:.0} {unit} > budget {budget:.0} {unit}"));
        }
    };
    over("bytes (raw)", entry["total"]["raw"].as_f64().unwrap_or(0.0), BUDGET.raw as f64, "B");
    over("bytes (brotli)", entry["total"]["brotli"].as_f64().unwrap_or(0.0), BUDGET.brotli as f64, "B");
    let b = &entry["browser"];
    if !b.is_null() {
        over("requests", b["unthrottled"]["requests"].as_f64().unwrap_or(0.0), BUDGET.requests, "");
        over(
            "interactive",
            b["unthrottled"]["interactive_ms"]["median"].as_f64().unwrap_or(0.0),
            BUDGET.interactive_ms,
            "ms",
        );
        over(
            "interactive (slow device)",
            b["slow"]["interactive_ms"]["median"].as_f64().unwrap_or(0.0),
            BUDGET.slow_ms,
            "ms",
        );
        over("heap growth", b["unthrottled"]["heap_growth_bytes"].as_f64().unwrap_or(0.0), BUDGET.heap, "B");
    }
    out
}

/// The most cumulative layout shift a demo page may have (issue #28; Lighthouse calls 0.1 "good").
const MOST_LAYOUT_SHIFT: f64 = 0.05;

fn shifting_pages(shifts: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (page, screens) in shifts.as_object().into_iter().flatten() {
        for (screen, value) in screens.as_object().into_iter().flatten() {
            let v = value.as_f64().unwrap_or(0.0);
            if v > MOST_LAYOUT_SHIFT {
                out.push(format!("{page} ({screen}): layout shift {v:.3} > budget {MOST_LAYOUT_SHIFT}"));
            }
        }
    }
    out
}

fn kib(v: &Value) -> String {
    format!("{:.1} KiB", v.as_f64().unwrap_or(0.0) / 1024.0)
}

fn markdown(report: &Value, failures: &[String]) -> String {
    let mut md = String::from(
        "# Benchmarks\n\nWritten by `cargo xtask bench` (median of 5 cold loads in headless Chromium; the slow device is \
         150 ms latency, 1.6 Mbit/s, 4× CPU slowdown). Compare with H5P's 5-question quiz: 1,449 KiB in 64 requests, \
         915 ms unthrottled, 9.8 s on the slow device, 2.9 MiB of heap. Files are served precompressed (brotli) as \
         `cargo xtask dist` leaves them. Heap growth is V8's JavaScript heap over a blank page; a widget's wasm \
         linear memory is not in it, but its compiled module is (compiling the quiz's wasm alone, 641 KiB, adds \
         668 KiB), so heap growth follows the size of the wasm. The release-profile knobs are measured in \
         BENCH-PROFILES.md (`cargo xtask bench --profiles`).\n",
    );
    let widgets = report["widgets"].as_object().cloned().unwrap_or_default();
    for (name, w) in &widgets {
        let _ = writeln!(md, "\n## `<lmi-{name}>`\n\n| file | raw | gzip | brotli |\n|---|---|---|---|");
        for f in w["files"].as_array().into_iter().flatten() {
            let _ = writeln!(
                md,
                "| `{}` | {} | {} | {} |",
                f["file"].as_str().unwrap_or(""),
                kib(&f["raw"]),
                kib(&f["gzip"]),
                kib(&f["brotli"])
            );
        }
        let t = &w["total"];
        let _ = writeln!(
            md,
            "| **total to first interaction** | **{}** | **{}** | **{}** |\n\nvs H5P: {:.1}× fewer bytes (raw).",
            kib(&t["raw"]),
            kib(&t["gzip"]),
            kib(&t["brotli"]),
            H5P_BYTES / t["raw"].as_f64().unwrap_or(1.0)
        );
        let b = &w["browser"];
        if !b.is_null() {
            let _ = writeln!(
                md,
                "\n| condition | interactive (median, min–max) | requests | heap growth |\n|---|---|---|---|"
            );
            for (cond, h5p) in [("unthrottled", H5P_MS), ("slow", H5P_SLOW_MS)] {
                let c = &b[cond];
                let m = &c["interactive_ms"];
                let _ = writeln!(
                    md,
                    "| {cond} | {:.0} ms ({:.0}–{:.0}); {:.1}× faster than H5P | {} | {} |",
                    m["median"].as_f64().unwrap_or(0.0),
                    m["min"].as_f64().unwrap_or(0.0),
                    m["max"].as_f64().unwrap_or(0.0),
                    h5p / m["median"].as_f64().unwrap_or(1.0),
                    c["requests"],
                    kib(&c["heap_growth_bytes"]),
                );
            }
            for cond in ["unthrottled", "slow"] {
                let k = &b[cond]["keystroke_ms"];
                if !k.is_null() {
                    let _ = writeln!(
                        md,
                        "\nKeystroke → results in the DOM ({cond}): median {:.1} ms, max {:.1} ms over {} keystrokes.",
                        k["median"].as_f64().unwrap_or(0.0),
                        k["max"].as_f64().unwrap_or(0.0),
                        k["keystrokes"],
                    );
                }
            }
            for cond in ["unthrottled", "slow"] {
                let c = &b[cond]["largest_chart_ms"];
                if !c.is_null() {
                    let _ = writeln!(
                        md,
                        "\nLargest chart → its SVG in the DOM ({cond}): median {:.1} ms, max {:.1} ms over {} runs \
                         (exercise `{}`, a {} chart of {} values, asked for by setting `level=\"{}\"`).",
                        c["median"].as_f64().unwrap_or(0.0),
                        c["max"].as_f64().unwrap_or(0.0),
                        c["runs"].as_array().map_or(0, Vec::len),
                        c["exercise"].as_str().unwrap_or(""),
                        c["kind"].as_str().unwrap_or(""),
                        c["values"],
                        c["level"].as_str().unwrap_or(""),
                    );
                }
            }
        }
    }
    let _ = writeln!(
        md,
        "\n## Layout shift of every demo page (issue #28)\n\nCumulative layout shift from navigation until every widget \
         shows its content and a second more, one cold load each: a 1280 px and a 375 px screen, and the wide one \
         on the slow device. Budget: {MOST_LAYOUT_SHIFT} on every page.\n\n| page | wide | phone | wide, slow |\n|---|---|---|---|"
    );
    for (page, s) in report["layout_shift"].as_object().into_iter().flatten() {
        let cell = |k: &str| format!("{:.3}", s[k].as_f64().unwrap_or(0.0));
        let _ = writeln!(md, "| `{page}` | {} | {} | {} |", cell("wide"), cell("phone"), cell("wide_slow"));
    }
    let _ = writeln!(md, "\n## Search (native, occupations bundles in four languages, criterion)\n");
    for line in report["search"].as_array().into_iter().flatten() {
        let _ = writeln!(md, "- `{}`", line.as_str().unwrap_or(""));
    }
    let _ = writeln!(md, "\n## Budgets (issues #10, #28)\n");
    if failures.is_empty() {
        md.push_str("All budgets met.\n");
    } else {
        for f in failures {
            let _ = writeln!(md, "- over: {f}");
        }
    }
    md
}
