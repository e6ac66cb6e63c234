//! `lmi-content`: the content tool for authors and CI.
//!
//!   lmi-content validate FILE...             every problem as `file:line:column: json.path: message`
//!   lmi-content schema [DIR]                  write the JSON Schemas (default: content/schema)
//!   lmi-content split FILE OUT_DIR            a light occupations bundle plus one details file per group
//!   lmi-content import quiz FILE.csv [...]    a quiz bundle from a spreadsheet (see content/README.md)
//!   lmi-content import reading FILE.csv [...] a reading bundle from a spreadsheet
//!   lmi-content import occupations O.csv F.csv S.csv --out DIR   an explorer bundle from three CSVs
//!   lmi-content export occupations BUNDLE.json --out DIR          the three CSVs back
//!
//! Exit status: 0 when everything is valid, 1 when a bundle has problems, 2 on a usage or file error.
//! With `LMI_CONTENT_PEAK_MEMORY` set, a last line of standard output gives the process's peak resident
//! memory (`VmHWM` of /proc/self/status, on Linux): `cargo xtask bench import` reads it.

use std::process::ExitCode;

use lmi_content::cli;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("validate") if args.len() > 1 => cli::validate(&args[1..]),
        Some("split") if args.len() == 3 => cli::split_file(&args[1], &args[2]),
        Some("schema") => cli::write_schemas(args.get(1).map(String::as_str)),
        // Rejected rows go to standard error, the summary to standard output.
        Some("import") if args.get(1).is_some_and(|k| k == "occupations") => {
            cli::import_occupations(&args[2..]).map(|report| {
                for line in &report.rejected {
                    eprintln!("{line}");
                }
                report.summary
            })
        }
        Some("export") if args.get(1).is_some_and(|k| k == "occupations") => cli::export_occupations(&args[2..]),
        Some("import") if args.len() > 2 => cli::import(&args[1], &args[2], &args[3..]),
        _ => Err(cli::Failure::Usage(cli::USAGE.to_owned())),
    };
    match outcome {
        Ok(report) => {
            if !report.is_empty() {
                println!("{report}");
            }
            if std::env::var_os("LMI_CONTENT_PEAK_MEMORY").is_some() {
                println!("peak memory: {}", peak_memory());
            }
            ExitCode::SUCCESS
        }
        Err(cli::Failure::Problems(report)) => {
            eprintln!("{report}");
            ExitCode::from(1)
        }
        Err(cli::Failure::Usage(message)) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// `VmHWM` of /proc/self/status (`123456 kB`), or why it is not known.
fn peak_memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map_or_else(|| "unknown (no VmHWM in /proc/self/status)".to_owned(), |v| v.trim().to_owned())
}
