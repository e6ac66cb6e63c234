//! `cargo xtask content [--data PATH] [--only occupations|activities]`: regenerates the demo bundles in
//! `content/` from the raw open data (default `../shared/data`, beside the checkout) with `lmi-pipeline`.

use std::path::PathBuf;

use lmi_pipeline::Only;

use crate::util::{Result, root};

pub fn run(args: &[String]) -> Result {
    let data = match args.iter().position(|a| a == "--data") {
        Some(i) => PathBuf::from(args.get(i + 1).ok_or("--data needs a path")?),
        None => root().join("../shared/data"),
    };
    let only = match args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).map(String::as_str) {
        None => Only::All,
        Some("occupations") => Only::Occupations,
        Some("activities") => Only::Activities,
        Some(other) => return Err(format!("--only takes `occupations` or `activities`, not `{other}`")),
    };
    let report = lmi_pipeline::generate(&data, &root().join("content"), only)?;
    for line in report.lines() {
        eprintln!("content: {line}");
    }
    Ok(())
}
