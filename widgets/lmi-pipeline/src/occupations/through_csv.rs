//! One road to a bundle (issue #23): each bundle the generator builds is exported to the three CSVs a
//! portal would write (`lmi-content export occupations`), imported back with the same importer a webmaster
//! runs (`lmi-content import occupations --strict --whole`), and the imported bundle is the one written.
//! The generation fails when the importer rejects a row or gives back a different bundle. The CSVs go to a
//! folder under the system's temporary directory, removed when the round trip succeeded, kept (and named
//! in the error) when it did not.

use std::path::{Path, PathBuf};

use lmi_content::OccupationsBundle;
use lmi_content::cli::{Failure, csv_from_bundle, import_occupations};

use crate::util::Result;

/// `bundle` exported to CSV and imported back; `Err` when the import rejects anything or differs.
pub fn round_trip(file: &str, bundle: &OccupationsBundle) -> Result<OccupationsBundle> {
    let stem = file.trim_end_matches(".json");
    let dir = std::env::temp_dir().join(format!("lmi-pipeline-{}-{stem}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let imported = import_from(&dir, stem, bundle)
        .map_err(|e| format!("{file}: through the CSV importer (files kept in {}):\n{e}", dir.display()))?;
    if imported != *bundle {
        return Err(format!(
            "{file}: importing its CSVs (kept in {}) gives a different bundle than the one built: \
             the exporter or the importer loses something",
            dir.display()
        ));
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(imported)
}

fn import_from(dir: &Path, stem: &str, bundle: &OccupationsBundle) -> Result<OccupationsBundle> {
    let csv = csv_from_bundle(bundle).map_err(|e| format!("cannot be written as CSV: {e}"))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = |name: &str| -> PathBuf { dir.join(name) };
    for (name, text) in
        [("occupations.csv", &csv.occupations), ("figures.csv", &csv.figures), ("sources.csv", &csv.sources)]
    {
        std::fs::write(path(name), text).map_err(|e| format!("{}: {e}", path(name).display()))?;
    }
    let out = path("imported");
    let arg = |p: PathBuf| p.to_string_lossy().into_owned();
    let args = [
        arg(path("occupations.csv")),
        arg(path("figures.csv")),
        arg(path("sources.csv")),
        "--out".to_owned(),
        arg(out.clone()),
        "--name".to_owned(),
        stem.to_owned(),
        "--whole".to_owned(),
        "--strict".to_owned(),
    ];
    let report = import_occupations(&args).map_err(|f| match f {
        Failure::Problems(p) | Failure::Usage(p) => p,
    })?;
    if !report.rejected.is_empty() {
        return Err(report.rejected.join("\n"));
    }
    let written = out.join(format!("{stem}.json"));
    let text = std::fs::read_to_string(&written).map_err(|e| format!("{}: {e}", written.display()))?;
    lmi_content::parse::<OccupationsBundle>(&text).map_err(|e| format!("{}: {e}", written.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> OccupationsBundle {
        let read =
            |f: &str| std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/templates").join(f));
        let [o, f, s] =
            ["occupations.csv", "occupations-figures.csv", "occupations-sources.csv"].map(|f| read(f).unwrap());
        lmi_content::cli::bundle_from_csv(&o, &f, &s, None).unwrap().bundle
    }

    #[test]
    fn a_bundle_the_csvs_hold_comes_back_the_same_and_its_files_are_removed() {
        let bundle = template();
        assert!(round_trip("occupations.test-ok.json", &bundle).unwrap() == bundle);
        let dir = std::env::temp_dir().join(format!("lmi-pipeline-{}-occupations.test-ok", std::process::id()));
        assert!(!dir.exists());
    }

    #[test]
    fn a_bundle_the_csvs_cannot_hold_fails_the_generation_with_the_reason() {
        let mut bundle = template();
        let lang = bundle.meta.default_language.clone();
        bundle.occupations[0].alt_titles.insert(lang, vec!["a | b".to_owned()]);
        let e = round_trip("occupations.test-bad.json", &bundle).unwrap_err();
        assert!(
            e.starts_with("occupations.test-bad.json: through the CSV importer")
                && e.contains("cannot be written as CSV"),
            "{e}"
        );
    }
}
