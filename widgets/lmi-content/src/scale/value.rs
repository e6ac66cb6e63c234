//! The value axis of a chart: its domain, its ticks, whether it starts at zero and where values go.

use super::ticks::{MAX_CHART_VALUE, Ticks, nice_ticks};
use crate::{ChartKind, Dataset};

/// Lines and ranges include zero when that lengthens their axis by at most this fraction of the data's spread;
/// further away they zoom in on the data (and say so with `starts_at_zero: false`).
const ZERO_WITHIN: f64 = 0.25;

/// The value axis of one chart of one dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueScale {
    /// The values at the two ends of the axis: `domain.0` at offset 0. Always `domain.0 < domain.1`.
    pub domain: (f64, f64),
    /// Round values to mark along the axis; their first and last are the domain.
    pub ticks: Ticks,
    /// Whether zero lies on the axis (at its start, its end or in between), so that lengths from zero are honest.
    /// When false the chart shows an axis-break mark and explains: look at the axis, it does not start at zero.
    pub starts_at_zero: bool,
    /// Cells with nothing to draw, as `(series index, category index)`, where the chart leaves a gap: `null` in the
    /// source, a value missing from a short series, or a number not finite or beyond ±[`MAX_CHART_VALUE`].
    pub missing: Vec<(usize, usize)>,
}

impl ValueScale {
    /// Ticks a small chart has room to label.
    pub const MAX_TICKS: usize = 6;

    /// The axis for drawing `dataset` as a `kind` chart.
    ///
    /// Bar and grouped-bar axes always include zero: a bar that does not start at zero misleads, and negative
    /// bars go down from it. Line and range axes include zero when it is near the data, and otherwise start away
    /// from it with `starts_at_zero: false`. Missing cells are left out of the domain and listed in `missing`;
    /// a dataset with nothing to draw gets the axis 0 to 1.
    pub fn for_chart(kind: ChartKind, dataset: &Dataset) -> ValueScale {
        ValueScale::with_baseline(kind, dataset, Baseline::Auto)
    }

    /// [`Self::for_chart`] with the axis's start chosen by `baseline`.
    pub fn with_baseline(kind: ChartKind, dataset: &Dataset, baseline: Baseline) -> ValueScale {
        let mut missing = Vec::new();
        let mut extent: Option<(f64, f64)> = None;
        for (s, series) in dataset.series.iter().enumerate() {
            for c in 0..dataset.categories.len() {
                match series.values.get(c).copied().flatten().filter(|v| v.is_finite() && v.abs() <= MAX_CHART_VALUE) {
                    Some(v) => extent = Some(extent.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v)))),
                    None => missing.push((s, c)),
                }
            }
        }
        let (min, max) = extent.map_or((0.0, 1.0), |(lo, hi)| axis_extent(kind, baseline, lo, hi));
        let ticks = nice_ticks(min, max, Self::MAX_TICKS);
        let domain = ticks.domain;
        ValueScale { domain, ticks, starts_at_zero: domain.0 <= 0.0 && 0.0 <= domain.1, missing }
    }

    /// The offset of `value` along an axis `length` pixels long, from 0 at `domain.0` to `length` at `domain.1`,
    /// clamped to the axis. NaN goes to 0; a length that is not a finite positive number counts as 0.
    pub fn position(&self, value: f64, length: f64) -> f64 {
        let length = if length.is_finite() && length > 0.0 { length } else { 0.0 };
        let (lo, hi) = self.domain;
        let fraction = (value - lo) / (hi - lo);
        if fraction.is_nan() { 0.0 } else { fraction.clamp(0.0, 1.0) * length }
    }

    /// The lower and upper offsets of a bar for `value`: from the zero line to the value, so a negative bar goes
    /// down from zero. On an axis without zero the bar starts at the end nearest to it.
    pub fn bar(&self, value: f64, length: f64) -> (f64, f64) {
        let (zero, end) = (self.position(0.0, length), self.position(value, length));
        (zero.min(end), zero.max(end))
    }
}

/// The values the axis must show for data from `lo` to `hi`.
/// Where a chart's value axis starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Baseline {
    /// At zero for bars; for lines and ranges at zero unless zero would squeeze the data into a sliver (the
    /// chart then marks the cut axis and says so).
    #[default]
    Auto,
    /// Always at zero: for first readers, who read a bar's length as its size, and for charts compared
    /// between cards.
    Zero,
}

