//! The page around every generated guide: document head, navigation, main content and footer. No inline
//! script or style anywhere, so the pages pass `default-src 'self'; style-src 'self'`.

use super::html::Html;

/// One link in the page's navigation (hidden when printed).
#[derive(Debug)]
pub struct NavLink {
    /// Relative to the page: `index.html`, `quiz-first-look-print.html`.
    pub href: String,
    pub label: &'static str,
}

impl NavLink {
    pub fn new(href: impl Into<String>, label: &'static str) -> NavLink {
        NavLink { href: href.into(), label }
    }
}

/// A complete English page: `title` in `<title>`, `nav` in the header, `main` and `footer` as given.
pub fn page(title: &str, nav: &[NavLink], main: Html, footer: Html) -> String {
    let mut h = Html::new();
    h.raw("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .el("title", &format!("{title} – LMI Kit"))
        .raw("\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"guides.css\">\n</head>\n<body>\n")
        .raw("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
        .raw("<header class=\"site-header\">\n<p class=\"site-name\">LMI Kit</p>\n")
        .raw("<nav aria-label=\"Guides\">\n<ul>\n");
    for link in nav {
        h.raw("<li><a href=\"").text(&link.href).raw("\">").text(link.label).raw("</a></li>\n");
    }
    h.raw("</ul>\n</nav>\n</header>\n<main id=\"main\">\n")
        .append(main)
        .raw("\n</main>\n<footer class=\"site-footer\">\n")
        .append(footer)
        .raw("\n</footer>\n</body>\n</html>\n");
    h.into_string()
}
