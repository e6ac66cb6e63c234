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
    let mut build = Command::new("cargo");
    build.current_dir(&root).args(["build", "--target", "wasm32-unknown-unknown", "--profile", "wasm-z"]);
    for w in lmi_embed::WIDGETS {
        build.args(["-p", w.crate_name]);
    }
    run(&mut build)?;
    for w in lmi_embed::WIDGETS {
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
    eprintln!("dist: built {}", root().join("dist").display());
    Ok(())
}
