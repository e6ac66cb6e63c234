//! The printable version of an activity, for a classroom without devices: the question sheet (questions and
//! options, no answers; reading exercises with their data as a table), then on a new page the answer key and
//! the sources. On screen it is an ordinary page; `@media print` in guides.css hides the navigation and
//! starts the answer key (and each reading level) on a new page.

use lmi_content::{Answer, Bundle, Cites, Dataset, Meta, OrderItem, QuizBundle, ReadingAnswer, ReadingBundle};

use super::activity::Activity;
use super::answers::answer_key;
use super::figures::{capitalised, citation};
use super::html::{Html, pick};
use super::page::{NavLink, page as shell};
use super::sources;
use super::words;

/// The whole print page of `activity`.
pub fn page(activity: &Activity) -> String {
    let bundle = &activity.bundle;
    let mut main = Html::new();
    main.raw("<h1>").text(activity.title()).raw("</h1>");
    main.raw("<p class=\"screen-only note\">Print this page (Ctrl+P, or ⌘+P on a Mac). The question sheet comes ")
        .raw("first; the answer key, for the teacher, starts on a new page. No device is needed in class.</p>");
    main.raw("<section class=\"sheet\" aria-labelledby=\"sheet-heading\">");
    main.raw("<h2 id=\"sheet-heading\">Question sheet</h2>");
    main.raw("<p class=\"name-line\">Name: <span class=\"blank\"></span> Date: <span class=\"blank\"></span></p>");
    match bundle {
        Bundle::Quiz(quiz) => quiz_sheet(&mut main, quiz),
        Bundle::Reading(reading) => reading_sheet(&mut main, reading, bundle),
        Bundle::Occupations(_) => {}
    }
    main.raw("</section>");
    main.raw("<section class=\"answer-key\" aria-labelledby=\"key-heading\">");
    main.raw("<h2 id=\"key-heading\">Answer key</h2>");
    main.raw("<p class=\"note\">For the teacher: the right answers, why, and where every figure comes from.</p>");
    answer_key(&mut main, bundle);
    main.raw("</section>");
    main.raw("<section class=\"sources\" aria-labelledby=\"sources-heading\">");
    main.raw("<h2 id=\"sources-heading\">Sources</h2>");
    sources::explained(&mut main, bundle);
    main.raw("</section>");

    let mut footer = Html::new();
    footer.text(&format!("{} ({}). ", activity.meta().attribution, activity.meta().licence));
    let nav = [
        NavLink::new("../index.html", "LMI Kit home"),
        NavLink::new("index.html", "All guides"),
        NavLink::new(activity.guide_file(), "Teacher guide"),
    ];
    shell(&format!("{}: printable sheet", activity.title()), &nav, main, footer)
}

fn quiz_sheet(h: &mut Html, quiz: &QuizBundle) {
    let meta = &quiz.meta;
    h.raw("<p>Read each question. Tick one box, or write your answer on the line.</p>");
    for (n, question) in quiz.questions.iter().enumerate() {
        h.raw("<div class=\"sheet-item\">");
        h.el("h3", &format!("Question {}", n + 1));
        h.raw("<p class=\"question\">").local(&question.text, meta).raw("</p>");
        if let Some(image) = &question.image {
            // Images are paths relative to the bundle (validated), and bundles live in ../content/.
            h.raw("<img src=\"../content/").text(&image.src).raw("\" alt=\"").text(pick(&image.alt, meta)).raw("\">");
        }
        match &question.answer {
            Answer::TrueFalse { .. } => {
                h.raw("<ul class=\"boxes\"><li>True</li><li>False</li></ul>");
            }
            Answer::Choice { options } => {
                h.raw("<ul class=\"boxes\">");
                for option in options {
                    h.raw("<li>").local(&option.text, meta).raw("</li>");
                }
                h.raw("</ul>");
            }
            Answer::Estimate { unit, currency, min, max, .. } => {
                let currency = currency.as_deref();
                h.raw("<p class=\"write-in\">My guess: <span class=\"blank\"></span> ")
                    .text(&words::unit_name(*unit, currency))
                    .raw("</p><p class=\"hint\">")
                    .text(&format!(
                        "Somewhere between {} and {}.",
                        words::short_value(*min, *unit, currency),
                        words::short_value(*max, *unit, currency)
                    ))
                    .raw("</p>");
            }
            Answer::HigherLower { left, right } => {
                h.raw("<ul class=\"boxes\"><li>").local(&left.label, meta).raw("</li><li>");
                h.local(&right.label, meta).raw("</li></ul>");
            }
            Answer::Order { items, direction } => {
                let (first, last) =
                    if direction.highest_first() { ("highest", "lowest") } else { ("lowest", "highest") };
                h.el("p", &format!("Number them from 1 ({first}) to {} ({last}):", items.len()));
                h.raw("<ul class=\"boxes numbered\">");
                for item in sheet_order(items, meta) {
                    h.raw("<li>").local(&item.label, meta).raw("</li>");
                }
                h.raw("</ul>");
            }
        }
        h.raw("</div>");
    }
}

