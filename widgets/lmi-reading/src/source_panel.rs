//! The data about the data: who published it, for which period and place, how it was made, what it leaves
//! out and how far to trust it. Folded away until the learner opens it (level 4 asks about it).

use leptos::prelude::*;
use lmi_content::{Bundle, Dataset, ReliabilityLevel};
use lmi_ui::{Loaded, Msg, method_name, period_text, region_name};

/// A `<details>` panel about `dataset` and its source.
#[component]
pub fn SourcePanel(
    /// The loaded bundle and languages.
    loaded: Loaded,
    /// The dataset the chart shows.
    dataset: Dataset,
) -> impl IntoView {
    let Bundle::Reading(reading) = &*loaded.bundle else {
        return ().into_any();
    };
    let Some(source) = reading.sources.iter().find(|s| s.id == dataset.source).cloned() else {
        return ().into_any();
    };
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    let reliability = dataset.reliability.clone().or_else(|| source.reliability.clone()).map(|r| {
        let (class, label) = match r.level {
            ReliabilityLevel::High => ("badge badge-high", ui.t(Msg::FigureReliabilityHigh)),
            ReliabilityLevel::Medium => ("badge badge-medium", ui.t(Msg::FigureReliabilityMedium)),
            ReliabilityLevel::Low => ("badge badge-low", ui.t(Msg::FigureReliabilityLow)),
        };
        view! { <span class=class>{label}</span>" "{lang.view(&r.reason)} }
    });
    let caveat = dataset.caveat.clone().or_else(|| source.caveat.clone()).map(|c| {
        view! { <dt>{ui.t(Msg::FigureCaveat)}</dt><dd>{lang.view(&c)}</dd> }
    });
    let limitations = (!source.limitations.is_empty()).then(|| {
        let items = source.limitations.iter().map(|l| view! { <li>{lang.view(l)}</li> }).collect_view();
        view! { <dt>{ui.t(Msg::FigureLimitations)}</dt><dd><ul>{items}</ul></dd> }
    });
    let coverage = region_name(ui.0.tag(), &dataset.region);
    view! {
        <details class="source-panel">
            <summary>{ui.t(Msg::ReadingAboutData)}</summary>
            <dl>
                <dt>{ui.t(Msg::ReadingPublisher)}</dt>
                <dd>
                    {source.publisher.clone()}": "
                    <a href=source.url.clone() target="_blank" rel="noopener noreferrer">{source.title.clone()}</a>
                </dd>
                <dt>{ui.t(Msg::ReadingPeriod)}</dt>
                <dd>{period_text(ui, &dataset.period)}</dd>
                <dt>{ui.t(Msg::FigureMethod)}</dt>
                <dd>{method_name(ui, source.method)}</dd>
                <dt>{ui.t(Msg::ReadingCoverage)}</dt>
                <dd>{coverage}</dd>
                {limitations}
                {caveat}
                {reliability.map(|r| view! { <dt>{ui.t(Msg::ReadingReliability)}</dt><dd>{r}</dd> })}
                <dt>{ui.t(Msg::ReadingLicence)}</dt>
                <dd>{source.licence.clone()}</dd>
            </dl>
        </details>
    }
    .into_any()
}
