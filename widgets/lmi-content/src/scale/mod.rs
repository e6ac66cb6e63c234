//! Chart scales for the reading exercises: numbers in, pixel offsets out, nothing of SVG or the DOM.
//!
//! [`nice_ticks`] picks round tick values, [`ValueScale`] decides an axis for a dataset (bars always stand on
//! zero) and maps values to offsets, [`BandScale`] lays categories and their series side by side.

mod band;
#[cfg(test)]
mod properties;
mod ticks;
mod value;

pub use band::BandScale;
pub use ticks::{MAX_CHART_VALUE, Ticks, nice_ticks};
pub use value::{Baseline, ValueScale};
