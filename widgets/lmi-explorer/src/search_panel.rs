//! The search box, the filters and the results: instant, ranked, each result saying why it matched.
//! Arrow keys move through the results, Enter opens one, Escape goes back to the search box.

use std::time::Duration;

use leptos::prelude::*;
use lmi_content::{Filters, Hit, MatchRank, Matched};
use lmi_ui::Announcer;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::i18n::{Msg, PluralMsg};
use crate::labels::{EDUCATION, INTERESTS, OUTLOOKS};
use crate::navigation::Navigator;
use crate::route::{Route, short_id};
use crate::{Shared, labels};

/// Results shown at first and added by "Show more results": enough to scan, few enough to render at once.
const PAGE: usize = 30;
/// Quiet time after the last keystroke before the result count is announced, so that a screen reader is
/// not interrupted at every letter.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(700);
/// Results with a typo are listed only when the query matched fewer occupations than this as typed: they
/// rescue a misspelling, but after good matches they are noise ("nurse" does not need "purse").
const TYPOS_BELOW: usize = 5;

#[component]
pub fn SearchPanel() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let nav = expect_context::<Navigator>();
    let announcer = expect_context::<Announcer>();
    let ui = shared.loaded.ui;
    let query = RwSignal::new(String::new());
    let filters = RwSignal::new(Filters::default());
    let shown = RwSignal::new(PAGE);
    let catalog = shared.catalog.clone();
    let hits = Memo::new(move |_| {
        let query = query.get();
        let mut hits = filters.with(|f| catalog.index.search(&query, f, usize::MAX));
        let as_typed = hits.iter().take_while(|h| h.rank != MatchRank::Fuzzy).count();
        if as_typed >= TYPOS_BELOW {
            hits.truncate(as_typed);
        }
        hits
    });
    let browsing = Memo::new(move |_| query.with(|q| q.trim().is_empty()) && filters.get() == Filters::default());
    let count_text = move || ui.plural(PluralMsg::ResultsCount, hits.with(Vec::len) as f64, &[]);

    // The count is announced once typing pauses; only the last change of a burst is spoken.
    let burst = StoredValue::new(0u32);
    Effect::new(move |first_run: Option<()>| {
        let text = count_text();
        let browsing = browsing.get();
        if first_run.is_none() || browsing {
            return;
        }
        let this = burst.get_value() + 1;
        burst.set_value(this);
        set_timeout(
            move || {
                if burst.try_get_value() == Some(this) {
                    announcer.say(text);
                }
            },
            ANNOUNCE_AFTER,
        );
    });

    let input = NodeRef::<leptos::html::Input>::new();
    let list = NodeRef::<leptos::html::Ul>::new();
    let count_line = NodeRef::<leptos::html::P>::new();
    let opened = StoredValue::new(None::<String>);
    // Back from a card, focus returns to the result that opened it (or to the search box).
    Effect::new(move |previous: Option<bool>| {
        let searching = nav.route() == Route::Results;
        if previous == Some(false) && searching {
            request_animation_frame(move || focus_result_or_input(list, input, opened.get_value()));
        }
        searching
    });

    let open = move |id: String| {
        opened.set_value(Some(id.clone()));
        nav.go(Route::Occupation(id));
    };
    let results = {
        let shared = shared.clone();
        move || {
            let limit = shown.get();
            hits.with(|hits| hits.iter().take(limit).map(|hit| result_item(&shared, hit, open)).collect_view())
        }
    };
    let more = move || hits.with(Vec::len) > shown.get();
    let on_search_key = move |e: KeyboardEvent| {
        if e.key() == "ArrowDown" {
            e.prevent_default();
            focus_first(list);
        }
    };
    let on_list_key = move |e: KeyboardEvent| move_in_results(&e, list, input);
    let browse = {
        let shared = shared.clone();
        move || browse_groups(&shared, filters, count_line)
    };
    view! {
        <div class="search">
            <div class="search-box">
                <label for="explorer-query">{ui.t(Msg::SearchLabel)}</label>
                <input
                    id="explorer-query"
                    node_ref=input
                    type="search"
                    role="searchbox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="explorer-query-hint"
                    aria-controls="explorer-results"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        shown.set(PAGE);
                    }
                    on:keydown=on_search_key
                />
                <p id="explorer-query-hint" class="hint">{ui.t(Msg::SearchHint)}</p>
            </div>
            <FilterControls filters shown/>
            <Show when=move || browsing.get()>{browse.clone()}</Show>
            <div class="results" hidden=move || browsing.get()>
                <p class="count" id="explorer-count" tabindex="-1" node_ref=count_line>{count_text}</p>
                <Show when=move || hits.with(Vec::is_empty)>
                    <p class="no-results">{ui.t(Msg::NoResults)}</p>
                </Show>
                <ul id="explorer-results" class="result-list" aria-labelledby="explorer-count" node_ref=list on:keydown=on_list_key>
                    {results}
                </ul>
                <Show when=more>
                    <button type="button" class="button secondary" on:click=move |_| show_more(shown, list)>
                        {ui.t(Msg::MoreResults)}
                    </button>
                </Show>
            </div>
        </div>
    }
}

