//! The import's progress bar: on standard error, only when it is a terminal, not in CI (`CI` set) and only
//! for imports long enough to wait for. Everywhere else it is nothing, so logs and tests see the same output
//! as before.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Rows below which an import is over before a bar would help.
pub const MIN_ROWS: u64 = 20_000;

pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn hidden() -> Progress {
        Progress(None)
    }

    /// A bar over `rows` rows, if it would be seen (see the module's comment).
    pub fn for_rows(rows: u64) -> Progress {
        let wanted = rows >= MIN_ROWS && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        if !wanted {
            return Progress::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(rows), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{msg:11} [{bar:30}] {human_pos}/{human_len} rows, {eta} left")
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

    /// One more row done.
    pub fn row(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
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
