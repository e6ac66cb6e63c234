//! What a learner and a webmaster see when the bundle cannot be shown: never a blank box.

use leptos::prelude::*;
use lmi_content::{Kind, LoadError};

use crate::{BundleError, FetchError, Msg, Ui};

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
        BundleError::Fetch { error, .. } => match error {
            FetchError::Network => ui.t(Msg::ErrorNetwork).to_owned(),
            FetchError::Cors { .. } => ui.t(Msg::ErrorCors).to_owned(),
            FetchError::Redirect => ui.t(Msg::ErrorRedirect).to_owned(),
            FetchError::Http(status) => ui.f(Msg::ErrorHttp, &[("status", &status.to_string())]),
            FetchError::Stalled { .. } => ui.t(Msg::ErrorStalled).to_owned(),
            FetchError::TooLarge { limit } => {
                ui.f(Msg::ErrorTooLarge, &[("limit", &(limit / (1024 * 1024)).to_string())])
            }
        },
        BundleError::Content { error, .. } => match error {
            LoadError::Html => ui.t(Msg::ErrorHtml).to_owned(),
            LoadError::Syntax(_) => ui.t(Msg::ErrorNotJson).to_owned(),
            LoadError::NotAnObject(_) => ui.t(Msg::ErrorNotObject).to_owned(),
            LoadError::NotABundle(_) => ui.t(Msg::ErrorNotBundle).to_owned(),
            LoadError::WrongKind { expected, found } => {
                ui.f(Msg::ErrorWrongKind, &[("found", kind_name(ui, *found)), ("expected", kind_name(ui, *expected))])
            }
            LoadError::Version(_) => ui.t(Msg::ErrorVersion).to_owned(),
            LoadError::Invalid(_) => ui.t(Msg::ErrorInvalid).to_owned(),
        },
    };
    // For the webmaster, in the words of the validator and the console: the JSON paths, the header to add.
    let details: Vec<String> = match &error {
        BundleError::Content { error, .. } => {
            error.problems().iter().take(SHOWN_PROBLEMS).map(ToString::to_string).collect()
        }
        BundleError::Fetch { error: FetchError::Http(_), .. } | BundleError::NoSrc => Vec::new(),
        BundleError::Fetch { .. } => {
            vec![error.log_message().trim_start_matches("LMI Kit: ").to_owned()]
        }
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
        Kind::Occupations | Kind::OccupationDetails | Kind::CountryFigures => Msg::KindOccupations,
        Kind::Reading => Msg::KindReading,
    })
}
