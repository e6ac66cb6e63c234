//! Six languages: every guide, print sheet and index of the real `content/` is written in each, with its
//! `lang` and `dir`, a language switch whose six links lead to pages that were written, bundle text in the
//! page's language, and numbers as that language writes them. The catalogs agree on their placeholders.

use std::collections::BTreeSet;

use lmi_content::Cites;
use std::path::{Path, PathBuf};

use super::activity::{Activity, read_all};
use super::i18n::Language;
use super::index::{PLANS, WEBMASTER_PAGES};
use crate::html::escape;
use crate::util::root;

/// The guides of the real content, written once into a folder of their own (set `LMI_GUIDES_OUT` to keep
/// them for a look).
struct Written {
    out: PathBuf,
    keep: bool,
    activities: Vec<Activity>,
}

impl Written {
    fn new(name: &str) -> Written {
        let content = root().join("content");
        let activities = read_all(&content).expect("the content bundles validate");
        let (out, keep) = match std::env::var_os("LMI_GUIDES_OUT") {
            Some(dir) => (PathBuf::from(dir), true),
            None => (std::env::temp_dir().join(format!("lmi-guides-{name}-{}", std::process::id())), false),
        };
        crate::write_guides(&content, &out).expect("guides written");
        Written { out, keep, activities }
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    /// Every page written, with its language: (file, language).
    fn pages(&self) -> Vec<(String, Language)> {
        let mut pages = Vec::new();
        for l in Language::all() {
            pages.push((l.file("index"), l));
            for activity in &self.activities {
                pages.push((activity.guide_file(l), l));
                pages.push((activity.print_file(l), l));
            }
        }
        pages
    }
}

impl Drop for Written {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.out);
        }
    }
}

/// The values of `attribute` on every `<a>` inside the first `<nav class="lang-switch"…>…</nav>`.
fn switch_links(page: &str) -> Vec<(String, String, String, bool)> {
    let start = page.find("<nav class=\"lang-switch\"").expect("a language switch");
    let end = start + page[start..].find("</nav>").expect("the switch ends");
    let attr = |a: &str, name: &str| {
        let at = a.find(&format!(" {name}=\"")).map(|i| i + name.len() + 3)?;
        Some(a[at..at + a[at..].find('"')?].to_owned())
    };
    page[start..end]
        .split("<a ")
        .skip(1)
        .map(|a| {
            let a = &a[..a.find('>').expect("a start tag")];
            let get = |name: &str| attr(&format!(" {a}"), name).unwrap_or_else(|| panic!("no {name} in <a {a}>"));
            (get("href"), get("hreflang"), get("lang"), a.contains("aria-current=\"page\""))
        })
        .collect()
}

/// The `{name}`s of a catalog text.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        names.insert(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    names
}

fn every_page_is_written_in_six_languages_with_lang_dir_and_a_working_switch(written: &Written) {
    let pages = written.pages();
    assert_eq!(pages.len(), 6 * (1 + 2 * written.activities.len()));
    for (file, l) in &pages {
        let page = written.read(file);
        let head = format!("<!doctype html>\n<html lang=\"{}\" dir=\"{}\">", l.tag(), l.dir());
        assert!(page.starts_with(&head), "{file} starts {:?}", &page[..60]);
        assert_eq!(l.dir() == "rtl", l.tag() == "ar", "{file}");
        let links = switch_links(&page);
        let tags: Vec<&str> = links.iter().map(|(_, hreflang, _, _)| hreflang.as_str()).collect();
        assert_eq!(tags, lmi_i18n::LANGS, "{file}: the six languages in order");
        for (href, hreflang, lang, current) in &links {
            assert_eq!(hreflang, lang, "{file}: each language named in itself");
            assert!(written.out.join(href).is_file(), "{file}: the switch links to {href}, which was not written");
            assert_eq!(*current, hreflang == l.tag(), "{file}: aria-current on {hreflang}");
            let target = written.read(href);
            assert!(target.starts_with(&format!("<!doctype html>\n<html lang=\"{hreflang}\"")), "{href}");
        }
        // The page's own entry in the switch leads to itself: the same page in another language is a sibling.
        let own = links.iter().find(|link| link.3).expect("the current language");
        assert_eq!(&own.0, file);
    }
    // English keeps the addresses that links already use.
    for activity in &written.activities {
        let id = &activity.meta().id;
        assert_eq!(activity.guide_file(Language::EN), format!("{id}.html"));
        assert!(written.out.join(format!("{id}.nl.html")).is_file());
        assert!(written.out.join(format!("{id}-print.ar.html")).is_file());
    }
    assert!(written.out.join("index.uk.html").is_file());
}

