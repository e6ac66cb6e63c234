//! `cargo xtask bench import`: how `lmi-content import occupations` scales to a national list. Writes a
//! SYNTHETIC list (labelled so in every file and in the bundle's title, never shipped, kept under
//! `target/bench-import/`) of 20,000 occupations in 6 languages with every figure the format holds per
//! occupation (5, one per measure) and 30 employment figures on each of its 1,152 ISCO unit groups, imports
//! it with the release-built tool as a child process (split output, `--strict`), and writes rows per second
//! and the import process's peak resident memory (its own `VmHWM`) between the markers of BENCH.md.

use std::fmt::Write as _;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::util::{Result, root};

pub const BEGIN: &str = "<!-- import: written by cargo xtask bench import -->";
pub const END: &str = "<!-- /import -->";

const OCCUPATIONS: usize = 20_000;
const LANGS: [&str; 6] = ["en", "fr", "nl", "de", "es", "it"];
const REGIONS: [&str; 6] = ["BE", "NL", "FR", "DE", "ES", "IT"];
const YEARS: [u32; 5] = [2020, 2021, 2022, 2023, 2024];
/// ISCO-like codes: 9 major groups × 4 sub-major × 4 minor × 8 unit groups = 1,152 unit groups.
const SUB: u32 = 4;
const MINOR: u32 = 4;
const UNIT: u32 = 8;
/// Marked on every file: this is benchmark data, not labour-market information.
const LABEL: &str = "SYNTHETIC BENCHMARK DATA: not real occupations or figures, never to be published";

/// The profile the tool is built with for the benchmark (optimised for speed, unlike `release`, which is
/// tuned for wasm size).
const PROFILE: &str = "bench-native";

