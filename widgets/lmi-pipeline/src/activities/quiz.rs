//! Authored quiz + raw data → a validated-shape `QuizBundle`: every figure, key and number comes from the data.

use std::collections::BTreeSet;

use lmi_content::{Answer, FORMAT_VERSION, HigherLowerItem, Kind, OrderDirection, OrderItem, Question, QuizBundle};

use super::authored::{self, Side};
use super::choice;
use super::cite;
use super::data::Data;
use super::envelope;
use super::expr::claim;
use super::fill::{fill, fill_opt};
use super::labels::Labels;
use super::refs::SourceKey;
use super::scope::Scope;
use crate::sources::Registry;
use crate::util::Result;

/// The `$schema` of generated quizzes.
pub const SCHEMA: &str = "schema/quiz.schema.json";

/// Builds the quiz bundle of an authored quiz; `file` names it in errors.
pub fn build(
    quiz: &authored::Quiz,
    data: &Data,
    labels: &Labels,
    registry: &Registry,
    file: &str,
) -> Result<QuizBundle> {
    let words = cite::Words { labels, registry };
    let mut used = BTreeSet::new();
    let mut questions = Vec::new();
    for q in &quiz.questions {
        questions.push(question(q, data, &words, &format!("{file} questions[{}]", q.id), &mut used)?);
    }
    let sources = envelope::sources(&used, registry)?;
    Ok(QuizBundle {
        schema: Some(SCHEMA.into()),
        kind: Kind::Quiz,
        format: FORMAT_VERSION,
        meta: envelope::meta(&quiz.meta, &sources, labels, file)?,
        sources,
        questions,
        closing_reflection: fill_opt(
            quiz.closing_reflection.as_ref(),
            &Scope::default(),
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
) -> Result<Question> {
    let labels = words.labels;
    let scope = Scope::resolve(data, &q.values, at)?;
    used.extend(scope.entries().iter().filter_map(|e| e.datum.source()));
    let mut figures = Vec::new();
    for (reference, cell) in scope.cells() {
        figures.push(cite::figure(cell, reference, words).map_err(|e| format!("{at}: {e}"))?);
    }
    if figures.is_empty() {
        return Err(format!("{at}: declare at least one numeric value: every answer cites a figure"));
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
        authored::Answer::TrueFalse { claim: c } => {
            Answer::TrueFalse { correct: claim(c, scope).map_err(|e| format!("{at}.claim: {e}"))? }
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
        authored::Answer::HigherLower { left, right } => {
            Answer::HigherLower { left: Box::new(side(left, "left")?), right: Box::new(side(right, "right")?) }
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

#[cfg(test)]
mod tests {
    use lmi_content::{Lang, LocalText};

    use super::super::fixtures::{data, labels, registry, six};
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
                "duration_minutes": 5
            },
            "questions": [
                {
                    "id": "nurses", "values": { "nurses": "cps:Registered nurses" },
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
                    "id": "wage", "values": { "elec": "oews:47-2111" },
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
        build(&quiz(), &data(), &labels(), &registry(), "quiz-test.json").unwrap()
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
    fn a_question_without_a_figure_or_with_a_suppressed_one_fails() {
        let mut q = quiz();
        q.questions[0].values = super::super::scope::Values(vec![("nurses".into(), "cps:Surgeons".into())]);
        let e = build(&q, &data(), &labels(), &registry(), "quiz-test.json").unwrap_err();
        assert!(e.contains("questions[nurses]") && e.contains("suppressed"), "{e}");
        let mut q = quiz();
        q.questions[0].values = super::super::scope::Values::default();
        let e = build(&q, &data(), &labels(), &registry(), "quiz-test.json").unwrap_err();
        assert!(e.contains("at least one numeric value"), "{e}");
    }
}
