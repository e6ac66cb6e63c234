//! Up to three occupations side by side, figure by figure, each cell with its period, place, reliability
//! and source, and a warning on every row whose numbers are not comparable as they stand.

use leptos::prelude::*;
use lmi_content::{Cites, Occupation};
use lmi_ui::{Msg as UiMsg, figure_context, format_figure_value, reliability_badge};

use crate::comparison::{FIGURE_ROWS, FigureRow, Mismatch};
use crate::details::{Whole, WithDetails};
use crate::i18n::{Msg, PluralMsg};
use crate::navigation::Navigator;
use crate::page::{BackToResults, escape_to_results, focused_heading};
use crate::route::{Route, short_id};
use crate::{Shared, labels};

#[component]
pub fn CompareView(ids: Vec<String>) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let nav = expect_context::<Navigator>();
    let ui = shared.loaded.ui;
    let heading = focused_heading();
    let on_key = escape_to_results(nav);
    let indices: Vec<usize> = ids.iter().filter_map(|id| shared.catalog.find(id)).collect();
    let table = (!indices.is_empty()).then(|| {
        let body = move |wholes: Vec<Whole>| {
            let occupations: Vec<&Occupation> = wholes.iter().map(|w| &w.occupation).collect();
            table(&shared, &occupations, nav)
        };
        view! { <WithDetails indices content=body/> }
    });
    view! {
        <section class="compare" aria-labelledby="compare-title" on:keydown=on_key>
            <BackToResults ui/>
            <h3 id="compare-title" tabindex="-1" node_ref=heading>{ui.t(Msg::CompareHeading)}</h3>
            {match table {
                Some(t) => t.into_any(),
                None => view! { <p>{ui.t(Msg::CompareEmpty)}</p> }.into_any(),
            }}
        </section>
    }
}

fn table(shared: &Shared, occupations: &[&Occupation], nav: Navigator) -> impl IntoView + use<> {
    let (ui, lang) = (shared.loaded.ui, shared.loaded.lang.clone());
    let compared = shared.compared;
    let columns = occupations
        .iter()
        .map(|o| {
            let id = short_id(&o.id).to_owned();
            let title = lang.string(&o.title);
            let remove_label = ui.f(Msg::CompareRemoveOne, &[("title", &title)]);
            let remove = move |_| {
                compared.update(|c| c.retain(|x| *x != id));
                nav.replace(Route::Compare(compared.get_untracked()));
            };
            view! {
                <th scope="col">
                    <span class="compare-title">{lang.view(&o.title)}</span>
                    <button type="button" class="link-button" on:click=remove>{remove_label}</button>
                </th>
            }
        })
        .collect_view();
    let rows = FIGURE_ROWS.iter().map(|&row| figure_row(shared, occupations, row)).collect_view();
    let education = occupations
        .iter()
        .map(|o| {
            let label = lang.string(&o.title);
            view! { <td data-label=label>{o.entry_education.map(|e| labels::education(ui, e)).unwrap_or("–")}</td> }
        })
        .collect_view();
    view! {
        <div class="table-scroll stack-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare-table stack-table">
                <caption id="compare-caption">{ui.t(Msg::CompareCaption)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {columns}
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">{ui.t(Msg::Education)}</th>
                        {education}
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// One figure across the occupations, with the warnings of [`Mismatch`] under the row's name.
fn figure_row(shared: &Shared, occupations: &[&Occupation], row: FigureRow) -> impl IntoView + use<> {
    let (ui, lang) = (shared.loaded.ui, shared.loaded.lang.clone());
    let bundle = shared.catalog.bundle().clone();
    let mismatch = Mismatch::of(row, occupations);
    let warnings: Vec<&'static str> = [
        (mismatch.periods, Msg::MismatchPeriods),
        (mismatch.sources, Msg::MismatchSources),
        (mismatch.regions, Msg::MismatchRegions),
        (mismatch.missing, Msg::MismatchMissing),
    ]
    .into_iter()
    .filter(|(flag, _)| *flag)
    .map(|(_, msg)| ui.t(msg))
    .collect();
    let cells = occupations
        .iter()
        .map(|o| (lang.string(&o.title), row.of(&o.figures)))
        .map(|(label, figure)| match figure {
            None => view! { <td class="no-figure" data-label=label>{ui.t(Msg::CompareNone)}</td> }.into_any(),
            Some(f) => {
                let value = format_figure_value(ui, f);
                let context = figure_context(ui, f);
                let reliability = bundle.reliability(f).map(|r| reliability_badge(ui, r.level));
                let source =
                    bundle.source(&f.source).map(|s| format!("{}: {}", ui.t(UiMsg::FigureSource), s.publisher));
                let caveat = f.caveat.as_ref().map(|c| lang.view(c));
                view! {
                    <td data-label=label>
                        <p class="figure-value">{value}</p>
                        <p class="figure-context">{context}</p>
                        <p>{reliability}</p>
                        <p class="source-line">{source}</p>
                        {caveat.map(|c| view! { <p class="figure-caveat">{c}</p> })}
                    </td>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <tr class:mismatch=mismatch.any()>
            <th scope="row">
                {labels::figure(ui, row)}
                {warnings.into_iter().map(|w| view! { <span class="mismatch-note">{w}</span> }).collect_view()}
            </th>
            {cells}
        </tr>
    }
}

/// "2 occupations to compare · Compare side by side": shown under the results and on cards.
#[component]
pub fn CompareTray() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let nav = expect_context::<Navigator>();
    let ui = shared.loaded.ui;
    let compared = shared.compared;
    let count = move || ui.plural(PluralMsg::CompareTray, compared.with(Vec::len) as f64, &[]);
    view! {
        <Show when=move || compared.with(|c| !c.is_empty())>
            <div class="compare-tray">
                <p>{count}</p>
                <button type="button" class="button" on:click=move |_| nav.go(Route::Compare(compared.get_untracked()))>
                    {ui.t(Msg::CompareOpen)}
                </button>
            </div>
        </Show>
    }
}
