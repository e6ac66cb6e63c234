//! Authored quiz + raw data → a validated-shape `QuizBundle`: every figure, key and number comes from the data.

use std::collections::BTreeSet;

use lmi_content::{
    Answer, FORMAT_VERSION, HigherLowerItem, Kind, LocalText, OrderDirection, OrderItem, Question, QuizBundle,
};

use super::authored::{self, Side, Which};
use super::choice;
use super::cite;
use super::data::Data;
use super::editions::Edition;
use super::envelope;
use super::expr::claim;
use super::fill::{fill, fill_opt};
use super::labels::Labels;
use super::refs::{Datum, SourceKey};
use super::scope::Scope;
use crate::util::Result;

/// The `$schema` of generated quizzes.
pub const SCHEMA: &str = "schema/quiz.schema.json";

/// Builds the quiz bundle of an authored quiz, in the edition of a country for a country template; `file`
/// names it in errors.
pub fn build(
    quiz: &authored::Quiz,
    data: &Data,
    words: &cite::Words,
    file: &str,
    edition: Option<&Edition>,
) -> Result<QuizBundle> {
    let (labels, registry) = (words.labels, words.registry);
    let mut used = BTreeSet::new();
    let mut questions = Vec::new();
    let at = |id: &str| match edition {
        Some(e) => format!("{file} ({}) questions[{id}]", e.region.as_str()),
        None => format!("{file} questions[{id}]"),
    };
    for q in &quiz.questions {
        if super::left_out(&q.except, edition, &at(&q.id))? {
            continue;
        }
        questions.push(question(q, data, words, &at(&q.id), &mut used, edition)?);
    }
    let sources = envelope::sources(&used, registry)?;
    Ok(QuizBundle {
        schema: Some(SCHEMA.into()),
        kind: Kind::Quiz,
        format: FORMAT_VERSION,
        meta: envelope::meta(&quiz.meta, &sources, labels, file, edition)?,
        sources,
        questions,
        closing_reflection: fill_opt(
            quiz.closing_reflection.as_ref(),
            &Scope::default().in_edition(edition),
            labels,
            &format!("{file} closing_reflection"),
        )?,
    })
}

fn question(
    q: &authored::Question,
    data: &Data,
    words: &cite::Words,
    at: &str,
    used: &mut BTreeSet<SourceKey>,
    edition: Option<&Edition>,
) -> Result<Question> {
    let labels = words.labels;
    let scope = Scope::resolve(data, &q.values, at, edition)?.allow_across_break(q.across_break);
    scope.check_flags(&q.expect_flags, at)?;
    used.extend(scope.entries().iter().filter_map(|e| e.datum.source()));
    let mut figures = Vec::new();
    for (reference, cell) in scope.cells() {
        let mut figure = cite::figure(cell, reference, words).map_err(|e| format!("{at}: {e}"))?;
        figure.about = Some(about(q, &scope, reference, labels, at)?);
        figures.push(figure);
    }
    if figures.is_empty() {
        return Err(format!("{at}: declare at least one numeric value: every answer cites a figure"));
    }
    if let Some(name) = q.about.keys().find(|n| !matches!(scope.get(n).map(|e| &e.datum), Ok(Datum::Cell(_)))) {
        return Err(format!("{at}.about.{name}: not one of the question's figures"));
    }
    let text = |t, field: &str| fill(t, &scope, labels, &format!("{at}.{field}"));
    Ok(Question {
        id: q.id.clone(),
        text: text(&q.text, "text")?,
        myth: text(&q.myth, "myth")?,
        answer: answer(&q.answer, &scope, words, &format!("{at}.answer"))?,
        explanation: text(&q.explanation, "explanation")?,
        figures,
        reflection: fill_opt(q.reflection.as_ref(), &scope, labels, &format!("{at}.reflection"))?,
        image: None,
    })
}

