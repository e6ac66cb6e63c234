//! The home page in the chosen language: `index.html` carries the English words (shown until the app runs and
//! kept for English); this replaces them, sets the document's `lang` and `dir`, marks the current language in
//! the switch, points "Teacher guides" at the guides in that language, and sets the gallery quiz's language.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

use crate::i18n::{Lang, Msg, choose};

/// The page's texts that have an id: (id, message).
const TEXTS: &[(&str, Msg)] = &[
    ("home-heading", Msg::HomeHeading),
    ("home-intro", Msg::HomeIntro),
    ("quiz-heading", Msg::HomeQuizHeading),
    ("builder-heading", Msg::HomeBuilderHeading),
];

/// The demo menu's links, by their `href` in index.html. ("Beroepen verkennen" names a Dutch page in Dutch.)
const NAV: &[(&str, Msg)] = &[
    ("demo/hostile-css.html", Msg::NavHostileCss),
    ("demo/strict-csp.html", Msg::NavStrictCsp),
    ("demo/two-quizzes.html", Msg::NavTwoQuizzes),
    ("demo/broken-bundle.html", Msg::NavBrokenBundle),
    ("demo/quiz-options.html", Msg::NavQuizOptions),
    ("demo/reading.html", Msg::NavReading),
    ("demo/explorer.html", Msg::NavExplorer),
    ("demo/countries.html", Msg::NavCountries),
    ("demo/three-widgets.html", Msg::NavThreeWidgets),
    ("demo/rtl.html", Msg::NavRtl),
    ("demo/iframe.html", Msg::NavIframe),
    ("guides/index.html", Msg::NavGuides),
];

/// The language the page asks for (see [`choose`]).
pub fn chosen() -> Lang {
    let window = leptos::prelude::window();
    let query = window.location().search().unwrap_or_default();
    let browser: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    choose(&query, &browser)
}

/// Writes the page in `l`. English leaves index.html's words as they are.
pub fn apply(l: Lang) {
    let doc = document();
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", l.tag());
        let _ = html.set_attribute("dir", l.dir());
    }
    mark_switch(l);
    if l == Lang::EN {
        return;
    }
    doc.set_title(l.t(Msg::PageTitle));
    for (id, msg) in TEXTS {
        if let Some(element) = doc.get_element_by_id(id) {
            element.set_text_content(Some(l.t(*msg)));
        }
    }
    if let Some(nav) = doc.get_element_by_id("demo-nav") {
        let _ = nav.set_attribute("aria-label", l.t(Msg::NavLabel));
    }
    if let Some(nav) = doc.get_element_by_id("language-switch") {
        let _ = nav.set_attribute("aria-label", l.t(Msg::LanguagesLabel));
    }
    for link in elements("#demo-nav a[href]") {
        let Some(href) = link.get_attribute("href") else { continue };
        let Some((_, msg)) = NAV.iter().find(|(h, _)| *h == href) else { continue };
        link.set_text_content(Some(l.t(*msg)));
        if href == "guides/index.html" {
            let _ = link.set_attribute("href", &format!("guides/index.{}.html", l.tag()));
        }
    }
    // The gallery quiz speaks the page's language; the attribute is observed, so it follows even if the quiz
    // has already rendered.
    if let Some(quiz) = doc.get_element_by_id("gallery-quiz") {
        let _ = quiz.set_attribute("lang", l.tag());
    }
}

/// `aria-current="page"` on the switch's link to `l`, and on no other.
fn mark_switch(l: Lang) {
    for link in elements("#language-switch a[hreflang]") {
        if link.get_attribute("hreflang").as_deref() == Some(l.tag()) {
            let _ = link.set_attribute("aria-current", "page");
        } else {
            let _ = link.remove_attribute("aria-current");
        }
    }
}

fn elements(selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = document().query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()).collect()
}
