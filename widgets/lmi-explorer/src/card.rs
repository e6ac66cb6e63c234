//! One occupation: what it is, its figures with everything needed to judge them, how to get in, what is
//! related, and the way to compare it or talk to an adviser. Focus lands on its heading; Escape goes back.

use leptos::prelude::*;
use lmi_content::{Cites, Figure, IscoGroup, Occupation, Period, Region, UsFit};
use lmi_ui::{
    Announcer, FigureView, HostAttrs, Msg as UiMsg, SourceLine, Ui, format_figure_value, period_text, region_name,
    reliability_badge,
};

use crate::comparison::{FIGURE_ROWS, FigureRow};
use crate::country::CountryPanel;
use crate::details::{Whole, WithDetails};
use crate::i18n::Msg;
use crate::navigation::Navigator;
use crate::page::{BackToResults, escape_to_results, focused_heading};
use crate::route::{Route, short_id, toggle_compared};
use crate::wage_chart::WageChart;
use crate::{Detail, Shared, adviser_url, labels};

/// The figures a pupil sees: pay, the future and who does the job; the counts need more context to read.
const PLAIN_ROWS: [FigureRow; 3] = [FigureRow::MedianWage, FigureRow::ProjectedChange, FigureRow::WomenShare];
/// How many skills and alternative titles a pupil sees.
const PLAIN_LIST: usize = 5;

#[component]
pub fn Card(id: String, detail: Detail) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let nav = expect_context::<Navigator>();
    let ui = shared.loaded.ui;
    let heading = focused_heading();
    let on_key = escape_to_results(nav);
    let Some(index) = shared.catalog.find(&id) else {
        return view! {
            <div class="card" on:keydown=on_key>
                <BackToResults ui/>
                <h3 tabindex="-1" node_ref=heading>{ui.f(Msg::NotFound, &[("id", &id)])}</h3>
            </div>
        }
        .into_any();
    };
    let occupation = shared.catalog.occupation(index).clone();
    let lang = shared.loaded.lang.clone();
    let unit_group = shared.catalog.group(&occupation.isco).map(|g| lang.string(&g.title));
    let group_line = format!(
        "{}{}",
        ui.f(Msg::IscoGroup, &[("code", &occupation.isco)]),
        unit_group.map(|t| format!(": {t}")).unwrap_or_default()
    );
    // Title and group come from the search data at once; the rest may wait for the group's details file.
    let body = move |wholes: Vec<Whole>| {
        let whole = &wholes[0];
        let occupation = &whole.occupation;
        let major = occupation.isco.get(..1).unwrap_or_default().to_owned();
        let major_title = shared.catalog.group(&major).map(|g| shared.loaded.lang.string(&g.title)).unwrap_or_default();
        view! {
            {description(&shared, occupation, detail)}
            <CountryPanel major group_title=major_title plain={detail == Detail::Plain}/>
            {figures(&shared, occupation, detail)}
            {(detail != Detail::Plain).then(|| europe(&shared, whole))}
            {facts(&shared, occupation, detail)}
            {related(&shared, occupation, nav)}
        }
    };
    view! {
        <article class="card" aria-labelledby="card-title" on:keydown=on_key>
            <BackToResults ui/>
            <h3 id="card-title" tabindex="-1" node_ref=heading>{lang.view(&occupation.title)}</h3>
            <p class="card-group">{group_line}</p>
            <WithDetails indices=vec![index] content=body/>
            <CardActions id=short_id(&occupation.id).to_owned() title=lang.string(&occupation.title)/>
        </article>
    }
    .into_any()
}

