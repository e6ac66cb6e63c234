//! A wage's spread, drawn by the shared range chart: the occupation's 10th percentile, median and 90th
//! percentile on a value axis from zero (so bars compare between cards), with the same three values as a table
//! on request. The figure's source stands just above, in its figure, so the chart does not repeat it.

use leptos::prelude::*;
use lmi_content::{Baseline, ChartKind, Dataset, Figure, LocalText, Series};
use lmi_ui::chart::Chart;
use lmi_ui::{Ui, format_value, range_kind_name};

use crate::Shared;
use crate::i18n::Msg;

#[component]
pub fn WageChart(
    /// The median wage figure, with its percentile range.
    figure: Figure,
    /// The occupation's title in the bundle, for the category label.
    title: LocalText,
) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let (ui, lang) = (shared.loaded.ui, shared.loaded.lang.clone());
    let dataset = wage_dataset(ui, &figure, title);
    dataset.map(|dataset| {
        view! {
            <div class="wage-chart">
                <Chart ui lang source=None dataset kind=ChartKind::Range baseline=Baseline::Zero/>
            </div>
        }
    })
}

/// The figure as a one-category dataset: low, median and high as the three series of a range chart. `None`
/// without a range.
fn wage_dataset(ui: Ui, figure: &Figure, title: LocalText) -> Option<Dataset> {
    let range = figure.range?;
    let money = |v: f64| format_value(ui, v, figure.unit, figure.currency.as_deref());
    let what = range_kind_name(ui, range.kind);
    let name = ui.f(
        Msg::WageChart,
        &[("low", &money(range.low)), ("high", &money(range.high)), ("what", what), ("median", &money(figure.value))],
    );
    let words = |text: &str| LocalText::one(ui.0.tag(), text);
    let series = |id: &str, label: Msg, value: f64| Series {
        flags: Default::default(),
        id: id.to_owned(),
        label: words(ui.t(label)),
        values: vec![Some(value)],
    };
    Some(Dataset {
        id: "wage".to_owned(),
        title: words(&name),
        unit: figure.unit,
        currency: figure.currency.clone(),
        period: figure.period,
        region: figure.region.clone(),
        source: figure.source.clone(),
        reliability: None,
        caveat: None,
        categories: vec![title],
        series: vec![
            series("low", Msg::Low, range.low),
            series("median", Msg::Median, figure.value),
            series("high", Msg::High, range.high),
        ],
    })
}