fn bundle_text_is_in_the_pages_language(written: &Written) {
    for activity in &written.activities {
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join("content").join(&activity.file)).expect("read"))
                .expect("json");
        let first = if json["kind"] == "quiz" { &json["questions"][0] } else { &json["exercises"][0]["questions"][0] };
        for l in Language::all() {
            let title = json["meta"]["title"][l.tag()].as_str().expect("the bundle has a title in every language");
            let question = first["text"][l.tag()].as_str().expect("the first question in every language");
            let guide = written.read(&activity.guide_file(l));
            let sheet = written.read(&activity.print_file(l));
            assert!(
                guide.contains(&format!("<h1>{}", escape(&l.f(super::i18n::Msg::GuideHeading, &[("title", title)]))))
            );
            assert!(sheet.contains(&format!("<h1>{}</h1>", escape(title))), "{} {}", activity.file, l.tag());
            assert!(
                guide.contains(&escape(question)) && sheet.contains(&escape(question)),
                "{} {}",
                activity.file,
                l.tag()
            );
            let index = written.read(&l.file("index"));
            assert!(index.contains(&format!("<h3>{}</h3>", escape(title))), "index.{}", l.tag());
            // Nothing falls back to English: the only English on a page in another language is the switch's
            // own "English".
            if l != Language::EN {
                for page in [&guide, &sheet, &index] {
                    assert_eq!(
                        page.matches(" lang=\"en\"").count(),
                        1,
                        "{} {}: English fallback",
                        activity.file,
                        l.tag()
                    );
                }
            }
        }
    }
}

fn numbers_dates_and_words_follow_the_pages_language(written: &Written) {
    let page = |file: &str| written.read(file);
    let pay_nl = page("quiz-what-does-it-pay.nl.html");
    assert!(pay_nl.contains(" dollar per jaar"), "Dutch money");
    assert!(pay_nl.contains("Antwoord:") && pay_nl.contains("Antwoordsleutel"));
    assert!(pay_nl.contains("<li><a href=\"quiz-what-does-it-pay-print.nl.html\">Printversie</a></li>"));
    assert!(pay_nl.contains("&amp;lang=nl\">Open de activiteit</a>"), "the widget opens in the page's language");
    assert!(pay_nl.contains("<a href=\"../index.html?lang=nl\">"), "home in the page's language");
    assert!(page("quiz-what-does-it-pay.de.html").contains("\u{a0}Dollar pro Jahr"));
    assert!(page("quiz-what-does-it-pay.fr.html").contains("\u{a0}dollars par an"));
    assert!(page("quiz-what-does-it-pay.uk.html").contains("на рік"));
    let ar = page("quiz-jobs-of-the-future.ar.html");
    assert!(ar.contains("\u{2066}2023–2033\u{2069}"), "spans are left-to-right islands in Arabic");
    assert!(!ar.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)), "Latin digits in Arabic");
    assert!(
        page("quiz-first-look.de.html").contains("<th scope=\"row\">Zuletzt geprüft</th><td>26. November 2026</td>")
    );
    assert!(page("quiz-first-look.uk.html").contains("<td>26 листопада 2026 р.</td>"));
    assert!(page("quiz-first-look.html").contains("<td>26 November 2026</td>"));
    let sheet_fr = page("quiz-first-look-print.fr.html");
    assert!(sheet_fr.contains("<li>Vrai</li><li>Faux</li>"), "the quiz's own words on the sheet");
    assert!(page("quiz-first-look-print.ar.html").contains("<li>صحيح</li><li>خطأ</li>"));
    let reading_uk = page("reading-lmi-basics-print.uk.html");
    assert!(
        reading_uk.contains("<th scope=\"col\">Рік</th>") && reading_uk.contains("<th scope=\"col\">Професія</th>")
    );
}

