//! The chart scales of every exercise in the real reading bundle: built without panicking, bars on zero.

use lmi_content::{ChartKind, ReadingBundle, ValueScale};

const READING: &str = include_str!("../../../content/reading-lmi-basics.json");

#[test]
fn every_exercise_gets_a_scale_and_every_bar_starts_at_zero() {
    let bundle = lmi_content::parse::<ReadingBundle>(READING).expect("the reading bundle is valid");
    assert!(!bundle.exercises.is_empty());
    for exercise in &bundle.exercises {
        let dataset = bundle.datasets.iter().find(|d| d.id == exercise.dataset).expect("validated dataset reference");
        let scale = ValueScale::for_chart(exercise.chart, dataset);
        let id = &exercise.id;
        assert!(scale.domain.0 < scale.domain.1, "{id}: {scale:?}");
        assert!(scale.ticks.values.len() <= ValueScale::MAX_TICKS, "{id}: {scale:?}");
        if matches!(exercise.chart, ChartKind::Bar | ChartKind::GroupedBar) {
            assert!(scale.starts_at_zero && scale.domain.0 == 0.0, "{id}: a bar chart must start at zero: {scale:?}");
        }
        for (s, series) in dataset.series.iter().enumerate() {
            for (c, value) in series.values.iter().enumerate() {
                match value {
                    Some(v) => assert!(scale.domain.0 <= *v && *v <= scale.domain.1, "{id}: {v} off the axis"),
                    None => assert!(scale.missing.contains(&(s, c)), "{id}: gap ({s}, {c}) not reported"),
                }
            }
        }
    }
}

#[test]
fn the_real_axes() {
    let bundle = lmi_content::parse::<ReadingBundle>(READING).expect("the reading bundle is valid");
    let check = |exercise: &str, domain: (f64, f64), starts_at_zero: bool, missing: &[(usize, usize)]| {
        let e = bundle.exercises.iter().find(|e| e.id == exercise).expect("exercise exists");
        let dataset = bundle.datasets.iter().find(|d| d.id == e.dataset).expect("dataset exists");
        let scale = ValueScale::for_chart(e.chart, dataset);
        assert_eq!((scale.domain, scale.starts_at_zero, scale.missing.as_slice()), (domain, starts_at_zero, missing));
    };
    check("read-a-line", (600_000.0, 700_000.0), false, &[]);
    check("read-a-bar", (0.0, 100.0), true, &[]);
    check("read-a-range", (0.0, 400_000.0), true, &[]);
    check("compare-lines", (800_000.0, 1_600_000.0), false, &[]);
    check("source-masked-cells", (0.0, 600.0), true, &[(0, 1), (0, 2)]);
    check("source-missing-bars", (0.0, 30.0), true, &[(0, 2), (0, 4)]);
}
