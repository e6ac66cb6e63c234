//! The end: a gentle score in graded mode, the skills practised per level, start again.

use leptos::prelude::*;
use lmi_ui::{HostAttrs, HostEvents, Mode, Msg as UiMsg, PluralMsg as UiPluralMsg};
use serde_json::json;

use crate::Loaded;
use crate::ReadingRun;
use crate::i18n::Msg;

/// The summary after the last question; fires `lmi-complete`.
#[component]
pub fn Summary(
    /// The loaded bundle and languages.
    loaded: Loaded,
    /// The learner's progress.
    run: RwSignal<ReadingRun>,
) -> impl IntoView {
    let reading = &*loaded.bundle;
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let graded = expect_context::<HostAttrs>().mode() == Mode::Graded;
    let (right, total) = run.with_untracked(|r| (r.right_count(), r.total()));
    HostEvents::from_context().emit(
        "lmi-complete",
        Some(&reading.meta.id),
        json!({ "score": if graded { json!({ "raw": right, "max": total }) } else { json!(null) } }),
    );
    let levels = run
        .with_untracked(ReadingRun::levels_practised)
        .into_iter()
        .map(|(level, exercises)| {
            let name = ui.t(match level {
                1 => Msg::Level1,
                2 => Msg::Level2,
                3 => Msg::Level3,
                _ => Msg::Level4,
            });
            let heading = ui.f(Msg::LevelHeading, &[("level", &level.to_string()), ("name", name)]);
            let outcomes =
                exercises.iter().map(|&e| view! { <li>{lang.view(&reading.exercises[e].outcome)}</li> }).collect_view();
            view! { <li><strong>{heading}</strong><ul>{outcomes}</ul></li> }
        })
        .collect_view();
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <div class="summary">
            <h3 tabindex="-1" node_ref=heading>{ui.t(Msg::Finished)}</h3>
            {graded.then(|| view! {
                <p class="score">{ui.plural(UiPluralMsg::AnswerScore, right as f64, &[("total", &total.to_string())])}</p>
            })}
            <p>{ui.t(Msg::Skills)}</p>
            <ul class="skills">{levels}</ul>
            <button type="button" class="button" on:click=move |_| run.update(ReadingRun::restart)>{ui.t(UiMsg::AnswerStartAgain)}</button>
        </div>
    }
    .into_any()
}