fn the_indexes_link_every_guide_and_lesson_plan_in_their_language(written: &Written) {
    let plans = root().join("demo-site/pages/guides");
    for l in Language::all() {
        let index = written.read(&l.file("index"));
        for activity in &written.activities {
            for file in [activity.guide_file(l), activity.print_file(l)] {
                assert!(index.contains(&format!("href=\"{file}\"")), "index.{}: {file}", l.tag());
            }
        }
        // The lesson plans and the webmasters' pages: hand-written, one per language, each with its switch.
        for (stem, _, _) in PLANS.iter().chain(WEBMASTER_PAGES) {
            let plan = l.file(stem);
            assert!(index.contains(&format!("href=\"../demo/guides/{plan}\"")), "index.{}: {plan}", l.tag());
            let text = std::fs::read_to_string(plans.join(&plan)).unwrap_or_else(|e| panic!("{plan}: {e}"));
            let head = format!("<html lang=\"{}\" dir=\"{}\">", l.tag(), l.dir());
            assert!(text.contains(&head), "{plan} has {head}");
            let links = switch_links(&text);
            assert_eq!(links.len(), 6, "{plan}: a switch of six");
            let tags: Vec<&str> = links.iter().map(|(_, hreflang, _, _)| hreflang.as_str()).collect();
            assert_eq!(tags, lmi_i18n::LANGS, "{plan}: the six languages in order");
            for (href, hreflang, lang, current) in links {
                assert_eq!(hreflang, lang, "{plan}: each language named in itself");
                assert_eq!(href, Language::all().find(|o| o.tag() == hreflang).expect("a language").file(stem));
                assert!(plans.join(&href).is_file(), "{plan} links to {href}");
                assert_eq!(current, hreflang == l.tag(), "{plan}: aria-current on {hreflang}");
            }
            for other in Language::all() {
                let alternate =
                    format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", other.tag(), other.file(stem));
                assert!(text.contains(&alternate), "{plan}: {alternate}");
            }
        }
    }
}

fn every_local_link_of_every_page_resolves(written: &Written) {
    let site = |href: &str| -> Option<PathBuf> {
        let path = href.split(['?', '#']).next().unwrap_or_default();
        if path.is_empty() || path.contains(':') {
            return None;
        }
        // Pages in guides/ link to ../index.html (trunk's page), ../content/ and ../demo/guides/; ../lmi/ is
        // the kit that `cargo xtask dist` builds.
        let source: &Path = &root();
        match path.strip_prefix("../") {
            Some("index.html") => Some(source.join("index.html")),
            Some(rest) if rest.starts_with("lmi/") => None,
            Some(rest) if rest.starts_with("demo/") => Some(source.join("demo-site/pages").join(&rest[5..])),
            Some(rest) => Some(source.join(rest)),
            None => Some(written.out.join(path)),
        }
    };
    for (file, _) in written.pages() {
        let page = written.read(&file);
        for href in page.split("href=\"").skip(1).map(|rest| &rest[..rest.find('"').unwrap_or(0)]) {
            let href = href.replace("&amp;", "&");
            if let Some(path) = site(&href) {
                assert!(path.is_file(), "{file} links to {href}, which does not exist ({})", path.display());
            }
        }
    }
}

/// The real content written once in six languages, then every check of it (writing it takes most of the time).
#[test]
fn the_guides_in_six_languages() {
    let written = Written::new("six");
    every_page_is_written_in_six_languages_with_lang_dir_and_a_working_switch(&written);
    bundle_text_is_in_the_pages_language(&written);
    numbers_dates_and_words_follow_the_pages_language(&written);
    the_indexes_link_every_guide_and_lesson_plan_in_their_language(&written);
    every_local_link_of_every_page_resolves(&written);
    the_lesson_plans_keep_every_figure_and_link_in_every_language(&written);
}

#[test]
fn the_catalogs_agree_on_their_placeholders() {
    let catalogs = lmi_i18n::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n")).expect("complete catalogs");
    let english = &catalogs[0];
    let base = |key: &str| -> String {
        match key.rsplit_once('.') {
            Some((base, category)) if lmi_i18n::CATEGORIES.contains(&category) => base.to_owned(),
            _ => key.to_owned(),
        }
    };
    for (lang, catalog) in lmi_i18n::LANGS.iter().zip(&catalogs) {
        for (key, text) in catalog {
            let reference = english.get(key).or_else(|| english.get(&format!("{}.other", base(key))));
            let reference = placeholders(reference.expect("a key of en.txt"));
            let got = placeholders(text);
            if key == &base(key) {
                assert_eq!(got, reference, "{lang}.txt: {key}");
            } else {
                // A plural form may leave out the number it names in words ("سؤال واحد", one question).
                let extra: Vec<&String> = got.iter().filter(|n| !reference.contains(*n) && *n != "count").collect();
                assert!(extra.is_empty(), "{lang}.txt: {key} has {extra:?}");
            }
        }
    }
}

