//! The embed-code builder: a webmaster picks widget, bundle, language, audience and theme, sees the live
//! widget and copies the snippet. It uses the public embed route itself (`<lmi-quiz>` from `lmi/lmi.js`).

mod builder;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let Some(target) = leptos::prelude::document().get_element_by_id("builder") else {
        return;
    };
    mount_to(target.unchecked_into(), builder::Builder).forget();
}
