//! What the card and the comparison share as pages over the results: focus on their heading when shown,
//! a "Back to the results" button, and Escape doing the same.

use leptos::prelude::*;
use lmi_ui::Ui;
use web_sys::KeyboardEvent;

use crate::i18n::Msg;
use crate::navigation::Navigator;
use crate::route::Route;

/// The page's heading: give it `node_ref` and `tabindex="-1"`; it takes focus once shown after a move, so
/// keyboard and screen-reader users start reading the new page there. The page the widget starts on (from the
/// `occupation` attribute or the address) leaves focus, and the host page's scroll position, alone.
pub fn focused_heading() -> NodeRef<leptos::html::H3> {
    let heading = NodeRef::<leptos::html::H3>::new();
    let nav = expect_context::<Navigator>();
    Effect::new(move || {
        if let Some(h) = heading.get()
            && nav.moved()
        {
            let _ = h.focus();
        }
    });
    heading
}

/// The `keydown` handler of the page: Escape goes back to the results.
pub fn escape_to_results(nav: Navigator) -> impl Fn(KeyboardEvent) + Copy + 'static {
    move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            nav.go(Route::Results);
        }
    }
}

#[component]
pub fn BackToResults(ui: Ui) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    view! {
        <button type="button" class="button secondary back" on:click=move |_| nav.go(Route::Results)>
            {ui.t(Msg::Back)}
        </button>
    }
}
