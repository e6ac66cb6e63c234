//! One polite live region per widget: feedback, result counts and errors are announced through it.

use leptos::prelude::*;

/// Context: call [`Announcer::say`] to have screen readers read a sentence.
#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    pub fn say(self, text: impl Into<String>) {
        let text = text.into();
        // Re-announce an identical sentence: clear, then set on the next frame would need a timer;
        // a trailing no-break space alternates instead so the text node always changes.
        let same = self.0.with_untracked(|t| t.trim_end_matches('\u{a0}') == text);
        let toggled = self.0.with_untracked(|t| t.ends_with('\u{a0}'));
        self.0.set(if same && !toggled { format!("{text}\u{a0}") } else { text });
    }
}

/// The visually hidden live region; provide it once near the widget root.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let text = use_context::<Announcer>().expect("LiveRegion needs an Announcer in context");
    view! { <div class="visually-hidden" aria-live="polite" aria-atomic="true">{move || text.0.get()}</div> }
}

impl Announcer {
    /// Creates the announcer and provides it as context.
    pub fn provide() -> Announcer {
        let a = Announcer(RwSignal::new(String::new()));
        provide_context(a);
        a
    }
}
