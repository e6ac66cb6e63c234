//! `lmi-content`: the content tool for authors and CI.
//!
//!   lmi-content validate FILE...             every problem as `file:line:column: json.path: message`
//!   lmi-content schema [DIR]                  write the JSON Schemas (default: content/schema)
//!   lmi-content split FILE OUT_DIR            a light occupations bundle plus one details file per group
//!   lmi-content import quiz FILE.csv [...]    a quiz bundle from a spreadsheet (see content/README.md)
//!   lmi-content import reading FILE.csv [...] a reading bundle from a spreadsheet
//!
//! Exit status: 0 when everything is valid, 1 when a bundle has problems, 2 on a usage or file error.

use std::process::ExitCode;

use lmi_content::cli;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("validate") if args.len() > 1 => cli::validate(&args[1..]),
        Some("split") if args.len() == 3 => cli::split_file(&args[1], &args[2]),
        Some("schema") => cli::write_schemas(args.get(1).map(String::as_str)),
        Some("import") if args.len() > 2 => cli::import(&args[1], &args[2], &args[3..]),
        _ => Err(cli::Failure::Usage(cli::USAGE.to_owned())),
    };
    match outcome {
        Ok(report) => {
            if !report.is_empty() {
                println!("{report}");
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
