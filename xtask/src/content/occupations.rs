//! Occupations bundles (issue #4): being written.

use std::path::Path;

use super::Report;
use crate::util::Result;

pub fn generate(_data: &Path, _out: &Path, report: &mut Report) -> Result {
    report.note("occupations: generator not written yet");
    Ok(())
}
