//! The explorer's place in the host page's history: every route change is an entry (so the browser's
//! back and forward buttons move inside the widget) and the address carries the route (so it can be
//! shared). Only our two query parameters are touched; the page's path, other parameters and hash stay,
//! and no navigation happens, so the host page's own routing is not disturbed.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::route::{COMPARE_PARAM, OCCUPATION_PARAM, Route};

/// Context; `Copy`. Read [`Navigator::route`], change it with [`Navigator::go`] or [`Navigator::replace`].
#[derive(Clone, Copy)]
pub struct Navigator {
    route: RwSignal<Route>,
    /// Whether the reader chose the route: a move in the widget, the browser's back button, or a link to a
    /// card in the address. Only then may a page take focus; the page the host's `occupation` attribute opens
    /// leaves focus where the host page has it, and the page does not scroll to the widget.
    moved: StoredValue<bool>,
}

/// The history state of the entries the widget writes: how it tells its entries from the page's own.
const OUR_STATE: &str = "lmi-explorer";

/// What an entry of the page's history shows when its address names no route.
fn unnamed_entry(state: &JsValue, initial: &Route) -> Route {
    // An entry the widget wrote is the results; the page's own entry shows where the widget started, such as
    // the occupation of the `occupation` attribute.
    if state.as_string().as_deref() == Some(OUR_STATE) { Route::Results } else { initial.clone() }
}

impl Navigator {
    /// Starts at the route in the page's address, else at `initial`; follows the browser's back and forward
    /// buttons until the widget is unmounted.
    pub fn provide(initial: Route) -> Navigator {
        let from_address = address_route().filter(|r| *r != Route::Results);
        let moved = StoredValue::new(from_address.is_some());
        let start = from_address.unwrap_or_else(|| initial.clone());
        let nav = Navigator { route: RwSignal::new(start), moved };
        let listener = window_event_listener(leptos::ev::popstate, move |event| {
            nav.moved.set_value(true);
            let route = address_route().filter(|r| *r != Route::Results);
            nav.route.set(route.unwrap_or_else(|| unnamed_entry(&event.state(), &initial)));
        });
        on_cleanup(move || listener.remove());
        provide_context(nav);
        nav
    }

    pub fn route(self) -> Route {
        self.route.get()
    }

    pub fn route_untracked(self) -> Route {
        self.route.get_untracked()
    }

    /// Whether the reader chose the route shown (see `moved`).
    pub fn moved(self) -> bool {
        self.moved.get_value()
    }

    /// Shows `route` as a new history entry (also "Back to the results": like a link, so the browser's back
    /// button returns to the card).
    pub fn go(self, route: Route) {
        if route != self.route.get_untracked() {
            write_address(&route, true);
            self.moved.set_value(true);
            self.route.set(route);
        }
    }

    /// Shows `route` in place of the current entry: for corrections (a removed comparison column).
    pub fn replace(self, route: Route) {
        write_address(&route, false);
        self.moved.set_value(true);
        self.route.set(route);
    }

    /// The page's address with `route` in it: the link to share.
    pub fn link(route: &Route) -> Option<String> {
        address_with(route).map(|url| url.href())
    }
}

fn address_route() -> Option<Route> {
    let url = current_url()?;
    let params = url.search_params();
    Some(Route::from_params(params.get(OCCUPATION_PARAM).as_deref(), params.get(COMPARE_PARAM).as_deref()))
}

fn current_url() -> Option<web_sys::Url> {
    let href = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new(&href).ok()
}

fn address_with(route: &Route) -> Option<web_sys::Url> {
    let url = current_url()?;
    let params = url.search_params();
    let (occupation, compare) = route.to_params();
    for (name, value) in [(OCCUPATION_PARAM, occupation), (COMPARE_PARAM, compare)] {
        match value {
            Some(v) => params.set(name, &v),
            None => params.delete(name),
        }
    }
    url.set_search(&params.to_string().as_string().unwrap_or_default());
    Some(url)
}

/// Pushes or replaces the history entry; does nothing where the page forbids it (a sandboxed frame, an
/// opaque origin): the widget then works without touching the address.
fn write_address(route: &Route, push: bool) {
    let (Some(url), Some(history)) = (address_with(route), web_sys::window().and_then(|w| w.history().ok())) else {
        return;
    };
    let href = url.href();
    let _ = if push {
        history.push_state_with_url(&JsValue::from_str(OUR_STATE), "", Some(&href))
    } else {
        // A host router's own state object stays.
        let state = history.state().ok().filter(|s| !s.is_null() && !s.is_undefined());
        history.replace_state_with_url(&state.unwrap_or_else(|| JsValue::from_str(OUR_STATE)), "", Some(&href))
    };
}