fn axis_extent(kind: ChartKind, baseline: Baseline, lo: f64, hi: f64) -> (f64, f64) {
    let with_zero = (lo.min(0.0), hi.max(0.0));
    match kind {
        _ if baseline == Baseline::Zero => with_zero,
        ChartKind::Bar | ChartKind::GroupedBar => with_zero,
        ChartKind::Line | ChartKind::Range => {
            let spread = hi - lo;
            let added = (with_zero.1 - with_zero.0) - spread;
            if added <= spread * ZERO_WITHIN { with_zero } else { (lo, hi) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{LocalText, Series, Unit};

    fn dataset(series: &[&[Option<f64>]]) -> Dataset {
        let categories = series.iter().map(|s| s.len()).max().unwrap_or(0);
        Dataset {
            id: "d".into(),
            title: LocalText::default(),
            unit: Unit::People,
            currency: None,
            period: crate::Period::Year(2024),
            region: crate::Region::parse("US").unwrap(),
            source: "s".into(),
            reliability: None,
            caveat: None,
            categories: vec![LocalText::default(); categories],
            series: series
                .iter()
                .enumerate()
                .map(|(i, values)| Series {
                    flags: Default::default(),
                    id: format!("s{i}"),
                    label: LocalText::default(),
                    values: values.to_vec(),
                })
                .collect(),
        }
    }

    /// Domain and `starts_at_zero` of the scale for `kind` over `series`.
    fn check(kind: ChartKind, series: &[&[Option<f64>]], domain: (f64, f64), starts_at_zero: bool) {
        let scale = ValueScale::for_chart(kind, &dataset(series));
        assert_eq!((scale.domain, scale.starts_at_zero), (domain, starts_at_zero), "{kind:?} {series:?}");
        assert_eq!(scale.domain, scale.ticks.domain);
    }

    const NURSES: &[Option<f64>] = &[Some(611_335.0), Some(672_923.0), Some(691_996.0)];

    #[test]
    fn a_zero_baseline_keeps_zero_on_the_axis_whatever_the_data() {
        let high = dataset(&[&[Some(610_000.0), Some(676_000.0)]]);
        assert!(!ValueScale::for_chart(ChartKind::Line, &high).starts_at_zero);
        let zero = ValueScale::with_baseline(ChartKind::Line, &high, Baseline::Zero);
        assert!(zero.starts_at_zero && zero.domain.0 == 0.0, "{:?}", zero.domain);
        assert!(ValueScale::with_baseline(ChartKind::Range, &high, Baseline::Zero).starts_at_zero);
    }

    #[test]
    fn bars_always_start_at_zero() {
        check(ChartKind::Bar, &[NURSES], (0.0, 800_000.0), true);
        check(ChartKind::GroupedBar, &[NURSES, &[Some(700_000.0), Some(650_000.0), None]], (0.0, 800_000.0), true);
        check(ChartKind::Bar, &[&[Some(97.0), Some(99.0)]], (0.0, 100.0), true);
    }

    #[test]
    fn lines_and_ranges_start_at_zero_only_when_it_is_near() {
        check(ChartKind::Line, &[NURSES], (600_000.0, 700_000.0), false);
        check(ChartKind::Range, &[NURSES], (600_000.0, 700_000.0), false);
        let wages: &[&[Option<f64>]] = &[&[Some(27_210.0)], &[Some(35_410.0)], &[Some(351_600.0)]];
        check(ChartKind::Range, wages, (0.0, 400_000.0), true);
        check(ChartKind::Line, &[&[Some(36.0), Some(571.0), Some(160.0)]], (0.0, 600.0), true);
        check(ChartKind::Line, &[&[Some(-611_335.0), Some(-691_996.0)]], (-700_000.0, -600_000.0), false);
        check(ChartKind::Line, &[&[Some(5.0)]], (0.0, 5.0), true);
    }

    #[test]
    fn negative_values() {
        check(ChartKind::Bar, &[&[Some(-12.0), Some(-3.0)]], (-12.5, 0.0), true);
        check(ChartKind::Bar, &[&[Some(-12.0), Some(30.0)]], (-20.0, 30.0), true);
        check(ChartKind::Line, &[&[Some(-12.0), Some(30.0)]], (-20.0, 30.0), true);
        let scale = ValueScale::for_chart(ChartKind::Bar, &dataset(&[&[Some(-20.0), Some(40.0)]]));
        let bar = |value: f64| scale.bar(value, 300.0);
        assert_eq!(bar(40.0), (100.0, 300.0));
        assert_eq!(bar(-20.0), (0.0, 100.0));
        assert_eq!(bar(-10.0), (50.0, 100.0));
        assert_eq!(bar(0.0), (100.0, 100.0));
    }

    #[test]
    fn missing_values_leave_gaps() {
        let scale = ValueScale::for_chart(ChartKind::Line, &dataset(&[&[Some(36.0), None, None, Some(571.0)]]));
        assert_eq!(scale.missing, [(0, 1), (0, 2)]);
        assert_eq!(scale.domain, (0.0, 600.0));
        // A short series misses its last cells; non-finite values are gaps too.
        let scale = ValueScale::for_chart(ChartKind::Bar, &dataset(&[&[Some(1.0), Some(f64::NAN)], &[Some(4.0)]]));
        assert_eq!(scale.missing, [(0, 1), (1, 1)]);
        assert_eq!(scale.domain, (0.0, 4.0));
    }

    #[test]
    fn nothing_to_draw_gets_a_default_axis() {
        for series in [&[&[None, None][..]][..], &[&[None][..], &[None][..]], &[&[][..]], &[]] {
            for kind in [ChartKind::Bar, ChartKind::GroupedBar, ChartKind::Line, ChartKind::Range] {
                check(kind, series, (0.0, 1.0), true);
            }
        }
        let one_series_missing = dataset(&[&[None, None], &[Some(3.0), Some(8.0)]]);
        let scale = ValueScale::for_chart(ChartKind::GroupedBar, &one_series_missing);
        assert_eq!((scale.domain, scale.missing), ((0.0, 8.0), vec![(0, 0), (0, 1)]));
    }

    #[test]
    fn positions() {
        let scale = ValueScale::for_chart(ChartKind::Line, &dataset(&[NURSES]));
        let check = |value: f64, length: f64, expected: f64| {
            assert_eq!(scale.position(value, length), expected, "position({value}, {length})");
        };
        check(600_000.0, 200.0, 0.0);
        check(700_000.0, 200.0, 200.0);
        check(650_000.0, 200.0, 100.0);
        check(625_000.0, 200.0, 50.0);
        check(0.0, 200.0, 0.0);
        check(1e9, 200.0, 200.0);
        check(f64::INFINITY, 200.0, 200.0);
        check(f64::NEG_INFINITY, 200.0, 0.0);
        check(f64::NAN, 200.0, 0.0);
        check(650_000.0, 0.0, 0.0);
        check(650_000.0, -5.0, 0.0);
        check(650_000.0, f64::NAN, 0.0);
    }
}
