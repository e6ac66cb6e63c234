//! Building the embed kit (`dist/lmi/`) and the whole deployable `dist/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Result, path_with_node_bin, root, run};

/// Where the kit is assembled before trunk copies it into `dist/lmi/`.
pub fn kit_dir() -> PathBuf {
    root().join("target/lmi-kit/lmi")
}

/// Release wasm per widget (size profile), wasm-bindgen, wasm-opt, plus the loader files.
pub fn build_kit() -> Result {
    let root = root();
    let out = kit_dir();
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for w in lmi_embed::WIDGETS {
        // One build per widget: built together, cargo would unify lmi-ui's features and every widget's wasm
        // would carry every widget's strings.
        run(Command::new("cargo").current_dir(&root).args([
            "build",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            "wasm-z",
            "-p",
            w.crate_name,
        ]))?;
        let stem = w.module;
        let wasm = root.join(format!("target/wasm32-unknown-unknown/wasm-z/{stem}.wasm"));
        run(Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&out)
            .arg(&wasm))?;
        optimise(&out.join(format!("{stem}_bg.wasm")))?;
    }
    for (name, text) in lmi_embed::ASSETS {
        std::fs::write(out.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

/// binaryen 132's wasm-opt from the npm tooling (Debian's binaryen 108 breaks wasm-bindgen output).
fn optimise(wasm: &Path) -> Result {
    run(Command::new("wasm-opt")
        .env("PATH", path_with_node_bin())
        .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext"])
        .args(["--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"])
        .arg(wasm)
        .arg("-o")
        .arg(wasm))
}

/// The kit, then trunk builds the site around it into `dist/`.
pub fn dist() -> Result {
    build_kit()?;
    run(Command::new("trunk")
        .current_dir(root())
        .env("PATH", path_with_node_bin())
        .env("TRUNK_TOOLS_WASM_OPT", "version_132")
        .args(["build", "--release", "--offline"]))?;
    crate::guides::write_guides(&root().join("content"), &root().join("dist/guides"))?;
    split_occupations(&root().join("dist/content"))?;
    precompress(&[root().join("dist/lmi"), root().join("dist/content")])?;
    eprintln!("dist: built {}", root().join("dist").display());
    Ok(())
}

/// Replaces each occupations bundle in `dir` by a light bundle plus one details file per ISCO sub-major
/// group (`lmi-content split`): the explorer can search after about 230 KiB (brotli) instead of 564, and a
/// card fetches only its group's file. `content/` keeps the whole bundles, the source of truth.
fn split_occupations(dir: &Path) -> Result {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("occupations.") && name.ends_with(".json") {
            let file = entry.path().to_string_lossy().into_owned();
            lmi_content::cli::split_file(&file, &dir.to_string_lossy()).map_err(|f| format!("{file}: {f:?}"))?;
        }
    }
    Ok(())
}

/// Writes `file.br` (brotli -q 11) and `file.gz` (gzip -9) beside every code and data file in `dirs`, for
/// servers that send precompressed files (nginx `brotli_static`/`gzip_static`, Apache MultiViews, the xtask
/// server): the occupations bundles shrink about tenfold, and nothing is compressed per request.
fn precompress(dirs: &[PathBuf]) -> Result {
    let mut files = Vec::new();
    for dir in dirs {
        collect_compressible(dir, &mut files)?;
    }
    let mut children = Vec::new();
    for file in &files {
        for (tool, args) in [("brotli", &["-q", "11", "-f", "-k"][..]), ("gzip", &["-9", "-f", "-k"][..])] {
            let child = Command::new(tool).args(args).arg(file).spawn().map_err(|e| format!("{tool}: {e}"))?;
            children.push((tool, child));
        }
    }
    for (tool, mut child) in children {
        let status = child.wait().map_err(|e| format!("{tool}: {e}"))?;
        if !status.success() {
            return Err(format!("{tool} failed while precompressing dist/"));
        }
    }
    Ok(())
}

fn collect_compressible(dir: &Path, files: &mut Vec<PathBuf>) -> Result {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        let path = entry.path();
        let compressible = matches!(path.extension().and_then(|e| e.to_str()), Some("wasm" | "js" | "json" | "css"));
        if path.is_dir() {
            collect_compressible(&path, files)?;
        } else if compressible && entry.metadata().is_ok_and(|m| m.len() > 1024) {
            files.push(path);
        }
    }
    Ok(())
}