pub fn run() -> Result {
    let dir = root().join("target/bench-import");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    eprintln!("bench import: writing the synthetic list to {}", dir.display());
    let rows = write_synthetic(&dir)?;
    let input_bytes: u64 = ["occupations.csv", "figures.csv", "sources.csv"]
        .iter()
        .map(|f| std::fs::metadata(dir.join(f)).map(|m| m.len()).unwrap_or(0))
        .sum();
    eprintln!("bench import: building lmi-content (profile {PROFILE})");
    let status = Command::new("cargo")
        .current_dir(root())
        .args(["build", "-q", "--profile", PROFILE, "-p", "lmi-content", "--features", "cli", "--bin", "lmi-content"])
        .status()
        .map_err(|e| format!("cargo build: {e}"))?;
    if !status.success() {
        return Err("cargo build of lmi-content failed".to_owned());
    }
    let tool = root().join(format!("target/{PROFILE}/lmi-content"));
    let out = dir.join("out");
    let arg = |f: &str| dir.join(f).to_string_lossy().into_owned();
    let started = Instant::now();
    let child = Command::new(&tool)
        .args(["import", "occupations", &arg("occupations.csv"), &arg("figures.csv"), &arg("sources.csv")])
        .arg("--out")
        .arg(&out)
        .arg("--strict")
        .env("LMI_CONTENT_PEAK_MEMORY", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("{}: {e}", tool.display()))?;
    let (code, max_rss_kib, stdout) = wait_with_peak(child)?;
    let seconds = started.elapsed().as_secs_f64();
    if code != 0 {
        return Err(format!("the import failed (exit {code}):\n{stdout}"));
    }
    let output_bytes = dir_bytes(&out);
    let light = out.join("synthetic-benchmark.json");
    let light_bytes = std::fs::metadata(&light).map(|m| m.len()).unwrap_or(0);
    let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
    let mut md = String::new();
    let _ = writeln!(md, "{BEGIN}");
    let _ = writeln!(md, "## Import of a national occupation list (`cargo xtask bench import`)\n");
    let _ = writeln!(
        md,
        "Synthetic data made by the benchmark (never shipped): {OCCUPATIONS} occupations in {} languages ({}), \
         1,341 ISCO-08 groups, every figure format {} holds per occupation (5: one per measure) and 30 employment \
         figures (6 regions × 5 years) on each of the 1,152 unit groups. The issue asks for 30 figures per \
         occupation: an occupation holds at most one figure per measure, so the other 25 have nowhere to go.\n",
        LANGS.len(),
        LANGS.join(", "),
        lmi_content::FORMAT_VERSION
    );
    let _ = writeln!(md, "| measure | value |\n|---|---|");
    let _ = writeln!(md, "| rows (3 files) | {rows} |");
    let _ = writeln!(md, "| input | {:.1} MiB of CSV |", mib(input_bytes));
    let _ = writeln!(md, "| wall time | {seconds:.2} s |");
    let _ = writeln!(md, "| rows per second | {:.0} |", rows as f64 / seconds);
    let _ = writeln!(md, "| peak memory (VmHWM of the import process) | {:.1} MiB |", max_rss_kib as f64 / 1024.0);
    let _ = writeln!(
        md,
        "| output | {:.1} MiB: light bundle {:.1} MiB + details files |",
        mib(output_bytes),
        mib(light_bytes)
    );
    let _ = writeln!(
        md,
        "\nWhat the peak is bounded by: the rows are streamed (each file read record by record through a \
         `csv::Reader` over the buffered file, each row made into the bundle's types as soon as it is read and \
         then dropped), so while the files are read the import holds the bundle being built, one row and the \
         readers' buffers, not the CSV text. The peak comes after the reading, and is a multiple of the bundle: \
         the bundle's JSON text is scanned for the format's limits, the bundle is moved into the light bundle \
         and the details files, the light bundle is parsed back to check it, and the output files' texts are all \
         held until they are written at once (so that a failed import writes nothing). Wall time and rows per second depend on the \
         load of the shared machine (below)."
    );
    let _ = writeln!(md, "\nMachine: {}. Tool built with the `{PROFILE}` profile.\n", machine());
    let _ = writeln!(
        md,
        "Summary the import printed:\n\n```\n{}\n```",
        stdout.trim_end().replace(&*dir.to_string_lossy(), "target/bench-import")
    );
    let _ = write!(md, "{END}");
    println!("{md}");
    let bench = root().join("BENCH.md");
    let old = std::fs::read_to_string(&bench).unwrap_or_default();
    std::fs::write(&bench, replace_section(&old, &md)).map_err(|e| format!("BENCH.md: {e}"))?;
    eprintln!("bench import: wrote the section of BENCH.md");
    Ok(())
}

/// `old` with the section between the markers replaced by `section`, or with it appended.
pub fn replace_section(old: &str, section: &str) -> String {
    match (old.find(BEGIN), old.find(END)) {
        (Some(a), Some(b)) if a < b => format!("{}{section}{}", &old[..a], &old[b + END.len()..]),
        _ => format!("{}\n{section}\n", old.trim_end()),
    }
}

/// The section as the last `bench import` wrote it, for a full `bench` run to keep.
pub fn kept(old: &str) -> String {
    match (old.find(BEGIN), old.find(END)) {
        (Some(a), Some(b)) if a < b => format!("\n{}\n", &old[a..b + END.len()]),
        _ => String::new(),
    }
}

/// Waits for `child` and returns its exit code, its peak resident memory in KiB (the `peak memory: N kB`
/// line the tool prints last when `LMI_CONTENT_PEAK_MEMORY` is set, from its own VmHWM) and the rest of its
/// standard output.
fn wait_with_peak(child: std::process::Child) -> Result<(i32, u64, String)> {
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        return Ok((out.status.code().unwrap_or(-1), 0, text));
    }
    let (rest, peak) = text.trim_end().rsplit_once('\n').unwrap_or(("", text.trim_end()));
    let kib = peak
        .strip_prefix("peak memory: ")
        .and_then(|v| v.trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| format!("no `peak memory: N kB` line at the end of the import's output:\n{text}"))?;
    Ok((out.status.code().unwrap_or(-1), kib, rest.to_owned()))
}

