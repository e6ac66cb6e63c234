//! The end of the quiz: what was questioned, a gentle score in graded mode, a reflection, start again.

use leptos::prelude::*;
use lmi_content::Bundle;
use lmi_ui::{HostAttrs, HostEvents, Loaded, Mode, Msg, PluralMsg};
use serde_json::json;

use crate::QuizRun;

#[component]
pub fn Summary(loaded: Loaded, run: RwSignal<QuizRun>) -> impl IntoView {
    let Bundle::Quiz(quiz) = &*loaded.bundle else {
        return ().into_any();
    };
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let attrs = expect_context::<HostAttrs>();
    let graded = attrs.mode() == Mode::Graded;
    let (right, total) = run.with_untracked(|r| (r.right_count(), r.total()));
    HostEvents::from_context().emit(
        "lmi-complete",
        Some(&quiz.meta.id),
        json!({ "score": if graded { json!({ "raw": right, "max": total }) } else { json!(null) } }),
    );
    let myths = quiz.questions.iter().map(|q| view! { <li>{lang.view(&q.myth)}</li> }).collect_view();
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let closing = quiz.closing_reflection.as_ref().map(|r| {
        view! {
            <div class="reflection">
                <label for="closing-reflection">{lang.view(r)}</label>
                <textarea id="closing-reflection" rows="3"></textarea>
                <p class="reflection-note">{ui.t(Msg::QuizReflectionNote)}</p>
            </div>
        }
    });
    view! {
        <div class="summary">
            <h3 tabindex="-1" node_ref=heading>{ui.t(Msg::QuizFinished)}</h3>
            {graded.then(|| view! { <p class="score">{ui.plural(PluralMsg::QuizScore, right as f64, &[("total", &total.to_string())])}</p> })}
            <p>{ui.t(Msg::QuizMythsQuestioned)}</p>
            <ul class="myths">{myths}</ul>
            {closing}
            <button type="button" class="button" on:click=move |_| run.update(QuizRun::restart)>{ui.t(Msg::QuizStartAgain)}</button>
        </div>
    }
    .into_any()
}
