//! The end: a gentle score in graded mode, the skills practised per level, start again.

use leptos::prelude::*;
use lmi_content::Bundle;
use lmi_ui::{HostAttrs, HostEvents, Loaded, Mode, Msg, PluralMsg};
use serde_json::json;

use crate::ReadingRun;

/// The summary after the last question; fires `lmi-complete`.
#[component]
pub fn Summary(
    /// The loaded bundle and languages.
    loaded: Loaded,
    /// The learner's progress.
    run: RwSignal<ReadingRun>,
) -> impl IntoView {
    let Bundle::Reading(reading) = &*loaded.bundle else {
        return ().into_any();
    };
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
                1 => Msg::ReadingLevel1,
                2 => Msg::ReadingLevel2,
                3 => Msg::ReadingLevel3,
                _ => Msg::ReadingLevel4,
            });
            let heading = ui.f(Msg::ReadingLevelHeading, &[("level", &level.to_string()), ("name", name)]);
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
            <h3 tabindex="-1" node_ref=heading>{ui.t(Msg::ReadingFinished)}</h3>
            {graded.then(|| view! {
                <p class="score">{ui.plural(PluralMsg::AnswerScore, right as f64, &[("total", &total.to_string())])}</p>
            })}
            <p>{ui.t(Msg::ReadingSkills)}</p>
            <ul class="skills">{levels}</ul>
            <button type="button" class="button" on:click=move |_| run.update(ReadingRun::restart)>{ui.t(Msg::AnswerStartAgain)}</button>
        </div>
    }
    .into_any()
}
