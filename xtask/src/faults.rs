//! Answers that misbehave on purpose, for the browser tests of issue #28: `cargo xtask serve` (and the test
//! server) answers them under `/faults/`. Playwright's router can fake most faults, but not a body that
//! stops half-way: that takes a real socket.
//!
//! - `/faults/stall-mid-body/<path>`: the headers and half of `dist/<path>`, then nothing, for ten minutes.
//! - `/faults/redirect-loop`: a redirect to itself, for ever.

use std::io::Write;
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

/// How long a stalled answer stays open: longer than any test waits.
const STALL: Duration = Duration::from_secs(600);

/// Answers `rest` (the path after `/faults/`); `None` when it names no fault.
pub fn serve(stream: &mut TcpStream, rest: &str, dist: &Path) -> Option<std::io::Result<()>> {
    if rest == "redirect-loop" {
        return Some(stream.write_all(
            b"HTTP/1.1 302 Found\r\nLocation: /faults/redirect-loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        ));
    }
    let file = rest.strip_prefix("stall-mid-body/")?;
    let body = std::fs::read(super::serve::resolve(dist, file)?).ok()?;
    Some(stall_mid_body(stream, &body))
}

fn stall_mid_body(stream: &mut TcpStream, body: &[u8]) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body[..body.len() / 2])?;
    stream.flush()?;
    std::thread::sleep(STALL);
    Ok(())
}
