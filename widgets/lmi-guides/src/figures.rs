//! A cited figure in an answer key: its value, range, region and period, reliability and source.

use lmi_content::{Answer, Bundle, Cites, Figure, Question, Reliability, Source};

use super::html::Html;
use super::words;

/// The figures behind one answer as a list, then the sources they come from, each linked to its explanation
/// further down the page.
pub fn figure_list(h: &mut Html, figures: &[&Figure], bundle: &Bundle) {
    if figures.is_empty() {
        return;
    }
    h.raw("<ul class=\"figures\">");
    for figure in figures {
        h.raw("<li>");
        figure_item(h, figure, bundle);
        h.raw("</li>");
    }
    h.raw("</ul>");
    let mut cited: Vec<&str> = Vec::new();
    for figure in figures {
        if !cited.contains(&figure.source.as_str()) {
            cited.push(&figure.source);
        }
    }
    for id in cited {
        if let Some(source) = bundle.source(id) {
            h.raw("<p class=\"cite\">");
            citation(h, source);
            h.raw("</p>");
        }
    }
}

fn figure_item(h: &mut Html, figure: &Figure, bundle: &Bundle) {
    let meta = bundle.meta();
    let currency = figure.currency.as_deref();
    h.el("strong", &words::value(figure.value, figure.unit, currency));
    if let Some(range) = figure.range {
        let low = words::short_value(range.low, figure.unit, currency);
        let high = words::short_value(range.high, figure.unit, currency);
        h.text(&format!(" ({})", words::range(range.kind, &low, &high)));
    }
    h.text(&format!(" · {}, {}", capitalised(&words::region(&figure.region)), words::period(&figure.period)));
    let source_default = bundle.source(&figure.source).and_then(|s| s.reliability.as_ref());
    if let Some(reliability) = figure.reliability.as_ref().or(source_default) {
        h.text(&format!(" · reliability: {}", words::reliability(reliability.level).0));
        if figure.reliability.is_some() {
            h.text(" (").local(&reliability.reason, meta).text(")");
        }
    }
    if let Some(caveat) = &figure.caveat {
        h.raw("<br><span class=\"caveat\">Keep in mind: ").local(caveat, meta).raw("</span>");
    }
}

/// A question's figures: those it lists, then any figure of its answer's items that the list lacks.
pub fn question_figures(question: &Question) -> Vec<&Figure> {
    let mut all: Vec<&Figure> = question.figures.iter().collect();
    let items: Vec<&Figure> = match &question.answer {
        Answer::HigherLower { left, right } => vec![&left.figure, &right.figure],
        Answer::Order { items, .. } => items.iter().filter_map(|i| i.figure.as_ref()).collect(),
        _ => Vec::new(),
    };
    for figure in items {
        if !all.contains(&figure) {
            all.push(figure);
        }
    }
    all
}

/// "Source: publisher, title (period)", linked to the source's explanation on the same page.
pub fn citation(h: &mut Html, source: &Source) {
    h.raw("Source: <a href=\"#source-")
        .text(&source.id)
        .raw("\">")
        .text(&format!("{}, {}", source.publisher, source.title))
        .raw("</a> (")
        .text(&words::period(&source.period))
        .raw(")");
}

/// A reliability with its level in words, what that level means, and the bundle's reason.
pub fn reliability(h: &mut Html, reliability: &Reliability, bundle: &Bundle) {
    let (level, meaning) = words::reliability(reliability.level);
    h.el("strong", &capitalised(level)).text(&format!(": {meaning}. ")).local(&reliability.reason, bundle.meta());
}

/// "the United States" → "The United States".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
