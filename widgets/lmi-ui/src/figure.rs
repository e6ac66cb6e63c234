//! A figure with everything needed to judge it: unit, period, region, reliability, source, caveat.

use std::sync::Arc;

use leptos::prelude::*;
use lmi_content::{
    Audience, Cites, Figure, Flags, Method, Period, RangeKind, ReliabilityLevel, Source, StatFlag, is_https_link,
};

use crate::ContentLang;
use crate::format::{format_figure_value, format_value, region_name};
use crate::{Msg, Ui};

/// One figure as a description list entry: the value first, then what it rests on.
#[component]
pub fn FigureView<B: Cites + Send + Sync + 'static>(
    /// The figure.
    figure: Figure,
    /// The bundle, for the figure's source.
    bundle: Arc<B>,
    /// Language of the UI.
    ui: Ui,
    /// Language of bundle text.
    lang: ContentLang,
) -> impl IntoView {
    let source = bundle.source(&figure.source).cloned();
    let reliability = bundle.reliability(&figure).cloned();
    let caveat = bundle.caveat(&figure).cloned();
    let value = format_figure_value(ui, &figure);
    let range = figure.range.map(|r| {
        let low = format_value(ui, r.low, figure.unit, figure.currency.as_deref());
        let high = format_value(ui, r.high, figure.unit, figure.currency.as_deref());
        ui.f(Msg::FigureRange, &[("low", &low), ("high", &high), ("what", range_kind_name(ui, r.kind))])
    });
    let context = figure_context(ui, &figure);
    let flags = flags_text(ui, figure.flags);
    let about = figure.about.as_ref().map(|a| view! { <span class="figure-about">{lang.view(a)}": "</span> });
    view! {
        <div class="figure">
            <p class="figure-value">{about}{value}</p>
            {range.map(|r| view! { <p class="figure-range">{r}</p> })}
            <p class="figure-context">{context}</p>
            {flags.map(|f| view! { <p class="figure-flags"><strong>{ui.t(Msg::FlagHeading)}": "</strong>{f}</p> })}
            {reliability.map(|r| {
                view! { <p class="figure-reliability">{reliability_badge(ui, r.level)}" "{lang.view(&r.reason)}</p> }
            })}
            {caveat.map(|c| view! { <p class="figure-caveat"><strong>{ui.t(Msg::FigureCaveat)}": "</strong>{lang.view(&c)}</p> })}
            {source.map(|s| view! { <SourceLine source=s ui=ui lang=lang.clone()/> })}
        </div>
    }
}

/// A publisher's flags in words ("low reliability (small sample); provisional: may still change"); `None`
/// without flags.
pub fn flags_text(ui: Ui, flags: Flags) -> Option<String> {
    let words: Vec<&str> = flags
        .iter()
        .map(|f| {
            ui.t(match f {
                StatFlag::LowReliability => Msg::FlagLowReliability,
                StatFlag::Break => Msg::FlagBreak,
                StatFlag::Provisional => Msg::FlagProvisional,
                StatFlag::Estimated => Msg::FlagEstimated,
                StatFlag::DefinitionDiffers => Msg::FlagDefinitionDiffers,
            })
        })
        .collect();
    (!words.is_empty()).then(|| words.join("; "))
}

/// "High reliability" as a badge: the word carries the meaning, the colour only repeats it.
pub fn reliability_badge(ui: Ui, level: ReliabilityLevel) -> impl IntoView {
    let (class, label) = match level {
        ReliabilityLevel::High => ("badge badge-high", ui.t(Msg::FigureReliabilityHigh)),
        ReliabilityLevel::Medium => ("badge badge-medium", ui.t(Msg::FigureReliabilityMedium)),
        ReliabilityLevel::Low => ("badge badge-low", ui.t(Msg::FigureReliabilityLow)),
    };
    view! { <span class=class>{label}</span> }
}

