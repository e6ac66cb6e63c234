//! The builder's form, preview and snippets: the script route, and the iframe route for platforms that allow
//! no scripts (README "Embedding").

use leptos::prelude::*;
use lmi_embed::{Element, IFRAME_SANDBOX, element_for_kind};

use crate::i18n::{Lang, Msg};

include!(concat!(env!("OUT_DIR"), "/bundles.rs"));

const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("nl", "Nederlands"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("ar", "العربية"),
    ("uk", "Українська"),
];
/// The menus' values (written into the snippets as they are) and their words on the page.
const AUDIENCES: &[(&str, Msg)] = &[
    ("pupil", Msg::AudiencePupil),
    ("jobseeker", Msg::AudienceJobseeker),
    ("practitioner", Msg::AudiencePractitioner),
];
const THEMES: &[(&str, Msg)] = &[("light", Msg::ThemeLight), ("dark", Msg::ThemeDark), ("auto", Msg::ThemeAuto)];
const MODES: &[(&str, Msg)] = &[("graded", Msg::ModeGraded), ("ungraded", Msg::ModeUngraded)];

/// What the webmaster picked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picked {
    /// The element that shows the bundle.
    pub element: &'static Element,
    /// The bundle's file name in `content/`.
    pub bundle: String,
    /// The bundle's title, for the iframe's accessible name.
    pub label: String,
    pub lang: String,
    pub audience: String,
    pub theme: String,
    pub mode: String,
}

impl Picked {
    /// The widget's attributes, in the order the snippets write them (after `src`).
    fn attributes(&self) -> [(&'static str, &str); 4] {
        [("lang", &self.lang), ("audience", &self.audience), ("theme", &self.theme), ("mode", &self.mode)]
    }
}

/// The script route: `lmi.js` and the element, with absolute addresses on this site.
pub fn script_snippet(origin: &str, picked: &Picked) -> String {
    let attributes: String =
        picked.attributes().iter().map(|(name, value)| format!(" {name}=\"{}\"", attribute(value))).collect();
    format!(
        "<script type=\"module\" src=\"{origin}/lmi/lmi.js\"></script>\n<{tag} src=\"{origin}/content/{}\"{attributes}></{tag}>",
        attribute(&picked.bundle),
        tag = picked.element.tag,
    )
}

/// The iframe route: `lmi/frame.html` with the widget and its attributes as query parameters (`src` relative to
/// the frame's own address), a title that names the frame, its size as attributes (no inline style, which a
/// strict Content-Security-Policy refuses), the documented `sandbox`, and the optional `resize.js` for
/// auto-height and events.
pub fn iframe_snippet(origin: &str, picked: &Picked) -> String {
    let widget = picked.element.widget;
    let mut query = format!("widget={widget}&src={}", query_value(&format!("/content/{}", picked.bundle)));
    for (name, value) in picked.attributes() {
        query.push_str(&format!("&{name}={}", query_value(value)));
    }
    format!(
        "<iframe src=\"{}\"\n        title=\"{}\" width=\"100%\" height=\"480\" frameborder=\"0\"\n        sandbox=\"{IFRAME_SANDBOX}\"></iframe>\n<script src=\"{origin}/lmi/resize.js\" defer></script>   <!-- optional: auto-height and events -->",
        attribute(&format!("{origin}/lmi/frame.html?{query}")),
        attribute(&format!("{}: {}", kind_name(picked.element), picked.label)),
    )
}

/// What an element shows, for the iframe's title (in English, as the snippets are).
fn kind_name(element: &Element) -> &'static str {
    match element.kind {
        "quiz" => "Quiz",
        "reading" => "Reading exercises",
        _ => "Occupation explorer",
    }
}

/// What an element shows, in the page's language, for the content picker.
fn kind_label(l: Lang, element: &Element) -> &'static str {
    l.t(match element.kind {
        "quiz" => Msg::KindQuiz,
        "reading" => Msg::KindReading,
        _ => Msg::KindExplorer,
    })
}

/// The bundles grouped by element, as the content picker lists them in `l`: (file, "element: title").
fn bundle_options(l: Lang) -> Vec<(&'static str, String)> {
    BUNDLES
        .iter()
        .zip(TITLES)
        .filter_map(|(&(kind, file, _), titles)| {
            Some((file, format!("{}: {}", kind_label(l, element_for_kind(kind)?), titles[l.index()])))
        })
        .collect()
}