/// The text between `<main` and `</main>`.
fn main_of(page: &str) -> &str {
    let start = page.find("<main").expect("a main element");
    &page[start..start + page[start..].find("</main>").expect("main ends")]
}

/// The `href` values in `text`, `&amp;` read as `&`.
fn hrefs(text: &str) -> Vec<String> {
    text.split("href=\"").skip(1).map(|rest| rest[..rest.find('"').unwrap_or(0)].replace("&amp;", "&")).collect()
}

/// An English lesson plan's link as the plan in `l` writes it: the same page or widget in `l`.
fn localised(href: &str, l: Language) -> String {
    if l == Language::EN {
        return href.to_owned();
    }
    let tag = l.tag();
    let href = href.replace("lang=en", &format!("lang={tag}"));
    if href == "../explorer.html" {
        return format!("../explorer-{tag}.html");
    }
    if let Some(rest) = href.strip_prefix("../../index.html") {
        return format!("../../index.html?lang={tag}{rest}");
    }
    let local = href.strip_prefix("../../guides/").unwrap_or(&href);
    match local.find(".html") {
        Some(at) if !local[..at].contains('/') => href.replacen(".html", &format!(".{tag}.html"), 1),
        _ => href,
    }
}

/// The lesson plans and the webmasters' pages: every translation has the English page's figures and links.
fn the_lesson_plans_keep_every_figure_and_link_in_every_language(written: &Written) {
    let pages = root().join("demo-site/pages");
    let plans = pages.join("guides");
    let digits = |text: &str| -> Vec<String> {
        let mut runs: Vec<String> =
            text.split(|c: char| !c.is_ascii_digit()).filter(|run| !run.is_empty()).map(str::to_owned).collect();
        runs.sort();
        runs
    };
    for (stem, _, _) in PLANS.iter().chain(WEBMASTER_PAGES) {
        let english = std::fs::read_to_string(plans.join(Language::EN.file(stem))).expect("the English plan");
        for l in Language::all() {
            let file = l.file(stem);
            let page = std::fs::read_to_string(plans.join(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(digits(main_of(&page)), digits(main_of(&english)), "{file}: the same figures and times");
            let want: Vec<String> = hrefs(main_of(&english)).iter().map(|h| localised(h, l)).collect();
            assert_eq!(hrefs(main_of(&page)), want, "{file}: the same links, in its language");
            for href in hrefs(&page) {
                let (path, fragment) = href.split_once('#').unwrap_or((&href, ""));
                let path = path.split('?').next().unwrap_or_default();
                let target = if path.is_empty() || path.contains(':') || path.starts_with("../../lmi/") {
                    continue;
                } else if path == "../../index.html" {
                    root().join("index.html")
                } else if let Some(file) = path.strip_prefix("../../content/") {
                    root().join("content").join(file)
                } else if let Some(guide) = path.strip_prefix("../../guides/") {
                    written.out.join(guide)
                } else if let Some(page) = path.strip_prefix("../") {
                    pages.join(page)
                } else {
                    plans.join(path)
                };
                let text = std::fs::read_to_string(&target).unwrap_or_else(|e| panic!("{file} links to {href}: {e}"));
                if !fragment.is_empty() && path != "../../index.html" {
                    assert!(text.contains(&format!("id=\"{fragment}\"")), "{file}: {href} has no #{fragment}");
                }
            }
        }
    }
}

#[test]
fn every_region_in_content_has_a_name_in_every_language() {
    let activities = read_all(&root().join("content")).expect("the content bundles validate");
    let mut codes: BTreeSet<String> = BTreeSet::new();
    for activity in &activities {
        codes.extend(activity.bundle.sources().iter().map(|s| s.coverage.as_str().to_owned()));
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join("content").join(&activity.file)).expect("read"))
                .expect("json");
        let mut stack = vec![&json];
        while let Some(value) = stack.pop() {
            match value {
                serde_json::Value::Object(map) => {
                    if let Some(serde_json::Value::String(region)) = map.get("region") {
                        codes.insert(region.clone());
                    }
                    stack.extend(map.values());
                }
                serde_json::Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
    for code in &codes {
        for l in Language::all() {
            assert_ne!(&crate::words::region(l, code), code, "{code} has no name in {}.txt", l.tag());
            assert_ne!(&crate::words::place(l, code), code, "{code} has no name in {}.txt", l.tag());
        }
    }
}
