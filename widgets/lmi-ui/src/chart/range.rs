//! Range charts: per category a line from the lowest to the highest series (wage percentiles), with a cap at
//! each end and a diamond at every series in between (the middle value).

use leptos::prelude::*;

use super::{Plot, px};

/// The range lines (drawing) and their ends and middles as keyboard-explorable marks.
pub fn ranges(plot: &Plot) -> (AnyView, AnyView) {
    let last = plot.series.len().saturating_sub(1);
    let mut index = 0;
    let mut lines = Vec::new();
    let mut marks = Vec::new();
    for c in 0..plot.categories.len() {
        let (start, width) = plot.g.band(c);
        let x = start + width / 2.0;
        let values: Vec<f64> = (0..plot.series.len()).filter_map(|s| plot.value(s, c)).collect();
        let low = values.iter().copied().reduce(f64::min);
        let high = values.iter().copied().reduce(f64::max);
        if let (Some(low), Some(high)) = (low, high) {
            lines.push(view! { <line class="range" x1=px(x) x2=px(x) y1=px(plot.g.y(low)) y2=px(plot.g.y(high))/> });
        }
        for s in 0..plot.series.len() {
            let Some(v) = plot.value(s, c) else { continue };
            let y = plot.g.y(v);
            let shape = if s == 0 || s == last {
                let cap = (width * 0.6).min(40.0);
                view! { <rect class=format!("cap s{}", s % 3) x=px(x - cap / 2.0) y=px(y - 2.0) width=px(cap) height="4"/> }
                    .into_any()
            } else {
                let points = format!(
                    "{},{} {},{} {},{} {},{}",
                    px(x),
                    px(y - 8.0),
                    px(x + 8.0),
                    px(y),
                    px(x),
                    px(y + 8.0),
                    px(x - 8.0),
                    px(y)
                );
                view! { <polygon class=format!("middle s{}", s % 3) points=points/> }.into_any()
            };
            marks.push(plot.mark(index, s, c, v, shape));
            index += 1;
        }
    }
    (lines.into_any(), marks.into_any())
}
