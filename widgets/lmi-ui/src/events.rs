//! Host events (public contract): `lmi-ready`, `lmi-answer`, `lmi-complete`, `lmi-error` as CustomEvents
//! that bubble out of the shadow root, with a plain JSON `detail`. Nothing is sent anywhere: the host page
//! decides what to do with them.

use leptos::prelude::*;
use serde_json::{Value, json};

use crate::{Host, WidgetSpec};

/// Dispatches events on the host element. Context-free: built from [`Host`] and the spec.
#[derive(Clone, Copy)]
pub struct HostEvents {
    host: Host,
    widget: &'static str,
}

impl HostEvents {
    /// From the contexts [`crate::mount_widget`] provides.
    pub fn from_context() -> HostEvents {
        let spec = expect_context::<&'static WidgetSpec>();
        HostEvents { host: expect_context::<Host>(), widget: spec.name() }
    }

    /// `detail` gets `widget` and `bundle` added.
    pub fn emit(self, name: &str, bundle: Option<&str>, mut detail: Value) {
        if let Value::Object(map) = &mut detail {
            map.insert("widget".into(), self.widget.into());
            map.insert("bundle".into(), bundle.map_or(Value::Null, Value::from));
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(js) = js_sys::JSON::parse(&detail.to_string()) {
            init.set_detail(&js);
        }
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = self.host.element().dispatch_event(&event);
        }
    }
}

/// An xAPI-shaped statement without an actor (the host fills it in if it records anything).
/// `object_id` is `urn:lmi-kit:<bundle>/<question>`; `response` is what the learner chose, as text.
pub fn answer_statement(bundle: &str, question: &str, response: &str, success: Option<bool>) -> Value {
    let mut result = json!({ "response": response, "completion": true });
    if let Some(s) = success {
        result["success"] = s.into();
    }
    json!({
        "verb": { "id": "http://adlnet.gov/expapi/verbs/answered", "display": { "en-US": "answered" } },
        "object": {
            "id": format!("urn:lmi-kit:{bundle}/{question}"),
            "objectType": "Activity",
        },
        "result": result,
    })
}
