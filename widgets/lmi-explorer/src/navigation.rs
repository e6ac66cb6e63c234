//! The explorer's place in the host page's history: every route change is an entry (so the browser's
//! back and forward buttons move inside the widget) and the address carries the route (so it can be
//! shared). Only our two query parameters are touched; the page's path, other parameters and hash stay,
//! and no navigation happens, so the host page's own routing is not disturbed.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::route::{COMPARE_PARAM, OCCUPATION_PARAM, Route};

/// Context; `Copy`. Read [`Navigator::route`], change it with [`Navigator::go`] and [`Navigator::back`].
#[derive(Clone, Copy)]
pub struct Navigator {
    route: RwSignal<Route>,
    /// How many history entries this widget has pushed below the current one: `back` only goes back
    /// through the browser when the entry before is ours.
    depth: RwSignal<u32>,
}

/// What an entry of the page's history shows when its address names no route.
fn unnamed_entry(state: &JsValue, initial: &Route) -> Route {
    // Entries the widget wrote carry their depth; the page's own entry (state not ours) shows where the
    // widget started, such as the occupation of the `occupation` attribute.
    if state.as_f64().is_some() { Route::Results } else { initial.clone() }
}

impl Navigator {
    /// Starts at the route in the page's address, else at `initial`; follows the browser's back and forward
    /// buttons until the widget is unmounted.
    pub fn provide(initial: Route) -> Navigator {
        let from_address = address_route().filter(|r| *r != Route::Results);
        let start = from_address.unwrap_or_else(|| initial.clone());
        // After a reload on an entry the widget wrote, the entries before it are still ours.
        let depth = history_state().as_f64().map_or(0, |d| d as u32);
        let nav = Navigator { route: RwSignal::new(start), depth: RwSignal::new(depth) };
        let listener = window_event_listener(leptos::ev::popstate, move |event| {
            let state = event.state();
            nav.depth.set(state.as_f64().map_or(0, |d| d as u32));
            let route = address_route().filter(|r| *r != Route::Results);
            nav.route.set(route.unwrap_or_else(|| unnamed_entry(&state, &initial)));
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

    /// Shows `route` as a new history entry.
    pub fn go(self, route: Route) {
        if route == self.route.get_untracked() {
            return;
        }
        let depth = self.depth.get_untracked() + 1;
        if write_address(&route, Some(depth)) {
            self.depth.set(depth);
        }
        self.route.set(route);
    }

    /// Shows `route` in place of the current entry: for corrections (a removed comparison column).
    pub fn replace(self, route: Route) {
        write_address(&route, None);
        self.route.set(route);
    }

    /// Back to the results: through the browser's history when the widget put the current entry there (so
    /// that forward comes back), else by replacing the entry.
    pub fn back(self) {
        let history = web_sys::window().and_then(|w| w.history().ok());
        match history {
            Some(h) if self.depth.get_untracked() > 0 && h.back().is_ok() => {}
            _ => self.replace(Route::Results),
        }
    }

    /// The page's address with `route` in it: the link to share.
    pub fn link(route: &Route) -> Option<String> {
        address_with(route).map(|url| url.href())
    }
}

fn history_state() -> JsValue {
    web_sys::window().and_then(|w| w.history().ok()).and_then(|h| h.state().ok()).unwrap_or(JsValue::NULL)
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

/// Pushes (with `depth`) or replaces the history entry. False where the page forbids it (a sandboxed
/// frame, an opaque origin): the widget then works without touching the address.
fn write_address(route: &Route, depth: Option<u32>) -> bool {
    let (Some(url), Some(history)) = (address_with(route), web_sys::window().and_then(|w| w.history().ok())) else {
        return false;
    };
    let href = url.href();
    match depth {
        Some(d) => history.push_state_with_url(&JsValue::from(d), "", Some(&href)).is_ok(),
        None => {
            // A host router's own state object stays; an empty one becomes ours (depth 0).
            let state = Some(history_state()).filter(|s| !s.is_null() && !s.is_undefined());
            history.replace_state_with_url(&state.unwrap_or(JsValue::from(0)), "", Some(&href)).is_ok()
        }
    }
}
