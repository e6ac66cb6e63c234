//! The answer inputs the quiz and the reading exercises share: radio options and a number field. Both write
//! the learner's [`Response`] into a draft signal; checking it is the widget's business.

use leptos::prelude::*;
use lmi_content::{ChoiceOption, Response};

use crate::{Announcer, ContentLang, Msg, Ui};

/// One radio button of the group `name`, checked while `draft` holds `value`, with its label beside it.
pub fn radio_option(name: &str, label: AnyView, value: Response, draft: RwSignal<Option<Response>>) -> AnyView {
    let checked = value.clone();
    view! {
        <label class="option">
            <input type="radio" name=name.to_owned()
                prop:checked=move || draft.with(|d| d.as_ref() == Some(&checked))
                on:change=move |_| draft.set(Some(value.clone()))/>
            <span>{label}</span>
        </label>
    }
    .into_any()
}

/// One radio button per option of a choice question, in the bundle's order.
pub fn choice_options(
    lang: &ContentLang,
    name: &str,
    options: &[ChoiceOption],
    draft: RwSignal<Option<Response>>,
) -> AnyView {
    let items = options
        .iter()
        .map(|o| radio_option(name, lang.view(&o.text), Response::Choice(o.id.clone()), draft))
        .collect_view();
    view! { <div class="options">{items}</div> }.into_any()
}

/// A number field labelled `label`, with the unit after it describing it. An empty or unreadable field (a
/// comma is read as the decimal mark) is no answer.
pub fn number_input(id: String, label: &'static str, unit: String, draft: RwSignal<Option<Response>>) -> AnyView {
    let unit_id = format!("{id}-unit");
    let set = move |text: String| draft.set(parse_number(&text).map(Response::Number));
    view! {
        <div class="number-answer">
            <label for=id.clone()>{label}</label>
            <span class="number-row">
                <input id=id class="number-field" type="number" inputmode="decimal" step="any"
                    aria-describedby=unit_id.clone() on:input:target=move |ev| set(ev.target().value())/>
                <span class="number-unit" id=unit_id>{unit}</span>
            </span>
        </div>
    }
    .into_any()
}

/// The check button. Never disabled (a disabled button is skipped by the keyboard and explains nothing):
/// pressed without an answer it says what is missing, beside itself and through the live region, and calls
/// `on_check` only with an answer. `id` names the message for `aria-describedby` (unique in the widget);
/// `missing` is what to ask for ([`Msg::AnswerNeeded`] unless the input needs other words).
pub fn check_button(
    ui: Ui,
    id: String,
    missing: &'static str,
    draft: RwSignal<Option<Response>>,
    on_check: impl Fn(Response) + 'static,
) -> AnyView {
    let announcer = expect_context::<Announcer>();
    let (asked, set_asked) = signal(false);
    // An answer given answers the request.
    Effect::new(move || {
        if draft.with(Option::is_some) {
            set_asked.set(false);
        }
    });
    let press = move |_| match draft.get_untracked() {
        Some(response) => on_check(response),
        None => {
            set_asked.set(true);
            announcer.say(missing);
        }
    };
    let note_id = format!("{id}-needed");
    view! {
        <button type="button" class="button check" aria-describedby=move || asked.get().then(|| note_id.clone())
            on:click=press>
            {ui.t(Msg::AnswerCheck)}
        </button>
        <Show when=move || asked.get()>
            <p class="answer-needed" id=format!("{id}-needed")>{missing}</p>
        </Show>
    }
    .into_any()
}

/// A number as a learner types it: `12.5`, `12,5`, ` 12 `; `None` for anything else.
pub fn parse_number(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn numbers_as_learners_type_them() {
        for (text, want) in [("12.5", Some(12.5)), ("12,5", Some(12.5)), (" 7 ", Some(7.0)), ("", None), ("x", None)] {
            assert_eq!(parse_number(text), want, "{text:?}");
        }
        assert_eq!(parse_number("1e999"), None, "not finite");
    }
}
