//! `cargo xtask codegen`: rewrites the generated tables of the embed kit's JavaScript (and its stylesheet) from the element
//! contract (`lmi-embed`) and the loader's words (lmi-ui's catalogs). A test fails when a committed file is
//! stale, so the JavaScript can never drift from the Rust.

use std::path::PathBuf;

use lmi_embed::contract::LOADER_WORDS;
use lmi_embed::js;

use crate::util::{Result, root};

/// Each generated asset with its block as it should be.
fn expected() -> Result<Vec<(PathBuf, String)>> {
    let catalogs = lmi_i18n::read(&root().join("widgets/lmi-ui/i18n"))?;
    let words: Vec<(&str, [&str; 3])> = lmi_i18n::LANGS
        .iter()
        .zip(&catalogs)
        .map(|(lang, cat)| (*lang, LOADER_WORDS.map(|k| cat.get(k).map_or("", String::as_str))))
        .collect();
    let assets = root().join("widgets/lmi-embed/assets");
    let mut out = Vec::new();
    for (name, block) in
        [("lmi.js", js::loader_block(&words)), ("frame.js", js::frame_block()), ("resize.js", js::resize_block())]
    {
        let path = assets.join(name);
        let source = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let indent: String = source
            .lines()
            .find(|l| l.trim_start() == js::BEGIN)
            .map(|l| l[..l.len() - l.trim_start().len()].to_owned())
            .ok_or_else(|| format!("{}: no `{}` line", path.display(), js::BEGIN))?;
        let block: String =
            block.lines().map(|l| if l.is_empty() { "\n".to_owned() } else { format!("{indent}{l}\n") }).collect();
        let text = js::with_block(&source, &block).ok_or_else(|| {
            format!("{}: expected one block between `{}` and `{}`", path.display(), js::BEGIN, js::END)
        })?;
        out.push((path, text));
    }
    out.push((assets.join("lmi.css"), js::stylesheet()));
    Ok(out)
}

pub fn run() -> Result {
    for (path, text) in expected()? {
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old != text {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("codegen: wrote {}", path.display());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The parity check: every JavaScript table equals what the contract and the catalogs say.
    #[test]
    fn generated_tables_are_fresh() {
        for (path, text) in super::expected().unwrap() {
            let committed = std::fs::read_to_string(&path).unwrap();
            assert!(committed == text, "{} is stale: run `cargo xtask codegen`", path.display());
        }
    }
}
