//! A small static server for `dist/`: the right MIME types (application/wasm), the precompressed copies
//! `dist` made (`.br`, `.gz`) when the browser accepts them, the cache headers a host should send (a year for
//! content-hashed widget code, revalidation for the rest), and the strict Content-Security-Policy header on the
//! pages that test it — which `python3 -m http.server` cannot do — and the faults of [`crate::faults`].

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use crate::util::{Result, root};

/// The policy the strict-CSP demo pages are served with (issue #2, #11).
pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/// Serves `dist/` on 127.0.0.1:`port` until killed.
pub fn run(port: u16) -> Result {
    let listener = bind(port)?;
    eprintln!("serving {} on http://127.0.0.1:{port}/ (Ctrl-C to stop)", root().join("dist").display());
    accept(listener);
    Ok(())
}

/// Serves `dist/` from a background thread on a free port, for the end-to-end tests; returns the port.
pub fn spawn() -> Result<u16> {
    let listener = bind(0)?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    std::thread::spawn(move || accept(listener));
    Ok(port)
}

fn bind(port: u16) -> Result<TcpListener> {
    if !root().join("dist/index.html").exists() {
        return Err("dist/ is not built: run `cargo xtask dist` first".to_owned());
    }
    TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("port {port}: {e}"))
}

fn accept(listener: TcpListener) {
    let dist = root().join("dist");
    for stream in listener.incoming().flatten() {
        let dist = dist.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dist);
        });
    }
}

fn handle(mut stream: TcpStream, dist: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepted = String::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("accept-encoding")
        {
            accepted = value.trim().to_ascii_lowercase();
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if let Some(answer) = path.strip_prefix("/faults/").and_then(|rest| crate::faults::serve(&mut stream, rest, dist)) {
        return answer;
    }
    let Some(file) = resolve(dist, path) else {
        return respond(&mut stream, 404, "text/plain; charset=utf-8", &[], b"not found\n", method == "HEAD");
    };
    // The copy `cargo xtask dist` compressed ahead, as a production server would send it.
    let encoded = ["br", "gzip"].into_iter().find_map(|encoding| {
        let suffix = if encoding == "br" { "br" } else { "gz" };
        let copy = PathBuf::from(format!("{}.{suffix}", file.display()));
        (accepted.contains(encoding) && copy.is_file()).then_some((encoding, copy))
    });
    let body = std::fs::read(encoded.as_ref().map_or(&file, |(_, copy)| copy))?;
    let mut headers = vec![("Cache-Control", cache_control(&file)), ("Vary", "Accept-Encoding")];
    if let Some((encoding, _)) = encoded {
        headers.push(("Content-Encoding", encoding));
    }
    if path.starts_with("/demo/strict-csp") {
        headers.push(("Content-Security-Policy", STRICT_CSP));
    }
    respond(&mut stream, 200, mime(&file), &headers, &body, method == "HEAD")
}

/// Widget code named by its content never changes: cache it for a year without asking again. Everything else
/// (`lmi.js`, which names that code, pages, bundles) is revalidated on every use, so a new build or a corrected
/// bundle shows at once.
fn cache_control(file: &Path) -> &'static str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if crate::kit::is_content_hashed(name) { "public, max-age=31536000, immutable" } else { "no-cache" }
}

/// The file for a URL path, never outside `dist`; a folder means its index.html.
pub(crate) fn resolve(dist: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = url_path.replace("%20", " ");
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = dist.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn mime(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "csv" => "text/csv; charset=utf-8",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    head_only: bool,
) -> std::io::Result<()> {
    let reason = if status == 200 { "OK" } else { "Not Found" };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_code_is_immutable() {
        const YEAR: &str = "public, max-age=31536000, immutable";
        for (file, expected) in [
            ("dist/lmi/lmi_quiz-0123abcd.js", YEAR),
            ("dist/lmi/lmi_explorer-89abcdef_bg.wasm", YEAR),
            ("dist/lmi/lmi.js", "no-cache"),
            ("dist/lmi/frame.html", "no-cache"),
            ("dist/content/quiz-first-look.json", "no-cache"),
            ("dist/demo/strict-csp.html", "no-cache"),
            ("dist/index.html", "no-cache"),
        ] {
            assert_eq!(cache_control(Path::new(file)), expected, "{file}");
        }
    }
}
