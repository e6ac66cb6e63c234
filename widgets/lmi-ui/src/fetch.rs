//! Downloading a file the widget needs (its bundle, a details file) with deadlines and a size limit, and
//! telling why a download failed in terms a webmaster can act on.
//!
//! A server that answers its headers and then stops (or stops between two chunks of the body) would leave a
//! plain `fetch` waiting forever: every wait here has a deadline, after which the request is aborted and the
//! widget says that the server stopped answering. A file larger than the limit is refused while it downloads,
//! so it never fills the widget's memory.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestInit, RequestMode, RequestRedirect, Response};

/// How long a download may wait, in milliseconds: for the response's headers, and for each next chunk of the
/// body (a stall between chunks counts, not the whole download: a big file on a slow line is fine).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadlines {
    pub headers_ms: u32,
    pub stall_ms: u32,
}

impl Deadlines {
    /// 20 s for the headers and 20 s between chunks: far longer than a working school network needs, short
    /// enough that a pupil is not left looking at "Loading…".
    pub const DEFAULT: Deadlines = Deadlines { headers_ms: 20_000, stall_ms: 20_000 };

    /// The host's `timeout` attribute: whole seconds for both waits (a slow satellite link may want 60);
    /// anything else keeps the default.
    pub fn from_attribute(seconds: Option<&str>) -> Deadlines {
        match seconds.and_then(|s| s.trim().parse::<u32>().ok()).filter(|s| *s > 0) {
            Some(s) => Deadlines { headers_ms: s.saturating_mul(1000), stall_ms: s.saturating_mul(1000) },
            None => Self::DEFAULT,
        }
    }
}

/// Why a download failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, a blocked request (CSP `connect-src`), a refused connection.
    Network,
    /// The server answered, but not to this page: another origin without `Access-Control-Allow-Origin`.
    Cors { page_origin: String },
    /// The address redirects, in a loop or somewhere the browser will not follow.
    Redirect,
    /// An HTTP error status.
    Http(u16),
    /// Nothing came for `seconds`: before the headers (`body == false`) or between two chunks of the body.
    Stalled { seconds: u32, body: bool },
    /// Larger than `limit` bytes.
    TooLarge { limit: u64 },
}

/// The bytes at `url`, within `deadlines` and `limit`.
pub async fn fetch_bytes(url: &str, deadlines: Deadlines, limit: u64) -> Result<Vec<u8>, FetchError> {
    let controller = AbortController::new().map_err(|_| FetchError::Network)?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let request = window.fetch_with_str_and_init(url, &init);
    let response = match within(request, deadlines.headers_ms).await {
        Waited::Done(Ok(r)) => r.unchecked_into::<Response>(),
        Waited::Done(Err(_)) => return Err(diagnose(url).await),
        Waited::TimedOut => {
            controller.abort();
            return Err(FetchError::Stalled { seconds: deadlines.headers_ms / 1000, body: false });
        }
    };
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|l| l.parse::<u64>().ok());
    if declared.is_some_and(|l| l > limit) {
        controller.abort();
        return Err(FetchError::TooLarge { limit });
    }
    let Some(body) = response.body() else { return Ok(Vec::new()) };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    // The chunks stay in JavaScript until the whole file is in and under the limit: a file that is refused
    // never takes room in the widget's memory, which WebAssembly cannot give back.
    let chunks = js_sys::Array::new();
    let mut total: u64 = 0;
    loop {
        let chunk = match within(reader.read(), deadlines.stall_ms).await {
            Waited::Done(Ok(chunk)) => chunk,
            Waited::Done(Err(_)) => return Err(FetchError::Network),
            Waited::TimedOut => {
                controller.abort();
                return Err(FetchError::Stalled { seconds: deadlines.stall_ms / 1000, body: true });
            }
        };
        let done = js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if done {
            break;
        }
        let value: Uint8Array =
            js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| FetchError::Network)?.unchecked_into();
        total += u64::from(value.length());
        if total > limit {
            controller.abort();
            return Err(FetchError::TooLarge { limit });
        }
        chunks.push(&value);
    }
    let mut bytes = vec![0; total as usize];
    let mut at = 0;
    for chunk in chunks.iter() {
        let chunk: Uint8Array = chunk.unchecked_into();
        let end = at + chunk.length() as usize;
        chunk.copy_to(&mut bytes[at..end]);
        at = end;
    }
    Ok(bytes)
}

enum Waited {
    Done(Result<JsValue, JsValue>),
    TimedOut,
}

/// `promise`, or [`Waited::TimedOut`] after `ms`.
async fn within(promise: Promise, ms: u32) -> Waited {
    // The timer settles with an object of its own, which no request can settle with.
    let marker: JsValue = js_sys::Object::new().into();
    let timer = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let ms = ms.min(i32::MAX as u32) as i32;
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_1(&resolve, ms, &marker);
        }
    });
    match JsFuture::from(Promise::race(&js_sys::Array::of2(&promise, &timer))).await {
        Ok(v) if v == marker => Waited::TimedOut,
        other => Waited::Done(other),
    }
}

/// A request that failed without an answer: ask again in ways that tell the causes apart. A redirect shows as
/// an opaque redirect when it is not followed; a server that answers a `no-cors` request but not this one is
/// refusing the page by CORS.
async fn diagnose(url: &str) -> FetchError {
    let Some(window) = web_sys::window() else { return FetchError::Network };
    let manual = RequestInit::new();
    manual.set_redirect(RequestRedirect::Manual);
    if let Ok(r) = JsFuture::from(window.fetch_with_str_and_init(url, &manual)).await {
        let r: Response = r.unchecked_into();
        if r.type_() == web_sys::ResponseType::Opaqueredirect {
            return FetchError::Redirect;
        }
    }
    let page_origin = window.location().origin().unwrap_or_default();
    let cross_origin = web_sys::Url::new(url).map(|u| u.origin()).is_ok_and(|o| o != page_origin);
    if cross_origin {
        let opaque = RequestInit::new();
        opaque.set_mode(RequestMode::NoCors);
        if JsFuture::from(window.fetch_with_str_and_init(url, &opaque)).await.is_ok() {
            return FetchError::Cors { page_origin };
        }
    }
    FetchError::Network
}

#[cfg(test)]
mod tests {
    use super::Deadlines;

    #[test]
    fn the_timeout_attribute_sets_both_waits_in_seconds() {
        assert_eq!(Deadlines::from_attribute(None), Deadlines::DEFAULT);
        assert_eq!(Deadlines::from_attribute(Some("60")), Deadlines { headers_ms: 60_000, stall_ms: 60_000 });
        assert_eq!(Deadlines::from_attribute(Some(" 2 ")), Deadlines { headers_ms: 2_000, stall_ms: 2_000 });
        for wrong in ["0", "-5", "soon", "1.5"] {
            assert_eq!(Deadlines::from_attribute(Some(wrong)), Deadlines::DEFAULT, "{wrong}");
        }
    }
}
