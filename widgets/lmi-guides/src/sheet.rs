//! The printable version of an activity, for a classroom without devices: the question sheet (questions and
//! options, no answers; reading exercises with their data as a table), then on a new page the answer key and
//! the sources. On screen it is an ordinary page; `@media print` in guides.css hides the navigation and
//! starts the answer key (and each reading level) on a new page.

use lmi_content::{Answer, Bundle, Cites, Dataset, Meta, OrderItem, QuizBundle, ReadingAnswer, ReadingBundle};

use super::activity::Activity;
use super::answers::answer_key;
use super::figures::citation;
use super::html::{Html, pick};
use super::page::{NavLink, home, page as shell};
use super::sources;
use super::words;
use crate::i18n::{Language, Msg};

/// The whole print page of `activity` in `l`.
pub fn page(activity: &Activity, l: Language) -> String {
    let bundle = &activity.bundle;
    let mut main = Html::new();
    main.el("h1", activity.title(l));
    main.el("p class=\"screen-only note\"", l.t(Msg::SheetPrintNote));
    main.raw("<section class=\"sheet\" aria-labelledby=\"sheet-heading\">");
    main.el("h2 id=\"sheet-heading\"", l.t(Msg::SheetHeading));
    main.raw("<p class=\"name-line\">").text(l.t(Msg::SheetName)).raw(" <span class=\"blank\"></span> ");
    main.text(l.t(Msg::SheetDate)).raw(" <span class=\"blank\"></span></p>");
    match bundle {
        Bundle::Quiz(quiz) => quiz_sheet(&mut main, quiz, l),
        Bundle::Reading(reading) => reading_sheet(&mut main, reading, bundle, l),
        Bundle::Occupations(_) => {}
    }
    main.raw("</section>");
    main.raw("<section class=\"answer-key\" aria-labelledby=\"key-heading\">");
    main.el("h2 id=\"key-heading\"", l.t(Msg::KeyHeading));
    main.el("p class=\"note\"", l.t(Msg::SheetKeyNote));
    answer_key(&mut main, bundle, l);
    main.raw("</section>");
    main.raw("<section class=\"sources\" aria-labelledby=\"sources-heading\">");
    main.el("h2 id=\"sources-heading\"", l.t(Msg::SheetSources));
    sources::explained(&mut main, bundle, l);
    main.raw("</section>");

    let mut footer = Html::new();
    footer.text(&format!("{} ({}). ", activity.meta().attribution, activity.meta().licence));
    let nav = [
        NavLink::new(home(l), l.t(Msg::NavHome)),
        NavLink::new(l.file("index"), l.t(Msg::NavAllGuides)),
        NavLink::new(activity.guide_file(l), l.t(Msg::NavGuide)),
    ];
    let file = |other: Language| activity.print_file(other);
    shell(l, &l.f(Msg::SheetTitle, &[("title", activity.title(l))]), &nav, &file, main, footer)
}

fn quiz_sheet(h: &mut Html, quiz: &QuizBundle, l: Language) {
    let meta = &quiz.meta;
    h.el("p", l.t(Msg::SheetQuizIntro));
    for (n, question) in quiz.questions.iter().enumerate() {
        h.raw("<div class=\"sheet-item\">");
        h.el("h3", &l.f(Msg::KeyQuestion, &[("n", &(n + 1).to_string())]));
        h.raw("<p class=\"question\">").local(&question.text, meta, l).raw("</p>");
        if let Some(image) = &question.image {
            // Images are paths relative to the bundle (validated), and bundles live in ../content/.
            h.raw("<img src=\"../content/").text(&image.src).raw("\" alt=\"");
            h.text(pick(&image.alt, meta, l)).raw("\">");
        }
        match &question.answer {
            Answer::TrueFalse { .. } => {
                h.raw("<ul class=\"boxes\">").el("li", l.t(Msg::SheetTrue)).el("li", l.t(Msg::SheetFalse));
                h.raw("</ul>");
            }
            Answer::Choice { options } => {
                h.raw("<ul class=\"boxes\">");
                for option in options {
                    h.raw("<li>").local(&option.text, meta, l).raw("</li>");
                }
                h.raw("</ul>");
            }
            Answer::Estimate { unit, currency, min, max, .. } => {
                let currency = currency.as_deref();
                h.raw("<p class=\"write-in\">").text(l.t(Msg::SheetMyGuess)).raw(" <span class=\"blank\"></span> ");
                h.text(&words::unit_name(l, *unit, currency)).raw("</p><p class=\"hint\">");
                let min = words::short_value(l, *min, *unit, currency);
                let max = words::short_value(l, *max, *unit, currency);
                h.text(&l.f(Msg::SheetBetween, &[("min", &min), ("max", &max)])).raw("</p>");
            }
            Answer::HigherLower { left, right } => {
                h.raw("<ul class=\"boxes\"><li>").local(&left.label, meta, l).raw("</li><li>");
                h.local(&right.label, meta, l).raw("</li></ul>");
            }
            Answer::Order { items, direction } => {
                let msg = if direction.highest_first() { Msg::SheetNumberHighest } else { Msg::SheetNumberLowest };
                h.el("p", &l.f(msg, &[("n", &items.len().to_string())]));
                h.raw("<ul class=\"boxes numbered\">");
                for item in sheet_order(items, meta, l) {
                    h.raw("<li>").local(&item.label, meta, l).raw("</li>");
                }
                h.raw("</ul>");
            }
        }
        h.raw("</div>");
    }
}

