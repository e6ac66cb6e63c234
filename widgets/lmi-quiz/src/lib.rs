//! `<lmi-quiz>`: myth-busting quizzes. Guess, see the real figure and where it comes from, reflect.
//!
//! [`mount`] is the entry `lmi.js` calls; the components are public so browser tests mount them directly.

mod i18n;
mod inputs;
mod question;
mod reveal;
mod run;
mod summary;

use leptos::prelude::*;
use lmi_content::QuizBundle;
use lmi_ui::{HostAttrs, Memory, Mounted, WidgetFrame, WidgetSpec, mount_widget};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

pub use run::QuizRun;

/// Attributes beyond the shared ones (see README "Attributes"): `solutions="hidden"` waits for the teacher
/// to reveal each answer; `shuffle` (optionally with a seed) mixes the questions; `remember` keeps progress in
/// this browser; `display="class"` is the projector layout with the teacher stepping through.
pub static SPEC: WidgetSpec = WidgetSpec { element: &lmi_embed::contract::QUIZ, css: &[include_str!("quiz.css")] };

/// Renders a quiz into `host`; `lmi.js` keeps the returned handle for attribute changes and unmounting.
#[wasm_bindgen(js_name = mount_quiz)]
pub fn mount_quiz(host: HtmlElement) -> Result<Mounted, JsValue> {
    mount_widget(host, &SPEC, || view! { <QuizWidget/> })
}

/// Whether the learner has moved between questions (context): the question view then takes the focus.
#[derive(Clone, Copy)]
pub(crate) struct Moved(pub StoredValue<bool>);

/// What this widget's views render from: a quiz bundle with its address and languages.
pub(crate) type Loaded = lmi_ui::Loaded<QuizBundle>;

/// The whole widget: loads the `src` bundle and runs the quiz in it.
#[component]
pub fn QuizWidget() -> impl IntoView {
    view! { <WidgetFrame<QuizBundle, _, _> content=|loaded: Loaded| view! { <Quiz loaded/> }/> }
}

/// A loaded quiz: title, then one question at a time, then the summary.
#[component]
fn Quiz(loaded: Loaded) -> impl IntoView {
    let quiz = loaded.bundle.clone();
    let attrs = expect_context::<HostAttrs>();
    let total = quiz.questions.len();
    let memory = Memory::new("quiz", &quiz.meta.id);
    let remembered = attrs.flag("remember");
    let stored = remembered.then(|| memory.load()).flatten().and_then(|json| QuizRun::restore(&json, total));
    let run = RwSignal::new(stored.unwrap_or_else(|| QuizRun::new(total, shuffle_seed(attrs, remembered))));
    // `remember` may come and go: progress is kept while it is set, and removed from the browser when it is
    // taken away (nothing is stored unless the host asks).
    Effect::new(move |was: Option<bool>| {
        let remember = attrs.flag("remember");
        if remember {
            run.with(|r| memory.save(&r.to_json()));
        } else if was == Some(true) {
            memory.clear();
        }
        remember
    });
    // A new `shuffle` value is a new order: the quiz starts again in it.
    Effect::new(move |previous: Option<Option<String>>| {
        let shuffle = attrs.get("shuffle");
        if previous.is_some_and(|p| p != shuffle) {
            let remember = attrs.peek("remember").is_some_and(|v| v != "false");
            run.set(QuizRun::new(total, shuffle_seed(attrs, remember)));
        }
        shuffle
    });
    provide_context(Moved(StoredValue::new(false)));
    let title = loaded.lang.view(&quiz.meta.title);
    let attribution = quiz.meta.attribution.clone();
    // Only a change of question re-creates the question view; answering updates it in place.
    let current = Memo::new(move |_| run.with(|r| r.current()));
    let body = move || match current.get() {
        Some(index) => view! { <question::QuestionView loaded=loaded.clone() index run/> }.into_any(),
        None => view! { <summary::Summary loaded=loaded.clone() run/> }.into_any(),
    };
    let class = move || if attrs.get("display").as_deref() == Some("class") { "quiz display-class" } else { "quiz" };
    view! {
        <section class=class>
            <h2>{title}</h2>
            {body}
            <p class="attribution">{attribution}</p>
        </section>
    }
    .into_any()
}

/// The order seed: the `shuffle` attribute's own value when it has one (the host's per-pupil seed), else a
/// seed kept with the progress when `remember` is on, else a new one for this page. `None` without `shuffle`.
fn shuffle_seed(attrs: HostAttrs, remember: bool) -> Option<u64> {
    let value = attrs.get("shuffle")?;
    if !matches!(value.as_str(), "" | "true" | "shuffle") {
        return Some(run::seed_from(&value));
    }
    let fresh = || (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
    if !remember {
        return Some(fresh());
    }
    let stored = Memory::new("quiz", "shuffle-seed");
    Some(stored.load().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        let seed = fresh();
        stored.save(&seed.to_string());
        seed
    }))
}
