//! The teacher guide of one activity: at a glance (age band, time, audience), learning outcomes, the myths
//! or the skills and levels, how to run it, discussion questions, the sources in plain words, the answer key.

use lmi_content::{Bundle, Cites, Method, QuizBundle, ReadingBundle};

use super::activity::Activity;
use super::answers::answer_key;
use super::html::Html;
use super::page::{NavLink, page as shell};
use super::sources;
use super::words;

/// The whole guide page of `activity`.
pub fn page(activity: &Activity) -> String {
    let bundle = &activity.bundle;
    let meta = activity.meta();
    let mut main = Html::new();
    main.raw("<h1>Teacher guide: ").text(activity.title()).raw("</h1>");
    main.raw("<p class=\"lead\">").text(&format!("A {} ({}). ", activity.kind_name(), activity.size()));
    main.raw("<a href=\"").text(&activity.print_file()).raw("\">Printable question sheet and answer key</a>.</p>");

    main.raw("<h2>At a glance</h2><table class=\"glance\"><tbody>");
    let row = |h: &mut Html, label: &'static str, value: &str| {
        h.raw("<tr>").el("th scope=\"row\"", label).el("td", value).raw("</tr>");
    };
    let audiences: Vec<String> = meta.audience.iter().map(|a| words::audience(*a).to_owned()).collect();
    row(&mut main, "Written for", &words::list(&audiences));
    let ages = meta.age_band.map_or("Not set in the bundle".to_owned(), |a| format!("{}–{}", a.min, a.max));
    row(&mut main, "Age band", &ages);
    let time = meta.duration_minutes.map_or("Not set in the bundle".to_owned(), |m| format!("About {m} minutes"));
    row(&mut main, "Time needed", &time);
    let languages: Vec<String> = meta.languages.iter().map(|l| words::language(l.as_str())).collect();
    row(&mut main, "Languages", &words::list(&languages));
    row(&mut main, "Licence", &meta.licence);
    row(&mut main, "Last reviewed", &meta.last_reviewed);
    row(&mut main, "Bundle file", &format!("content/{}", activity.file));
    main.raw("</tbody></table>");

    main.raw("<h2>Learning outcomes</h2>");
    if meta.learning_outcomes.is_empty() {
        main.el("p", "The bundle names no learning outcomes.");
    } else {
        main.raw("<ul>");
        for outcome in &meta.learning_outcomes {
            main.raw("<li>").local(outcome, meta).raw("</li>");
        }
        main.raw("</ul>");
    }

    match bundle {
        Bundle::Quiz(quiz) => myths(&mut main, quiz),
        Bundle::Reading(reading) => levels(&mut main, reading),
        Bundle::Occupations(_) => {}
    }
    how_to_run(&mut main, activity);
    discussion(&mut main, bundle);

    main.raw("<h2>The sources, in plain words</h2>");
    main.el("p", "Every figure in the activity comes from one of these. Talk about them with the class: who made the figures, how, and what they leave out.");
    sources::explained(&mut main, bundle);

    main.raw("<h2>Answer key</h2>");
    answer_key(&mut main, bundle);

    let mut footer = Html::new();
    footer.text(&format!(
        "{} ({}). Written by {}. Generated from content/{}.",
        meta.attribution,
        meta.licence,
        meta.authors.join(", "),
        activity.file
    ));
    let nav = [
        NavLink::new("../index.html", "LMI Kit home"),
        NavLink::new("index.html", "All guides"),
        NavLink::new(activity.print_file(), "Printable sheet"),
    ];
    shell(&format!("Teacher guide: {}", activity.title()), &nav, main, footer)
}

fn myths(h: &mut Html, quiz: &QuizBundle) {
    h.raw("<h2>Myths covered</h2>");
    h.el("p", "Each question questions one belief. Pupils may hold them; the figures answer them.");
    h.raw("<ol class=\"myths\">");
    for question in &quiz.questions {
        h.raw("<li>").local(&question.myth, &quiz.meta).raw("</li>");
    }
    h.raw("</ol>");
}

fn levels(h: &mut Html, reading: &ReadingBundle) {
    let meta = &reading.meta;
    h.raw("<h2>Skills and levels</h2>");
    h.el("p", "Four levels, each a reading skill. Levels 1 and 2 suit pupils aged 11–14; level 4 asks where data comes from and how far to trust it.");
    h.raw("<table><caption>Exercises by level</caption><thead><tr>");
    h.raw("<th scope=\"col\">Exercise</th><th scope=\"col\">Level and skill</th>");
    h.raw("<th scope=\"col\">After it the learner can say</th></tr></thead><tbody>");
    for (n, exercise) in reading.exercises.iter().enumerate() {
        h.raw("<tr><th scope=\"row\">").text(&format!("{}. ", n + 1)).local(&exercise.title, meta).raw("</th>");
        h.el("td", &format!("{}: {}", exercise.level, words::level(exercise.level)));
        h.raw("<td>").local(&exercise.outcome, meta).raw("</td></tr>");
    }
    h.raw("</tbody></table>");
}

