//! The frame every widget renders in: theme and language on the root, the live region, and the
//! loading → error panel | content states of the bundle.

use std::sync::Arc;

use leptos::prelude::*;
use lmi_content::{Bundle, BundleKind};

use crate::{Announcer, BundleLoader, ContentLang, ErrorPanel, HostAttrs, LiveRegion, Msg, Theme, Ui};

/// What the widget's content is rendered from once its bundle has loaded.
#[derive(Clone)]
pub struct Loaded {
    pub bundle: Arc<Bundle>,
    pub ui: Ui,
    pub lang: ContentLang,
}

/// Loads the bundle of kind `B` from `src` and renders `content` with it.
#[component]
pub fn WidgetFrame<B, F, V>(
    /// The bundle kind this widget shows (only its type matters).
    #[prop(optional)]
    _kind: std::marker::PhantomData<B>,
    /// The widget's view of a loaded bundle.
    content: F,
) -> impl IntoView
where
    B: BundleKind + Send + Sync + 'static,
    F: Fn(Loaded) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let attrs = expect_context::<HostAttrs>();
    let loader = BundleLoader::new::<B>();
    Announcer::provide();
    let bundle_default =
        move || loader.state().and_then(|s| s.ok()).map(|b| b.meta().default_language.as_str().to_owned());
    let ui = Memo::new(move |_| attrs.ui(bundle_default().as_deref()));
    let class = move || {
        let theme = match attrs.theme() {
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
            Theme::Auto => "theme-auto",
        };
        format!("lmi {theme}")
    };
    view! {
        <div class=class lang=move || ui.get().0.tag() dir=move || if ui.get().0.is_rtl() { "rtl" } else { "ltr" }>
            <LiveRegion/>
            {move || {
                let ui = ui.get();
                match loader.state() {
                    None => view! { <p class="loading" role="status">{ui.t(Msg::Loading)}</p> }.into_any(),
                    Some(Err(error)) => {
                        view! { <ErrorPanel error ui on_retry=move |_| loader.retry()/> }.into_any()
                    }
                    Some(Ok(bundle)) => {
                        let lang = ContentLang::new(attrs.lang_tag().as_deref(), bundle.meta());
                        content(Loaded { bundle, ui, lang }).into_any()
                    }
                }
            }}
        </div>
    }
}
