//! The end of the quiz: what was questioned, a gentle score in graded mode, a reflection, start again.

use leptos::prelude::*;
use lmi_ui::{HostAttrs, HostEvents, Memory, Mode, Msg as UiMsg, PluralMsg as UiPluralMsg};
use serde_json::json;

use crate::Loaded;
use crate::QuizRun;
use crate::i18n::Msg;

#[component]
pub fn Summary(loaded: Loaded, run: RwSignal<QuizRun>) -> impl IntoView {
    let quiz = &*loaded.bundle;
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let attrs = expect_context::<HostAttrs>();
    let graded = attrs.mode() == Mode::Graded;
    let memory = attrs.flag("remember").then(|| Memory::new("quiz", &quiz.meta.id));
    let (right, total) = run.with_untracked(|r| (r.right_count(), r.total()));
    HostEvents::from_context().emit(
        "lmi-complete",
        Some(&quiz.meta.id),
        json!({ "score": if graded { json!({ "raw": right, "max": total }) } else { json!(null) } }),
    );
    // In the order the learner saw them, with how each guess compared to the real figure.
    let myths = run.with_untracked(|r| {
        r.order()
            .iter()
            .map(|&i| {
                let q = &quiz.questions[i];
                let change = match (&q.answer, r.answered(i)) {
                    (
                        lmi_content::Answer::Estimate { value, unit, currency, .. },
                        Some((lmi_content::Response::Number(n), _)),
                    ) => Some(ui.f(
                        Msg::GuessVsReal,
                        &[
                            ("guess", &lmi_ui::format_value(ui, *n, *unit, currency.as_deref())),
                            ("value", &lmi_ui::format_value(ui, *value, *unit, currency.as_deref())),
                        ],
                    )),
                    _ => None,
                };
                view! { <li>{lang.view(&q.myth)}{change.map(|c| view! { <br/><span class="change">{c}</span> })}</li> }
            })
            .collect_view()
    });
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
                <p class="reflection-note">{ui.t(Msg::ReflectionNote)}</p>
            </div>
        }
    });
    view! {
        <div class="summary">
            <h3 tabindex="-1" node_ref=heading>{ui.t(Msg::Finished)}</h3>
            {graded.then(|| view! { <p class="score">{ui.plural(UiPluralMsg::AnswerScore, right as f64, &[("total", &total.to_string())])}</p> })}
            <p>{ui.t(Msg::MythsQuestioned)}</p>
            <ul class="myths">{myths}</ul>
            {closing}
            <button type="button" class="button" on:click=move |_| {
                if let Some(m) = &memory {
                    m.clear();
                }
                run.update(QuizRun::restart);
            }>{ui.t(UiMsg::AnswerStartAgain)}</button>
        </div>
    }
    .into_any()
}
