//! The legend: each series with a small sample of how it is drawn (fill pattern, dash and marker shape).

use leptos::prelude::*;
use lmi_content::ChartKind;

use super::line::marker;

/// One entry per series; the samples are decoration (the label says it all).
#[component]
pub fn Legend(
    /// How the chart is drawn.
    kind: ChartKind,
    /// The series labels, in the UI language.
    series: Vec<String>,
    /// The chart's id prefix (for the fill patterns).
    id: String,
) -> impl IntoView {
    let last = series.len().saturating_sub(1);
    let items = series
        .into_iter()
        .enumerate()
        .map(|(s, label)| {
            let class = format!("s{}", s % 3);
            let sample = match kind {
                ChartKind::Bar | ChartKind::GroupedBar => {
                    let fill = super::pattern_fill(&id, s);
                    view! { <rect class=format!("bar {class}") fill=fill x="1" y="1" width="26" height="14"/> }
                        .into_any()
                }
                ChartKind::Line => view! {
                    <line class=format!("line {class}") x1="0" x2="28" y1="8" y2="8"/>
                    {marker(s, 14.0, 8.0)}
                }
                .into_any(),
                ChartKind::Range if s == 0 || s == last => {
                    view! { <rect class=format!("cap {class}") x="4" y="6" width="20" height="4"/> }.into_any()
                }
                ChartKind::Range => {
                    view! { <polygon class=format!("middle {class}") points="14,1 21,8 14,15 7,8"/> }.into_any()
                }
            };
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">{sample}</svg>
                    <span>{label}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="legend">{items}</ul> }
}
