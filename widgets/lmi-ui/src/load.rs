//! Fetching and parsing the bundle named by `src`, as a resource the widget renders from.

use std::sync::Arc;

use leptos::prelude::*;
use lmi_content::{BundleKind, LoadError, parse};
use serde_json::json;

use crate::{HostAttrs, HostEvents, Languages};

/// Why no bundle could be shown. Each variant maps to a translated sentence in [`crate::ErrorPanel`].
#[derive(Clone, Debug, PartialEq)]
pub enum BundleError {
    /// The element has no `src`.
    NoSrc,
    /// The request failed before any answer: offline, CORS refusal, blocked by CSP.
    Network {
        url: String,
    },
    Http {
        url: String,
        status: u16,
    },
    Content {
        url: String,
        error: LoadError,
    },
}

impl BundleError {
    pub fn url(&self) -> Option<&str> {
        match self {
            BundleError::NoSrc => None,
            BundleError::Network { url } | BundleError::Http { url, .. } | BundleError::Content { url, .. } => {
                Some(url)
            }
        }
    }

    /// A short stable code for `lmi-error` events.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::NoSrc => "no-src",
            BundleError::Network { .. } => "network",
            BundleError::Http { .. } => "http",
            BundleError::Content { error, .. } => match error {
                LoadError::Html => "html",
                LoadError::Syntax(_) => "not-json",
                LoadError::NotABundle(_) => "not-a-bundle",
                LoadError::WrongKind { .. } => "wrong-kind",
                LoadError::Version(_) => "version",
                LoadError::Invalid(_) => "invalid",
            },
        }
    }

    /// A sentence for the console, in English, with everything the webmaster needs.
    pub fn log_message(&self) -> String {
        match self {
            BundleError::NoSrc => "LMI Kit: the element has no src attribute.".to_owned(),
            BundleError::Network { url } => format!(
                "LMI Kit: could not fetch {url}. If it is on another site, that site must allow it (CORS); \
                 check also the page's Content-Security-Policy connect-src."
            ),
            BundleError::Http { url, status } => format!("LMI Kit: {url} answered HTTP {status}."),
            BundleError::Content { url, error } => format!("LMI Kit: {url}: {error}"),
        }
    }
}

/// A bundle that loaded, with the address it came from.
pub struct Got<B> {
    pub bundle: Arc<B>,
    pub url: Arc<str>,
}

impl<B> Clone for Got<B> {
    fn clone(&self) -> Self {
        Got { bundle: self.bundle.clone(), url: self.url.clone() }
    }
}

/// `None` while loading.
pub type LoadState<B> = Option<Result<Got<B>, BundleError>>;

/// The bundle for the host's current `src`. A newer `src` wins over a slower older one.
pub struct BundleLoader<B: 'static> {
    resource: LocalResource<Result<Got<B>, BundleError>>,
}

impl<B> Clone for BundleLoader<B> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<B> Copy for BundleLoader<B> {}

impl<B: BundleKind + 'static> BundleLoader<B> {
    /// Starts loading a bundle of kind `B`; fires `lmi-ready` or `lmi-error` on the host each time a load
    /// settles.
    pub fn start() -> BundleLoader<B> {
        let attrs = expect_context::<HostAttrs>();
        let resource = LocalResource::new(move || load::<B>(attrs.src()));
        let events = HostEvents::from_context();
        Effect::new(move || match resource.get() {
            Some(Ok(got)) => {
                let meta = got.bundle.meta();
                let lang = Languages::resolve(attrs.peek_lang_tag().as_deref(), &meta.default_language);
                let detail = json!({ "kind": B::KIND.as_str(), "lang": lang.ui.0.tag() });
                events.emit("lmi-ready", Some(&meta.id), detail);
            }
            Some(Err(e)) => {
                web_sys::console::error_1(&e.log_message().into());
                events.emit("lmi-error", None, json!({ "error": e.code(), "url": e.url() }));
            }
            None => {}
        });
        BundleLoader { resource }
    }

    /// `None` while loading.
    pub fn state(self) -> LoadState<B> {
        self.resource.get()
    }

    pub fn retry(self) {
        self.resource.refetch();
    }
}

async fn load<B: BundleKind>(src: Option<String>) -> Result<Got<B>, BundleError> {
    let url = page_url(&src.ok_or(BundleError::NoSrc)?);
    let text = fetch_text(&url).await?;
    match parse::<B>(&text) {
        Ok(bundle) => Ok(Got { bundle: Arc::new(bundle), url: url.into() }),
        Err(error) => Err(BundleError::Content { url, error }),
    }
}

/// The text at `url` (absolute), or why not, as the error panel explains it.
pub async fn fetch_text(url: &str) -> Result<String, BundleError> {
    let network = || BundleError::Network { url: url.to_owned() };
    let response = gloo_net::http::Request::get(url).send().await.map_err(|_| network())?;
    if !response.ok() {
        return Err(BundleError::Http { url: url.to_owned(), status: response.status() });
    }
    // Bytes, not `text()`: the browser would decode the UTF-8 into a JavaScript string only for it to be
    // encoded again into the wasm's memory (a tenth of the explorer's start on its 1.6 MB bundle).
    let bytes = response.binary().await.map_err(|_| network())?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").map_or(bytes.as_slice(), |rest| rest); // as `text()` drops a BOM
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// `src` resolved against the page, as the fetch will resolve it, so messages show the real address.
pub fn page_url(src: &str) -> String {
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    match base {
        Some(base) => resolve_url(src, &base),
        None => src.to_owned(),
    }
}

/// `relative` resolved against `base`, as a browser resolves a link.
pub fn resolve_url(relative: &str, base: &str) -> String {
    web_sys::Url::new_with_base(relative, base).map_or_else(|_| relative.to_owned(), |u| u.href())
}