/// One result: the title, its group, and why it matched when that is not the title itself.
fn result_item<F: Fn(String) + Copy + 'static>(shared: &Shared, hit: &Hit, open: F) -> impl IntoView + use<F> {
    let (ui, lang) = (shared.loaded.ui, &shared.loaded.lang);
    let occupation = shared.catalog.occupation(hit.occupation);
    let id = short_id(&occupation.id).to_owned();
    let title = lang.view(&occupation.title);
    let group = shared.catalog.group(&occupation.isco).map(|g| lang.string(&g.title));
    let why = match &hit.matched {
        Matched::Title => None,
        Matched::AltTitle(alt) => Some(ui.f(Msg::MatchedAlt, &[("title", alt)])),
        Matched::IscoGroup(code) => {
            shared.catalog.group(code).map(|g| ui.f(Msg::MatchedGroup, &[("title", &lang.string(&g.title))]))
        }
    };
    let typo = (hit.rank == MatchRank::Fuzzy).then(|| ui.t(Msg::MatchedTypo));
    let open_id = id.clone();
    view! {
        <li>
            <button type="button" class="result" data-id=id on:click=move |_| open(open_id.clone())>
                <span class="result-title">{title}</span>
                {group.map(|g| view! { <span class="result-group">{g}</span> })}
                {why.map(|w| view! { <span class="result-why">{w}</span> })}
                {typo.map(|t| view! { <span class="result-why">{t}</span> })}
            </button>
        </li>
    }
}

/// The empty state: no query, no filter. Browsing a major group is one click away.
fn browse_groups(
    shared: &Shared,
    filters: RwSignal<Filters>,
    count_line: NodeRef<leptos::html::P>,
) -> impl IntoView + use<> {
    let (ui, lang) = (shared.loaded.ui, shared.loaded.lang.clone());
    let groups = shared
        .catalog
        .major_groups()
        .into_iter()
        .map(|g| {
            let major = g.code.chars().next();
            let title = lang.view(&g.title);
            let choose = move |_| {
                filters.update(|f| f.major_group = major);
                request_animation_frame(move || {
                    if let Some(p) = count_line.get_untracked() {
                        let _ = p.focus();
                    }
                });
            };
            view! { <li><button type="button" class="button secondary browse-group" on:click=choose>{title}</button></li> }
        })
        .collect_view();
    view! {
        <div class="browse">
            <p>{ui.t(Msg::Browse)}</p>
            <ul class="browse-list">{groups}</ul>
        </div>
    }
}

