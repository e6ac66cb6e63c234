//! Keyboard exploration of a chart's values: every bar or point is a mark with an accessible name; one mark
//! is in the tab order at a time (roving tabindex), the arrow keys, Home and End move between them, and the
//! focused value is announced through the live region.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::Announcer;

/// The marks of one chart. `Copy`; made once per chart.
#[derive(Clone, Copy)]
pub struct Marks {
    /// The mark that is in the tab order.
    active: RwSignal<usize>,
    /// How many marks the chart has.
    count: StoredValue<usize>,
    /// Right-to-left: the first mark is on the right, so the left arrow moves forward.
    rtl: bool,
    announcer: Announcer,
}

impl Marks {
    pub fn new(count: usize, rtl: bool) -> Marks {
        Marks {
            active: RwSignal::new(0),
            count: StoredValue::new(count),
            rtl,
            announcer: expect_context::<Announcer>(),
        }
    }

    /// The `tabindex` of mark `index`: 0 for the active mark, -1 for the others.
    pub fn tabindex(self, index: usize) -> impl Fn() -> &'static str + Copy {
        move || if self.active.get() == index { "0" } else { "-1" }
    }

    /// On focus (by keyboard or pointer): this mark becomes the tab stop and its label is announced.
    pub fn focused(self, index: usize, label: String) -> impl Fn(web_sys::FocusEvent) + Clone {
        move |_| {
            self.active.set(index);
            self.announcer.say(label.clone());
        }
    }

    /// Arrow keys, Home and End on the group of marks: moves focus to the neighbouring, first or last mark.
    pub fn keydown(self) -> impl Fn(web_sys::KeyboardEvent) + Copy {
        move |ev| {
            let last = self.count.get_value().saturating_sub(1);
            let now = self.active.get_untracked();
            let (forward, back) = if self.rtl { ("ArrowLeft", "ArrowRight") } else { ("ArrowRight", "ArrowLeft") };
            let key = ev.key();
            let next = match key.as_str() {
                k if k == forward || k == "ArrowDown" => (now + 1).min(last),
                k if k == back || k == "ArrowUp" => now.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            ev.prevent_default();
            let group = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let mark = group.and_then(|g| g.query_selector(&format!("[data-mark=\"{next}\"]")).ok().flatten());
            if let Some(mark) = mark.and_then(|m| m.dyn_into::<web_sys::SvgElement>().ok()) {
                self.active.set(next);
                let _ = mark.focus();
            }
        }
    }
}