fn dir_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        total += if p.is_dir() { dir_bytes(&p) } else { entry.metadata().map(|m| m.len()).unwrap_or(0) };
    }
    total
}

/// CPU model, cores and memory, from /proc.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpu
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_owned());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mem = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let kib: u64 = mem
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    // The load when measured: the machine may be shared, and wall time suffers first.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("?").to_owned();
    format!(
        "{}, {cores} cores, {:.0} GiB RAM, Linux; load average {load} when measured",
        model.unwrap_or_else(|| "unknown CPU".to_owned()),
        kib as f64 / (1024.0 * 1024.0)
    )
}

/// Writes the three synthetic files into `dir`; returns the number of data rows.
fn write_synthetic(dir: &Path) -> Result<usize> {
    let open = |name: &str| -> Result<(PathBuf, csv::Writer<BufWriter<std::fs::File>>)> {
        let path = dir.join(name);
        let file = std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut w = csv::WriterBuilder::new().flexible(true).from_writer(BufWriter::new(file));
        w.write_record([format!("# {LABEL}")]).map_err(|e| e.to_string())?;
        Ok((path, w))
    };
    let e = |e: csv::Error| e.to_string();
    let mut rows = 0;

    let (_, mut src) = open("sources.csv")?;
    let mut header: Vec<String> = [
        "id",
        "publisher",
        "dataset",
        "url",
        "licence",
        "attribution",
        "retrieved",
        "method",
        "coverage",
        "period",
        "reliability",
    ]
    .map(str::to_owned)
    .to_vec();
    header.extend(LANGS.iter().map(|l| format!("reliability_reason.{l}")));
    src.write_record(&header).map_err(e)?;
    for (id, method, period) in [("syn-survey", "survey", "2024"), ("syn-forecast", "forecast_model", "2024/2034")] {
        let mut r: Vec<String> = [
            id,
            "Synthetic benchmark office",
            LABEL,
            "https://example.org/synthetic",
            "CC0-1.0",
            "Synthetic data.",
            "2026-01-01",
            method,
            "EU27",
            period,
            "medium",
        ]
        .map(str::to_owned)
        .to_vec();
        r.extend(LANGS.iter().map(|l| format!("Synthetic: made up for the benchmark ({l}).")));
        src.write_record(&r).map_err(e)?;
        rows += 1;
    }
    src.flush().map_err(|e| e.to_string())?;

    let (_, mut occ) = open("occupations.csv")?;
    let preamble = [
        "# id: synthetic-benchmark".to_owned(),
        format!("# title.en: {LABEL}"),
        format!("# title.fr: {LABEL}"),
        format!("# title.nl: {LABEL}"),
        format!("# title.de: {LABEL}"),
        format!("# title.es: {LABEL}"),
        format!("# title.it: {LABEL}"),
        format!("# languages: {}", LANGS.join(", ")),
        "# default_language: en".to_owned(),
        "# licence: CC0-1.0".to_owned(),
        "# attribution: Synthetic data made by cargo xtask bench import.".to_owned(),
        "# audience: practitioner".to_owned(),
        "# authors: LMI Kit benchmark".to_owned(),
        "# last_reviewed: 2026-01-01".to_owned(),
    ];
    for line in &preamble {
        occ.write_record([line]).map_err(e)?;
    }
    let mut header = vec!["code".to_owned(), "scheme".to_owned(), "isco08".to_owned()];
    for base in ["title", "alt_titles", "description"] {
        header.extend(LANGS.iter().map(|l| format!("{base}.{l}")));
    }
    occ.write_record(&header).map_err(e)?;
    let group_row = |code: String| -> Vec<String> {
        let mut r = vec![code.clone(), "isco08".to_owned(), String::new()];
        r.extend(LANGS.iter().map(|l| format!("Synthetic group {code} ({l})")));
        r.extend(std::iter::repeat_n(String::new(), 2 * LANGS.len()));
        r
    };
    let mut units = Vec::new();
    for major in 1..=9u32 {
        occ.write_record(group_row(major.to_string())).map_err(e)?;
        rows += 1;
        for sub in 1..=SUB {
            let sub = major * 10 + sub;
            occ.write_record(group_row(sub.to_string())).map_err(e)?;
            rows += 1;
            for minor in 1..=MINOR {
                let minor = sub * 10 + minor;
                occ.write_record(group_row(minor.to_string())).map_err(e)?;
                rows += 1;
                for unit in 1..=UNIT {
                    let unit = minor * 10 + unit;
                    occ.write_record(group_row(unit.to_string())).map_err(e)?;
                    rows += 1;
                    units.push(unit);
                }
            }
        }
    }
    for i in 0..OCCUPATIONS {
        let mut r = vec![format!("SYN-{i:05}"), "synthetic".to_owned(), units[i % units.len()].to_string()];
        r.extend(LANGS.iter().map(|l| format!("Synthetic occupation {i} ({l})")));
        r.extend(LANGS.iter().map(|l| format!("synthetic job {i} {l}|made-up role {i} {l}")));
        r.extend(LANGS.iter().map(|l| {
            format!("Synthetic description {i} in {l}: a made-up occupation for the import benchmark, not a real job.")
        }));
        occ.write_record(&r).map_err(e)?;
        rows += 1;
    }
    occ.flush().map_err(|e| e.to_string())?;

    let (_, mut fig) = open("figures.csv")?;
    let mut header: Vec<String> =
        ["code", "measure", "value", "unit", "currency", "period", "region", "source"].map(str::to_owned).to_vec();
    header.extend(LANGS.iter().map(|l| format!("caveat.{l}")));
    fig.write_record(&header).map_err(e)?;
    let mut row = |cells: [&str; 8], caveat: bool| -> Result {
        let mut r: Vec<String> = cells.map(str::to_owned).to_vec();
        r.extend(
            LANGS
                .iter()
                .map(|l| if caveat { format!("Synthetic figure, not a real one ({l}).") } else { String::new() }),
        );
        fig.write_record(&r).map_err(|e| e.to_string())
    };
    for i in 0..OCCUPATIONS {
        let code = format!("SYN-{i:05}");
        let region = REGIONS[i % REGIONS.len()];
        let n = |base: usize, spread: usize| (base + (i * 7919) % spread).to_string();
        row(
            [&code, "median_wage", &n(25_000, 40_000), "currency_per_year", "EUR", "2024", region, "syn-survey"],
            true,
        )?;
        row([&code, "employment", &n(100, 50_000), "people", "", "2024", region, "syn-survey"], false)?;
        let change = format!("{:.1}", ((i * 31) % 400) as f64 / 10.0 - 20.0);
        row([&code, "projected_change", &change, "percent_change", "", "2024/2034", region, "syn-forecast"], false)?;
        row([&code, "openings", &n(10, 5_000), "openings_per_year", "", "2024/2034", region, "syn-forecast"], false)?;
        let share = format!("{:.1}", ((i * 13) % 1000) as f64 / 10.0);
        row([&code, "women_share", &share, "percent", "", "2024", region, "syn-survey"], false)?;
        rows += 5;
    }
    for unit in &units {
        for region in REGIONS {
            for year in YEARS {
                let value = (1_000 + (*unit as usize * 31 + year as usize) % 90_000).to_string();
                row(
                    [&unit.to_string(), "employment", &value, "people", "", &year.to_string(), region, "syn-survey"],
                    false,
                )?;
                rows += 1;
            }
        }
    }
    fig.flush().map_err(|e| e.to_string())?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_section_replaces_the_old_one_or_is_appended() {
        let section = format!("{BEGIN}\nnew\n{END}");
        assert_eq!(replace_section("# B\n", &section), format!("# B\n{section}\n"));
        let old = format!("# B\n{BEGIN}\nold\n{END}\n## Next\n");
        assert_eq!(replace_section(&old, &section), format!("# B\n{section}\n## Next\n"));
        assert_eq!(kept(&old), format!("\n{BEGIN}\nold\n{END}\n"));
        assert_eq!(kept("# B\n"), "");
    }
}