/// Who or what the figure of `reference` is about: the question's `about` for one of the names that refer to
/// it, else the label the answer gives it; a figure without either is an error, as a reveal names every figure.
fn about(q: &authored::Question, scope: &Scope, reference: &str, labels: &Labels, at: &str) -> Result<LocalText> {
    let names: Vec<&str> =
        scope.entries().iter().filter(|e| e.reference == reference).map(|e| e.name.as_str()).collect();
    if let Some((name, text)) = names.iter().find_map(|n| q.about.get_key_value(*n)) {
        return fill(text, scope, labels, &format!("{at}.about.{name}"));
    }
    match names.iter().find_map(|n| answer_label(&q.answer, n)) {
        Some(label) => Ok(without_aside(&fill(label, scope, labels, &format!("{at}.answer"))?)),
        None => Err(format!(
            "{at}: say in `about` who or what `{}` is about: the reveal names every figure",
            names.first().unwrap_or(&reference)
        )),
    }
}

/// The label the answer shows beside the value `name`: an order's item, a higher-or-lower's side, a pick's
/// option.
fn answer_label<'a>(answer: &'a authored::Answer, name: &str) -> Option<&'a LocalText> {
    match answer {
        authored::Answer::HigherLower { left, right, .. } => {
            [left, right].into_iter().find(|s| s.value == name).map(|s| &s.label)
        }
        authored::Answer::Order { items, .. } => items.iter().find(|i| i.value == name).map(|i| &i.label),
        authored::Answer::Choice(c) if c.pick.is_some() => {
            c.options.iter().find(|o| o.value.as_deref() == Some(name)).and_then(|o| o.text.as_ref())
        }
        _ => None,
    }
}

/// An option's text without its closing explanation in brackets: "Pharmacists (they know all about
/// medicines)" names the figure as "Pharmacists".
fn without_aside(text: &LocalText) -> LocalText {
    let mut out = text.clone();
    for t in out.0.values_mut() {
        if let Some(open) = t.rfind(" (").filter(|_| t.ends_with(')')) {
            t.truncate(open);
        }
    }
    out
}

fn answer(a: &authored::Answer, scope: &Scope, words: &cite::Words, at: &str) -> Result<Answer> {
    let labels = words.labels;
    let figure = |name: &str| -> Result<lmi_content::Figure> {
        let (cell, reference) = scope.cell(name).map_err(|e| format!("{at}: {e}"))?;
        cite::figure(cell, reference, words).map_err(|e| format!("{at}: {e}"))
    };
    let side = |s: &Side, which: &str| -> Result<HigherLowerItem> {
        Ok(HigherLowerItem {
            label: fill(&s.label, scope, labels, &format!("{at}.{which}.label"))?,
            figure: figure(&s.value)?,
        })
    };
    Ok(match a {
        authored::Answer::TrueFalse { claim: c, expect } => {
            let correct = claim(c, scope).map_err(|e| format!("{at}.claim: {e}"))?;
            if let Some(want) = expect
                && *want != correct
            {
                return Err(format!(
                    "{at}: the texts are written for `{c}` being {want}, but the data makes it {correct}{}",
                    values_of(scope)
                ));
            }
            Answer::TrueFalse { correct }
        }
        authored::Answer::Choice(c) => Answer::Choice { options: choice::options(c, scope, labels, at)? },
        authored::Answer::Estimate { value, tolerance, min, max, step } => {
            let f = figure(value)?;
            Answer::Estimate {
                value: f.value,
                tolerance: *tolerance,
                unit: f.unit,
                currency: f.currency,
                min: *min,
                max: *max,
                step: *step,
            }
        }
        authored::Answer::HigherLower { left, right, expect } => {
            let (l, r) = (side(left, "left")?, side(right, "right")?);
            if l.figure.value == r.figure.value {
                return Err(format!("{at}: `{}` and `{}` are equal: no side is higher", left.value, right.value));
            }
            let higher = if l.figure.value > r.figure.value { Which::Left } else { Which::Right };
            if let Some(want) = expect
                && *want != higher
            {
                return Err(format!(
                    "{at}: the texts name the {want:?} side as higher, but the data says {higher:?}{}",
                    values_of(scope)
                ));
            }
            Answer::HigherLower { left: Box::new(l), right: Box::new(r) }
        }
        authored::Answer::Order { direction, items } => {
            let mut ranked = Vec::new();
            for item in items {
                let label = fill(&item.label, scope, labels, &format!("{at}.items[{}].label", item.id))?;
                ranked.push(OrderItem { id: item.id.clone(), label, figure: Some(figure(&item.value)?) });
            }
            // The bundle lists items in the right order; the author's order does not matter.
            let value = |i: &OrderItem| i.figure.as_ref().map_or(0.0, |f| f.value);
            ranked.sort_by(|a, b| value(a).total_cmp(&value(b)));
            if *direction == OrderDirection::HighestFirst {
                ranked.reverse();
            }
            Answer::Order { items: ranked, direction: *direction }
        }
    })
}

