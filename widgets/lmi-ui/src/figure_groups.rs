//! Several figures that stand together, as in a quiz's reveal: each on one short line that names what it is
//! about, and what they share said once under them (reliability, source, place and time, the caveat's sentences
//! every one of them carries), so a reveal with five figures stays short enough to read on a phone.

use std::sync::Arc;

use leptos::prelude::*;
use lmi_content::{Cites, Figure, Lang, LocalText, Reliability, Source};

use crate::ContentLang;
use crate::figure::{SourceLine, figure_context, flags_text, range_kind_name, reliability_badge};
use crate::format::{format_figure_value, format_value};
use crate::{Msg, Ui};

/// `figures` in groups of the same source and reliability, in the order each group first appears.
#[component]
pub fn FigureGroups<B: Cites + Send + Sync + 'static>(
    /// The figures, each with its `about`.
    figures: Vec<Figure>,
    /// The bundle, for the figures' sources.
    bundle: Arc<B>,
    /// Language of the UI.
    ui: Ui,
    /// Language of bundle text.
    lang: ContentLang,
) -> impl IntoView {
    groups(&figures, &*bundle)
        .into_iter()
        .map(|g| {
            // When every figure was measured at the same time and place, say so once under them.
            let contexts: Vec<String> = g.figures.iter().map(|f| figure_context(ui, f)).collect();
            let shared_context = contexts.windows(2).all(|w| w[0] == w[1]).then(|| contexts[0].clone());
            // Flags every figure carries (a break in the series they all come from) are said once, too.
            let shared_flags = (g.figures.len() > 1 && g.figures.iter().all(|f| f.flags == g.figures[0].flags))
                .then(|| flags_text(ui, g.figures[0].flags))
                .flatten();
            let (shared, own) = split_caveats(&lang, &g.figures, &*bundle);
            let show = Shown { context: shared_context.is_none(), flags: shared_flags.is_none() };
            let rows = g.figures.iter().zip(own).map(|(f, note)| figure_row(ui, &lang, f, show, note)).collect_view();
            view! {
                <div class="figure figure-group">
                    <ul class="figure-rows">{rows}</ul>
                    {shared_context.map(|c| view! { <p class="figure-context">{c}</p> })}
                    {shared_flags.map(|t| view! {
                        <p class="figure-flags"><strong>{ui.t(Msg::FlagHeading)}": "</strong>{t}</p>
                    })}
                    {g.reliability.map(|r| view! {
                        <p class="figure-reliability">{reliability_badge(ui, r.level)}" "{lang.view(&r.reason)}</p>
                    })}
                    {shared.map(|c| view! {
                        <p class="figure-caveat"><strong>{ui.t(Msg::FigureCaveat)}": "</strong>{lang.view(&c)}</p>
                    })}
                    {g.source.map(|s| view! { <SourceLine source=s ui lang=lang.clone()/> })}
                </div>
            }
        })
        .collect_view()
}

/// Figures that share their source and reliability.
struct Group<'a> {
    figures: Vec<&'a Figure>,
    source: Option<Source>,
    reliability: Option<Reliability>,
}

fn groups<'a, B: Cites>(figures: &'a [Figure], bundle: &B) -> Vec<Group<'a>> {
    let mut out: Vec<Group<'a>> = Vec::new();
    for f in figures {
        let reliability = bundle.reliability(f);
        match out.iter_mut().find(|g| g.figures[0].source == f.source && g.reliability.as_ref() == reliability) {
            Some(g) => g.figures.push(f),
            None => out.push(Group {
                figures: vec![f],
                source: bundle.source(&f.source).cloned(),
                reliability: reliability.cloned(),
            }),
        }
    }
    out
}

/// The caveat sentences every figure of a group carries, said once, and what each figure says beyond them,
/// in the reader's language (each text keeps the language it is really in).
fn split_caveats<B: Cites>(
    lang: &ContentLang,
    figures: &[&Figure],
    bundle: &B,
) -> (Option<LocalText>, Vec<Option<LocalText>>) {
    let picked: Vec<Option<(Lang, Vec<&str>)>> = figures
        .iter()
        .map(|f| {
            let text = bundle.caveat(f)?.pick(&lang.want, &lang.fallback)?;
            Some((text.lang.clone(), sentences(text.text)))
        })
        .collect();
    let first = picked.first().cloned().flatten();
    let common: Vec<&str> = first
        .as_ref()
        .map(|(_, s)| {
            s.iter()
                .copied()
                .filter(|s| picked.iter().all(|p| p.as_ref().is_some_and(|(_, o)| o.contains(s))))
                .collect()
        })
        .unwrap_or_default();
    let text = |lang: &Lang, parts: Vec<&str>| {
        (!parts.is_empty()).then(|| LocalText([(lang.clone(), parts.join(" "))].into_iter().collect()))
    };
    let shared = first.as_ref().and_then(|(l, _)| text(l, common.clone()));
    let own = picked
        .iter()
        .map(|p| p.as_ref().and_then(|(l, s)| text(l, s.iter().copied().filter(|s| !common.contains(s)).collect())))
        .collect();
    (shared, own)
}

/// A text's sentences: each ends at `.`, `?`, `!` or `؟` before a space, so a decimal point (4.9) stays inside.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '.' | '?' | '!' | '؟') && text[end..].starts_with(' ') {
            out.push(text[start..end].trim());
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

/// What a row says itself rather than leave to its group.
#[derive(Clone, Copy)]
struct Shown {
    context: bool,
    flags: bool,
}

/// "Electricians: 2.2%", then "2023 · Belgium" and the publisher's flags unless the group says them once, the
/// range, and what only this figure's caveat says.
fn figure_row(ui: Ui, lang: &ContentLang, f: &Figure, show: Shown, note: Option<LocalText>) -> impl IntoView + use<> {
    let about = f.about.as_ref().map(|a| view! { <span class="figure-about">{lang.view(a)}": "</span> });
    let range = f.range.map(|r| {
        let low = format_value(ui, r.low, f.unit, f.currency.as_deref());
        let high = format_value(ui, r.high, f.unit, f.currency.as_deref());
        ui.f(Msg::FigureRange, &[("low", &low), ("high", &high), ("what", range_kind_name(ui, r.kind))])
    });
    let flags = show.flags.then(|| flags_text(ui, f.flags)).flatten();
    view! {
        <li>
            {about}
            <strong class="figure-value">{format_figure_value(ui, f)}</strong>
            {show.context.then(|| view! { " " <span class="figure-context">{figure_context(ui, f)}</span> })}
            {range.map(|r| view! { " " <span class="figure-range">{r}</span> })}
            {flags.map(|t| view! { " " <span class="figure-flags">"("{ui.t(Msg::FlagHeading)}": "{t}")"</span> })}
            {note.map(|n| view! { <span class="figure-note">{lang.view(&n)}</span> })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::sentences;

    #[test]
    fn sentences_end_before_a_space_so_decimals_stay_whole() {
        assert_eq!(
            sentences("About 4.9 million. Eurostat marks a break in 2021: compare with care. Done"),
            ["About 4.9 million.", "Eurostat marks a break in 2021: compare with care.", "Done"]
        );
        assert_eq!(sentences("هل هذا صحيح؟ نعم."), ["هل هذا صحيح؟", "نعم."]);
        assert!(sentences("").is_empty());
    }
}
