//! The import's progress bar: on standard error, only when it is a terminal, not in CI (`CI` set) and only
//! for imports long enough to wait for. Everywhere else it is nothing, so logs and tests see the same output
//! as before.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Bytes of CSV below which an import is over before a bar would help (about 20,000 rows).
pub const MIN_BYTES: u64 = 4 * 1024 * 1024;

pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn hidden() -> Progress {
        Progress(None)
    }

    /// A bar over `bytes` bytes of CSV, if it would be seen (see the module's comment). The rows are read
    /// as they come, so their number is not known before the end: the bar follows the bytes read.
    pub fn for_bytes(bytes: u64) -> Progress {
        let wanted = bytes >= MIN_BYTES && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        if !wanted {
            return Progress::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{msg:11} [{bar:30}] {binary_bytes}/{binary_total_bytes}, {eta} left")
            .map(|s| s.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_message("reading");
        Progress(Some(bar))
    }

    /// What is being done now (`sources`, `occupations`, `figures`, `checking`, `writing`).
    pub fn step(&self, what: &'static str) {
        if let Some(bar) = &self.0 {
            bar.set_message(what);
        }
    }

    /// `bytes` of the files read so far.
    pub fn at(&self, bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.set_position(bytes);
        }
    }

    /// Removes the bar, leaving the terminal as it was for the summary.
    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
