//! Every source of a bundle explained in plain words: who published it, what was measured, when, how, what it
//! leaves out and how far to trust it.

use lmi_content::{Bundle, Cites, Unit};

use super::figures::{capitalised, question_figures, reliability};
use super::html::Html;
use super::words;

/// One `<section id="source-<id>">` per source, headed `<h3>`; answer keys link to these ids.
pub fn explained(h: &mut Html, bundle: &Bundle) {
    let meta = bundle.meta();
    for source in bundle.sources() {
        h.raw("<section class=\"source\" id=\"source-").text(&source.id).raw("\">");
        h.el("h3", &source.title);
        h.raw("<dl>");
        h.el("dt", "Who published it").el("dd", &source.publisher);

        h.raw("<dt>What was measured</dt><dd>")
            .text(&source.title)
            .text(&format!(", covering {}.", words::region(&source.coverage)));
        let measures: Vec<String> =
            units_from(bundle, &source.id).into_iter().map(|u| words::measure(u).to_owned()).collect();
        if !measures.is_empty() {
            h.text(&format!(" This activity uses it for {}.", words::list(&measures)));
        }
        h.raw("</dd>");

        h.raw("<dt>When</dt><dd>").text(&format!(
            "The figures are for {}. LMI Kit took them from the publisher on {}.",
            words::period(&source.period),
            source.retrieved
        ));
        h.raw("</dd>");

        let (method, how) = words::method(source.method);
        h.raw("<dt>How it was made</dt><dd>").text(&format!("{}. {how}", capitalised(method))).raw("</dd>");

        h.raw("<dt>What it leaves out</dt><dd>");
        if source.limitations.is_empty() {
            h.text("The bundle lists no known limitations. Every source has some: ask who or what could be missing.");
        } else {
            h.raw("<ul>");
            for limitation in &source.limitations {
                h.raw("<li>").local(limitation, meta).raw("</li>");
            }
            h.raw("</ul>");
        }
        h.raw("</dd>");

        h.raw("<dt>How far to trust it</dt><dd>");
        match &source.reliability {
            Some(r) => reliability(h, r, bundle),
            None => {
                h.text("Each figure gives its own reliability (see the answer key).");
            }
        }
        h.raw("</dd>");

        if let Some(caveat) = &source.caveat {
            h.raw("<dt>Keep in mind</dt><dd>").local(caveat, meta).raw("</dd>");
        }
        h.raw("<dt>Licence</dt><dd>").text(&source.licence);
        if let Some(attribution) = &source.attribution {
            h.text(". ").text(attribution);
        }
        h.raw("</dd><dt>Read more</dt><dd>").external_link(&source.url, &source.url).raw("</dd>");
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