/// A menu's options with their words in `l`.
fn menu(l: Lang, options: &[(&'static str, Msg)]) -> Vec<(&'static str, &'static str)> {
    options.iter().map(|(value, msg)| (*value, l.t(*msg))).collect()
}

/// `text` as an HTML attribute value between double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `text` as a URL query value: unreserved characters and `/` stay, everything else is percent-encoded.
fn query_value(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Which copy button was pressed last, whether it worked, and the text it copied.
#[derive(Clone, Debug, PartialEq)]
struct Copied {
    which: &'static str,
    ok: bool,
    text: String,
}

/// The form, the live preview and the two snippets to copy, labelled in the page's language `lang`, which is
/// also the language the widget starts in.
#[component]
pub fn Builder(lang: Lang) -> impl IntoView {
    let l = lang;
    let first_quiz = BUNDLES.iter().find(|b| b.1 == "quiz-first-look.json").or(BUNDLES.first());
    let bundle = RwSignal::new(first_quiz.map_or(String::new(), |b| b.1.to_owned()));
    let lang = RwSignal::new(l.tag().to_owned());
    let audience = RwSignal::new("pupil".to_owned());
    let theme = RwSignal::new("light".to_owned());
    let mode = RwSignal::new("graded".to_owned());
    let origin = window().location().origin().unwrap_or_default();
    let picked = Memo::new(move |_| {
        let file = bundle.get();
        let (kind, label) = BUNDLES.iter().find(|b| b.1 == file).map_or(("quiz", file.as_str()), |b| (b.0, b.2));
        let element = element_for_kind(kind).unwrap_or(&lmi_embed::contract::QUIZ);
        let (label, lang, audience, theme, mode) =
            (label.to_owned(), lang.get(), audience.get(), theme.get(), mode.get());
        Picked { element, bundle: file, label, lang, audience, theme, mode }
    });
    let script = {
        let origin = origin.clone();
        Memo::new(move |_| picked.with(|p| script_snippet(&origin, p)))
    };
    let iframe = Memo::new(move |_| picked.with(|p| iframe_snippet(&origin, p)));
    let copied = RwSignal::new(None::<Copied>);
    view! {
        <form class="builder-form" on:submit=|ev| ev.prevent_default()>
            <Select id="builder-content" label=l.t(Msg::BuilderContent) value=bundle options=bundle_options(l)/>
            <Select id="builder-language" label=l.t(Msg::BuilderLanguage) value=lang options=LANGUAGES.to_vec()/>
            <Select id="builder-audience" label=l.t(Msg::BuilderAudience) value=audience options=menu(l, AUDIENCES)/>
            <Select id="builder-theme" label=l.t(Msg::BuilderTheme) value=theme options=menu(l, THEMES)/>
            <Select id="builder-mode" label=l.t(Msg::BuilderMode) value=mode options=menu(l, MODES)/>
        </form>
        <h3>{l.t(Msg::BuilderPreview)}</h3>
        {move || {
            let p = picked.get();
            let src = format!("content/{}", p.bundle);
            // The element the bundle needs; a new pick puts a fresh element in place.
            match p.element.tag {
                "lmi-reading" => view! { <lmi-reading src=src lang=p.lang audience=p.audience theme=p.theme mode=p.mode></lmi-reading> }.into_any(),
                "lmi-explorer" => view! { <lmi-explorer src=src lang=p.lang audience=p.audience theme=p.theme mode=p.mode></lmi-explorer> }.into_any(),
                _ => view! { <lmi-quiz src=src lang=p.lang audience=p.audience theme=p.theme mode=p.mode></lmi-quiz> }.into_any(),
            }
        }}
        <h3>{l.t(Msg::BuilderScriptHeading)}</h3>
        <Snippet id="snippet" rows=4 text=script copied lang=l
            label=l.t(Msg::BuilderScriptLabel) button=l.t(Msg::BuilderScriptButton)/>
        <h3>{l.t(Msg::BuilderIframeHeading)}</h3>
        <p id="iframe-snippet-help">{l.t(Msg::BuilderIframeHelp)}</p>
        <Snippet id="iframe-snippet" rows=6 text=iframe copied lang=l described_by="iframe-snippet-help"
            label=l.t(Msg::BuilderIframeLabel) button=l.t(Msg::BuilderIframeButton)/>
    }
}

/// A read-only snippet with its label, a copy button and a status line that says whether copying worked.
#[component]
fn Snippet(
    /// The textarea's id; also tells the copy buttons apart.
    id: &'static str,
    /// The textarea's visible label.
    label: &'static str,
    /// The copy button's text.
    button: &'static str,
    rows: u32,
    /// The snippet.
    text: Memo<String>,
    /// The last copy, shared by the snippets so that only the one just copied says so.
    copied: RwSignal<Option<Copied>>,
    /// The page's language, for the status line.
    lang: Lang,
    /// The id of a text that explains the snippet.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    let copy = move |_| {
        let text = text.get_untracked();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            copied.set(Some(Copied { which: id, ok, text }));
        });
    };
    // "Copied." only while the snippet is still the one copied: a new choice makes it stale.
    let status = move || match copied.get() {
        Some(c) if c.which == id && !c.ok => format!(" {}", lang.t(Msg::BuilderCopyFailed)),
        Some(c) if c.which == id && text.with(|t| *t == c.text) => format!(" {}", lang.t(Msg::BuilderCopied)),
        _ => String::new(),
    };
    view! {
        <label for=id>{label}</label>
        <textarea id=id readonly rows=rows dir="ltr" aria-describedby=described_by prop:value=move || text.get()></textarea>
        <p>
            <button type="button" on:click=copy>{button}</button>
            <span role="status">{status}</span>
        </p>
    }
}

