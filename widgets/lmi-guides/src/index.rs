//! `guides/index.html` (and `index.<lang>.html`): every activity guide and print sheet, then the lesson plans
//! and the practitioner guide (static pages in `demo-site/pages/guides/`, one per language, served from
//! `demo/guides/`), and the webmasters' pages (hand-written in the same six languages).

use super::activity::Activity;
use super::html::Html;
use super::page::{NavLink, home, page as shell};
use super::words;
use crate::i18n::{Language, Msg, PluralMsg};

/// A hand-written page in `demo-site/pages/guides/`: its name without `.html` (and without the language),
/// title, what it is for.
pub const PLANS: &[(&str, Msg, Msg)] = &[
    ("lesson-myths-and-data", Msg::PlanLessonTitle, Msg::PlanLessonWhat),
    ("workshop-jobseekers", Msg::PlanWorkshopTitle, Msg::PlanWorkshopWhat),
    ("practitioner-guide", Msg::PlanPractitionerTitle, Msg::PlanPractitionerWhat),
];

/// Hand-written pages for webmasters in `demo-site/pages/guides/`, one per language as [`PLANS`] are: each
/// index links the page in its own language.
pub const WEBMASTER_PAGES: &[(&str, Msg, Msg)] =
    &[("publish-your-own-data", Msg::PlanPublishTitle, Msg::PlanPublishWhat)];

/// The index page in `l`.
pub fn page(activities: &[Activity], l: Language) -> String {
    let mut main = Html::new();
    main.el("h1", l.t(Msg::IndexHeading));
    main.el("p class=\"lead\"", l.t(Msg::IndexLead));
    main.el("h2", l.t(Msg::IndexActivities)).raw("<ul class=\"cards\">");
    for activity in activities {
        let meta = activity.meta();
        let title = activity.title(l);
        main.raw("<li>").el("h3", title);
        let kind = if activity.is_reading() { Msg::IndexKindReading } else { Msg::IndexKindQuiz };
        let mut facts = vec![format!("{}{}{}", l.t(kind), words::comma(l), activity.size(l))];
        if let Some(ages) = meta.age_band {
            let ages = words::isolated(l, &format!("{}–{}", ages.min, ages.max));
            facts.push(l.f(Msg::IndexAges, &[("ages", &ages)]));
        }
        if let Some(minutes) = meta.duration_minutes {
            facts.push(l.plural(PluralMsg::IndexAboutMinutes, f64::from(minutes), &[]));
        }
        main.el("p", &facts.join(" · ")).raw("<p><a href=\"").text(&activity.guide_file(l)).raw("\">");
        main.text(l.t(Msg::IndexGuideLink)).raw("<span class=\"visually-hidden\">").text(&hidden(l, title));
        main.raw("</span></a> · <a href=\"").text(&activity.print_file(l)).raw("\">");
        main.text(l.t(Msg::IndexPrintLink)).raw("<span class=\"visually-hidden\">").text(&hidden(l, title));
        main.raw("</span></a></p></li>");
    }
    main.raw("</ul>").el("h2", l.t(Msg::IndexPlans)).raw("<ul class=\"cards\">");
    for (stem, title, what) in PLANS {
        main.raw("<li><h3><a href=\"../demo/guides/").text(&l.file(stem)).raw("\">").text(l.t(*title));
        main.raw("</a></h3>").el("p", l.t(*what)).raw("</li>");
    }
    main.raw("</ul>").el("h2", l.t(Msg::IndexWebmasters)).raw("<ul class=\"cards\">");
    for (stem, title, what) in WEBMASTER_PAGES {
        main.raw("<li><h3><a href=\"../demo/guides/").text(&l.file(stem)).raw("\">").text(l.t(*title));
        main.raw("</a></h3>").el("p", l.t(*what)).raw("</li>");
    }
    main.raw("</ul>");
    let mut footer = Html::new();
    footer.fill(l.t(Msg::IndexFooter), |h, name| {
        h.raw("<code>").text(if name == "command" { "cargo xtask dist" } else { "content/" }).raw("</code>");
    });
    let nav = [NavLink::new(home(l), l.t(Msg::NavHome))];
    let file = |other: Language| other.file("index");
    shell(l, l.t(Msg::IndexHeading), &nav, &file, main, footer)
}

/// The words a link's accessible name gets after its visible text: ": <title>".
fn hidden(l: Language, title: &str) -> String {
    l.f(Msg::IndexHidden, &[("title", title)])
}
