//! A wage's spread as a small chart: the range from low to high with the median marked, named for screen
//! readers in one sentence, and the same three values as a table on request.

use leptos::prelude::*;
use lmi_content::Figure;
use lmi_ui::{format_value, range_kind_name};

use crate::Shared;
use crate::i18n::Msg;

const WIDTH: f64 = 320.0;
const PADDING: f64 = 12.0;

#[component]
pub fn WageChart(figure: Figure) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let ui = shared.loaded.ui;
    let Some(range) = figure.range else { return ().into_any() };
    let money = |v: f64| format_value(ui, v, figure.unit, figure.currency.as_deref());
    let (low, median, high) = (money(range.low), money(figure.value), money(range.high));
    let what = range_kind_name(ui, range.kind);
    let name = ui.f(Msg::WageChart, &[("low", &low), ("high", &high), ("what", what), ("median", &median)]);
    // From zero, so that the length of the bar can be compared between occupations.
    let top = range.high.max(figure.value) * 1.05;
    let x = |v: f64| PADDING + (v.max(0.0) / top) * (WIDTH - 2.0 * PADDING);
    let (x_low, x_median, x_high) = (x(range.low), x(figure.value), x(range.high));
    let table_open = RwSignal::new(false);
    view! {
        <div class="wage-chart">
            <svg class="range-svg" viewBox=format!("0 0 {WIDTH} 40") role="img" aria-label=name.clone() focusable="false">
                <line class="range-track" x1=PADDING y1="20" x2=WIDTH - PADDING y2="20"/>
                <line class="range-bar" x1=x_low y1="20" x2=x_high y2="20"/>
                <line class="range-cap" x1=x_low y1="10" x2=x_low y2="30"/>
                <line class="range-cap" x1=x_high y1="10" x2=x_high y2="30"/>
                <circle class="range-median" cx=x_median cy="20" r="7"/>
            </svg>
            <p class="range-legend" aria-hidden="true">
                <span>{ui.t(Msg::Low)}": "{low.clone()}</span>
                <span>"● "{ui.t(Msg::Median)}": "{median.clone()}</span>
                <span>{ui.t(Msg::High)}": "{high.clone()}</span>
            </p>
            <button
                type="button"
                class="link-button"
                aria-expanded=move || table_open.get().to_string()
                on:click=move |_| table_open.update(|o| *o = !*o)
            >
                {ui.t(Msg::ShowTable)}
            </button>
            <Show when=move || table_open.get()>
                <table class="data-table">
                    <caption>{name.clone()}</caption>
                    <tbody>
                        <tr><th scope="row">{ui.t(Msg::Low)}</th><td>{low.clone()}</td></tr>
                        <tr><th scope="row">{ui.t(Msg::Median)}</th><td>{median.clone()}</td></tr>
                        <tr><th scope="row">{ui.t(Msg::High)}</th><td>{high.clone()}</td></tr>
                    </tbody>
                </table>
            </Show>
        </div>
    }
    .into_any()
}
