//! The bytes of a CSV file as they are read: checked to be UTF-8, with the offset, line and column of the first
//! byte that is not, and where each line starts, so that a row read through `csv::Reader` keeps its line
//! number. Only a reader's buffer's worth of line starts is kept.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Read;
use std::rc::Rc;

/// What [`Checked`] has seen of a file: where the next byte is (offset, line, column), where the lines that
/// are not blank start (only those not yet asked for by [`Scan::line_at`]: a reader's buffer's worth), and
/// the message for the first byte that is not UTF-8.
pub(super) struct Scan {
    name: String,
    offset: u64,
    line: usize,
    /// Characters before the next byte on its line.
    column: usize,
    at_line_start: bool,
    /// `(offset, line)` of each line start seen and not yet passed.
    starts: VecDeque<(u64, usize)>,
    /// An incomplete character at the end of the last read: where its first byte is, and its bytes so far.
    pending: Option<(u64, usize, usize)>,
    pending_bytes: Vec<u8>,
    pub(super) failure: Option<String>,
}

impl Scan {
    pub(super) fn new(name: &str, offset: u64) -> Scan {
        Scan {
            name: name.to_owned(),
            offset,
            line: 1,
            column: 0,
            at_line_start: true,
            starts: VecDeque::new(),
            pending: None,
            pending_bytes: Vec::new(),
            failure: None,
        }
    }

    /// The line of the first line that is not blank starting at or after `offset` (a record's position is
    /// where the previous one ended, before any blank lines csv skips).
    pub(super) fn line_at(&mut self, offset: u64) -> usize {
        while self.starts.front().is_some_and(|(o, _)| *o < offset) {
            self.starts.pop_front();
        }
        self.starts.front().map_or(self.line, |(_, l)| *l)
    }

    /// Counts `bytes` as passed on.
    fn pass(&mut self, bytes: &[u8]) {
        for &b in bytes {
            if self.at_line_start {
                if b != b'\n' && b != b'\r' {
                    self.starts.push_back((self.offset, self.line));
                }
                self.at_line_start = false;
            }
            if b == b'\n' {
                self.line += 1;
                self.column = 0;
                self.at_line_start = true;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
            self.offset += 1;
        }
    }

    /// Checks `data`, the bytes read after those already passed: `Ok` when all of it may be passed on (an
    /// incomplete character at its end waits for the next read), else how much may, with the failure noted.
    fn check(&mut self, data: &[u8]) -> Result<(), usize> {
        let mut done = 0;
        if self.pending.is_some() {
            let need = match self.pending_bytes[0] {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            let take = (need - self.pending_bytes.len()).min(data.len());
            let mut tmp = std::mem::take(&mut self.pending_bytes);
            tmp.extend_from_slice(&data[..take]);
            match std::str::from_utf8(&tmp) {
                Ok(_) => self.pending = None,
                Err(e) if e.error_len().is_none() => {
                    self.pending_bytes = tmp;
                    self.pass(&data[..take]);
                    return Ok(());
                }
                Err(_) => {
                    self.pending_bytes = tmp;
                    self.fail_pending();
                    return Err(0);
                }
            }
            self.pass(&data[..take]);
            done = take;
        }
        let rest = &data[done..];
        match std::str::from_utf8(rest) {
            Ok(_) => {
                self.pass(rest);
                Ok(())
            }
            Err(e) => {
                let valid = e.valid_up_to();
                self.pass(&rest[..valid]);
                if e.error_len().is_none() {
                    self.pending = Some((self.offset, self.line, self.column));
                    self.pending_bytes = rest[valid..].to_vec();
                    self.pass(&rest[valid..]);
                    Ok(())
                } else {
                    let (offset, line, column) = (self.offset, self.line, self.column);
                    self.fail(rest[valid], offset, line, column);
                    Err(done + valid)
                }
            }
        }
    }

    /// The end of the file: an incomplete character there is not UTF-8.
    fn end(&mut self) -> bool {
        if self.pending.is_some() {
            self.fail_pending();
            return false;
        }
        true
    }

    fn fail_pending(&mut self) {
        if let Some((offset, line, column)) = self.pending.take() {
            let lead = self.pending_bytes.first().copied().unwrap_or_default();
            self.fail(lead, offset, line, column);
        }
    }

    fn fail(&mut self, byte: u8, offset: u64, line: usize, column: usize) {
        let latin1 = if byte >= 0xA0 {
            format!(" In Latin-1 (ISO 8859-1) or Windows-1252 it would be `{}`:", byte as char)
        } else if byte >= 0x80 {
            " It is a Windows-1252 character:".to_owned()
        } else {
            String::new()
        };
        self.failure = Some(format!(
            "{}:{line}:{}: byte 0x{byte:02X} at byte offset {offset} is not UTF-8.{latin1} the file \
             is not UTF-8 (Latin-1 and Windows-1252 are what spreadsheet programs often write); save it as \
             \"CSV UTF-8\" and import it again",
            self.name,
            column + 1
        ));
    }
}

/// The file's bytes as they are read, checked to be UTF-8 and counted into [`Scan`]. At the first byte that
/// is not UTF-8 it passes on what came before, then fails: the row that holds the byte is the one refused.
pub(super) struct Checked<R> {
    pub(super) inner: R,
    pub(super) scan: Rc<RefCell<Scan>>,
    pub(super) failed: bool,
}

impl<R: Read> Read for Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let not_utf8 = || std::io::Error::new(std::io::ErrorKind::InvalidData, "the file is not UTF-8");
        if self.failed {
            return Err(not_utf8());
        }
        let n = self.inner.read(buf)?;
        let mut scan = self.scan.borrow_mut();
        if n == 0 {
            if !scan.end() {
                self.failed = true;
                return Err(not_utf8());
            }
            return Ok(0);
        }
        match scan.check(&buf[..n]) {
            Ok(()) => Ok(n),
            Err(valid) => {
                self.failed = true;
                if valid == 0 { Err(not_utf8()) } else { Ok(valid) }
            }
        }
    }
}
