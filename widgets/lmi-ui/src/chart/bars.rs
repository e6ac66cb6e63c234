//! Bar and grouped-bar charts: one bar per category and series, standing on zero; series told apart by fill
//! pattern as well as colour. A missing value leaves its place empty, marked "no data".

use leptos::prelude::*;

use super::{Plot, px};
use crate::Msg;

/// The bars as keyboard-explorable marks, and "no data" where a value is missing.
pub fn bars(plot: &Plot) -> (AnyView, AnyView) {
    let count = plot.series.len();
    let grouped = count > 1;
    let mut index = 0;
    let mut marks = Vec::new();
    let mut gaps = Vec::new();
    for c in 0..plot.categories.len() {
        for s in 0..count {
            let (x, width) = if grouped { plot.g.sub_band(c, s, count) } else { plot.g.band(c) };
            match plot.value(s, c) {
                Some(v) => {
                    let (top, bottom) = plot.g.bar(v);
                    // A zero-height bar still gets a sliver, so that its focus ring shows where it is.
                    let height = (bottom - top).max(1.0);
                    let shape = view! {
                        <rect class=format!("bar s{}", s % 3) fill=plot.fill(s)
                            x=px(x) y=px(top.min(bottom - 1.0)) width=px(width) height=px(height)/>
                    };
                    marks.push(plot.mark(index, s, c, v, shape.into_any()));
                    index += 1;
                }
                None => {
                    let (cx, y) = (x + width / 2.0, plot.g.bottom - 4.0);
                    let rotate = format!("rotate(-90 {} {})", px(cx), px(y));
                    gaps.push(view! {
                        <text class="no-data" x=px(cx) y=px(y) dy="0.35em" transform=rotate>{plot.ui.t(Msg::ChartNoData)}</text>
                    });
                }
            }
        }
    }
    (gaps.into_any(), marks.into_any())
}
