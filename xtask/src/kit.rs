//! Building the embed kit (`dist/lmi/`) and the whole deployable `dist/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::util::{Result, path_with_node_bin, root, run};

/// Where the kit is assembled before trunk copies it into `dist/lmi/`.
pub fn kit_dir() -> PathBuf {
    root().join("target/lmi-kit/lmi")
}

/// Release wasm per widget (size profile), wasm-bindgen, wasm-opt, named by content hash, plus the loader files
/// (`lmi.js` rewritten to load those names).
pub fn build_kit() -> Result {
    let out = kit_dir();
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let mut modules = Vec::new();
    // One build per module, each widget's own and the kit with all of them (ARCHITECTURE.md).
    for (crate_name, module) in shipped_modules() {
        optimise(&build_widget(crate_name, module, &out, &[])?)?;
        modules.push((module, content_hashed(&out, module)?));
    }
    for (name, text) in lmi_embed::ASSETS {
        let text =
            if *name == "lmi.js" { without_comment_lines(&loader_for(text, &modules)?) } else { (*text).to_owned() };
        std::fs::write(out.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

/// Every wasm module the kit ships: (crate, module).
pub fn shipped_modules() -> impl Iterator<Item = (&'static str, &'static str)> {
    lmi_embed::ELEMENTS
        .iter()
        .map(|e| (e.crate_name, e.module))
        .chain([(lmi_embed::KIT.crate_name, lmi_embed::KIT.module)])
}

/// Builds `crate_name` with the `wasm-z` profile (each `(knob, value)` overriding it through
/// `CARGO_PROFILE_WASM_Z_<knob>`) and puts it through wasm-bindgen into `out`; returns the `_bg.wasm`, not yet
/// optimised.
pub(crate) fn build_widget(crate_name: &str, module: &str, out: &Path, knobs: &[(&str, &str)]) -> Result<PathBuf> {
    let root = root();
    let mut build = Command::new("cargo");
    build.current_dir(&root).args([
        "build",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-z",
        "-p",
        crate_name,
    ]);
    for (knob, value) in knobs {
        build.env(format!("CARGO_PROFILE_WASM_Z_{knob}"), value);
    }
    build.env("CARGO_ENCODED_RUSTFLAGS", remapped_paths(&root));
    run(&mut build)?;
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(out)
        .arg(root.join(format!("target/wasm32-unknown-unknown/wasm-z/{module}.wasm"))))?;
    Ok(out.join(format!("{module}_bg.wasm")))
}

/// Compiler flags that write source paths in panic locations relative to the crate registry and the
/// workspace (`reactive_graph-0.2.16/src/…`, `widgets/lmi-ui/src/…`) instead of this machine's absolute paths:
/// about 10 KiB less in every wasm, and the same bytes, so the same content-hashed names, on every machine.
fn remapped_paths(root: &Path) -> String {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    let registry = cargo_home.join("registry/src");
    let mut flags = Vec::new();
    // Each registry index has its own folder (`index.crates.io-<hash>`): remap every one.
    for index in std::fs::read_dir(&registry).into_iter().flatten().flatten() {
        flags.push(format!("--remap-path-prefix={}/=", index.path().display()));
    }
    flags.push(format!("--remap-path-prefix={}/=", root.display()));
    flags.join("\u{1f}")
}

/// Renames `stem.js` and `stem_bg.wasm` in `dir` to `stem-<hash>.js` and `stem-<hash>_bg.wasm`, the hash taken
/// over both files, so that a change in either renames both: hosts can cache them for a year (`immutable`)
/// while `lmi.js`, which names them, is revalidated. Returns `stem-<hash>`.
fn content_hashed(dir: &Path, stem: &str) -> Result<String> {
    let (js_file, wasm_file) = (dir.join(format!("{stem}.js")), dir.join(format!("{stem}_bg.wasm")));
    let read = |file: &Path| std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()));
    let (js, wasm) = (read(&js_file)?, read(&wasm_file)?);
    let digest = Sha256::new().chain_update(&js).chain_update(&wasm).finalize();
    let hashed = format!("{stem}-{}", digest[..HASH_LEN / 2].iter().map(|b| format!("{b:02x}")).collect::<String>());
    // The module's own fallback address for its wasm (used only when init gets none; lmi.js always passes one).
    let js = String::from_utf8(js).map_err(|e| format!("{}: {e}", js_file.display()))?;
    let js = js.replace(&format!("'{stem}_bg.wasm'"), &format!("'{hashed}_bg.wasm'"));
    let write_err = |e: std::io::Error| format!("{hashed}: {e}");
    std::fs::write(dir.join(format!("{hashed}.js")), js).map_err(write_err)?;
    std::fs::remove_file(&js_file).map_err(write_err)?;
    std::fs::rename(&wasm_file, dir.join(format!("{hashed}_bg.wasm"))).map_err(write_err)?;
    Ok(hashed)
}

