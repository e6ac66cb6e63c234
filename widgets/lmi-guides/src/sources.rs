//! Every source of a bundle explained in plain words: who published it, what was measured, when, how, what it
//! leaves out and how far to trust it.

use lmi_content::{Bundle, Cites, Unit};

use super::figures::{question_figures, reliability};
use super::html::Html;
use super::words;
use crate::i18n::{Language, Msg};

/// One `<section id="source-<id>">` per source, headed `<h3>`; answer keys link to these ids.
pub fn explained(h: &mut Html, bundle: &Bundle, l: Language) {
    let meta = bundle.meta();
    let term = |h: &mut Html, msg: Msg| {
        h.el("dt", l.t(msg));
    };
    for source in bundle.sources() {
        h.raw("<section class=\"source\" id=\"source-").text(&source.id).raw("\">");
        h.el("h3", &source.title);
        h.raw("<dl>");
        term(h, Msg::SourcePublisher);
        h.el("dd", &source.publisher);

        term(h, Msg::SourceMeasured);
        let region = words::region(l, &source.coverage);
        h.raw("<dd>").text(&l.f(Msg::SourceCovering, &[("title", &source.title), ("region", &region)]));
        let measures: Vec<String> =
            units_from(bundle, &source.id).into_iter().map(|u| words::measure(l, u).to_owned()).collect();
        if !measures.is_empty() {
            h.text(" ").text(&l.f(Msg::SourceUses, &[("measures", &words::list(l, &measures))]));
        }
        h.raw("</dd>");

        term(h, Msg::SourceWhen);
        let (period, retrieved) = (words::period(l, &source.period), words::date(l, &source.retrieved));
        h.el("dd", &l.f(Msg::SourceWhenText, &[("period", &period), ("date", &retrieved)]));

        term(h, Msg::SourceHow);
        let (method, how) = words::method(l, source.method);
        h.el("dd", &format!("{method}. {how}"));

        term(h, Msg::SourceLeavesOut);
        h.raw("<dd>");
        if source.limitations.is_empty() {
            h.text(l.t(Msg::SourceNoLimitations));
        } else {
            h.raw("<ul>");
            for limitation in &source.limitations {
                h.raw("<li>").local(limitation, meta, l).raw("</li>");
            }
            h.raw("</ul>");
        }
        h.raw("</dd>");

        term(h, Msg::SourceTrust);
        h.raw("<dd>");
        match &source.reliability {
            Some(r) => reliability(h, r, bundle, l),
            None => {
                h.text(l.t(Msg::SourcePerFigure));
            }
        }
        h.raw("</dd>");

        if let Some(caveat) = &source.caveat {
            term(h, Msg::SourceKeepInMind);
            h.raw("<dd>").local(caveat, meta, l).raw("</dd>");
        }
        term(h, Msg::SourceLicence);
        h.raw("<dd>").text(&source.licence);
        if let Some(attribution) = &source.attribution {
            h.text(". ").text(attribution);
        }
        h.raw("</dd>");
        term(h, Msg::SourceReadMore);
        h.raw("<dd>").external_link(&source.url, &source.url).raw("</dd>");
        h.raw("</dl></section>");
    }
}

/// The units of every figure or dataset in `bundle` that cites `source`, in first-seen order.
fn units_from(bundle: &Bundle, source: &str) -> Vec<Unit> {
    let mut found: Vec<Unit> = Vec::new();
    let mut add = |unit: Unit, cited: &str| {
        if cited == source && !found.contains(&unit) {
            found.push(unit);
        }
    };
    match bundle {
        Bundle::Quiz(quiz) => {
            for figure in quiz.questions.iter().flat_map(question_figures) {
                add(figure.unit, &figure.source);
            }
        }
        Bundle::Reading(reading) => {
            for dataset in &reading.datasets {
                add(dataset.unit, &dataset.source);
            }
        }
        Bundle::Occupations(_) => {}
    }
    found
}
