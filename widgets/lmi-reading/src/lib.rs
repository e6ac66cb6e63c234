//! `<lmi-reading>`: reading exercises. Learn to read and question labour-market charts and tables, in four
//! levels: 1 read a value, 2 compare, 3 see a trend, 4 judge the source.
//!
//! [`mount`] is the entry `lmi.js` calls; the components are public so browser tests mount them directly.

mod exercise;
mod feedback;
mod i18n;
mod question;
mod run;
mod source_panel;
mod summary;

use leptos::prelude::*;
use lmi_content::ReadingBundle;
use lmi_ui::{HostAttrs, Mounted, WidgetFrame, WidgetSpec, mount_widget};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

pub use run::{LEVELS, ReadingRun, Step, start_level};

/// Attributes beyond the shared ones (see README "Attributes"): `level="1"`…`"4"` starts at that level.
pub static SPEC: WidgetSpec =
    WidgetSpec { element: &lmi_embed::contract::READING, css: &[lmi_ui::CHART_CSS, include_str!("reading.css")] };

/// Renders the reading exercises into `host`; `lmi.js` keeps the returned handle.
#[wasm_bindgen(js_name = mount_reading)]
pub fn mount_reading(host: HtmlElement) -> Result<Mounted, JsValue> {
    mount_widget(host, &SPEC, || view! { <ReadingWidget/> })
}

/// What this widget's views render from: a reading bundle with its address and languages.
pub(crate) type Loaded = lmi_ui::Loaded<ReadingBundle>;

/// The whole widget: loads the `src` bundle and runs its exercises.
#[component]
pub fn ReadingWidget() -> impl IntoView {
    view! { <WidgetFrame<ReadingBundle, _, _> content=|loaded: Loaded| view! { <Reading loaded/> }/> }
}

/// A loaded bundle: its title, then one exercise at a time from the starting level, then the summary.
/// A new `level` attribute starts afresh at that level.
#[component]
fn Reading(loaded: Loaded) -> impl IntoView {
    let reading = &*loaded.bundle;
    let attrs = expect_context::<HostAttrs>();
    let shape: Vec<(u8, usize)> = reading.exercises.iter().map(|e| (e.level, e.questions.len())).collect();
    let title = loaded.lang.view(&reading.meta.title);
    let attribution = reading.meta.attribution.clone();
    let body = move || {
        let run = RwSignal::new(ReadingRun::new(&shape, start_level(attrs.get("level").as_deref())));
        // Only a change of exercise re-creates the exercise view (and its chart); questions change inside it.
        let exercise = Memo::new(move |_| run.with(|r| r.current().map(|s| s.exercise)));
        let loaded = loaded.clone();
        move || match exercise.get() {
            Some(index) => view! { <exercise::ExerciseView loaded=loaded.clone() index run/> }.into_any(),
            None => view! { <summary::Summary loaded=loaded.clone() run/> }.into_any(),
        }
    };
    view! {
        <section class="reading">
            <h2>{title}</h2>
            {body}
            <p class="attribution">{attribution}</p>
        </section>
    }
    .into_any()
}
