//! The data about the data: who published it, for which period and place, how it was made, what it leaves
//! out and how far to trust it. Folded away until the learner opens it (level 4 asks about it).

use leptos::prelude::*;
use lmi_content::{Dataset, ReliabilityLevel};
use lmi_ui::{Msg as UiMsg, method_name, period_text, region_name, source_title};

use crate::Loaded;
use crate::i18n::Msg;

/// A `<details>` panel about `dataset` and its source.
#[component]
pub fn SourcePanel(
    /// The loaded bundle and languages.
    loaded: Loaded,
    /// The dataset the chart shows.
    dataset: Dataset,
) -> impl IntoView {
    let reading = &*loaded.bundle;
    let Some(source) = reading.sources.iter().find(|s| s.id == dataset.source).cloned() else {
        return ().into_any();
    };
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let reliability = dataset.reliability.clone().or_else(|| source.reliability.clone()).map(|r| {
        let (class, label) = match r.level {
            ReliabilityLevel::High => ("badge badge-high", ui.t(UiMsg::FigureReliabilityHigh)),
            ReliabilityLevel::Medium => ("badge badge-medium", ui.t(UiMsg::FigureReliabilityMedium)),
            ReliabilityLevel::Low => ("badge badge-low", ui.t(UiMsg::FigureReliabilityLow)),
        };
        view! { <span class=class>{label}</span>" "{lang.view(&r.reason)} }
    });
    let caveat = dataset.caveat.clone().or_else(|| source.caveat.clone()).map(|c| {
        view! { <dt>{ui.t(UiMsg::FigureCaveat)}</dt><dd>{lang.view(&c)}</dd> }
    });
    let limitations = (!source.limitations.is_empty()).then(|| {
        let items = source.limitations.iter().map(|l| view! { <li>{lang.view(l)}</li> }).collect_view();
        view! { <dt>{ui.t(UiMsg::FigureLimitations)}</dt><dd><ul>{items}</ul></dd> }
    });
    let coverage = region_name(ui.0.tag(), &dataset.region);
    view! {
        <details class="source-panel">
            <summary>{ui.t(Msg::AboutData)}</summary>
            <dl>
                <dt>{ui.t(Msg::Publisher)}</dt>
                <dd>
                    {source.publisher.clone()}": "
                    {source_title(source.title.clone(), source.url.clone())}
                </dd>
                <dt>{ui.t(Msg::Period)}</dt>
                <dd>{period_text(ui, &dataset.period)}</dd>
                <dt>{ui.t(UiMsg::FigureMethod)}</dt>
                <dd>{method_name(ui, source.method)}</dd>
                <dt>{ui.t(Msg::Coverage)}</dt>
                <dd>{coverage}</dd>
                {limitations}
                {caveat}
                {reliability.map(|r| view! { <dt>{ui.t(Msg::Reliability)}</dt><dd>{r}</dd> })}
                <dt>{ui.t(Msg::Licence)}</dt>
                <dd>{source.licence.clone()}</dd>
            </dl>
        </details>
    }
    .into_any()
}