/// The four filters as selects; they combine with each other and with the query.
#[component]
fn FilterControls(filters: RwSignal<Filters>, shown: RwSignal<usize>) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let (ui, lang) = (shared.loaded.ui, shared.loaded.lang.clone());
    let set = move |change: &dyn Fn(&mut Filters)| {
        filters.update(|f| change(f));
        shown.set(PAGE);
    };
    let any = ui.t(Msg::FilterAny);
    let groups: Vec<(String, String)> = shared
        .catalog
        .major_groups()
        .into_iter()
        .map(|g| (g.code.clone(), format!("{} {}", g.code, lang.string(&g.title))))
        .collect();
    let group_options =
        groups.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view();
    let indexed = |names: Vec<&'static str>| {
        names.into_iter().enumerate().map(|(i, n)| view! { <option value=i.to_string()>{n}</option> }).collect_view()
    };
    let education_options = indexed(EDUCATION.iter().map(|&e| labels::education(ui, e)).collect());
    let outlook_options = indexed(OUTLOOKS.iter().map(|&o| labels::outlook(ui, o)).collect());
    let interest_options = indexed(INTERESTS.iter().map(|&i| labels::interest(ui, i)).collect());
    let position = |found: Option<usize>| found.map_or(String::new(), |i| i.to_string());
    // The button goes away with the filters it cleared: focus stays in the filters, on the first one.
    let group_select = NodeRef::<leptos::html::Select>::new();
    let clear = move |_| {
        set(&|f| *f = Filters::default());
        if let Some(s) = group_select.get_untracked() {
            let _ = s.focus();
        }
    };
    view! {
        <fieldset class="filters">
            <legend>{ui.t(Msg::Filters)}</legend>
            <div class="filter">
                <label for="filter-group">{ui.t(Msg::FilterGroup)}</label>
                <select
                    id="filter-group"
                    node_ref=group_select
                    prop:value=move || filters.with(|f| f.major_group.map(String::from).unwrap_or_default())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        set(&|f| f.major_group = value.chars().next());
                    }
                >
                    <option value="">{any}</option>
                    {group_options}
                </select>
            </div>
            <div class="filter">
                <label for="filter-education">{ui.t(Msg::FilterEducation)}</label>
                <select
                    id="filter-education"
                    prop:value=move || position(filters.with(|f| EDUCATION.iter().position(|e| Some(*e) == f.entry_education)))
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<usize>().ok();
                        set(&|f| f.entry_education = value.and_then(|i| EDUCATION.get(i).copied()));
                    }
                >
                    <option value="">{any}</option>
                    {education_options}
                </select>
            </div>
            <div class="filter">
                <label for="filter-outlook">{ui.t(Msg::FilterOutlook)}</label>
                <select
                    id="filter-outlook"
                    prop:value=move || position(filters.with(|f| OUTLOOKS.iter().position(|o| Some(*o) == f.outlook)))
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<usize>().ok();
                        set(&|f| f.outlook = value.and_then(|i| OUTLOOKS.get(i).copied()));
                    }
                >
                    <option value="">{any}</option>
                    {outlook_options}
                </select>
            </div>
            <div class="filter">
                <label for="filter-interest">{ui.t(Msg::FilterInterest)}</label>
                <select
                    id="filter-interest"
                    prop:value=move || position(filters.with(|f| INTERESTS.iter().position(|i| Some(*i) == f.interest)))
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<usize>().ok();
                        set(&|f| f.interest = value.and_then(|i| INTERESTS.get(i).copied()));
                    }
                >
                    <option value="">{any}</option>
                    {interest_options}
                </select>
            </div>
            <Show when=move || filters.get() != Filters::default()>
                <button type="button" class="button secondary" on:click=clear>
                    {ui.t(Msg::ClearFilters)}
                </button>
            </Show>
        </fieldset>
    }
}

fn button_in(item: Option<Element>) -> Option<HtmlElement> {
    item?.query_selector("button").ok()??.dyn_into().ok()
}

/// The next page of results; focus moves to the first new one, where reading goes on (the button may be gone).
fn show_more(shown: RwSignal<usize>, list: NodeRef<leptos::html::Ul>) {
    let first_new = shown.get_untracked();
    shown.update(|s| *s += PAGE);
    request_animation_frame(move || {
        let buttons = list.get_untracked().and_then(|l| l.query_selector_all("button.result").ok());
        if let Some(button) = buttons.and_then(|b| b.item(first_new as u32)?.dyn_into::<HtmlElement>().ok()) {
            let _ = button.focus();
        }
    });
}

fn focus_first(list: NodeRef<leptos::html::Ul>) {
    if let Some(button) = button_in(list.get_untracked().and_then(|l| l.first_element_child())) {
        let _ = button.focus();
    }
}

/// Arrow keys, Home and End move between results; Escape returns to the search box.
fn move_in_results(e: &KeyboardEvent, list: NodeRef<leptos::html::Ul>, input: NodeRef<leptos::html::Input>) {
    let Some(item) = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest("li").ok().flatten())
    else {
        return;
    };
    let list_element = list.get_untracked();
    let target = match e.key().as_str() {
        "ArrowDown" => item.next_element_sibling(),
        "ArrowUp" => item.previous_element_sibling(),
        "Home" => list_element.as_ref().and_then(|l| l.first_element_child()),
        "End" => list_element.as_ref().and_then(|l| l.last_element_child()),
        "Escape" => {
            e.prevent_default();
            focus_input(input);
            return;
        }
        _ => return,
    };
    e.prevent_default();
    match button_in(target) {
        Some(button) => {
            let _ = button.focus();
        }
        None if e.key() == "ArrowUp" => focus_input(input),
        None => {}
    }
}

fn focus_input(input: NodeRef<leptos::html::Input>) {
    if let Some(i) = input.get_untracked() {
        let _ = i.focus();
    }
}

fn focus_result_or_input(list: NodeRef<leptos::html::Ul>, input: NodeRef<leptos::html::Input>, id: Option<String>) {
    let buttons = list.get_untracked().and_then(|l| l.query_selector_all("button.result").ok());
    let matching = buttons.and_then(|all| {
        (0..all.length())
            .filter_map(|i| all.item(i)?.dyn_into::<HtmlElement>().ok())
            .find(|b| id.is_some() && b.get_attribute("data-id") == id)
    });
    match matching {
        Some(button) => {
            let _ = button.focus();
        }
        None => focus_input(input),
    }
}
