//! The chart's data as a real table: categories down, series across, every value with its unit. Shown by the
//! table toggle, for anyone who reads tables more easily than drawings.

use crate::Ui;
use leptos::prelude::*;
use lmi_content::Dataset;

use super::describe::flagged_value_text;
use crate::Msg;

/// `<table>` with a caption, column headers per series and row headers per category.
#[component]
pub fn DataTable(
    /// The data.
    dataset: Dataset,
    /// The caption: the dataset title.
    title: String,
    /// Category labels in the UI language.
    categories: Vec<String>,
    /// Series labels in the UI language.
    series: Vec<String>,
    /// Language of the numbers.
    ui: Ui,
) -> impl IntoView {
    let head = series.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view();
    let rows = categories
        .iter()
        .enumerate()
        .map(|(c, category)| {
            let cells = dataset
                .series
                .iter()
                .zip(&series)
                .enumerate()
                .map(|(i, (s, label))| {
                    let text = match s.values.get(c).copied().flatten().filter(|v| v.is_finite()) {
                        Some(v) => flagged_value_text(ui, &dataset, i, c, v),
                        None => ui.t(Msg::ChartNoData).to_owned(),
                    };
                    view! { <td data-label=label.clone()>{text}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{category.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="data-table stack-table">
            <caption>{title}</caption>
            <thead><tr><th scope="col">{ui.t(Msg::ChartTableCategory)}</th>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