/// ` (a = 12.3 from …; b = …)`, for messages about a key the data decides.
fn values_of(scope: &Scope) -> String {
    let values: Vec<String> = scope
        .cells()
        .iter()
        .map(|(r, c)| format!("`{r}` = {}", c.value.map_or("none".to_owned(), |v| v.to_string())))
        .collect();
    format!(" ({})", values.join("; "))
}

#[cfg(test)]
mod tests {
    use lmi_content::{Lang, LocalText};

    use super::super::fixtures::{data, six, words};
    use super::*;

    fn quiz() -> authored::Quiz {
        let electricians =
            six(["Electricians", "Elektriciens", "Électriciens", "Elektriker", "الكهربائيون", "Електрики"]);
        serde_json::from_value(serde_json::json!({
            "meta": {
                "id": "quiz-test", "title": six(["Test", "Test", "Test", "Test", "اختبار", "Тест"]), "audience": ["pupil"],
                "age_band": { "min": 11, "max": 14 },
                "learning_outcomes": [six([
                    "I can read a share.", "Ik kan een aandeel lezen.", "Je sais lire une part.",
                    "Ich kann einen Anteil lesen.", "أستطيع أن أقرأ نسبة.", "Я вмію читати частку."
                ])],
                "duration_minutes": 5, "last_reviewed": "2026-12-04"
            },
            "questions": [
                {
                    "id": "nurses", "values": { "nurses": "cps:Registered nurses" },
                    "about": { "nurses": six(["Nurses", "Verpleegkundigen", "Infirmiers", "Pflegekräfte", "الممرضون", "Медсестри"]) },
                    "text": six(["Most nurses are women?", "Meestal vrouwen?", "Surtout des femmes ?", "Meist Frauen?", "معظمهم نساء؟", "Переважно жінки?"]),
                    "myth": six(["Only women nurse.", "Alleen vrouwen.", "Seulement des femmes.", "Nur Frauen.", "النساء فقط.", "Лише жінки."]),
                    "answer": { "true_false": { "claim": "nurses > 50" } },
                    "explanation": six([
                        "{nurses:about:num} in every hundred.", "{nurses:about:num} op de honderd.", "{nurses:about:num} sur cent.",
                        "{nurses:about:num} von hundert.", "{nurses:about:num} من كل مئة.", "{nurses:about:num} зі ста."
                    ])
                },
                {
                    "id": "order", "values": { "elec": "cps:Electricians", "nurses": "cps:Registered nurses", "law": "cps:Lawyers" },
                    "text": six(["Order them.", "Rangschik ze.", "Classe-les.", "Ordne sie.", "رتّبها.", "Упорядкуй їх."]),
                    "myth": six(["All the same.", "Allemaal gelijk.", "Tous pareils.", "Alle gleich.", "كلها متساوية.", "Усі однакові."]),
                    "answer": { "order": { "direction": "highest_first", "items": [
                        { "id": "elec", "label": electricians, "value": "elec" },
                        { "id": "nurses", "label": six(["Nurses", "Verpleegkundigen", "Infirmiers", "Pflegekräfte", "الممرضون", "Медсестри"]), "value": "nurses" },
                        { "id": "law", "label": six(["Lawyers", "Advocaten", "Avocats", "Anwälte", "المحامون", "Юристи"]), "value": "law" } ] } },
                    "explanation": six([
                        "Nurses {nurses}.", "Verpleegkundigen {nurses}.", "Infirmiers {nurses}.", "Pflegekräfte {nurses}.",
                        "الممرضون {nurses}.", "Медсестри {nurses}."
                    ])
                },
                {
                    "id": "wage", "values": { "elec": "oews:47-2111" }, "about": { "elec": electricians },
                    "text": six(["Guess.", "Raad.", "Devine.", "Schätze.", "خمّن.", "Вгадай."]),
                    "myth": six(["Low.", "Laag.", "Bas.", "Niedrig.", "منخفض.", "Низька."]),
                    "answer": { "estimate": { "value": "elec", "tolerance": 10000, "min": 0, "max": 200000, "step": 1000 } },
                    "explanation": six(["{elec}", "{elec}", "{elec}", "{elec}", "{elec}", "{elec}"])
                },
                {
                    "id": "sport", "values": { "sport": "oews:27-2021", "elec": "oews:47-2111" },
                    "text": six(["Which?", "Welke?", "Lequel ?", "Welcher?", "أيّهما؟", "Який?"]),
                    "myth": six(["Rich.", "Rijk.", "Riche.", "Reich.", "غني.", "Багатий."]),
                    "answer": { "higher_lower": {
                        "left": { "label": six(["Athletes", "Atleten", "Athlètes", "Sportler", "الرياضيون", "Спортсмени"]), "value": "sport" },
                        "right": { "label": electricians, "value": "elec" } } },
                    "explanation": six(["{sport}", "{sport}", "{sport}", "{sport}", "{sport}", "{sport}"])
                }
            ]
        }))
        .unwrap()
    }

