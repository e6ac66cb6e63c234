//! Charts drawn as SVG by the widget: bar, grouped bar, line and range, with their axes, a legend, a text
//! summary, the source line and a data table that can replace the drawing.
//!
//! The drawing is one `role="img"` group named by the dataset title and described by the summary; the values
//! are marks beside it (not inside it: an image has no focusable parts), one tab stop, explored with the arrows.

mod axes;
mod bars;
mod describe;
mod geometry;
mod legend;
mod line;
mod marks;
mod range;
mod table;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use lmi_content::{Baseline, ChartKind, Dataset, Source, ValueScale};

pub use describe::{unit_words, value_text};
use geometry::Geometry;
use marks::Marks;

use crate::{ContentLang, Host, Msg, SourceLine, Ui};

/// A number for an SVG attribute: one decimal is finer than a pixel. Never NaN: the scales clamp.
pub fn px(v: f64) -> String {
    let v = (v * 10.0).round() / 10.0;
    if v.is_finite() { v.to_string() } else { "0".to_owned() }
}

/// Ids must be unique within the shadow root: a counter per chart drawn.
fn next_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("chart-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// What the chart kinds draw from.
pub struct Plot {
    pub g: Geometry,
    pub dataset: Dataset,
    pub categories: Vec<String>,
    pub series: Vec<String>,
    pub ui: Ui,
    pub marks: Marks,
    /// Prefix of this chart's ids (patterns).
    pub id: String,
}

impl Plot {
    /// The value of series `s` in category `c`, if there is one to draw.
    pub fn value(&self, s: usize, c: usize) -> Option<f64> {
        self.dataset.series.get(s)?.values.get(c).copied().flatten().filter(|v| v.is_finite())
    }

    /// The fill of series `s`'s bars.
    pub fn fill(&self, s: usize) -> Option<String> {
        pattern_fill(&self.id, s)
    }

    /// Mark number `index` around `shape`: focusable, named "category, series: value", announced on focus.
    pub fn mark(&self, index: usize, s: usize, c: usize, value: f64, shape: AnyView) -> AnyView {
        let label = describe::mark_label(
            self.ui,
            &self.categories[c],
            &self.series[s],
            &describe::flagged_value_text(self.ui, &self.dataset, s, c, value),
        );
        let marks = self.marks;
        view! {
            <g class="mark" data-mark=index role="img" aria-label=label.clone()
                tabindex=marks.tabindex(index) on:focus=marks.focused(index, label)>
                {shape}
            </g>
        }
        .into_any()
    }
}

/// A dataset drawn as a `kind` chart, with its title, legend, summary, source and a table toggle.
#[component]
pub fn Chart(
    /// Language of the UI (numbers, axis words).
    ui: Ui,
    /// Language of the bundle's text (title, categories, series).
    lang: ContentLang,
    /// The dataset's source, named under the chart; `None` where the page shows it elsewhere.
    source: Option<Source>,
    /// The data to draw.
    dataset: Dataset,
    /// How to draw it.
    kind: ChartKind,
    /// Where the value axis starts: [`Baseline::Zero`] for first readers and for charts compared side by side.
    #[prop(optional)]
    baseline: Baseline,
) -> impl IntoView {
    let rtl = ui.0.is_rtl();
    let categories: Vec<String> = dataset.categories.iter().map(|c| lang.string(c)).collect();
    let series: Vec<String> = dataset.series.iter().map(|s| lang.string(&s.label)).collect();
    let scale = ValueScale::with_baseline(kind, &dataset, baseline);
    let tick_width = scale
        .ticks
        .values
        .iter()
        .map(|&v| describe::tick_label(ui, dataset.unit, v, scale.ticks.decimals).chars().count())
        .max()
        .unwrap_or(1);
    // The host's content box when the chart is drawn (less the frame's padding); 0 while hidden.
    let room = expect_context::<Host>().element().client_width() as f64 - 34.0;
    let g = Geometry::new(scale, &categories, tick_width, if room > 0.0 { room } else { f64::NAN }, rtl);
    let id = next_id();
    let present = (0..dataset.series.len())
        .flat_map(|s| (0..categories.len()).map(move |c| (s, c)))
        .filter(|&(s, c)| dataset.series[s].values.get(c).copied().flatten().is_some_and(f64::is_finite))
        .count();
    let plot = Plot {
        g: g.clone(),
        dataset: dataset.clone(),
        categories: categories.clone(),
        series: series.clone(),
        ui,
        marks: Marks::new(present, rtl),
        id: id.clone(),
    };
    let (drawing, marks) = match kind {
        ChartKind::Bar | ChartKind::GroupedBar => bars::bars(&plot),
        ChartKind::Line => line::lines(&plot),
        ChartKind::Range => range::ranges(&plot),
    };
    let title = lang.string(&dataset.title);
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let table_id = format!("{id}-table");
    let summary = describe::summary(ui, kind, &dataset, &categories, &series);
    let axis_title = describe::axis_title(ui, &dataset);
    let break_note = (!g.scale.starts_at_zero).then(|| {
        let start = value_text(ui, &dataset, g.scale.domain.0);
        view! { <p class="axis-note">{ui.f(Msg::ChartAxisBreakNote, &[("start", &start)])}</p> }
    });
    let (table_shown, set_table_shown) = signal(false);
    let view_box = format!("0 0 {} {}", px(g.width), px(g.height));
    view! {
        <figure class="chart">
            <figcaption class="chart-title" id=title_id.clone()>{title}</figcaption>
            <div class="chart-drawing" hidden=table_shown>
                <svg class="chart-svg" viewBox=view_box width="100%" preserveAspectRatio="xMidYMid meet">
                    <defs>{patterns(&id)}</defs>
                    <g role="img" aria-labelledby=title_id aria-describedby=desc_id.clone()>
                        <axes::Axes geometry=g ui unit=dataset.unit title=axis_title/>
                        {drawing}
                    </g>
                    <g class="marks" role="group" aria-label=ui.t(Msg::ChartValues) on:keydown=plot.marks.keydown()>
                        {marks}
                    </g>
                </svg>
                <legend::Legend kind series=series.clone() id=id.clone()/>
            </div>
            <p class="chart-summary" id=desc_id>{summary}</p>
            {break_note}
            <button type="button" class="button secondary table-toggle" aria-pressed=move || table_shown.get().to_string()
                aria-controls=table_id.clone() on:click=move |_| set_table_shown.update(|t| *t = !*t)>
                {ui.t(Msg::ChartShowTable)}
            </button>
            <div class="chart-table stack-scroll" id=table_id hidden=move || !table_shown.get()>
                <table::DataTable dataset=dataset.clone() title=lang.string(&dataset.title) categories series ui/>
            </div>
            {source.map(|s| view! { <SourceLine source=s ui lang=lang.clone()/> })}
        </figure>
    }
}

/// The fill of series `s`'s bars in chart `id`: solid (from the stylesheet) for the first, hatched or dotted for
/// the others.
pub fn pattern_fill(id: &str, s: usize) -> Option<String> {
    (!s.is_multiple_of(3)).then(|| format!("url(#{id}-p{})", s % 3))
}

/// The fills that tell bar series apart without colour: diagonal hatching and dots.
fn patterns(id: &str) -> impl IntoView + use<> {
    view! {
        <pattern id=format!("{id}-p1") class="pattern" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
            <rect class="pattern-ground" width="7" height="7"/>
            <line class="pattern-ink s1" x1="2" y1="0" x2="2" y2="7"/>
        </pattern>
        <pattern id=format!("{id}-p2") class="pattern" patternUnits="userSpaceOnUse" width="6" height="6">
            <rect class="pattern-ground" width="6" height="6"/>
            <circle class="pattern-dot s2" cx="3" cy="3" r="1.6"/>
        </pattern>
    }
}