/// A labelled select bound to a signal.
#[component]
fn Select<T: Into<String> + Clone + Send + Sync + 'static>(
    /// The select's id, which the tests and the label use (`builder-language`).
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    options: Vec<(&'static str, T)>,
) -> impl IntoView {
    view! {
        <p>
            <label for=id>{label}</label>
            <select id=id on:change:target=move |ev| value.set(ev.target().value())>
                {options.into_iter().map(|(v, text)| view! {
                    <option value=v selected=move || value.get() == v>{text.into()}</option>
                }).collect_view()}
            </select>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picked() -> Picked {
        Picked {
            element: &lmi_embed::contract::QUIZ,
            bundle: "quiz-first-look.json".into(),
            label: "Who does this job? A first look".into(),
            lang: "nl".into(),
            audience: "practitioner".into(),
            theme: "dark".into(),
            mode: "ungraded".into(),
        }
    }

    #[test]
    fn the_script_snippet_is_unchanged() {
        assert_eq!(
            script_snippet("https://example.org", &picked()),
            "<script type=\"module\" src=\"https://example.org/lmi/lmi.js\"></script>\n<lmi-quiz src=\"https://example.org/content/quiz-first-look.json\" lang=\"nl\" audience=\"practitioner\" theme=\"dark\" mode=\"ungraded\"></lmi-quiz>"
        );
    }

    #[test]
    fn the_iframe_snippet_follows_the_readme() {
        let snippet = iframe_snippet("https://example.org", &picked());
        assert_eq!(
            snippet,
            "<iframe src=\"https://example.org/lmi/frame.html?widget=quiz&amp;src=/content/quiz-first-look.json&amp;lang=nl&amp;audience=practitioner&amp;theme=dark&amp;mode=ungraded\"\n        title=\"Quiz: Who does this job? A first look\" width=\"100%\" height=\"480\" frameborder=\"0\"\n        sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>\n<script src=\"https://example.org/lmi/resize.js\" defer></script>   <!-- optional: auto-height and events -->"
        );
    }

    #[test]
    fn every_demo_bundle_is_offered_with_its_element() {
        let offered = bundle_options(Lang::EN);
        assert_eq!(offered.len(), BUNDLES.len(), "every bundle has an element");
        for kind in ["quiz", "reading", "occupations"] {
            assert!(BUNDLES.iter().any(|b| b.0 == kind), "no {kind} bundle offered");
        }
        let explorer =
            Picked { element: &lmi_embed::contract::EXPLORER, bundle: "occupations.nl.json".into(), ..picked() };
        let snippet = iframe_snippet("https://example.org", &explorer);
        assert!(snippet.contains("widget=explorer&amp;src=/content/occupations.nl.json"), "{snippet}");
        assert!(snippet.contains("title=\"Occupation explorer: "), "{snippet}");
        assert!(script_snippet("", &explorer).contains("<lmi-explorer src=\"/content/occupations.nl.json\""));
    }

    #[test]
    fn the_pickers_speak_the_pages_language_and_keep_their_values() {
        let nl = Lang::from_tag("nl").expect("nl");
        let offered = bundle_options(nl);
        let first_look = offered.iter().find(|(file, _)| *file == "quiz-first-look.json").expect("offered");
        assert_eq!(first_look.1, "Quiz: Wie doet deze job? Een eerste blik");
        assert!(offered.iter().any(|(_, label)| label.starts_with("Leesoefeningen: ")), "{offered:?}");
        assert_eq!(TITLES.len(), BUNDLES.len());
        let ar = Lang::from_tag("ar").expect("ar");
        let audiences = menu(ar, AUDIENCES);
        assert_eq!(audiences.iter().map(|(v, _)| *v).collect::<Vec<_>>(), ["pupil", "jobseeker", "practitioner"]);
        assert_eq!(menu(Lang::EN, MODES), [("graded", "graded"), ("ungraded", "ungraded")], "English shows the values");
    }

    #[test]
    fn values_are_escaped_for_the_query_and_the_attribute() {
        let odd = Picked { bundle: "my quiz&1.json".into(), label: "\"Jobs\" <&> pay".into(), ..picked() };
        let snippet = iframe_snippet("https://example.org", &odd);
        assert!(snippet.contains("src=/content/my%20quiz%261.json&amp;lang=nl"), "{snippet}");
        assert!(snippet.contains("title=\"Quiz: &quot;Jobs&quot; &lt;&amp;&gt; pay\""), "{snippet}");
        assert!(script_snippet("", &odd).contains("src=\"/content/my quiz&amp;1.json\""));
    }
}
