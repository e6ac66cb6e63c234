//! Fetching and parsing the bundle named by `src`, as a resource the widget renders from.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Weak};

use futures::future::{FutureExt, Shared};
use leptos::prelude::*;
use lmi_content::{BundleKind, LoadError, MAX_BUNDLE_BYTES, parse_checked};
use serde_json::json;

use crate::fetch::{Deadlines, FetchError, fetch_bytes};
use crate::{HostAttrs, HostEvents, Languages};

/// Why no bundle could be shown. Each variant maps to a translated sentence in [`crate::ErrorPanel`].
#[derive(Clone, Debug, PartialEq)]
pub enum BundleError {
    /// The element has no `src`.
    NoSrc,
    /// The file could not be downloaded.
    Fetch { url: String, error: FetchError },
    /// The file is not a bundle this widget can show.
    Content { url: String, error: LoadError },
}

impl BundleError {
    pub fn url(&self) -> Option<&str> {
        match self {
            BundleError::NoSrc => None,
            BundleError::Fetch { url, .. } | BundleError::Content { url, .. } => Some(url),
        }
    }

    /// A short stable code for `lmi-error` events.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::NoSrc => "no-src",
            BundleError::Fetch { error, .. } => match error {
                FetchError::Network => "network",
                FetchError::Cors { .. } => "cors",
                FetchError::Redirect => "redirect",
                FetchError::Http(_) => "http",
                FetchError::Stalled { .. } => "stalled",
                FetchError::TooLarge { .. } => "too-large",
            },
            BundleError::Content { error, .. } => match error {
                LoadError::Html => "html",
                LoadError::Syntax(_) => "not-json",
                LoadError::NotAnObject(_) => "not-an-object",
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
            BundleError::Fetch { url, error } => match error {
                FetchError::Network => format!(
                    "LMI Kit: could not fetch {url}: no answer. Check the address, the network, and the page's \
                     Content-Security-Policy connect-src."
                ),
                FetchError::Cors { page_origin } => format!(
                    "LMI Kit: {url} answers, but not to this page: its server must send the header \
                     `Access-Control-Allow-Origin: {page_origin}` (or `*`) with the file (CORS)."
                ),
                FetchError::Redirect => format!(
                    "LMI Kit: {url} redirects in a loop or to a place the browser will not follow: check the \
                     server's redirects for this address, or give the final address in src."
                ),
                FetchError::Http(status) => format!("LMI Kit: {url} answered HTTP {status}."),
                FetchError::Stalled { seconds, body: false } => format!(
                    "LMI Kit: the server stopped answering: {url} sent nothing for {seconds} s. A host can wait \
                     longer with timeout=\"60\" (seconds) on the element."
                ),
                FetchError::Stalled { seconds, body: true } => format!(
                    "LMI Kit: the server stopped answering: {url} stopped sending for {seconds} s in the \
                     middle of the file. A host can wait longer with timeout=\"60\" (seconds) on the element."
                ),
                FetchError::TooLarge { limit } => {
                    format!("LMI Kit: {url} is larger than {} MiB, the most a bundle may be.", limit / (1024 * 1024))
                }
            },
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
        let resource = LocalResource::new(move || {
            load::<B>(attrs.src(), Deadlines::from_attribute(attrs.get("timeout").as_deref()))
        });
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

async fn load<B: BundleKind + 'static>(src: Option<String>, deadlines: Deadlines) -> Result<Got<B>, BundleError> {
    let url = page_url(&src.ok_or(BundleError::NoSrc)?);
    let shown = url.clone();
    let bundle = shared(&url, deadlines, move |text| {
        let checked = parse_checked::<B>(text)?;
        // Once per file, as it is parsed once: what is left out, and where the author can fix it.
        for w in &checked.warnings {
            web_sys::console::warn_1(&format!("LMI Kit: {}", w.display_in(&shown)).into());
        }
        Ok(Arc::new(checked.bundle))
    })
    .await?;
    Ok(Got { bundle, url: url.into() })
}

type SharedLoad<T> = Shared<Pin<Box<dyn Future<Output = Result<Arc<T>, BundleError>>>>>;

/// One file of the page, by the type it is parsed into and its address.
struct File {
    parsed_as: TypeId,
    url: String,
    /// An [`Entry`] of that type.
    entry: Box<dyn Any>,
}

impl File {
    fn is(&self, parsed_as: TypeId, url: &str) -> bool {
        self.parsed_as == parsed_as && self.url == url
    }
}

/// A file that is loading, or that some widget still shows.
enum Entry<T> {
    Loading(SharedLoad<T>),
    Ready(Weak<T>),
}

impl<T> Entry<T> {
    fn is_gone(&self) -> bool {
        matches!(self, Entry::Ready(weak) if weak.strong_count() == 0)
    }
}

thread_local! {
    /// The files of [`shared`]: a handful per page, so a list.
    static FILES: RefCell<Vec<File>> = const { RefCell::new(Vec::new()) };
}

/// The file at `url` parsed by `parse`, downloaded and parsed once per page however many elements of this
/// widget ask for it at once or while one still shows it (five explorers on one page share one bundle in
/// memory). A failure is forgotten at once, so that a retry asks the server again.
pub async fn shared<T: 'static>(
    url: &str,
    deadlines: Deadlines,
    parse: impl FnOnce(&str) -> Result<Arc<T>, LoadError> + 'static,
) -> Result<Arc<T>, BundleError> {
    let id = TypeId::of::<T>();
    let existing = FILES.with(|files| {
        let files = files.borrow();
        match files.iter().find(|f| f.is(id, url)).and_then(|f| f.entry.downcast_ref::<Entry<T>>()) {
            Some(Entry::Ready(weak)) => weak.upgrade().map(|t| async move { Ok(t) }.boxed_local().shared()),
            Some(Entry::Loading(load)) => Some(load.clone()),
            None => None,
        }
    });
    let load = existing.unwrap_or_else(|| {
        let owned = url.to_owned();
        let load: SharedLoad<T> = async move {
            let bytes = fetch_bytes(&owned, deadlines, MAX_BUNDLE_BYTES)
                .await
                .map_err(|error| BundleError::Fetch { url: owned.clone(), error })?;
            // As `Response.text()` would: a byte-order mark dropped, bad UTF-8 replaced.
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            parse(&String::from_utf8_lossy(bytes)).map_err(|error| BundleError::Content { url: owned, error })
        }
        .boxed_local()
        .shared();
        FILES.with(|files| {
            let mut files = files.borrow_mut();
            files.retain(|f| !f.is(id, url));
            files.push(File { parsed_as: id, url: url.to_owned(), entry: Box::new(Entry::Loading(load.clone())) });
        });
        load
    });
    let result = load.await;
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        // Entries no widget shows any more go too, so the list stays as short as the page's files.
        files.retain(|f| !(f.is(id, url) || f.entry.downcast_ref::<Entry<T>>().is_some_and(Entry::is_gone)));
        if let Ok(t) = &result {
            files.push(File { parsed_as: id, url: url.to_owned(), entry: Box::new(Entry::Ready(Arc::downgrade(t))) });
        }
    });
    result
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