    fn get<'a>(t: &'a LocalText, lang: &str) -> &'a str {
        t.get(&Lang::new(lang).unwrap()).unwrap_or_else(|| panic!("no `{lang}` in {t:?}"))
    }

    fn built() -> QuizBundle {
        build(&quiz(), &data(), &words(), "quiz-test.json", None).unwrap()
    }

    #[test]
    fn keys_come_from_the_data() {
        let b = built();
        assert_eq!(b.questions[0].answer, Answer::TrueFalse { correct: true });
        assert_eq!(get(&b.questions[0].explanation, "en"), "88 in every hundred.");
        assert_eq!(get(&b.questions[0].explanation, "uk"), "88 зі ста.");
        assert_eq!(get(&b.questions[0].explanation, "ar"), "\u{2066}88\u{2069} من كل مئة.");
        let Answer::Order { items, .. } = &b.questions[1].answer else { panic!("order") };
        assert_eq!(items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["nurses", "law", "elec"]);
        let Answer::Estimate { value, currency, .. } = &b.questions[2].answer else { panic!("estimate") };
        assert_eq!((*value, currency.as_deref()), (63190.0, Some("USD")));
        assert_eq!(b.questions[1].figures.len(), 3);
        assert_eq!(b.sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["bls-cps-2022", "bls-oews-2025"]);
    }

    #[test]
    fn footnoted_rows_keep_the_us_caveat_and_add_the_footnote() {
        let b = built();
        // json! sorts object keys, so find the figures by value rather than by declaration order.
        let figure = |value: f64| b.questions[3].figures.iter().find(|f| f.value == value).unwrap();
        let caveat = figure(66710.0).caveat.as_ref().unwrap();
        let en = get(caveat, "en");
        assert!(en.starts_with("These are United States figures") && en.ends_with("all year round."), "{en}");
        let uk = get(caveat, "uk");
        assert!(uk.starts_with("Це дані зі Сполучених Штатів") && uk.ends_with("працює не цілий рік."), "{uk}");
        assert_eq!(caveat.0.len(), 6, "the caveat and its footnote in every UI language");
        assert_eq!(figure(63190.0).caveat, None);
    }

    #[test]
    fn the_built_quiz_validates() {
        let b = built();
        assert_eq!(
            serde_json::to_value(&b.meta.languages).unwrap(),
            serde_json::json!(["en", "nl", "fr", "de", "ar", "uk"])
        );
        let text = serde_json::to_string(&b).unwrap();
        if let Err(e) = lmi_content::parse_bundle(&text) {
            panic!("{:?}", e.problems());
        }
    }

    #[test]
    fn every_figure_names_what_it_is_about() {
        let b = built();
        let about = |q: usize| -> Vec<&str> {
            b.questions[q].figures.iter().map(|f| get(f.about.as_ref().unwrap(), "en")).collect()
        };
        assert_eq!(about(0), ["Nurses"], "the question's own `about`");
        assert_eq!(about(1), ["Electricians", "Lawyers", "Nurses"], "the order's items, in json!'s order");
        let mut q = quiz();
        q.questions[0].about.clear();
        let e = build(&q, &data(), &words(), "quiz-test.json", None).unwrap_err();
        assert!(e.contains("questions[nurses]: say in `about` who or what `nurses` is about"), "{e}");
        let aside =
            LocalText([(Lang::new("en").unwrap(), "Pharmacists (they know all about medicines)".to_owned())].into());
        assert_eq!(get(&without_aside(&aside), "en"), "Pharmacists");
    }

    #[test]
    fn a_question_without_a_figure_or_with_a_suppressed_one_fails() {
        let mut q = quiz();
        q.questions[0].values = super::super::scope::Values(vec![("nurses".into(), "cps:Surgeons".into())]);
        let e = build(&q, &data(), &words(), "quiz-test.json", None).unwrap_err();
        assert!(e.contains("questions[nurses]") && e.contains("suppressed"), "{e}");
        let mut q = quiz();
        q.questions[0].values = super::super::scope::Values::default();
        let e = build(&q, &data(), &words(), "quiz-test.json", None).unwrap_err();
        assert!(e.contains("at least one numeric value"), "{e}");
    }

    fn template() -> authored::Quiz {
        let six6 = |en: &str| six([en, en, en, en, en, en]);
        serde_json::from_value(serde_json::json!({
            "countries": ["BE"],
            "meta": {
                "id": "quiz-test", "title": six(["Test {country}", "Test {country}", "Test {country}", "Test {country}", "اختبار {country}", "Тест {country}"]),
                "audience": ["pupil"], "learning_outcomes": [six6("I can read a share.")], "duration_minutes": 5, "last_reviewed": "2026-12-04"
            },
            "questions": [
                {
                    "id": "share", "values": { "prof": "egised-women:{geo}:OC2:2023" }, "about": { "prof": six6("Professionals") },
                    "text": six(["{country:in:cap}?", "{country:in:cap}?", "{country:in:cap} ?", "{country:in:cap}?", "{country:in:cap}؟", "{country:in:cap}?"]),
                    "myth": six6("Men."), "answer": { "true_false": { "claim": "prof > 50", "expect": true } },
                    "explanation": six6("{prof} {country:in}.")
                },
                {
                    "id": "left-out", "except": ["BE"], "values": { "x": "egised-women:{geo}:OC0:2021" }, "about": { "x": six6("Army") },
                    "text": six6("?"), "myth": six6("Men."), "answer": { "true_false": { "claim": "x > 50" } },
                    "explanation": six6("{x}")
                },
                {
                    "id": "pay", "expect_flags": {},
                    "values": { "f": "ses:{geo}:TOTAL:F", "m": "ses:{geo}:TOTAL:M", "eu": "ses:EU27_2020:TOTAL:M" },
                    "about": { "f": six6("Women"), "m": six6("Men"), "eu": six6("Men in the EU") },
                    "text": six6("Who?"), "myth": six6("Same."),
                    "answer": { "choice": { "graded_by_claims": true, "options": [
                        { "id": "men", "claim": "m > f", "text": six6("Men") },
                        { "id": "women", "claim": "f > m", "text": six6("Women") } ] } },
                    "explanation": six6("{f} {m} {eu}")
                }
            ]
        }))
        .unwrap()
    }

    #[test]
    fn a_country_edition_names_its_country_and_leaves_out_what_it_excepts() {
        let be = super::super::fixtures::edition("BE");
        let b = build(&template(), &data(), &words(), "quiz-test.countries.json", Some(&be)).unwrap();
        assert_eq!(b.meta.id, "quiz-test-be");
        assert_eq!(get(&b.meta.title, "fr"), "Test Belgique");
        assert_eq!(get(&b.questions[0].text, "fr"), "En Belgique ?");
        assert_eq!(get(&b.questions[0].text, "uk"), "У Бельгії?");
        assert_eq!(get(&b.questions[0].explanation, "en"), "54.6% in Belgium.");
        assert_eq!(b.questions.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["share", "pay"]);
        let Answer::Choice { options } = &b.questions[1].answer else { panic!("choice") };
        assert_eq!(
            options.iter().map(|o| o.grade).collect::<Vec<_>>(),
            [lmi_content::Grade::Right, lmi_content::Grade::Wrong]
        );
        assert_eq!(get(&b.questions[1].explanation, "en"), "€19.58 €20.78 €16.63");
        let ids: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["eurostat-lfsa-egised-be", "eurostat-ses-2018-be", "eurostat-ses-2018-eu27"]);
        let share = &b.questions[0].figures[0];
        let caveat = get(share.caveat.as_ref().unwrap(), "en");
        assert!(
            caveat.starts_with("Calculated by LMI Kit from Eurostat’s employment of women and of everyone"),
            "{caveat}"
        );
        assert!(caveat.contains("A survey estimate"), "{caveat}");
        if let Err(e) = lmi_content::parse_bundle(&serde_json::to_string(&b).unwrap()) {
            panic!("{:?}", e.problems());
        }
    }

    #[test]
    fn a_template_stops_where_the_data_contradicts_its_texts() {
        let be = super::super::fixtures::edition("BE");
        let mut q = template();
        q.questions[0].answer =
            serde_json::from_value(serde_json::json!({ "true_false": { "claim": "prof > 50", "expect": false } }))
                .unwrap();
        let e = build(&q, &data(), &words(), "t.json", Some(&be)).unwrap_err();
        assert!(e.contains("(BE) questions[share]") && e.contains("written for `prof > 50` being false"), "{e}");
        let mut q = template();
        q.questions[1].except.clear();
        let e = build(&q, &data(), &words(), "t.json", Some(&be)).unwrap_err();
        assert!(e.contains("has no value"), "{e}");
        let mut q = template();
        q.questions[0].expect_flags = [("prof".to_owned(), "b".to_owned())].into();
        let e = build(&q, &data(), &words(), "t.json", Some(&be)).unwrap_err();
        assert!(e.contains("does not carry `b`"), "{e}");
        assert!(build(&template(), &data(), &words(), "t.json", None).unwrap_err().contains("country template"));
    }

    #[test]
    fn low_reliability_and_breaks_are_carried_into_the_figure() {
        let words = words();
        let scope = super::super::fixtures::scope(&[
            ("de", "urgaed:DE:Y15-24:ED5-8:T:2023"),
            ("lu", "egised-women:LU:OC6:2022"),
        ]);
        let (cell, r) = scope.cell("de").unwrap();
        let f = cite::figure(cell, r, &words).unwrap();
        let reliability = f.reliability.unwrap();
        assert_eq!(reliability.level, lmi_content::ReliabilityLevel::Low);
        assert_eq!(get(&reliability.reason, "en"), "Eurostat marks this value as of low reliability: small sample.");
        assert_eq!(f.flags.to_string(), "u");
        let (cell, r) = scope.cell("lu").unwrap();
        let f = cite::figure(cell, r, &words).unwrap();
        assert!(get(&f.reliability.unwrap().reason, "en").contains("a number this figure is calculated from"));
    }

    #[test]
    fn comparing_two_years_across_a_break_is_refused_unless_the_question_says_so() {
        let scope = || super::super::fixtures::scope(&[("a", "egised:HR:OC7:T:2021"), ("b", "egised:HR:OC7:T:2023")]);
        let e = claim("b < a", &scope()).unwrap_err();
        assert!(e.contains("across a break in the series in 2023"), "{e}");
        assert!(claim("b < a", &scope().allow_across_break(true)).unwrap());
        let de = super::super::fixtures::scope(&[("a", "egised:DE:TOTAL:T:2021"), ("b", "egised:DE:TOTAL:T:2023")]);
        assert!(claim("b > a", &de).unwrap(), "a break in the first year is not crossed");
    }
}
