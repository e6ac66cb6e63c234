//! The axes of a chart: grid lines with tick labels, the value axis with its title (the unit), the category
//! labels along the bottom, and a break mark on the value axis when it does not start at zero.

use crate::Ui;
use leptos::prelude::*;
use lmi_content::Unit;

use super::describe::tick_label;
use super::geometry::{FONT, Geometry};
use super::px;

/// Grid, ticks, axis lines, titles and category labels. Drawing only: the values are read from the marks.
#[component]
pub fn Axes(
    /// The chart's layout.
    geometry: Geometry,
    /// Language of the tick labels.
    ui: Ui,
    /// The unit of the values (percent ticks carry their sign).
    unit: Unit,
    /// The value axis title, with the unit.
    title: String,
) -> impl IntoView {
    let g = geometry;
    let axis_x = g.axis_x();
    let (tick_x, anchor) = if g.rtl { (axis_x + 6.0, "start") } else { (axis_x - 6.0, "end") };
    let decimals = g.scale.ticks.decimals;
    let ticks = g
        .scale
        .ticks
        .values
        .iter()
        .map(|&v| {
            let y = px(g.y(v));
            view! {
                <line class="grid" x1=px(g.left) x2=px(g.right) y1=y.clone() y2=y.clone()/>
                <text class="tick" x=px(tick_x) y=y dy="0.35em" text-anchor=anchor>{tick_label(ui, unit, v, decimals)}</text>
            }
        })
        .collect_view();
    let title_x = if g.rtl { g.width - FONT } else { FONT };
    let title_y = (g.top + g.bottom) / 2.0;
    let rotate = format!("rotate(-90 {} {})", px(title_x), px(title_y));
    let zero_y = if g.scale.starts_at_zero { g.y(0.0) } else { g.bottom };
    // A presentation attribute, not `style`: nothing inline for a strict Content-Security-Policy to refuse.
    let label_font = px(g.label_font);
    let categories = g
        .labels
        .iter()
        .enumerate()
        .map(|(c, lines)| {
            let x = px(g.centre(c));
            let spans = lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    let dy = if i == 0 { "0" } else { "1.15em" };
                    view! { <tspan x=x.clone() dy=dy>{line.clone()}</tspan> }
                })
                .collect_view();
            view! {
                <text class="category" x=x.clone() y=px(g.bottom + 8.0 + FONT) text-anchor="middle"
                    font-size=label_font.clone()>{spans}</text>
            }
        })
        .collect_view();
    // Two slanted strokes across the foot of the value axis: the axis is cut, it does not run down to zero.
    let axis_break = (!g.scale.starts_at_zero).then(|| {
        let (x, y) = (axis_x, g.bottom - 10.0);
        let d = format!("M{} {} l12 -6 M{} {} l12 -6", px(x - 6.0), px(y + 3.0), px(x - 6.0), px(y + 9.0));
        view! {
            <rect class="axis-break-gap" x=px(x - 7.0) y=px(y - 4.0) width="14" height="10"/>
            <path class="axis-break" d=d/>
        }
    });
    view! {
        <g class="axes">
            {ticks}
            <line class="axis" x1=px(axis_x) x2=px(axis_x) y1=px(g.top) y2=px(g.bottom)/>
            <line class="axis" x1=px(g.left) x2=px(g.right) y1=px(zero_y) y2=px(zero_y)/>
            {axis_break}
            <text class="axis-title" x=px(title_x) y=px(title_y) transform=rotate text-anchor="middle">{title}</text>
            {categories}
        </g>
    }
}
