//! `<lmi-quiz>`: myth-busting quizzes. Guess, see the real figure and where it comes from, reflect.
//!
//! [`mount`] is the entry `lmi.js` calls; the components are public so browser tests mount them directly.

mod inputs;
mod question;
mod reveal;
mod run;
mod summary;

use leptos::prelude::*;
use lmi_content::{Bundle, QuizBundle};
use lmi_ui::{Loaded, Mounted, WidgetFrame, WidgetSpec, mount_widget};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

pub use run::QuizRun;

/// Attributes beyond the shared ones (see README "Attributes").
pub static SPEC: WidgetSpec = WidgetSpec { name: "quiz", css: include_str!("quiz.css"), attributes: &[] };

/// Renders a quiz into `host`; `lmi.js` keeps the returned handle for attribute changes and unmounting.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<Mounted, JsValue> {
    mount_widget(host, &SPEC, || view! { <QuizWidget/> })
}

/// The whole widget: loads the `src` bundle and runs the quiz in it.
#[component]
pub fn QuizWidget() -> impl IntoView {
    view! { <WidgetFrame<QuizBundle, _, _> content=|loaded: Loaded| view! { <Quiz loaded/> }/> }
}

/// A loaded quiz: title, then one question at a time, then the summary.
#[component]
fn Quiz(loaded: Loaded) -> impl IntoView {
    let Bundle::Quiz(quiz) = &*loaded.bundle else {
        return ().into_any();
    };
    let run = RwSignal::new(QuizRun::new(quiz.questions.len()));
    let title = loaded.lang.view(&quiz.meta.title);
    let attribution = quiz.meta.attribution.clone();
    // Only a change of question re-creates the question view; answering updates it in place.
    let current = Memo::new(move |_| run.with(|r| r.current()));
    let body = move || match current.get() {
        Some(index) => view! { <question::QuestionView loaded=loaded.clone() index run/> }.into_any(),
        None => view! { <summary::Summary loaded=loaded.clone() run/> }.into_any(),
    };
    view! {
        <section class="quiz">
            <h2>{title}</h2>
            {body}
            <p class="attribution">{attribution}</p>
        </section>
    }
    .into_any()
}
