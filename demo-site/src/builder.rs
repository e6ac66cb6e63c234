//! The builder's form, preview and snippets.

use leptos::prelude::*;

/// A bundle a widget can show, as listed on the demo site.
struct Choice {
    file: &'static str,
    label: &'static str,
}

const QUIZ_BUNDLES: &[Choice] = &[Choice { file: "quiz-first-look.json", label: "Who does this job? A first look" }];
const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("nl", "Nederlands"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("ar", "العربية"),
    ("uk", "Українська"),
];
const AUDIENCES: &[&str] = &["pupil", "jobseeker", "practitioner"];
const THEMES: &[&str] = &["light", "dark", "auto"];
const MODES: &[&str] = &["graded", "ungraded"];

/// The form, the live preview and the snippet to copy.
#[component]
pub fn Builder() -> impl IntoView {
    let bundle = RwSignal::new(QUIZ_BUNDLES[0].file.to_owned());
    let lang = RwSignal::new("en".to_owned());
    let audience = RwSignal::new("pupil".to_owned());
    let theme = RwSignal::new("light".to_owned());
    let mode = RwSignal::new("graded".to_owned());
    let origin = window().location().origin().unwrap_or_default();
    let snippet = Memo::new(move |_| {
        format!(
            "<script type=\"module\" src=\"{origin}/lmi/lmi.js\"></script>\n<lmi-quiz src=\"{origin}/content/{}\" lang=\"{}\" audience=\"{}\" theme=\"{}\" mode=\"{}\"></lmi-quiz>",
            bundle.get(),
            lang.get(),
            audience.get(),
            theme.get(),
            mode.get()
        )
    });
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = snippet.get_untracked();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            copied.set(wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok());
        });
    };
    view! {
        <form class="builder-form" on:submit=|ev| ev.prevent_default()>
            <Select label="Content" value=bundle options=QUIZ_BUNDLES.iter().map(|c| (c.file, c.label)).collect()/>
            <Select label="Language" value=lang options=LANGUAGES.to_vec()/>
            <Select label="Audience" value=audience options=AUDIENCES.iter().map(|a| (*a, *a)).collect()/>
            <Select label="Theme" value=theme options=THEMES.iter().map(|t| (*t, *t)).collect()/>
            <Select label="Mode" value=mode options=MODES.iter().map(|m| (*m, *m)).collect()/>
        </form>
        <h3>"Preview"</h3>
        <lmi-quiz
            src=move || format!("content/{}", bundle.get())
            lang=move || lang.get()
            audience=move || audience.get()
            theme=move || theme.get()
            mode=move || mode.get()
        ></lmi-quiz>
        <h3>"Snippet"</h3>
        <label for="snippet">"Paste this where the activity should appear:"</label>
        <textarea id="snippet" readonly rows="4" prop:value=move || snippet.get()></textarea>
        <p>
            <button type="button" on:click=copy>"Copy the snippet"</button>
            <span role="status">{move || if copied.get() { " Copied." } else { "" }}</span>
        </p>
    }
}

/// A labelled select bound to a signal.
#[component]
fn Select(label: &'static str, value: RwSignal<String>, options: Vec<(&'static str, &'static str)>) -> impl IntoView {
    let id = format!("builder-{}", label.to_lowercase());
    view! {
        <p>
            <label for=id.clone()>{label}</label>
            <select id=id on:change:target=move |ev| value.set(ev.target().value())>
                {options.into_iter().map(|(v, text)| view! {
                    <option value=v selected=move || value.get() == v>{text}</option>
                }).collect_view()}
            </select>
        </p>
    }
}