/// The order a sheet lists items in: alphabetical, and never the answer's own order.
pub fn sheet_order<'a>(items: &'a [OrderItem], meta: &Meta) -> Vec<&'a OrderItem> {
    let mut listed: Vec<&OrderItem> = items.iter().collect();
    listed.sort_by_key(|item| pick(&item.label, meta).to_lowercase());
    if listed.iter().map(|i| &i.id).eq(items.iter().map(|i| &i.id)) {
        listed.rotate_left(1);
    }
    listed
}

fn reading_sheet(h: &mut Html, reading: &ReadingBundle, bundle: &Bundle) {
    let meta = &reading.meta;
    h.raw("<p>Each exercise gives its data as a table. Where a question speaks of a bar, a line or a range, read ")
        .raw("the row of the table instead: it holds the same figures. Tick one box or write your answer on the ")
        .raw("line.</p>");
    let mut levels: Vec<u8> = reading.exercises.iter().map(|e| e.level).collect();
    levels.sort_unstable();
    levels.dedup();
    for level in levels {
        h.raw("<div class=\"sheet-level\">");
        h.el("h3", &format!("Level {level}: {}", words::level(level)));
        for (n, exercise) in reading.exercises.iter().enumerate().filter(|(_, e)| e.level == level) {
            h.raw("<div class=\"sheet-exercise\">");
            h.raw("<h4>").text(&format!("Exercise {}: ", n + 1)).local(&exercise.title, meta).raw("</h4>");
            h.raw("<p class=\"outcome\">").local(&exercise.outcome, meta).raw("</p>");
            if let Some(dataset) = reading.datasets.iter().find(|d| d.id == exercise.dataset) {
                data_table(h, dataset, bundle);
            }
            for (m, question) in exercise.questions.iter().enumerate() {
                h.raw("<div class=\"sheet-item\"><p class=\"question\"><strong>")
                    .text(&format!("{}.{} ", n + 1, m + 1))
                    .raw("</strong>")
                    .local(&question.text, meta)
                    .raw("</p>");
                match &question.answer {
                    ReadingAnswer::Numeric { unit, .. } => {
                        let currency = reading.datasets.iter().find(|d| d.id == exercise.dataset);
                        let currency = currency.and_then(|d| d.currency.as_deref());
                        h.raw("<p class=\"write-in\">My answer: <span class=\"blank\"></span> ")
                            .text(&words::unit_name(*unit, currency))
                            .raw("</p>");
                    }
                    ReadingAnswer::Choice { options } => {
                        h.raw("<ul class=\"boxes\">");
                        for option in options {
                            h.raw("<li>").local(&option.text, meta).raw("</li>");
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
fn data_table(h: &mut Html, dataset: &Dataset, bundle: &Bundle) {
    let meta = bundle.meta();
    let currency = dataset.currency.as_deref();
    h.raw("<div class=\"table-wrap\"><table class=\"data\"><caption>").local(&dataset.title, meta);
    h.text(&format!(" ({})", words::unit_name(dataset.unit, currency))).raw("</caption><thead><tr>");
    // Reading datasets put years or jobs along the category axis.
    let years = dataset.categories.iter().all(|c| c.0.values().all(|t| t.len() == 4 && t.parse::<u16>().is_ok()));
    h.el("th scope=\"col\"", if years { "Year" } else { "Job" });
    for series in &dataset.series {
        h.raw("<th scope=\"col\">").local(&series.label, meta).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for (i, category) in dataset.categories.iter().enumerate() {
        h.raw("<tr><th scope=\"row\">").local(category, meta).raw("</th>");
        for series in &dataset.series {
            match series.values.get(i).copied().flatten() {
                Some(v) => h.el("td", &words::short_value(v, dataset.unit, currency)),
                None => h.el("td class=\"missing\"", "not published"),
            };
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
    h.raw("<p class=\"cite\">").text(&capitalised(&words::region(&dataset.region))).text(", ");
    h.text(&words::period(&dataset.period)).text(". ");
    if let Some(caveat) = &dataset.caveat {
        h.local(caveat, meta).text(" ");
    }
    if let Some(source) = bundle.source(&dataset.source) {
        citation(h, source);
    }
    h.raw("</p>");
}
