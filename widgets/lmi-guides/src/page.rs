//! The page around every generated guide: document head (language and direction), navigation, the language
//! switch, main content and footer. No inline script or style anywhere, so the pages pass
//! `default-src 'self'; style-src 'self'`.

use super::html::Html;
use crate::i18n::{Language, Msg};

/// One link in the page's navigation (hidden when printed).
#[derive(Debug)]
pub struct NavLink {
    /// Relative to the page: `index.html`, `quiz-first-look-print.nl.html`.
    pub href: String,
    pub label: &'static str,
}

impl NavLink {
    pub fn new(href: impl Into<String>, label: &'static str) -> NavLink {
        NavLink { href: href.into(), label }
    }
}

/// The address of the demo site's home page in `l`, from a page in `guides/`.
pub fn home(l: Language) -> String {
    if l == Language::EN { "../index.html".to_owned() } else { format!("../index.html?lang={}", l.tag()) }
}

/// A complete page in `l`: `title` in `<title>`, `nav` and the language switch in the header (`file` names
/// this page in each language), `main` and `footer` as given.
pub fn page(
    l: Language,
    title: &str,
    nav: &[NavLink],
    file: &dyn Fn(Language) -> String,
    main: Html,
    footer: Html,
) -> String {
    let mut h = Html::new();
    h.raw("<!doctype html>\n<html lang=\"")
        .text(l.tag())
        .raw("\" dir=\"")
        .text(l.dir())
        .raw("\">\n<head>\n")
        .raw("<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .el("title", &l.f(Msg::PageTitle, &[("title", title)]))
        .raw("\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"guides.css\">\n");
    for other in Language::all() {
        h.raw("<link rel=\"alternate\" hreflang=\"").text(other.tag()).raw("\" href=\"").text(&file(other));
        h.raw("\">\n");
    }
    h.raw("</head>\n<body>\n<a class=\"skip\" href=\"#main\">")
        .text(l.t(Msg::PageSkip))
        .raw("</a>\n")
        .raw("<header class=\"site-header\">\n<p class=\"site-name\">LMI Kit</p>\n")
        .raw("<nav aria-label=\"")
        .text(l.t(Msg::PageNavLabel))
        .raw("\">\n<ul>\n");
    for link in nav {
        h.raw("<li><a href=\"").text(&link.href).raw("\">").text(link.label).raw("</a></li>\n");
    }
    h.raw("</ul>\n</nav>\n");
    switch(&mut h, l, file);
    h.raw("</header>\n<main id=\"main\">\n")
        .append(main)
        .raw("\n</main>\n<footer class=\"site-footer\">\n")
        .append(footer)
        .raw("\n</footer>\n</body>\n</html>\n");
    h.into_string()
}

/// The language switch: the six languages, each in its own name and language, the page's own marked
/// `aria-current="page"`.
pub fn switch(h: &mut Html, l: Language, file: &dyn Fn(Language) -> String) {
    h.raw("<nav class=\"lang-switch\" aria-label=\"").text(l.t(Msg::PageLanguagesLabel)).raw("\">\n<ul>\n");
    for other in Language::all() {
        h.raw("<li><a href=\"").text(&file(other)).raw("\" hreflang=\"").text(other.tag());
        h.raw("\" lang=\"").text(other.tag()).raw("\"");
        if other.is_rtl() != l.is_rtl() {
            h.raw(" dir=\"").text(other.dir()).raw("\"");
        }
        if other == l {
            h.raw(" aria-current=\"page\"");
        }
        h.raw(">").text(other.own_name()).raw("</a></li>\n");
    }
    h.raw("</ul>\n</nav>\n");
}