/// A pupil gets the first sentence and the rest behind "Read more". Text in the bundle's fallback language
/// is marked with its `lang` (and `dir="auto"`), as `ContentLang::view` marks shorter texts.
fn description(shared: &Shared, occupation: &Occupation, detail: Detail) -> Option<AnyView> {
    let (ui, lang) = (shared.loaded.ui, &shared.loaded.lang);
    let picked = occupation.description.as_ref()?.pick(&lang.want, &lang.fallback)?;
    let foreign = (picked.lang.primary() != lang.want.primary()).then(|| picked.lang.as_str().to_owned());
    let dir = foreign.as_ref().map(|_| "auto");
    let text = picked.text;
    let split = (detail == Detail::Plain).then(|| text.find(". ").map(|at| text.split_at(at + 1))).flatten();
    Some(match split {
        Some((first, rest)) => view! {
            <p class="description" lang=foreign.clone() dir=dir>{first.to_owned()}</p>
            <details class="read-more">
                <summary>{ui.t(Msg::ReadMore)}</summary>
                <p lang=foreign dir=dir>{rest.trim().to_owned()}</p>
            </details>
        }
        .into_any(),
        None => view! { <p class="description" lang=foreign dir=dir>{text.to_owned()}</p> }.into_any(),
    })
}

fn figures(shared: &Shared, occupation: &Occupation, detail: Detail) -> impl IntoView + use<> {
    let (ui, lang, country) = (shared.loaded.ui, shared.loaded.lang.clone(), shared.country);
    let rows: &[FigureRow] = if detail == Detail::Plain { &PLAIN_ROWS } else { &FIGURE_ROWS };
    let shown: Vec<(FigureRow, Figure)> =
        rows.iter().filter_map(|&row| row.of(&occupation.figures).map(|f| (row, f.clone()))).collect();
    let empty = shown.is_empty();
    let outlook = occupation.figures.outlook();
    let items = shown
        .into_iter()
        .map(|(row, figure)| {
            let sentence = (row == FigureRow::ProjectedChange).then_some(outlook).flatten().map(
                |o| view! { <p class="outlook">{labels::outlook(ui, o)}": "{labels::outlook_sentence(ui, o)}</p> },
            );
            let chart = (row == FigureRow::MedianWage && figure.range.is_some())
                .then(|| view! { <WageChart figure=figure.clone() title=occupation.title.clone()/> });
            view! {
                <div class="card-figure">
                    <h5>{labels::figure(ui, row)}</h5>
                    {sentence}
                    <FigureView figure bundle=shared.catalog.bundle().clone() ui lang=lang.clone()/>
                    {chart}
                </div>
            }
        })
        .collect_view();
    let us_match = occupation.us_match.as_ref().filter(|_| !empty).map(|m| {
        let fit = m.fit.map(|fit| {
            let msg = match fit {
                UsFit::Broader => Msg::UsFitBroader,
                UsFit::Related => Msg::UsFitRelated,
            };
            view! { <p class="us-fit">{ui.f(msg, &[("title", &m.title)])}</p> }
        });
        view! {
            <p class="us-match">{ui.f(Msg::UsMatch, &[("title", &m.title), ("soc", &m.soc)])}</p>
            {fit}
        }
    });
    view! {
        <section class="card-figures" aria-labelledby="card-figures">
            <h4 id="card-figures">{move || ui.t(if country.chosen() { Msg::UsComparison } else { Msg::Figures })}</h4>
            {us_match}
            {empty.then(|| view! { <p>{ui.t(Msg::NoFigures)}</p> })}
            <div class="figure-grid">{items}</div>
        </section>
    }
}

