//! Teacher guides, generated from the content bundles: for every `quiz-*.json` and `reading-*.json`
//! a guide page (`<id>.html`: outcomes, age band, time, myths or levels, discussion questions, the sources in
//! plain words, the answer key) and a printable sheet (`<id>-print.html`: the questions without answers, then on
//! a new page the answer key with its sources), plus `index.html` listing them and the lesson plans in
//! `demo/guides/`. Every page exists in the six UI languages (`<id>.nl.html`, `index.ar.html`; English keeps
//! the plain names), with `lang`, `dir` and a language switch: bundle text in the page's language, the guides'
//! own words from `i18n/<lang>.txt` (see [`i18n`]), numbers and dates as the language writes them (see
//! [`words`]). Bundle text is always escaped (see [`html`]); the pages need no script and no inline style.

mod activity;
mod answers;
mod figures;
mod guide;
mod html;
mod i18n;
mod index;
mod page;
mod sheet;
mod sources;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_languages;
mod util;
mod words;

use std::path::Path;

pub use util::Result;

/// The stylesheet of every guide page and lesson plan; one file, kept with the static pages it also styles.
const STYLESHEET: &str = include_str!("../../../demo-site/pages/guides/guides.css");

/// Reads every quiz and reading bundle in `content` and writes their guides, print sheets, the index and the
/// stylesheet into `out`.
pub fn write_guides(content: &Path, out: &Path) -> Result {
    let activities = activity::read_all(content)?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let write = |name: &str, text: &str| std::fs::write(out.join(name), text).map_err(|e| format!("{name}: {e}"));
    write("guides.css", STYLESHEET)?;
    for l in i18n::Language::all() {
        for activity in &activities {
            write(&activity.guide_file(l), &guide::page(activity, l))?;
            write(&activity.print_file(l), &sheet::page(activity, l))?;
        }
        write(&l.file("index"), &index::page(&activities, l))?;
    }
    eprintln!(
        "guides: {} guides and print sheets in {} languages in {}",
        activities.len(),
        lmi_i18n::LANGS.len(),
        out.display()
    );
    Ok(())
}
