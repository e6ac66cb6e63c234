//! The teacher guide of one activity: at a glance (age band, time, audience), learning outcomes, the myths
//! or the skills and levels, how to run it, discussion questions, the sources in plain words, the answer key.

use lmi_content::{Bundle, Cites, Method, QuizBundle, ReadingBundle};

use super::activity::Activity;
use super::answers::answer_key;
use super::html::Html;
use super::page::{NavLink, home, page as shell};
use super::sources;
use super::words;
use crate::i18n::{Language, Msg, PluralMsg};

/// The whole guide page of `activity` in `l`.
pub fn page(activity: &Activity, l: Language) -> String {
    let bundle = &activity.bundle;
    let meta = activity.meta();
    let title = activity.title(l);
    let mut main = Html::new();
    main.el("h1", &l.f(Msg::GuideHeading, &[("title", title)]));
    let size = activity.size(l);
    let lead = if activity.is_reading() { Msg::GuideLeadReading } else { Msg::GuideLeadQuiz };
    main.raw("<p class=\"lead\">").text(&l.f(lead, &[("size", &size)])).text(" ");
    main.linked(l.t(Msg::GuidePrint), &activity.print_file(l), l.t(Msg::GuidePrintLink)).raw("</p>");

    main.raw("<h2>").text(l.t(Msg::GlanceHeading)).raw("</h2><table class=\"glance\"><tbody>");
    let row = |h: &mut Html, label: Msg, value: &str| {
        h.raw("<tr>").el("th scope=\"row\"", l.t(label)).el("td", value).raw("</tr>");
    };
    let audiences: Vec<String> = meta.audience.iter().map(|a| words::audience(l, *a).to_owned()).collect();
    row(&mut main, Msg::GlanceWrittenFor, &words::list(l, &audiences));
    let ages = meta
        .age_band
        .map_or(l.t(Msg::GlanceNotSet).to_owned(), |a| words::isolated(l, &format!("{}–{}", a.min, a.max)));
    row(&mut main, Msg::GlanceAgeBand, &ages);
    let time = meta
        .duration_minutes
        .map_or(l.t(Msg::GlanceNotSet).to_owned(), |m| l.plural(PluralMsg::GlanceAboutMinutes, f64::from(m), &[]));
    row(&mut main, Msg::GlanceTime, &time);
    let languages: Vec<String> = meta.languages.iter().map(|tag| words::language(l, tag.as_str())).collect();
    row(&mut main, Msg::GlanceLanguages, &words::list(l, &languages));
    row(&mut main, Msg::GlanceLicence, &meta.licence);
    row(&mut main, Msg::GlanceLastReviewed, &words::date(l, &meta.last_reviewed));
    row(&mut main, Msg::GlanceBundleFile, &format!("content/{}", activity.file));
    main.raw("</tbody></table>");

    main.raw("<h2>").text(l.t(Msg::OutcomesHeading)).raw("</h2>");
    if meta.learning_outcomes.is_empty() {
        main.el("p", l.t(Msg::OutcomesNone));
    } else {
        main.raw("<ul>");
        for outcome in &meta.learning_outcomes {
            main.raw("<li>").local(outcome, meta, l).raw("</li>");
        }
        main.raw("</ul>");
    }

    match bundle {
        Bundle::Quiz(quiz) => myths(&mut main, quiz, l),
        Bundle::Reading(reading) => levels(&mut main, reading, l),
        Bundle::Occupations(_) => {}
    }
    how_to_run(&mut main, activity, l);
    discussion(&mut main, bundle, l);

    main.raw("<h2>").text(l.t(Msg::SourcesHeading)).raw("</h2>");
    main.el("p", l.t(Msg::SourcesIntro));
    sources::explained(&mut main, bundle, l);

    main.raw("<h2>").text(l.t(Msg::KeyHeading)).raw("</h2>");
    answer_key(&mut main, bundle, l);

    let mut footer = Html::new();
    footer.text(&l.f(
        Msg::GuideFooter,
        &[
            ("attribution", &meta.attribution),
            ("licence", &meta.licence),
            ("authors", &meta.authors.join(", ")),
            ("file", &format!("content/{}", activity.file)),
        ],
    ));
    let nav = [
        NavLink::new(home(l), l.t(Msg::NavHome)),
        NavLink::new(l.file("index"), l.t(Msg::NavAllGuides)),
        NavLink::new(activity.print_file(l), l.t(Msg::NavPrintable)),
    ];
    let file = |other: Language| activity.guide_file(other);
    shell(l, &l.f(Msg::GuideHeading, &[("title", title)]), &nav, &file, main, footer)
}

fn myths(h: &mut Html, quiz: &QuizBundle, l: Language) {
    h.raw("<h2>").text(l.t(Msg::MythsHeading)).raw("</h2>");
    h.el("p", l.t(Msg::MythsIntro));
    h.raw("<ol class=\"myths\">");
    for question in &quiz.questions {
        h.raw("<li>").local(&question.myth, &quiz.meta, l).raw("</li>");
    }
    h.raw("</ol>");
}