/// Employment in the occupation's ISCO minor group in European countries: a table by country and year,
/// each row with its reliability, then the caveat and sources. `None` when the bundle has no such figures.
fn europe(shared: &Shared, whole: &Whole) -> Option<impl IntoView + use<>> {
    let (ui, lang) = (shared.loaded.ui, shared.loaded.lang.clone());
    let group: &IscoGroup = whole.minor_group.as_ref()?;
    if group.employment.is_empty() {
        return None;
    }
    let bundle = shared.catalog.bundle().clone();
    let mut periods: Vec<Period> = group.employment.iter().map(|f| f.period).collect();
    periods.sort_unstable();
    periods.dedup();
    let mut regions: Vec<&Region> = group.employment.iter().map(|f| &f.region).collect();
    regions.dedup();
    let header = periods.iter().map(|p| view! { <th scope="col">{period_text(ui, p)}</th> }).collect_view();
    let rows = regions
        .iter()
        .map(|&region| {
            let cells = periods
                .iter()
                .map(|&period| {
                    let figure = group.employment.iter().find(|f| &f.region == region && f.period == period);
                    let value = figure.map(|f| format_figure_value(ui, f));
                    view! { <td data-label=period_text(ui, &period)>{value.unwrap_or_else(|| "–".to_owned())}</td> }
                })
                .collect_view();
            let reliability = group
                .employment
                .iter()
                .find(|f| &f.region == region)
                .and_then(|f| bundle.reliability(f))
                .map(|r| reliability_badge(ui, r.level));
            view! {
                <tr>
                    <th scope="row">{region_name(ui.0.tag(), region)}</th>
                    {cells}
                    <td class="reliability-cell" data-label=ui.t(Msg::Reliability)>{reliability}</td>
                </tr>
            }
        })
        .collect_view();
    let mut source_ids: Vec<&str> = group.employment.iter().map(|f| f.source.as_str()).collect();
    source_ids.dedup();
    let sources = source_ids
        .into_iter()
        .filter_map(|id| bundle.source(id).cloned())
        .map(|s| view! { <SourceLine source=s ui lang=lang.clone()/> })
        .collect_view();
    let caveat = group.employment.iter().find_map(|f| f.caveat.as_ref()).map(|c| lang.view(c));
    let reason = group.employment.first().and_then(|f| bundle.reliability(f)).map(|r| lang.view(&r.reason));
    let caption = ui.f(Msg::EuropeCaption, &[("code", &group.code), ("title", &lang.string(&group.title))]);
    Some(view! {
        <section class="europe" aria-labelledby="card-europe">
            <h4 id="card-europe">{ui.t(Msg::Europe)}</h4>
            <div class="table-scroll stack-scroll" role="region" aria-labelledby="card-europe" tabindex="0">
                <table class="data-table stack-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ui.t(Msg::Country)}</th>
                            {header}
                            <th scope="col">{ui.t(Msg::Reliability)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {reason.map(|r| view! { <p class="figure-reliability">{r}</p> })}
            {caveat.map(|c| view! { <p class="figure-caveat"><strong>{ui.t(UiMsg::FigureCaveat)}": "</strong>{c}</p> })}
            {sources}
        </section>
    })
}

/// Alternative titles, skills, routes, entry education, interests and, for practitioners, the job zone.
fn facts(shared: &Shared, occupation: &Occupation, detail: Detail) -> impl IntoView + use<> {
    let (ui, lang) = (shared.loaded.ui, shared.loaded.lang.clone());
    let limit = if detail == Detail::Plain { PLAIN_LIST } else { usize::MAX };
    let alt_titles: Vec<String> = occupation
        .alt_titles
        .get(&lang.want)
        .or_else(|| occupation.alt_titles.get(&lang.fallback))
        .map(|t| t.iter().take(limit).cloned().collect())
        .unwrap_or_default();
    let skills: Vec<AnyView> = occupation.skills.essential.iter().take(limit).map(|s| lang.view(s)).collect();
    let skill_count = skills.len();
    let routes: Vec<AnyView> = occupation.routes.iter().map(|r| lang.view(r)).collect();
    let education = occupation.entry_education.map(|e| labels::education(ui, e));
    let interests: Vec<&'static str> = occupation.interests.iter().map(|&i| labels::interest(ui, i)).collect();
    let job_zone = occupation.job_zone.filter(|_| detail == Detail::Full);
    let list = |items: Vec<AnyView>| items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view();
    view! {
        <section class="card-facts">
            {(!alt_titles.is_empty()).then(|| view! {
                <h4>{ui.t(Msg::AltTitles)}</h4>
                <p>{alt_titles.join(" · ")}</p>
            })}
            {education.map(|e| view! { <h4>{ui.t(Msg::Education)}</h4><p>{e}</p> })}
            {(!routes.is_empty()).then(|| view! { <h4>{ui.t(Msg::Routes)}</h4><ul>{list(routes)}</ul> })}
            {(!interests.is_empty()).then(|| view! {
                <h4>{ui.t(Msg::Interests)}</h4>
                <ul>{interests.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            })}
            {job_zone.map(|z| view! { <p>{ui.f(Msg::JobZone, &[("level", &z.to_string())])}</p> })}
            {(skill_count > 0).then(|| if detail == Detail::Plain {
                view! { <h4>{ui.t(Msg::Skills)}</h4><ul>{list(skills)}</ul> }.into_any()
            } else {
                view! {
                    <details class="skills">
                        <summary>{ui.t(Msg::Skills)}" ("{skill_count}")"</summary>
                        <ul>{list(skills)}</ul>
                    </details>
                }
                .into_any()
            })}
        </section>
    }
}

/// Related occupations open in the widget, as new history entries.
fn related(shared: &Shared, occupation: &Occupation, nav: Navigator) -> Option<impl IntoView + use<>> {
    let lang = &shared.loaded.lang;
    let items: Vec<_> = occupation
        .related
        .iter()
        .filter_map(|id| shared.catalog.find(id))
        .map(|i| {
            let other = shared.catalog.occupation(i);
            let id = short_id(&other.id).to_owned();
            let title = lang.view(&other.title);
            view! {
                <li>
                    <button type="button" class="link-button" on:click=move |_| nav.go(Route::Occupation(id.clone()))>
                        {title}
                    </button>
                </li>
            }
        })
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <section class="related">
                <h4>{shared.loaded.ui.t(Msg::Related)}</h4>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// Add to (or remove from) the comparison, the link to share, and the adviser link when the host set one.
#[component]
fn CardActions(id: String, title: String) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let attrs = expect_context::<HostAttrs>();
    let announcer = expect_context::<Announcer>();
    let ui: Ui = shared.loaded.ui;
    let compared = shared.compared;
    let full_note = RwSignal::new(false);
    let is_compared = {
        let id = id.clone();
        move || compared.with(|c| c.contains(&id))
    };
    let toggle = {
        let (id, title) = (id.clone(), title.clone());
        move |_| {
            let was = compared.with_untracked(|c| c.contains(&id));
            let changed = compared.try_update(|c| toggle_compared(c, &id)).unwrap_or(false);
            full_note.set(!changed);
            let msg = match (changed, was) {
                (false, _) => ui.t(Msg::CompareFull).to_owned(),
                (true, false) => ui.f(Msg::CompareAdded, &[("title", &title)]),
                (true, true) => ui.f(Msg::CompareRemoved, &[("title", &title)]),
            };
            announcer.say(msg);
        }
    };
    let label = move || ui.t(if is_compared() { Msg::CompareRemove } else { Msg::CompareAdd });
    let link = Navigator::link(&Route::Occupation(id.clone()));
    let adviser = move || {
        adviser_url(attrs).map(|url| {
            view! {
                <a class="button adviser" href=url target="_blank" rel="noopener noreferrer">{ui.t(Msg::Adviser)}</a>
            }
        })
    };
    view! {
        <div class="card-actions">
            <button type="button" class="button" on:click=toggle>
                {label}
            </button>
            <Show when=move || full_note.get()>
                <p class="note">{ui.t(Msg::CompareFull)}</p>
            </Show>
            {link.map(|href| view! { <a class="share-link" href=href>{ui.t(Msg::Link)}</a> })}
            {adviser}
        </div>
    }
}