/// Hex digits of the content hash in a widget's file names.
const HASH_LEN: usize = 8;

/// Whether `file_name` is widget code named by its content (`lmi_quiz-1a2b3c4d.js`, `…_bg.wasm`): such a file
/// never changes, a new build gives a new name.
pub fn is_content_hashed(file_name: &str) -> bool {
    let stem = file_name.strip_suffix("_bg.wasm").or_else(|| file_name.strip_suffix(".js"));
    stem.and_then(|s| s.rsplit_once('-')).is_some_and(|(module, hash)| {
        !module.is_empty() && hash.len() == HASH_LEN && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// The content-hashed name (`lmi_quiz-1a2b3c4d`) of `module`'s code in `dir` (a built kit).
pub fn hashed_module(dir: &Path, module: &str) -> Result<String> {
    let names = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    names
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .find_map(|name| {
            let hashed = name.strip_suffix("_bg.wasm")?;
            (is_content_hashed(&name) && hashed.rsplit_once('-')?.0 == module).then(|| hashed.to_owned())
        })
        .ok_or_else(|| format!("no {module}-<hash>_bg.wasm in {}: run `cargo xtask dist`", dir.display()))
}

/// `js` without its whole-line comments (`// …` lines and `/* … */` blocks that start a line): the loader's
/// notes are for its readers in the repository and were a third of its bytes. Comments after code stay, so
/// nothing inside a string or a template can be mistaken for one.
fn without_comment_lines(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let code = line.trim_start();
        if in_block || code.starts_with("/*") {
            in_block = !code.contains("*/");
        } else if !code.starts_with("//") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `lmi.js` with its table pointing at the hashed modules (`module: "lmi_quiz"` becomes
/// `module: "lmi_quiz-1a2b3c4d"`). Each module must be named exactly once: a reshaped table fails the build
/// instead of shipping a loader that asks for files that are not there.
fn loader_for(loader: &str, modules: &[(&str, String)]) -> Result<String> {
    let mut out = loader.to_owned();
    for (module, hashed) in modules {
        let entry = format!("module: \"{module}\"");
        match out.matches(&entry).count() {
            1 => out = out.replacen(&entry, &format!("module: \"{hashed}\""), 1),
            n => return Err(format!("lmi.js names `{entry}` {n} times instead of once: cannot point it at {hashed}")),
        }
    }
    Ok(out)
}

/// The wasm features wasm-bindgen's output uses, which wasm-opt must be told about.
pub(crate) const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// binaryen 132's wasm-opt from the npm tooling (Debian's binaryen 108 breaks wasm-bindgen output).
pub(crate) fn optimise(wasm: &Path) -> Result {
    run(Command::new("wasm-opt")
        .env("PATH", path_with_node_bin())
        .arg("-Oz")
        .args(WASM_FEATURES)
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
    lmi_guides::write_guides(&root().join("content"), &root().join("dist/guides"))?;
    split_occupations(&root().join("dist/content"))?;
    templates_published(&root().join("content/templates"), &root().join("dist/content/templates"))?;
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

/// The CSV templates the guide "Publish your own data" links to (`../../content/templates/…` from
/// `demo/guides/`): trunk copies `content/` whole (`copy-dir` in index.html); the build fails if a template
/// did not arrive as it is, rather than publish a page whose download links are broken.
fn templates_published(from: &Path, to: &Path) -> Result {
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?.flatten() {
        let name = entry.file_name();
        let copied = std::fs::read(to.join(&name)).map_err(|e| format!("{}: {e}", to.join(&name).display()))?;
        if copied != std::fs::read(entry.path()).map_err(|e| e.to_string())? {
            return Err(format!("{}: differs from {}", to.join(&name).display(), entry.path().display()));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_comments_go_and_code_stays() {
        let js = "// head\nconst a = 1; // kept\n  /**\n   * doc\n   */\nconst url = \"https://x\";\n/* one */\n`\n  // in a template\n`;\n";
        assert_eq!(
            without_comment_lines(js),
            "const a = 1; // kept\nconst url = \"https://x\";\n`\n`;\n",
            "a `//` line inside a template goes too: lmi.js's templates hold CSS, which has none"
        );
        let shipped = without_comment_lines(lmi_embed::ASSETS[0].1);
        assert!(shipped.contains("customElements.define") && !shipped.contains("\n// "));
        assert!(shipped.len() * 10 < lmi_embed::ASSETS[0].1.len() * 8, "{} bytes left", shipped.len());
    }

    #[test]
    fn the_loader_table_points_at_the_hashed_modules() {
        let hashed = |m: &'static str| (m, format!("{m}-0123abcd"));
        let all: Vec<_> = shipped_modules().map(|(_, m)| hashed(m)).collect();
        let table = "\"lmi-quiz\": { module: \"lmi_quiz\", attributes: [] },";
        // (case, loader, modules to rename, whether it works, the loader written or a part of the error)
        let cases: &[(&str, &str, &[&'static str], bool, &str)] = &[
            (
                "one entry",
                table,
                &["lmi_quiz"],
                true,
                "\"lmi-quiz\": { module: \"lmi_quiz-0123abcd\", attributes: [] },",
            ),
            ("nothing to rename", table, &[], true, table),
            ("a module the table lacks", table, &["lmi_reading"], false, "0 times"),
            ("a module named twice", "module: \"lmi_quiz\" module: \"lmi_quiz\"", &["lmi_quiz"], false, "2 times"),
            // `lmi_quiz` must not match inside a longer name.
            ("a longer name", "module: \"lmi_quiz_extra\"", &["lmi_quiz"], false, "0 times"),
        ];
        for &(case, loader, modules, works, expected) in cases {
            let modules: Vec<_> = modules.iter().map(|m| hashed(m)).collect();
            match loader_for(loader, &modules) {
                Ok(out) if works => assert_eq!(out, expected, "{case}"),
                Err(e) if !works => assert!(e.contains(expected), "{case}: {e}"),
                got => panic!("{case}: {got:?}"),
            }
        }
        // The real loader: every widget's entry is rewritten, and nothing else changes.
        let (_, loader) = lmi_embed::ASSETS.iter().find(|(n, _)| *n == "lmi.js").expect("lmi.js ships");
        let out = loader_for(loader, &all).expect("the shipped table");
        for (_, module) in shipped_modules() {
            assert!(out.contains(&format!("module: \"{module}-0123abcd\"")), "{module}");
        }
        assert_eq!(out.len(), loader.len() + all.len() * "-0123abcd".len());
    }

    #[test]
    fn content_hashed_names() {
        for (name, hashed) in [
            ("lmi_quiz-0123abcd.js", true),
            ("lmi_quiz-0123abcd_bg.wasm", true),
            ("lmi_quiz.js", false),
            ("lmi_quiz_bg.wasm", false),
            ("lmi.js", false),
            ("frame.js", false),
            ("-0123abcd.js", false),
            ("lmi_quiz-0123ABCD.js", false),
            ("lmi_quiz-0123abc.js", false),
            ("lmi_quiz-0123abcd.js.br", false),
            ("lmi_quiz-0123abcd.json", false),
            // trunk's names for the demo site's own app: not the kit's.
            ("lmi-demo-site-c57522c8728cad3a.js", false),
        ] {
            assert_eq!(is_content_hashed(name), hashed, "{name}");
        }
    }

    #[test]
    fn hashing_renames_both_files_and_their_link() {
        let dir = std::env::temp_dir().join(format!("lmi-kit-hash-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let build = |js: &str, wasm: &[u8]| {
            std::fs::write(dir.join("lmi_quiz.js"), js).unwrap();
            std::fs::write(dir.join("lmi_quiz_bg.wasm"), wasm).unwrap();
            content_hashed(&dir, "lmi_quiz").unwrap()
        };
        let js = "module_or_path = new URL('lmi_quiz_bg.wasm', import.meta.url);";
        let first = build(js, b"\0asm one");
        assert!(is_content_hashed(&format!("{first}.js")), "{first}");
        assert_eq!(hashed_module(&dir, "lmi_quiz").unwrap(), first);
        assert!(!dir.join("lmi_quiz.js").exists() && !dir.join("lmi_quiz_bg.wasm").exists());
        assert_eq!(std::fs::read(dir.join(format!("{first}_bg.wasm"))).unwrap(), b"\0asm one");
        let written = std::fs::read_to_string(dir.join(format!("{first}.js"))).unwrap();
        assert!(written.contains(&format!("'{first}_bg.wasm'")), "{written}");
        // A change in either file renames both.
        assert_ne!(build(js, b"\0asm two"), first);
        assert_ne!(build("// changed", b"\0asm one"), first);
        assert_eq!(build(js, b"\0asm one"), first, "same bytes, same name");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_templates_must_arrive_in_dist_as_they_are() {
        let dir = std::env::temp_dir().join(format!("xtask-templates-{}", std::process::id()));
        let (from, to) = (dir.join("templates"), dir.join("dist"));
        std::fs::create_dir_all(&from).unwrap();
        std::fs::create_dir_all(&to).unwrap();
        std::fs::write(from.join("occupations.csv"), "code\n").unwrap();
        assert!(templates_published(&from, &to).unwrap_err().contains("occupations.csv"), "missing");
        std::fs::write(to.join("occupations.csv"), "other\n").unwrap();
        assert!(templates_published(&from, &to).unwrap_err().contains("differs"));
        std::fs::write(to.join("occupations.csv"), "code\n").unwrap();
        templates_published(&from, &to).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        // And the real ones are there to be copied.
        assert!(root().join("content/templates/occupations-figures.csv").is_file());
    }
}