/// The order a sheet lists items in: alphabetical in the page's language, and never the answer's own order.
pub fn sheet_order<'a>(items: &'a [OrderItem], meta: &Meta, l: Language) -> Vec<&'a OrderItem> {
    let mut listed: Vec<&OrderItem> = items.iter().collect();
    listed.sort_by_key(|item| pick(&item.label, meta, l).to_lowercase());
    if listed.iter().map(|i| &i.id).eq(items.iter().map(|i| &i.id)) {
        listed.rotate_left(1);
    }
    listed
}

fn reading_sheet(h: &mut Html, reading: &ReadingBundle, bundle: &Bundle, l: Language) {
    let meta = &reading.meta;
    h.el("p", l.t(Msg::SheetReadingIntro));
    let mut levels: Vec<u8> = reading.exercises.iter().map(|e| e.level).collect();
    levels.sort_unstable();
    levels.dedup();
    for level in levels {
        h.raw("<div class=\"sheet-level\">");
        h.el("h3", &l.f(Msg::SheetLevel, &[("level", &level.to_string()), ("skill", words::level(l, level))]));
        for (n, exercise) in reading.exercises.iter().enumerate().filter(|(_, e)| e.level == level) {
            h.raw("<div class=\"sheet-exercise\"><h4>");
            h.fill(l.t(Msg::SheetExercise), |h, name| {
                if name == "n" {
                    h.text(&(n + 1).to_string());
                } else {
                    h.local(&exercise.title, meta, l);
                }
            });
            h.raw("</h4><p class=\"outcome\">").local(&exercise.outcome, meta, l).raw("</p>");
            let dataset = reading.datasets.iter().find(|d| d.id == exercise.dataset);
            if let Some(dataset) = dataset {
                data_table(h, dataset, bundle, l);
            }
            for (m, question) in exercise.questions.iter().enumerate() {
                h.raw("<div class=\"sheet-item\"><p class=\"question\"><strong>")
                    .text(&words::isolated(l, &format!("{}.{}", n + 1, m + 1)))
                    .raw(" </strong>")
                    .local(&question.text, meta, l)
                    .raw("</p>");
                match &question.answer {
                    ReadingAnswer::Numeric { unit, .. } => {
                        let currency = dataset.and_then(|d| d.currency.as_deref());
                        h.raw("<p class=\"write-in\">").text(l.t(Msg::SheetMyAnswer));
                        h.raw(" <span class=\"blank\"></span> ").text(&words::unit_name(l, *unit, currency));
                        h.raw("</p>");
                    }
                    ReadingAnswer::Choice { options } => {
                        h.raw("<ul class=\"boxes\">");
                        for option in options {
                            h.raw("<li>").local(&option.text, meta, l).raw("</li>");
                        }
                        h.raw("</ul>");
                    }
                }
                h.raw("</div>");
            }
            h.raw("</div>");
        }
        h.raw("</div>");
    }
}

/// A dataset as a table: categories down, series across; a missing value says so rather than showing 0.
fn data_table(h: &mut Html, dataset: &Dataset, bundle: &Bundle, l: Language) {
    let meta = bundle.meta();
    let currency = dataset.currency.as_deref();
    h.raw("<div class=\"table-wrap\"><table class=\"data\"><caption>").local(&dataset.title, meta, l);
    h.text(&format!(" ({})", words::unit_name(l, dataset.unit, currency))).raw("</caption><thead><tr>");
    // Reading datasets put years or jobs along the category axis.
    let years = dataset.categories.iter().all(|c| c.0.values().all(|t| t.len() == 4 && t.parse::<u16>().is_ok()));
    h.el("th scope=\"col\"", l.t(if years { Msg::SheetYear } else { Msg::SheetJob }));
    for series in &dataset.series {
        h.raw("<th scope=\"col\">").local(&series.label, meta, l).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for (i, category) in dataset.categories.iter().enumerate() {
        h.raw("<tr><th scope=\"row\">").local(category, meta, l).raw("</th>");
        for series in &dataset.series {
            match series.values.get(i).copied().flatten() {
                Some(v) => h.el("td", &words::short_value(l, v, dataset.unit, currency)),
                None => h.el("td class=\"missing\"", l.t(Msg::SheetNotPublished)),
            };
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
    h.raw("<p class=\"cite\">").text(&words::place(l, &dataset.region)).text(words::comma(l));
    h.text(&words::period(l, &dataset.period)).text(". ");
    if let Some(caveat) = &dataset.caveat {
        h.local(caveat, meta, l).text(" ");
    }
    if let Some(source) = bundle.source(&dataset.source) {
        citation(h, source, l);
    }
    h.raw("</p>");
}
