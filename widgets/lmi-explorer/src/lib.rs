//! `<lmi-explorer>`: find an occupation, see what is known about it and where each figure comes from, and
//! compare up to three side by side.
//!
//! [`mount`] is the entry `lmi.js` calls; the components are public so browser tests mount them directly.
//! The pure parts (routes in the address, comparison flags) live in [`route`] and [`comparison`] and are
//! tested natively.

mod card;
mod catalog;
mod compare_view;
pub mod comparison;
mod country;
mod details;
mod i18n;
mod labels;
mod navigation;
mod page;
pub mod route;
mod search_panel;
mod wage_chart;

use std::sync::Arc;

use leptos::prelude::*;
use lmi_content::{Audience, OccupationsBundle};
use lmi_ui::{HostAttrs, Mounted, WidgetFrame, WidgetSpec, mount_widget};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::catalog::Catalog;
use crate::details::Details;
use crate::navigation::Navigator;
use crate::route::Route;

/// Attributes beyond the shared ones (see README "Attributes"): `occupation` opens that occupation (short or
/// full ESCO id); `adviser-url` (https only) adds a "talk to an adviser" link to every card; `country` shows
/// that country's figures first on every card.
pub static SPEC: WidgetSpec =
    WidgetSpec { element: &lmi_embed::contract::EXPLORER, css: &[lmi_ui::CHART_CSS, include_str!("explorer.css")] };

/// Renders the explorer into `host`; `lmi.js` keeps the returned handle.
#[wasm_bindgen(js_name = mount_explorer)]
pub fn mount_explorer(host: HtmlElement) -> Result<Mounted, JsValue> {
    mount_widget(host, &SPEC, || view! { <ExplorerWidget/> })
}

/// The whole widget: loads the `src` occupations bundle and explores it.
#[component]
pub fn ExplorerWidget() -> impl IntoView {
    view! { <WidgetFrame<OccupationsBundle, _, _> content=|loaded: Loaded| view! { <Explorer loaded/> }/> }
}

/// What the explorer's views render from: an occupations bundle with its address and languages.
pub(crate) type Loaded = lmi_ui::Loaded<OccupationsBundle>;

/// How much a card shows: `pupil` fewer, plainer figures; `practitioner` everything with method notes;
/// `jobseeker` (and no audience) in between.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Detail {
    Plain,
    Standard,
    Full,
}

impl Detail {
    fn of(audience: Option<Audience>) -> Detail {
        match audience {
            Some(Audience::Pupil) => Detail::Plain,
            Some(Audience::Practitioner) => Detail::Full,
            Some(Audience::Jobseeker) | None => Detail::Standard,
        }
    }
}

/// What every view of a loaded explorer shares. Context; `Clone`, cheap.
#[derive(Clone)]
pub(crate) struct Shared {
    pub catalog: Arc<Catalog>,
    pub loaded: Loaded,
    /// Short ids of the occupations chosen for comparison, in the order they were added.
    pub compared: RwSignal<Vec<String>>,
    pub details: Details,
    /// The `country` attribute's figures per occupation group.
    pub country: country::CountryFile,
}

/// A loaded bundle: the title, then the search panel (kept while a card is open, so that the query,
/// filters and the result to return to stay) and the card or the comparison.
#[component]
fn Explorer(loaded: Loaded) -> impl IntoView {
    let catalog = Catalog::shared(&loaded.bundle, &loaded.lang.want);
    let attrs = expect_context::<HostAttrs>();
    let nav = Navigator::provide(initial_route(attrs));
    let compared = RwSignal::new(match nav.route_untracked() {
        Route::Compare(ids) => ids,
        _ => Vec::new(),
    });
    // Back or forward onto a comparison brings its occupations back into the selection.
    Effect::new(move || {
        if let Route::Compare(ids) = nav.route()
            && compared.with_untracked(|c| *c != ids)
        {
            compared.set(ids);
        }
    });
    // A new `occupation` attribute opens that occupation, as a new history entry; one the bundle does not hold
    // is named on the console for the webmaster (the card says so too).
    let (known, url) = (catalog.clone(), loaded.url.clone());
    Effect::new(move |previous: Option<Option<String>>| {
        let wanted = attrs.get("occupation").filter(|o| !o.trim().is_empty());
        if let Some(id) = &wanted
            && known.find(id).is_none()
        {
            web_sys::console::warn_1(
                &format!(
                    "LMI Kit: <lmi-explorer occupation=\"{id}\"> names no occupation in {}: give an ESCO occupation URI (http://data.europa.eu/esco/occupation/…) or its last part.",
                    url
                )
                .into(),
            );
        }
        if let (Some(_), Some(id)) = (&previous, &wanted) {
            nav.go(Route::Occupation(route::short_id(id).to_owned()));
        }
        wanted
    });
    let meta = catalog.occupations().meta.clone();
    let details = Details::new(loaded.url.clone(), attrs);
    let country = country::CountryFile::new(
        catalog.occupations().countries.clone(),
        loaded.url.clone(),
        catalog.bundle().clone(),
    );
    let shared = Shared { catalog, loaded: loaded.clone(), compared, details, country };
    provide_context(shared.clone());
    let title = loaded.lang.view(&meta.title);
    let attribution = meta.attribution.clone();
    let searching = move || nav.route() == Route::Results;
    let page = move || match nav.route() {
        Route::Results => ().into_any(),
        Route::Occupation(id) => view! { <card::Card id detail=Detail::of(attrs.audience())/> }.into_any(),
        Route::Compare(ids) => view! { <compare_view::CompareView ids/> }.into_any(),
    };
    view! {
        <section class="explorer">
            <h2>{title}</h2>
            <div hidden=move || !searching()>
                <search_panel::SearchPanel/>
            </div>
            {page}
            <Show when=move || !matches!(nav.route(), Route::Compare(_))>
                <compare_view::CompareTray/>
            </Show>
            <p class="attribution">{attribution}</p>
        </section>
    }
    .into_any()
}

/// Where the widget opens when the page's address names no route: the `occupation` attribute's.
fn initial_route(attrs: HostAttrs) -> Route {
    match attrs.peek("occupation").filter(|o| !o.trim().is_empty()) {
        Some(id) => Route::Occupation(route::short_id(&id).to_owned()),
        None => Route::Results,
    }
}

/// The `adviser-url` attribute when it is an `https:` address; anything else is refused with a warning,
/// because content and configuration never get to run script.
pub(crate) fn adviser_url(attrs: HostAttrs) -> Option<String> {
    let url = attrs.get("adviser-url").map(|u| u.trim().to_owned()).filter(|u| !u.is_empty())?;
    if url.to_ascii_lowercase().starts_with("https://") {
        Some(url)
    } else {
        web_sys::console::warn_1(
            &format!("LMI Kit: adviser-url=\"{url}\" is not an https: address; not shown.").into(),
        );
        None
    }
}
