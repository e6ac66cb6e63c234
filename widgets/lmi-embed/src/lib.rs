//! The embed kit a host page uses: `assets/lmi.js` (the loader) and the files beside it.
//!
//! This crate knows the element names and which widget crate's wasm each loads — nothing else. The xtask
//! builds the kit from [`WIDGETS`] and copies [`ASSETS`]; a test keeps `lmi.js` in step with the table.

/// One custom element and the wasm-bindgen module that renders it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widget {
    /// The element name (public contract): `lmi-quiz`.
    pub element: &'static str,
    /// The widget's crate: `lmi-quiz`.
    pub crate_name: &'static str,
    /// The module `lmi.js` imports: `lmi_quiz` (→ `lmi_quiz.js`, `lmi_quiz_bg.wasm`). The built kit names the
    /// files by content (`lmi_quiz-1a2b3c4d.js`, `lmi_quiz-1a2b3c4d_bg.wasm`) and its copy of `lmi.js` with them.
    pub module: &'static str,
}

/// Every widget the kit ships.
pub const WIDGETS: &[Widget] = &[
    Widget { element: "lmi-quiz", crate_name: "lmi-quiz", module: "lmi_quiz" },
    Widget { element: "lmi-explorer", crate_name: "lmi-explorer", module: "lmi_explorer" },
    Widget { element: "lmi-reading", crate_name: "lmi-reading", module: "lmi_reading" },
];

/// The loader and its companions, copied into the kit as they are: `lmi.js` for the script route;
/// `frame.html` (+ `frame.js`, `frame.css`) for the iframe route and `resize.js` for pages that host iframes.
pub const ASSETS: &[(&str, &str)] = &[
    ("lmi.js", include_str!("../assets/lmi.js")),
    ("frame.html", include_str!("../assets/frame.html")),
    ("frame.js", include_str!("../assets/frame.js")),
    ("frame.css", include_str!("../assets/frame.css")),
    ("resize.js", include_str!("../assets/resize.js")),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The loader's table and this one must agree, or an element would load nothing (or the wrong file).
    #[test]
    fn loader_loads_exactly_the_shipped_widgets() {
        let loader = ASSETS[0].1;
        for element in ["lmi-quiz", "lmi-explorer", "lmi-reading"] {
            let line = loader
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("\"{element}\":")))
                .unwrap_or_else(|| panic!("lmi.js does not define {element}"));
            let shipped = WIDGETS.iter().find(|w| w.element == element).expect("every element ships");
            assert!(line.contains(&format!("module: \"{}\"", shipped.module)), "{line}");
        }
    }
}
