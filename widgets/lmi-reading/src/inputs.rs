//! The answer inputs: a number field with its unit, or radio buttons for a choice.

use leptos::prelude::*;
use lmi_content::{ChoiceOption, Response};
use lmi_ui::{ContentLang, Ui};

use crate::i18n::Msg;

/// A number field; the unit stands after it and describes it. An empty or unreadable field is no answer.
pub fn number_input(ui: Ui, id: String, unit: String, draft: RwSignal<Option<Response>>) -> AnyView {
    let unit_id = format!("{id}-unit");
    let set = move |text: String| {
        let n = text.trim().replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite());
        draft.set(n.map(Response::Number));
    };
    view! {
        <div class="number-answer">
            <label for=id.clone()>{ui.t(Msg::YourAnswer)}</label>
            <span class="number-row">
                <input id=id class="number-field" type="number" inputmode="decimal" step="any"
                    aria-describedby=unit_id.clone() on:input:target=move |ev| set(ev.target().value())/>
                <span class="number-unit" id=unit_id>{unit}</span>
            </span>
        </div>
    }
    .into_any()
}

/// One radio button per option, in the bundle's order.
pub fn choice_input(
    lang: &ContentLang,
    name: String,
    options: &[ChoiceOption],
    draft: RwSignal<Option<Response>>,
) -> AnyView {
    let items = options
        .iter()
        .map(|o| {
            let value = Response::Choice(o.id.clone());
            let v = value.clone();
            view! {
                <label class="option">
                    <input type="radio" name=name.clone()
                        prop:checked=move || draft.with(|d| d.as_ref() == Some(&v))
                        on:change=move |_| draft.set(Some(value.clone()))/>
                    <span>{lang.view(&o.text)}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="options">{items}</div> }.into_any()
}
