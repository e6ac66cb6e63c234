//! Inputs that need more than radio buttons: the estimate slider and the keyboard-operable ordering.

use leptos::prelude::*;
use lmi_content::{Currency, OrderItem, Response, Unit};
use lmi_ui::{Announcer, Ui, format_value};
use wasm_bindgen::JsCast;

use crate::Loaded;
use crate::i18n::Msg;

/// A slider and a number field on the same value, with the value shown in its unit. Both start unset: the
/// thumb rests in the middle of the scale but means nothing until it is moved (or clicked), or a number is
/// typed, so a pupil who does not touch it has not answered (regression: the middle, 50, counted as right for
/// "how many in a hundred are women?").
pub fn estimate_input(
    ui: Ui,
    min: f64,
    max: f64,
    step: f64,
    unit: Unit,
    currency: Option<Currency>,
    draft: RwSignal<Option<Response>>,
) -> AnyView {
    let middle = min + ((max - min) / 2.0 / step).round() * step;
    let answer = move || match draft.get() {
        Some(Response::Number(n)) => Some(n),
        _ => None,
    };
    let value = move || answer().unwrap_or(middle);
    let set = move |text: String| {
        if let Ok(n) = text.trim().replace(',', ".").parse::<f64>()
            && n.is_finite()
        {
            draft.set(Some(Response::Number(n.clamp(min, max))));
        }
    };
    let shown = move || match answer() {
        Some(n) => format_value(ui, n, unit, currency.as_deref()),
        None => ui.t(Msg::EstimateUnset).to_owned(),
    };
    let shown_for_aria = shown.clone();
    view! {
        <div class="estimate">
            <label class="estimate-label" for="estimate-range">{ui.t(Msg::EstimateLabel)}</label>
            <input id="estimate-range" class="estimate-range" class:unset=move || answer().is_none() type="range"
                min=min max=max step=step
                prop:value=move || value().to_string()
                aria-valuetext=shown_for_aria
                on:input:target=move |ev| set(ev.target().value())
                on:click:target=move |ev| set(ev.target().value())/>
            <div class="estimate-row">
                <label for="estimate-number">{ui.t(Msg::EstimateNumber)}</label>
                <input id="estimate-number" class="estimate-number" type="number" inputmode="decimal"
                    min=min max=max step=step
                    prop:value=move || answer().map(|n| n.to_string()).unwrap_or_default()
                    on:change:target=move |ev| set(ev.target().value())/>
                <output class="estimate-value" for="estimate-range estimate-number">{shown}</output>
            </div>
        </div>
    }
    .into_any()
}

/// A list the learner reorders with "move up"/"move down" buttons; every move is announced and focus stays
/// on the button that was used.
pub fn order_input(
    loaded: &Loaded,
    items: Vec<OrderItem>,
    highest_first: bool,
    draft: RwSignal<Option<Response>>,
    locked: Signal<bool>,
) -> AnyView {
    let ui = loaded.ui;
    let announcer = expect_context::<Announcer>();
    let labels: Vec<(String, String)> = items.iter().map(|i| (i.id.clone(), loaded.lang.string(&i.label))).collect();
    let labels = StoredValue::new(labels);
    let label_of = move |id: &str| {
        labels.with_value(|l| l.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone()).unwrap_or_default())
    };
    // Start from the list rotated by one: never the right order, and the same for every pupil.
    let mut start: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
    start.rotate_left(1);
    draft.set(Some(Response::Order(start)));
    let order = move || match draft.get() {
        Some(Response::Order(ids)) => ids,
        _ => Vec::new(),
    };
    let list = NodeRef::<leptos::html::Ol>::new();
    let swap = move |pos: usize, up: bool| {
        let Some(Response::Order(mut ids)) = draft.get_untracked() else { return };
        let other = if up { pos.checked_sub(1) } else { Some(pos + 1).filter(|p| *p < ids.len()) };
        let Some(other) = other else { return };
        ids.swap(pos, other);
        let moved = ids[other].clone();
        draft.set(Some(Response::Order(ids)));
        announcer.say(ui.f(Msg::Moved, &[("item", &label_of(&moved)), ("n", &(other + 1).to_string())]));
        // Keep focus on the same button of the moved item, or its other button at the ends of the list.
        let selector = format!("[data-item=\"{}\"] button:not([disabled])", css_escape(&moved));
        let want = if up { "up" } else { "down" };
        request_animation_frame(move || {
            // The widget may have been unmounted before the frame: then there is nothing to focus.
            let Some(ol) = list.try_get_untracked().flatten() else { return };
            let buttons = ol.query_selector_all(&selector).ok();
            let pick = buttons.and_then(|b| {
                let all: Vec<web_sys::HtmlElement> =
                    (0..b.length()).filter_map(|i| b.item(i)?.dyn_into().ok()).collect();
                all.iter().find(|e| e.dataset().get("dir").as_deref() == Some(want)).or(all.first()).cloned()
            });
            if let Some(button) = pick {
                let _ = button.focus();
            }
        });
    };
    let hint = if highest_first { ui.t(Msg::OrderHighestFirst) } else { ui.t(Msg::OrderLowestFirst) };
    view! {
        <p class="order-hint">{hint}</p>
        <ol class="order-list" node_ref=list>
            {move || {
                let ids = order();
                let last = ids.len().saturating_sub(1);
                ids.into_iter().enumerate().map(|(pos, id)| {
                    let label = label_of(&id);
                    let up = ui.f(Msg::MoveUp, &[("item", &label)]);
                    let down = ui.f(Msg::MoveDown, &[("item", &label)]);
                    view! {
                        <li class="order-item" data-item=id.clone()>
                            <span class="order-label">{label.clone()}</span>
                            <span class="order-buttons">
                                <button type="button" class="button secondary" data-dir="up" aria-label=up
                                    disabled=move || pos == 0 || locked.get()
                                    on:click=move |_| swap(pos, true)>"↑"</button>
                                <button type="button" class="button secondary" data-dir="down" aria-label=down
                                    disabled=move || pos == last || locked.get()
                                    on:click=move |_| swap(pos, false)>"↓"</button>
                            </span>
                        </li>
                    }
                }).collect_view()
            }}
        </ol>
    }
    .into_any()
}

/// Ids come from bundles: escape them before putting them in a selector.
fn css_escape(id: &str) -> String {
    id.chars()
        .flat_map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { vec![c] } else { vec!['\\', c] })
        .collect()
}
