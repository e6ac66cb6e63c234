//! The frame every widget renders in: theme and language on the root, the live region, and the
//! loading → error panel | content states of the bundle.

use std::sync::Arc;

use leptos::prelude::*;
use lmi_content::BundleKind;

use crate::{Announcer, BundleLoader, ContentLang, ErrorPanel, HostAttrs, Languages, LiveRegion, Msg, Theme, Ui};

/// What the widget's content is rendered from once its bundle has loaded: the bundle as its own type, the
/// address it came from, and the languages by the one language rule ([`Languages`]).
pub struct Loaded<B> {
    pub bundle: Arc<B>,
    /// The absolute URL of the bundle: files it names (a split bundle's details) are resolved against it.
    pub url: Arc<str>,
    pub ui: Ui,
    pub lang: ContentLang,
}

impl<B> Clone for Loaded<B> {
    fn clone(&self) -> Self {
        Loaded { bundle: self.bundle.clone(), url: self.url.clone(), ui: self.ui, lang: self.lang.clone() }
    }
}

/// Loads the bundle of kind `B` from `src` and renders `content` with it.
#[component]
pub fn WidgetFrame<B, F, V>(
    /// The widget's view of a loaded bundle.
    content: F,
    /// The bundle kind this widget shows (only its type matters).
    #[prop(optional)]
    _kind: std::marker::PhantomData<B>,
) -> impl IntoView
where
    B: BundleKind + Send + Sync + 'static,
    F: Fn(Loaded<B>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let attrs = expect_context::<HostAttrs>();
    let loader = BundleLoader::<B>::start();
    Announcer::provide();
    // The languages once the bundle is known; before, the UI follows the host's request alone.
    let languages = Memo::new(move |_| {
        let requested = attrs.lang_tag();
        match loader.state() {
            Some(Ok(got)) => Some(Languages::resolve(requested.as_deref(), &got.bundle.meta().default_language)),
            _ => None,
        }
    });
    // A request the bundle has no texts for falls back to its default language: said once on the console for
    // each language asked, so a webmaster sees why a Portuguese page shows English content.
    let warned = StoredValue::new(None::<String>);
    Effect::new(move || {
        let (Some(l), Some(Ok(got))) = (languages.get(), loader.state()) else { return };
        let meta = got.bundle.meta();
        let want = l.content.want;
        let has = meta.languages.iter().any(|x| x.primary() == want.primary());
        if !has && warned.get_value().as_deref() != Some(want.as_str()) {
            warned.set_value(Some(want.as_str().to_owned()));
            let list: Vec<&str> = meta.languages.iter().map(|x| x.as_str()).collect();
            web_sys::console::warn_1(
                &format!(
                    "LMI Kit: {}: the content has no texts in `{}` (it has {}), so they are shown in `{}`.",
                    got.url,
                    want.as_str(),
                    list.join(", "),
                    l.content.fallback.as_str()
                )
                .into(),
            );
        }
    });
    let ui = Memo::new(move |_| match languages.get() {
        Some(l) => l.ui,
        None => Languages::before_bundle(attrs.lang_tag().as_deref()),
    });
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
                match (loader.state(), languages.get()) {
                    (Some(Err(error)), _) => {
                        view! { <ErrorPanel error ui on_retry=move |_| loader.retry()/> }.into_any()
                    }
                    (Some(Ok(got)), Some(languages)) => {
                        content(Loaded { bundle: got.bundle, url: got.url, ui, lang: languages.content }).into_any()
                    }
                    _ => view! { <p class="loading" role="status">{ui.t(Msg::Loading)}</p> }.into_any(),
                }
            }}
        </div>
    }
}
