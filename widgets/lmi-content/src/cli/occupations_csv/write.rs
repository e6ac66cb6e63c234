//! Writing a set of files so that a failed write leaves nothing half done: every file goes to a temporary
//! name beside its target first (same folder, so the rename cannot cross file systems), and only when all of
//! them are written are they renamed into place. A failure while writing removes the temporary files and the
//! folders this write created. (A failure between two renames, which only a vanishing disk causes, is
//! reported with the files already replaced.)

use std::path::{Path, PathBuf};

/// Writes every `(path, contents)`; `Err` says what failed, and nothing of this write is left behind.
pub fn atomically(files: &[(PathBuf, Vec<u8>)]) -> Result<(), String> {
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    let mut temps: Vec<(PathBuf, &Path)> = Vec::new();
    let outcome = (|| -> Result<(), String> {
        for (path, contents) in files {
            let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            create_dirs(dir, &mut created_dirs)?;
            let name =
                path.file_name().and_then(|n| n.to_str()).ok_or_else(|| format!("{}: no file name", path.display()))?;
            let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
            temps.push((temp.clone(), path));
            std::fs::write(&temp, contents).map_err(|e| format!("{}: {e}", temp.display()))?;
        }
        Ok(())
    })();
    if let Err(e) = outcome {
        for (temp, _) in &temps {
            let _ = std::fs::remove_file(temp);
        }
        for dir in created_dirs.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
        return Err(format!("{e}; nothing was written"));
    }
    for (k, (temp, path)) in temps.iter().enumerate() {
        if let Err(e) = std::fs::rename(temp, path) {
            for (t, _) in &temps[k..] {
                let _ = std::fs::remove_file(t);
            }
            return Err(format!("{}: {e}; {k} of {} files were already replaced", path.display(), temps.len()));
        }
    }
    Ok(())
}

/// `create_dir_all`, remembering which folders it made (outermost first) so they can be removed again.
fn create_dirs(dir: &Path, created: &mut Vec<PathBuf>) -> Result<(), String> {
    let mut missing = Vec::new();
    let mut d = Some(dir);
    while let Some(p) = d.filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
        missing.push(p.to_path_buf());
        d = p.parent();
    }
    for p in missing.into_iter().rev() {
        std::fs::create_dir(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        created.push(p);
    }
    Ok(())
}
