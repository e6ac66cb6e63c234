//! A cited figure in an answer key: its value, range, region and period, reliability and source.

use lmi_content::{Answer, Bundle, Cites, Figure, Question, Reliability, Source};

use super::html::Html;
use super::words;
use crate::i18n::{Language, Msg};

/// The figures behind one answer as a list, then the sources they come from, each linked to its explanation
/// further down the page.
pub fn figure_list(h: &mut Html, figures: &[&Figure], bundle: &Bundle, l: Language) {
    if figures.is_empty() {
        return;
    }
    h.raw("<ul class=\"figures\">");
    for figure in figures {
        h.raw("<li>");
        figure_item(h, figure, bundle, l);
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
            citation(h, source, l);
            h.raw("</p>");
        }
    }
}

fn figure_item(h: &mut Html, figure: &Figure, bundle: &Bundle, l: Language) {
    let meta = bundle.meta();
    let currency = figure.currency.as_deref();
    h.el("strong", &words::value(l, figure.value, figure.unit, currency));
    if let Some(range) = figure.range {
        let low = words::short_value(l, range.low, figure.unit, currency);
        let high = words::short_value(l, range.high, figure.unit, currency);
        h.text(&format!(" ({})", words::range(l, range.kind, &low, &high)));
    }
    h.text(&format!(" · {}{}{}", words::place(l, &figure.region), words::comma(l), words::period(l, &figure.period)));
    let source_default = bundle.source(&figure.source).and_then(|s| s.reliability.as_ref());
    if let Some(reliability) = figure.reliability.as_ref().or(source_default) {
        h.text(" · ").text(&l.f(Msg::FigureReliability, &[("level", words::reliability(l, reliability.level).0)]));
        if figure.reliability.is_some() {
            h.text(" (").local(&reliability.reason, meta, l).text(")");
        }
    }
    if let Some(caveat) = &figure.caveat {
        h.raw("<br><span class=\"caveat\">").text(l.t(Msg::FigureCaveat)).text(" ").local(caveat, meta, l);
        h.raw("</span>");
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
pub fn citation(h: &mut Html, source: &Source, l: Language) {
    // Publisher and title are written as published, so they keep their own comma.
    let label = format!("{}, {}", source.publisher, source.title);
    h.fill(l.t(Msg::CiteSource), |h, name| {
        if name == "link" {
            h.raw("<a href=\"#source-").text(&source.id).raw("\">").text(&label).raw("</a>");
        } else {
            h.text(&words::period(l, &source.period));
        }
    });
}

/// A reliability with its level in words, what that level means, and the bundle's reason.
pub fn reliability(h: &mut Html, reliability: &Reliability, bundle: &Bundle, l: Language) {
    let (level, meaning) = words::reliability(l, reliability.level);
    h.fill(l.t(Msg::ReliabilityExplained), |h, name| {
        if name == "level" {
            h.el("strong", &words::capitalised(level));
        } else {
            h.text(meaning);
        }
    });
    h.text(" ").local(&reliability.reason, bundle.meta(), l);
}