fn how_to_run(h: &mut Html, activity: &Activity) {
    h.raw("<h2>Running it in class</h2><ul>");
    let Some(element) = activity.element() else {
        h.raw("<li>No widget shows this kind of content yet: use the printable sheet, which gives each ");
        h.raw("exercise’s data as a table.</li></ul>");
        return;
    };
    let frame = format!("../lmi/frame.html?widget={}&src=../content/{}&lang=en", element.widget, activity.file);
    match &activity.bundle {
        Bundle::Reading(reading) => {
            h.raw("<li><a href=\"").text(&frame).raw("\">Open the exercises</a> on each pupil’s screen, from ");
            h.raw("level 1; or start at a later level:");
            let mut levels: Vec<u8> = reading.exercises.iter().map(|e| e.level).collect();
            levels.sort_unstable();
            levels.dedup();
            for level in levels.into_iter().filter(|l| *l > 1) {
                h.raw(" <a href=\"").text(&format!("{frame}&level={level}")).raw("\">");
                h.text(&format!("level {level}")).raw("</a>");
            }
            h.raw(".</li>");
        }
        _ => {
            h.raw("<li><a href=\"").text(&frame).raw("\">Open the activity</a> on each pupil’s screen.</li>");
            h.raw("<li><a href=\"").text(&format!("{frame}&display=class&solutions=hidden"));
            h.raw("\">Open it for the projector</a>: large type, and the answer waits until you press “Show the ")
                .raw("answer”, so the class can vote and argue first.</li>");
        }
    }
    h.raw("<li>Without devices: print the <a href=\"").text(&activity.print_file());
    h.raw("\">question sheet and answer key</a>. The answers start on a new page, so print only the first pages ")
        .raw("for pupils.</li></ul>");
    h.el("p", "To put it on your own site or learning platform, paste:");
    h.raw("<pre><code>").text(&format!(
        "<script type=\"module\" src=\"/lmi/lmi.js\"></script>\n<{el} src=\"/content/{file}\"></{el}>",
        el = element.tag,
        file = activity.file
    ));
    h.raw("</code></pre>");
}

/// The bundle's own reflection prompts, then questions about its sources (their region and method).
fn discussion(h: &mut Html, bundle: &Bundle) {
    let meta = bundle.meta();
    h.raw("<h2>Discussion questions</h2><ul class=\"discussion\">");
    match bundle {
        Bundle::Quiz(quiz) => {
            for (n, question) in quiz.questions.iter().enumerate() {
                if let Some(reflection) = &question.reflection {
                    h.raw("<li>").local(reflection, meta).text(&format!(" (after question {})", n + 1)).raw("</li>");
                }
            }
            if let Some(closing) = &quiz.closing_reflection {
                h.raw("<li>").local(closing, meta).text(" (at the end)").raw("</li>");
            }
        }
        Bundle::Reading(reading) => {
            for exercise in reading.exercises.iter().filter(|e| e.level == 4) {
                for question in &exercise.questions {
                    h.raw("<li>").local(&question.text, meta).raw(" (level 4, <i>").local(&exercise.title, meta);
                    h.raw("</i>)</li>");
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
        h.el(
            "li",
            &format!(
                "These figures describe {}. What might be different where you live, and where could you find \
                 figures for your own country?",
                words::region(region)
            ),
        );
    }
    for method in methods {
        h.el("li", method_question(method));
    }
    h.raw("</ul>");
}

/// A question that makes the class think about how the data was made.
fn method_question(method: Method) -> &'static str {
    match method {
        Method::Survey => "Some of these figures come from a survey. Who was asked, and who might have been left out?",
        Method::Administrative => "Some figures come from official records. Whose work would not show up in them?",
        Method::Census => "A census counts everyone, but only every few years. What might have changed since?",
        Method::OnlineJobAds => "Some figures come from online job adverts. Which jobs are rarely advertised online?",
        Method::ForecastModel => {
            "Some figures are projections of the future. What could happen that would make them wrong?"
        }
        Method::Classification => {
            "A list of jobs describes jobs. What can it not tell you about how many people do them or what they earn?"
        }
        Method::Expert => "Some figures are experts’ judgements. How could you check what they say?",
    }
}