fn levels(h: &mut Html, reading: &ReadingBundle, l: Language) {
    let meta = &reading.meta;
    h.raw("<h2>").text(l.t(Msg::LevelsHeading)).raw("</h2>");
    h.el("p", l.t(Msg::LevelsIntro));
    h.raw("<table><caption>").text(l.t(Msg::LevelsCaption)).raw("</caption><thead><tr>");
    h.el("th scope=\"col\"", l.t(Msg::LevelsColExercise)).el("th scope=\"col\"", l.t(Msg::LevelsColLevel));
    h.el("th scope=\"col\"", l.t(Msg::LevelsColOutcome)).raw("</tr></thead><tbody>");
    for (n, exercise) in reading.exercises.iter().enumerate() {
        h.raw("<tr><th scope=\"row\">").text(&format!("{}. ", n + 1)).local(&exercise.title, meta, l).raw("</th>");
        h.el(
            "td",
            &l.f(
                Msg::LevelsCell,
                &[("level", &exercise.level.to_string()), ("skill", words::level(l, exercise.level))],
            ),
        );
        h.raw("<td>").local(&exercise.outcome, meta, l).raw("</td></tr>");
    }
    h.raw("</tbody></table>");
}

fn how_to_run(h: &mut Html, activity: &Activity, l: Language) {
    h.raw("<h2>").text(l.t(Msg::RunHeading)).raw("</h2><ul>");
    let Some(element) = activity.element() else {
        h.el("li", l.t(Msg::RunNoWidget)).raw("</ul>");
        return;
    };
    let frame =
        format!("../lmi/frame.html?widget={}&src=../content/{}&lang={}", element.widget, activity.file, l.tag());
    match &activity.bundle {
        Bundle::Reading(reading) => {
            h.raw("<li>").linked(l.t(Msg::RunOpenExercises), &frame, l.t(Msg::RunOpenExercisesLink));
            let mut levels: Vec<u8> = reading.exercises.iter().map(|e| e.level).collect();
            levels.sort_unstable();
            levels.dedup();
            for level in levels.into_iter().filter(|l| *l > 1) {
                h.raw(" <a href=\"").text(&format!("{frame}&level={level}")).raw("\">");
                h.text(&l.f(Msg::RunLevelLink, &[("level", &level.to_string())])).raw("</a>");
            }
            h.raw(".</li>");
        }
        _ => {
            h.raw("<li>").linked(l.t(Msg::RunOpenActivity), &frame, l.t(Msg::RunOpenActivityLink)).raw("</li>");
            let projector = format!("{frame}&display=class&solutions=hidden");
            h.raw("<li>").linked(l.t(Msg::RunProjector), &projector, l.t(Msg::RunProjectorLink)).raw("</li>");
        }
    }
    h.raw("<li>").linked(l.t(Msg::RunPrint), &activity.print_file(l), l.t(Msg::RunPrintLink)).raw("</li></ul>");
    h.el("p", l.t(Msg::RunPaste));
    let lang = if l == Language::EN { String::new() } else { format!(" lang=\"{}\"", l.tag()) };
    h.raw("<pre dir=\"ltr\"><code>").text(&format!(
        "<script type=\"module\" src=\"/lmi/lmi.js\"></script>\n<{el} src=\"/content/{file}\"{lang}></{el}>",
        el = element.tag,
        file = activity.file
    ));
    h.raw("</code></pre>");
}

/// The bundle's own reflection prompts, then questions about its sources (their region and method).
fn discussion(h: &mut Html, bundle: &Bundle, l: Language) {
    let meta = bundle.meta();
    h.raw("<h2>").text(l.t(Msg::DiscussionHeading)).raw("</h2><ul class=\"discussion\">");
    match bundle {
        Bundle::Quiz(quiz) => {
            for (n, question) in quiz.questions.iter().enumerate() {
                if let Some(reflection) = &question.reflection {
                    h.raw("<li>").local(reflection, meta, l).text(" ");
                    h.text(&l.f(Msg::DiscussionAfter, &[("n", &(n + 1).to_string())])).raw("</li>");
                }
            }
            if let Some(closing) = &quiz.closing_reflection {
                h.raw("<li>").local(closing, meta, l).text(" ").text(l.t(Msg::DiscussionAtEnd)).raw("</li>");
            }
        }
        Bundle::Reading(reading) => {
            for exercise in reading.exercises.iter().filter(|e| e.level == 4) {
                for question in &exercise.questions {
                    h.raw("<li>").local(&question.text, meta, l).text(" ");
                    h.fill(l.t(Msg::DiscussionLevel4), |h, _| {
                        h.raw("<i>").local(&exercise.title, meta, l).raw("</i>");
                    });
                    h.raw("</li>");
                }
            }
        }
        Bundle::Occupations(_) => {}
    }
    let mut regions: Vec<&str> = Vec::new();
    let mut methods: Vec<Method> = Vec::new();
    for source in bundle.sources() {
        if !regions.contains(&source.coverage.as_str()) {
            regions.push(&source.coverage);
        }
        if !methods.contains(&source.method) {
            methods.push(source.method);
        }
    }
    for region in regions {
        h.el("li", &l.f(Msg::DiscussionRegion, &[("region", &words::region(l, region))]));
    }
    for method in methods {
        h.el("li", words::method_question(l, method));
    }
    h.raw("</ul>");
}
