//! The demo site's home page: its words in the chosen language (`page`, `i18n`) and the embed-code builder, where a
//! webmaster picks widget, bundle, language, audience and theme, sees the live widget and copies the snippet. It
//! uses the public embed route itself (`<lmi-quiz>` from `lmi/lmi.js`).

mod builder;
mod i18n;
mod page;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let lang = page::chosen();
    page::apply(lang);
    let Some(target) = leptos::prelude::document().get_element_by_id("builder") else {
        return;
    };
    mount_to(target.unchecked_into(), move || view! { <builder::Builder lang/> }).forget();
}
