//! How heavy a written bundle is on the wire: raw, `gzip -9` and `brotli -q 11` bytes.

use std::path::Path;
use std::process::Command;

/// "raw N B, gzip -9 N B, brotli -q 11 N B"; a compressor that is not installed is reported as such.
pub fn describe(path: &Path) -> String {
    let raw = std::fs::metadata(path).map_or_else(|e| e.to_string(), |m| format!("{} B", m.len()));
    let gzip = compressed(Command::new("gzip").args(["-9", "-c"]).arg(path));
    let brotli = compressed(Command::new("brotli").args(["-c", "-q", "11"]).arg(path));
    format!("raw {raw}, gzip -9 {gzip}, brotli -q 11 {brotli}")
}

fn compressed(cmd: &mut Command) -> String {
    match cmd.output() {
        Ok(out) if out.status.success() => format!("{} B", out.stdout.len()),
        Ok(out) => format!("not measured ({})", out.status),
        Err(e) => format!("not measured ({e})"),
    }
}
