//! The element contract and the embed kit a host page uses.
//!
//! [`contract`] declares, once, what host pages rely on: element names, observed attributes and their
//! values, events. The widgets read it in Rust; `cargo xtask codegen` writes the tables of the JavaScript
//! assets from it ([`js`]). This crate depends on nothing, so every floor of the workspace may use it.

pub mod contract;
pub mod js;

pub use contract::{
    Attribute, ELEMENTS, EVENTS, Element, Event, IFRAME_SANDBOX, KIT, Module, SHARED, Values, element, element_for_kind,
};

/// The loader and its companions, copied into the kit: `lmi.js` for the script route; `frame.html`
/// (+ `frame.js`, `frame.css`) for the iframe route and `resize.js` for pages that host iframes.
pub const ASSETS: &[(&str, &str)] = &[
    ("lmi.js", include_str!("../assets/lmi.js")),
    ("lmi.css", include_str!("../assets/lmi.css")),
    ("frame.html", include_str!("../assets/frame.html")),
    ("frame.js", include_str!("../assets/frame.js")),
    ("frame.css", include_str!("../assets/frame.css")),
    ("resize.js", include_str!("../assets/resize.js")),
];
