//! Property tests: for any finite bounds the ticks are increasing, evenly spaced, cover the bounds and respect
//! `max_ticks`; positions stay on the axis.

use proptest::prelude::*;

use super::{MAX_CHART_VALUE, ValueScale, nice_ticks};
use crate::{ChartKind, Dataset, LocalText, Series, Unit};

/// Finite numbers of every magnitude nice ticks support, including ordinary data, tiny ones and zero.
fn bound() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e7..1e7f64,
        (-9.99..9.99f64, -200..=199i32).prop_map(|(m, e)| m * 10f64.powi(e)),
        Just(0.0),
        Just(MAX_CHART_VALUE),
        Just(-MAX_CHART_VALUE),
    ]
}

proptest! {
    #[test]
    fn ticks_are_increasing_evenly_spaced_and_cover(a in bound(), b in bound(), max_ticks in 0usize..15) {
        let (min, max) = if a <= b { (a, b) } else { (b, a) };
        let ticks = nice_ticks(min, max, max_ticks);
        let values = &ticks.values;
        prop_assert!(values.len() >= 2 && values.len() <= max_ticks.max(3), "{ticks:?}");
        prop_assert!(values[0] <= min && max <= values[values.len() - 1], "{ticks:?}");
        prop_assert_eq!(ticks.domain, (values[0], values[values.len() - 1]));
        for pair in values.windows(2) {
            prop_assert!(pair[0] < pair[1], "{ticks:?}");
            let gap = pair[1] - pair[0];
            prop_assert!((gap - ticks.step).abs() <= ticks.step * 1e-9, "uneven {ticks:?}");
        }
    }

    #[test]
    fn positions_stay_on_the_axis(
        values in prop::collection::vec(prop::option::of(bound()), 0..8),
        value in prop_oneof![bound(), Just(f64::NAN), Just(f64::INFINITY), Just(f64::NEG_INFINITY)],
        length in prop_oneof![0.0..2000.0f64, Just(-1.0), Just(f64::NAN)],
        kind in prop_oneof![Just(ChartKind::Bar), Just(ChartKind::GroupedBar), Just(ChartKind::Line), Just(ChartKind::Range)],
    ) {
        let dataset = Dataset {
            id: "d".into(),
            title: LocalText::default(),
            unit: Unit::Percent,
            currency: None,
            period: crate::Period::Year(2024),
            region: crate::Region::parse("US").unwrap(),
            source: "s".into(),
            reliability: None,
            caveat: None,
            categories: vec![LocalText::default(); values.len()],
            series: vec![Series { flags: Default::default(), id: "s".into(), label: LocalText::default(), values }],
        };
        let scale = ValueScale::for_chart(kind, &dataset);
        prop_assert!(scale.domain.0 < scale.domain.1, "{scale:?}");
        if matches!(kind, ChartKind::Bar | ChartKind::GroupedBar) {
            prop_assert!(scale.starts_at_zero, "{scale:?}");
        }
        let position = scale.position(value, length);
        let top = if length > 0.0 { length } else { 0.0 };
        prop_assert!((0.0..=top).contains(&position), "position({value}, {length}) = {position} for {scale:?}");
    }
}
