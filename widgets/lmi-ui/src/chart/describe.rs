//! The words around a chart: tick labels, the axis title with its unit, each value's accessible name and the
//! short text summary screen readers get as the chart's description.

use crate::{Ui, format_number, format_value};
use lmi_content::{ChartKind, Dataset, Unit};

use crate::{Msg, PluralMsg};

/// A tick label: a plain number in the UI language (the unit is in the axis title), percent with its sign.
pub fn tick_label(ui: Ui, unit: Unit, value: f64, decimals: usize) -> String {
    match unit {
        Unit::Percent | Unit::PercentChange => format_value(ui, value, unit, None),
        _ => format_number(ui.0.tag(), value, decimals.min(20) as u8),
    }
}

/// The value axis title: what is counted, in which unit.
pub fn axis_title(ui: Ui, dataset: &Dataset) -> String {
    unit_words(ui, dataset.unit, dataset.currency.as_deref())
}

/// A unit in words, as an axis title or beside a number field: "Number of people", "USD per year".
pub fn unit_words(ui: Ui, unit: Unit, currency: Option<&str>) -> String {
    let currency = currency.unwrap_or("USD");
    match unit {
        Unit::People => ui.t(Msg::ChartAxisPeople).to_owned(),
        Unit::OpeningsPerYear => ui.t(Msg::ChartAxisOpenings).to_owned(),
        Unit::Percent => ui.t(Msg::ChartAxisPercent).to_owned(),
        Unit::PercentChange => ui.t(Msg::ChartAxisPercentChange).to_owned(),
        Unit::PercentagePoints => ui.t(Msg::ChartAxisPoints).to_owned(),
        Unit::CurrencyPerHour => ui.f(Msg::ChartAxisPerHour, &[("currency", currency)]),
        Unit::CurrencyPerMonth => ui.f(Msg::ChartAxisPerMonth, &[("currency", currency)]),
        Unit::CurrencyPerYear => ui.f(Msg::ChartAxisPerYear, &[("currency", currency)]),
        Unit::Ratio => ui.t(Msg::ChartAxisRatio).to_owned(),
        Unit::Years => ui.t(Msg::ChartAxisYears).to_owned(),
    }
}

/// A value with its unit, as the answer and the table show it.
pub fn value_text(ui: Ui, dataset: &Dataset, value: f64) -> String {
    format_value(ui, value, dataset.unit, dataset.currency.as_deref())
}

/// [`value_text`] of series `s` in category `c`, followed by its publisher's flags in words when it has any:
/// "4.2% (low reliability (small sample))". What a mark says and what the table shows.
pub fn flagged_value_text(ui: Ui, dataset: &Dataset, s: usize, c: usize, value: f64) -> String {
    let flags = dataset.series.get(s).and_then(|series| series.flags.get(c)).copied().unwrap_or_default();
    match crate::flags_text(ui, flags) {
        Some(words) => format!("{} ({words})", value_text(ui, dataset, value)),
        None => value_text(ui, dataset, value),
    }
}

/// "2018, Nursing and midwifery professionals: 676,226 people".
pub fn mark_label(ui: Ui, category: &str, series: &str, value: &str) -> String {
    ui.f(Msg::ChartMarkLabel, &[("category", category), ("series", series), ("value", value)])
}

/// What kind of chart it is, in words.
pub fn kind_name(ui: Ui, kind: ChartKind) -> &'static str {
    ui.t(match kind {
        ChartKind::Bar => Msg::ChartKindBar,
        ChartKind::GroupedBar => Msg::ChartKindGroupedBar,
        ChartKind::Line => Msg::ChartKindLine,
        ChartKind::Range => Msg::ChartKindRange,
    })
}

/// The chart in a few sentences: its kind and axis, its lowest and highest value, how many values are missing.
pub fn summary(ui: Ui, kind: ChartKind, dataset: &Dataset, categories: &[String], series: &[String]) -> String {
    let mut cells = Vec::new();
    for (s, serie) in dataset.series.iter().enumerate() {
        for (c, v) in serie.values.iter().enumerate().take(categories.len()) {
            if let Some(v) = v.filter(|v| v.is_finite()) {
                cells.push((v, c, s));
            }
        }
    }
    let missing = (dataset.series.len() * categories.len()).saturating_sub(cells.len());
    let place = |&(v, c, s): &(f64, usize, usize)| {
        let at =
            format!("{}, {}", categories.get(c).map_or("", String::as_str), series.get(s).map_or("", String::as_str));
        (value_text(ui, dataset, v), at)
    };
    let mut text = format!("{}. {}.", kind_name(ui, kind), axis_title(ui, dataset));
    let low = cells.iter().min_by(|a, b| a.0.total_cmp(&b.0));
    let high = cells.iter().max_by(|a, b| a.0.total_cmp(&b.0));
    if let (Some(low), Some(high)) = (low, high) {
        let ((low, low_at), (high, high_at)) = (place(low), place(high));
        text.push(' ');
        text.push_str(&ui.f(
            Msg::ChartSummaryExtremes,
            &[("low", &low), ("low_at", &low_at), ("high", &high), ("high_at", &high_at)],
        ));
    }
    if missing > 0 {
        text.push(' ');
        text.push_str(&ui.plural(PluralMsg::ChartSummaryMissing, missing as f64, &[]));
    }
    text
}
