//! The element contract (public): tag names, observed attributes with the values they take, events and
//! the fields of their `detail`. Declared here once; the widgets read it in Rust, and `cargo xtask codegen`
//! writes the tables `lmi.js`, `frame.js` and `resize.js` need from it (a test fails when they are stale).

/// What values an attribute takes. Used to warn a webmaster who types something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// A URL, resolved against the page.
    Url,
    /// An `https:` URL; anything else is refused.
    HttpsUrl,
    /// A BCP 47 language tag, read case-insensitively (`nl`, `NL`, `nl-BE`, `pt_BR`).
    Language,
    /// Present or absent (`"false"` counts as absent).
    Flag,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// Free text, checked by the widget itself (an occupation id, a seed).
    Text,
    /// An ISO 3166-1 alpha-2 country code or `EU27`, read case-insensitively; `EL` and `GR` both mean Greece.
    Country,
}

/// One observed attribute of an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    pub values: Values,
}

/// One custom element and the wasm-bindgen module that renders it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Element {
    /// The element name: `lmi-quiz`.
    pub tag: &'static str,
    /// The widget's short name, used in `detail.widget` and in `frame.html?widget=`: `quiz`.
    pub widget: &'static str,
    /// The `kind` of the bundles it shows: `quiz`.
    pub kind: &'static str,
    /// The widget's crate: `lmi-quiz`.
    pub crate_name: &'static str,
    /// The module `lmi.js` imports: `lmi_quiz` (→ `lmi_quiz.js`, `lmi_quiz_bg.wasm`). The built kit names the
    /// files by content (`lmi_quiz-1a2b3c4d.js`) and its copy of `lmi.js` with them.
    pub module: &'static str,
    /// The function the module exports to mount the widget on an element: `mount_quiz`. The same name in the
    /// widget's own module and in [`KIT`], which holds every widget.
    pub mount: &'static str,
    /// Attributes beyond [`SHARED`].
    pub attributes: &'static [Attribute],
    /// The height kept free for the widget while it loads, so that the page below does not jump.
    pub reserve: Reserve,
}

/// The height a widget usually takes with the demo content, in CSS pixels, on a phone (a viewport 360 px wide or
/// less) and on a wide screen (720 px or more); in between the loader interpolates. A host whose content is
/// much taller or shorter sets `--lmi-reserve-height` on the element (`0` turns the reservation off).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reserve {
    pub narrow: u16,
    pub wide: u16,
}

impl Reserve {
    /// The CSS length: `narrow` at 360 px of viewport, `wide` from 720 px, a straight line between.
    pub fn css(&self) -> String {
        let slope = (f64::from(self.narrow) - f64::from(self.wide)) / 360.0;
        format!(
            "clamp({low}px, calc({narrow}px + (360px - 100vw) * {slope:.4}), {high}px)",
            low = self.narrow.min(self.wide),
            high = self.narrow.max(self.wide),
            narrow = self.narrow,
        )
    }
}

impl Element {
    /// Every attribute the element observes: the shared ones, then its own.
    pub fn observed(&self) -> impl Iterator<Item = &'static Attribute> + use<> {
        SHARED.iter().chain(self.attributes)
    }

    /// The attribute called `name`, shared or own.
    pub fn attribute(&self, name: &str) -> Option<&'static Attribute> {
        self.observed().find(|a| a.name == name)
    }
}

const fn attr(name: &'static str, values: Values) -> Attribute {
    Attribute { name, values }
}

/// The audiences a widget adapts to (README "Attributes").
pub const AUDIENCES: &[&str] = &["pupil", "jobseeker", "practitioner"];

/// Attributes every element observes.
pub const SHARED: &[Attribute] = &[
    attr("src", Values::Url),
    attr("lang", Values::Language),
    attr("audience", Values::OneOf(AUDIENCES)),
    attr("theme", Values::OneOf(&["light", "dark", "auto"])),
    attr("mode", Values::OneOf(&["graded", "ungraded"])),
    // Seconds to wait for an answer from the server, and between two parts of a file (default 20).
    attr("timeout", Values::Text),
];