/// "Source: Eurostat, the EU's statistics office (2011–2023)" in the reader's words (the source's `name`, else
/// its publisher), then the official publisher and title one click away, the title a link that opens safely. For
/// a `practitioner` audience the method and known limitations follow: the data about the data.
#[component]
pub fn SourceLine(
    /// The source.
    source: Source,
    /// Language of the UI.
    ui: Ui,
    /// Language of bundle text.
    lang: ContentLang,
) -> impl IntoView {
    let period = period_text(ui, &source.period);
    // Follows the `audience` attribute: a practitioner sees the method and the limitations appear at once.
    let attrs = use_context::<crate::HostAttrs>();
    let practitioner = move || attrs.and_then(|a| a.audience()) == Some(Audience::Practitioner);
    let method = method_name(ui, source.method);
    let limitations = source.limitations.clone();
    let limitations_lang = lang.clone();
    let said = source.name.as_ref().map_or_else(|| source.publisher.clone(), |n| lang.string(n));
    view! {
        <div class="source-line">
            <p>{ui.t(Msg::FigureSource)}": "{said}" ("{period}")"</p>
            <details class="source-title">
                <summary>{ui.t(Msg::FigureOfficialTitle)}</summary>
                <p>{source.publisher}", "{source_title(source.title, source.url)}</p>
            </details>
        </div>
        <Show when=practitioner>
            <p class="source-method">{ui.t(Msg::FigureMethod)}": "{method}</p>
            <div class="source-limitations">
                <p>{ui.t(Msg::FigureLimitations)}":"</p>
                <ul>{limitations.iter().map(|l| view! { <li>{limitations_lang.view(l)}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// A source's title, linked to its page when the address may be a link ([`is_https_link`]); the validator
/// warns about any other address, and the title then stands alone.
pub fn source_title(title: String, url: String) -> AnyView {
    if is_https_link(&url) {
        view! { <a href=url target="_blank" rel="noopener noreferrer">{title}</a> }.into_any()
    } else {
        view! { <span>{title}</span> }.into_any()
    }
}

/// A source's method in words: "survey", "forecast model"…
pub fn method_name(ui: Ui, method: Method) -> &'static str {
    ui.t(match method {
        Method::Survey => Msg::MethodSurvey,
        Method::Administrative => Msg::MethodAdministrative,
        Method::Census => Msg::MethodCensus,
        Method::OnlineJobAds => Msg::MethodOnlineJobAds,
        Method::ForecastModel => Msg::MethodForecastModel,
        Method::Classification => Msg::MethodClassification,
        Method::Expert => Msg::MethodExpert,
    })
}

/// What a range spans: "10th to 90th percentile".
pub fn range_kind_name(ui: Ui, kind: RangeKind) -> &'static str {
    ui.t(match kind {
        RangeKind::P10P90 => Msg::FigureRangeP10P90,
        RangeKind::P25P75 => Msg::FigureRangeP25P75,
        RangeKind::Scenarios => Msg::FigureRangeScenarios,
    })
}

/// "May 2025 · United States": when and where a figure was measured.
pub fn figure_context(ui: Ui, figure: &Figure) -> String {
    format!("{} · {}", period_text(ui, &figure.period), region_name(ui.0.tag(), &figure.region))
}

/// `2023/2033` → "2023–2033", `2025-05` → "May 2025" (through Intl), `2022` → "2022".
pub fn period_text(ui: Ui, period: &Period) -> String {
    match *period {
        Period::Year(y) => y.to_string(),
        Period::Span(a, b) => format!("{a}–{b}"),
        Period::Month(y, m) => month_year(ui.0.tag(), y, m).unwrap_or_else(|| period.to_string()),
    }
}

fn month_year(lang: &str, year: i32, month: u8) -> Option<String> {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    let df = crate::format::intl_cached(format!("DateTimeFormat {lang} month year"), || {
        let opts = Object::new();
        for (k, v) in [("year", "numeric"), ("month", "long"), ("timeZone", "UTC")] {
            let _ = Reflect::set(&opts, &k.into(), &v.into());
        }
        Intl::DateTimeFormat::new(&Array::of1(&lang.into()), &opts)
    });
    let date = Date::new_with_year_month_day(year as u32, i32::from(month) - 1, 15);
    df.format().call1(&wasm_bindgen::JsValue::NULL, &date).ok()?.as_string()
}
