//! `lmi-content split`: a big occupations bundle as a light bundle plus one details file per ISCO sub-major
//! group, so that the explorer can search after under a third of the bytes (`cargo xtask dist` does this).

use std::path::Path;

use super::Failure;
use crate::{OccupationsBundle, details_path, parse};

/// Writes `OUT_DIR/<name>.json` (the light bundle) and `OUT_DIR/<name>/<group>.json` (its details).
pub fn split_file(file: &str, out_dir: &str) -> Result<String, Failure> {
    let path = Path::new(file);
    let text = std::fs::read_to_string(path).map_err(|e| Failure::Usage(format!("{file}: {e}")))?;
    let whole = parse::<OccupationsBundle>(&text).map_err(|e| {
        Failure::Problems(e.problems().iter().map(|p| p.display_in(file)).collect::<Vec<_>>().join("\n"))
    })?;
    if whole.details.is_some() {
        return Err(Failure::Usage(format!("{file} is split already")));
    }
    let stem =
        path.file_stem().and_then(|s| s.to_str()).ok_or_else(|| Failure::Usage(format!("{file}: no file name")))?;
    let (light, parts) = crate::split(whole, &format!("{stem}/{{group}}.json"));
    let out = Path::new(out_dir);
    let write = |name: &str, json: String| {
        let target = out.join(name);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Failure::Usage(format!("{}: {e}", dir.display())))?;
        }
        std::fs::write(&target, json).map_err(|e| Failure::Usage(format!("{}: {e}", target.display())))
    };
    let template = light.details.clone().unwrap_or_default();
    write(&format!("{stem}.json"), to_json(&light))?;
    for part in &parts {
        write(&details_path(&template, &part.group), to_json(part))?;
    }
    Ok(format!("wrote {stem}.json and {} details files in {}", parts.len(), out.display()))
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("bundles serialise")
}