pub const QUIZ: Element = Element {
    tag: "lmi-quiz",
    widget: "quiz",
    kind: "quiz",
    crate_name: "lmi-quiz",
    module: "lmi_quiz",
    mount: "mount_quiz",
    attributes: &[
        attr("solutions", Values::OneOf(&["shown", "hidden"])),
        attr("shuffle", Values::Text),
        attr("remember", Values::Flag),
        attr("display", Values::OneOf(&["normal", "class"])),
    ],
    reserve: Reserve { narrow: 440, wide: 340 },
};

pub const EXPLORER: Element = Element {
    tag: "lmi-explorer",
    widget: "explorer",
    kind: "occupations",
    crate_name: "lmi-explorer",
    module: "lmi_explorer",
    mount: "mount_explorer",
    attributes: &[
        attr("occupation", Values::Text),
        attr("adviser-url", Values::HttpsUrl),
        attr("country", Values::Country),
    ],
    reserve: Reserve { narrow: 1800, wide: 980 },
};

pub const READING: Element = Element {
    tag: "lmi-reading",
    widget: "reading",
    kind: "reading",
    crate_name: "lmi-reading",
    module: "lmi_reading",
    mount: "mount_reading",
    attributes: &[attr("level", Values::OneOf(&["1", "2", "3", "4"]))],
    reserve: Reserve { narrow: 1760, wide: 1280 },
};

/// The module with every widget, which `lmi.js` loads instead of the widgets' own when a page shows more than one
/// kind: the Leptos runtime and the shared code then download once (ARCHITECTURE.md, "One wasm per widget,
/// and one for pages with several").
pub const KIT: Module = Module { crate_name: "lmi-kit", module: "lmi_kit" };

/// A wasm-bindgen module of the kit that is not one widget's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Module {
    pub crate_name: &'static str,
    pub module: &'static str,
}

/// Every element the kit ships, in the order the loader defines them.
pub const ELEMENTS: &[Element] = &[QUIZ, EXPLORER, READING];

/// The element called `tag`.
pub fn element(tag: &str) -> Option<&'static Element> {
    ELEMENTS.iter().find(|e| e.tag == tag)
}

/// The element that shows bundles of `kind`.
pub fn element_for_kind(kind: &str) -> Option<&'static Element> {
    ELEMENTS.iter().find(|e| e.kind == kind)
}

/// One event the widgets fire on their element: a `CustomEvent` with `bubbles` and `composed`, whose `detail`
/// is plain JSON with `widget`, `bundle` and the fields below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    pub name: &'static str,
    /// The fields `detail` adds to `widget` and `bundle`.
    pub detail: &'static [&'static str],
}

pub const EVENTS: &[Event] = &[
    Event { name: "lmi-ready", detail: &["kind", "lang"] },
    Event { name: "lmi-answer", detail: &["question", "statement"] },
    Event { name: "lmi-complete", detail: &["score"] },
    Event { name: "lmi-error", detail: &["error", "url"] },
];

/// The least `sandbox` the iframe route works with: scripts run the widget, same-origin lets it fetch its code
/// and bundle (and, with `remember`, use storage), popups let source links open in a new tab.
pub const IFRAME_SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// The loader's own words, shown before a widget's code has loaded: keys of `lmi-ui`'s catalogs.
pub const LOADER_WORDS: [&str; 3] = ["loading", "error.heading", "error.retry"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_shaped_as_the_loader_expects() {
        let mut tags: Vec<&str> = ELEMENTS.iter().map(|e| e.tag).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), ELEMENTS.len());
        for e in ELEMENTS {
            assert_eq!(e.tag, format!("lmi-{}", e.widget));
            assert_eq!(e.module, e.crate_name.replace('-', "_"));
            assert_eq!(e.mount, format!("mount_{}", e.widget));
            let mut names: Vec<&str> = e.observed().map(|a| a.name).collect();
            let all = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), all, "{}: an attribute is declared twice", e.tag);
        }
    }
}
