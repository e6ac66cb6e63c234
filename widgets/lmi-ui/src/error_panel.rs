//! What a learner and a webmaster see when the bundle cannot be shown: never a blank box.

use leptos::prelude::*;
use lmi_content::{Kind, LoadError};

use crate::{BundleError, Msg, Ui};

/// Problems listed in the details; the validator CLI shows them all.
const SHOWN_PROBLEMS: usize = 5;

/// An alert naming the address and the problem, with a retry button.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: BundleError,
    /// Language of the message.
    ui: Ui,
    /// Called by the retry button.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let summary = match &error {
        BundleError::NoSrc => ui.t(Msg::ErrorNoSrc).to_owned(),
        BundleError::Network { .. } => ui.t(Msg::ErrorNetwork).to_owned(),
        BundleError::Http { status, .. } => ui.f(Msg::ErrorHttp, &[("status", &status.to_string())]),
        BundleError::Content { error, .. } => match error {
            LoadError::Html => ui.t(Msg::ErrorHtml).to_owned(),
            LoadError::Syntax(_) => ui.t(Msg::ErrorNotJson).to_owned(),
            LoadError::NotABundle(_) => ui.t(Msg::ErrorNotBundle).to_owned(),
            LoadError::WrongKind { expected, found } => {
                ui.f(Msg::ErrorWrongKind, &[("found", kind_name(ui, *found)), ("expected", kind_name(ui, *expected))])
            }
            LoadError::Version(_) => ui.t(Msg::ErrorVersion).to_owned(),
            LoadError::Invalid(_) => ui.t(Msg::ErrorInvalid).to_owned(),
        },
    };
    let details: Vec<String> = match &error {
        BundleError::Content { error, .. } => {
            error.problems().iter().take(SHOWN_PROBLEMS).map(ToString::to_string).collect()
        }
        _ => Vec::new(),
    };
    let url = error.url().map(str::to_owned);
    view! {
        <div class="error-panel" role="alert">
            <p class="error-heading">{ui.t(Msg::ErrorHeading)}</p>
            <p>{summary}</p>
            {url.map(|u| view! { <p class="error-url">{ui.t(Msg::ErrorAddress)}": "<code>{u}</code></p> })}
            {(!details.is_empty()).then(|| view! {
                <details>
                    <summary>{ui.t(Msg::ErrorDetails)}</summary>
                    <ul>{details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}</ul>
                </details>
            })}
            <button type="button" class="button" on:click=move |_| on_retry.run(())>{ui.t(Msg::ErrorRetry)}</button>
        </div>
    }
}

/// What a bundle of `kind` holds, in words: "a quiz", "occupations".
fn kind_name(ui: Ui, kind: Kind) -> &'static str {
    ui.t(match kind {
        Kind::Quiz => Msg::KindQuiz,
        Kind::Occupations | Kind::OccupationDetails => Msg::KindOccupations,
        Kind::Reading => Msg::KindReading,
    })
}
