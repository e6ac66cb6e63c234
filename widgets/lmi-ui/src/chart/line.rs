//! Line charts: one line per series through its values, broken where a value is missing; each series has its
//! own dash pattern and marker shape, so they differ without colour.

use leptos::prelude::*;

use super::{Plot, px};

/// The lines (drawing) and their points as keyboard-explorable marks.
pub fn lines(plot: &Plot) -> (AnyView, AnyView) {
    let categories = plot.categories.len();
    let paths = (0..plot.series.len())
        .map(|s| {
            let mut d = String::new();
            let mut pen_down = false;
            for c in 0..categories {
                match plot.value(s, c) {
                    Some(v) => {
                        d.push_str(&format!(
                            "{}{} {} ",
                            if pen_down { "L" } else { "M" },
                            px(plot.g.centre(c)),
                            px(plot.g.y(v))
                        ));
                        pen_down = true;
                    }
                    None => pen_down = false,
                }
            }
            view! { <path class=format!("line s{}", s % 3) d=d.trim_end().to_owned()/> }
        })
        .collect_view();
    let mut index = 0;
    let mut marks = Vec::new();
    for c in 0..categories {
        for s in 0..plot.series.len() {
            if let Some(v) = plot.value(s, c) {
                marks.push(plot.mark(index, s, c, v, marker(s, plot.g.centre(c), plot.g.y(v))));
                index += 1;
            }
        }
    }
    (paths.into_any(), marks.into_any())
}

/// Circle, square or triangle around (`x`, `y`), by series.
pub fn marker(series: usize, x: f64, y: f64) -> AnyView {
    let class = format!("marker s{}", series % 3);
    match series % 3 {
        0 => view! { <circle class=class cx=px(x) cy=px(y) r="5"/> }.into_any(),
        1 => view! { <rect class=class x=px(x - 4.5) y=px(y - 4.5) width="9" height="9"/> }.into_any(),
        _ => {
            let points =
                format!("{},{} {},{} {},{}", px(x), px(y - 6.0), px(x + 6.0), px(y + 4.5), px(x - 6.0), px(y + 4.5));
            view! { <polygon class=class points=points/> }.into_any()
        }
    }
}
