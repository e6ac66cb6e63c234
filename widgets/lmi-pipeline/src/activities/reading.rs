//! Authored reading exercises + raw data → a `ReadingBundle`: datasets are real series, answers are cells of
//! the exercise's own chart.

use std::collections::BTreeSet;

use lmi_content::{
    Dataset, Exercise, FORMAT_VERSION, Flags, Kind, LocalText, Period, ReadingAnswer, ReadingBundle, ReadingQuestion,
    Reliability, ReliabilityLevel, Series, Unit,
};

use super::authored;
use super::choice;
use super::cite;
use super::data::Data;
use super::editions::{self, Edition};
use super::envelope::{self, LANGUAGES};
use super::expr::evaluate;
use super::fill::fill;
use super::labels::Labels;
use super::refs::{Cell, Datum, Note, SourceKey, expand_trend, resolve};
use super::scope::Scope;
use crate::precision::Precision;
use crate::sources::Registry;
use crate::texts::Value;
use crate::util::Result;

/// The `$schema` of generated reading bundles.
pub const SCHEMA: &str = "schema/reading.schema.json";

/// A built dataset with the references behind its cells, so questions can be checked against it.
struct Built {
    dataset: Dataset,
    references: BTreeSet<String>,
}

/// What a dataset or exercise needs besides its own text: the data, the words, the edition.
struct Ctx<'a> {
    data: &'a Data,
    labels: &'a Labels,
    registry: &'a Registry,
    precision: &'a Precision,
    edition: Option<&'a Edition>,
}

/// Builds the reading bundle of an authored file, in the edition of a country for a country template; `file`
/// names it in errors.
pub fn build(
    reading: &authored::Reading,
    data: &Data,
    words: &cite::Words,
    file: &str,
    edition: Option<&Edition>,
) -> Result<ReadingBundle> {
    let (labels, registry) = (words.labels, words.registry);
    let ctx = Ctx { data, labels, registry, precision: words.precision, edition };
    let at = |what: &str, id: &str| match edition {
        Some(e) => format!("{file} ({}) {what}[{id}]", e.region.as_str()),
        None => format!("{file} {what}[{id}]"),
    };
    let mut used = BTreeSet::new();
    let mut built = Vec::new();
    for d in &reading.datasets {
        if super::left_out(&d.except, edition, &at("datasets", &d.id))? {
            continue;
        }
        built.push(dataset(d, &ctx, &at("datasets", &d.id), &mut used)?);
    }
    let mut exercises = Vec::new();
    for e in &reading.exercises {
        if super::left_out(&e.except, edition, &at("exercises", &e.id))? {
            continue;
        }
        exercises.push(exercise(e, &built, &ctx, &at("exercises", &e.id))?);
    }
    // In an edition that leaves exercises out, a dataset none of the others reads would be a chart nobody sees.
    if let Some(unused) =
        built.iter().find(|b| edition.is_some() && !exercises.iter().any(|e| e.dataset == b.dataset.id))
    {
        return Err(format!("{}: no exercise in this edition uses it", at("datasets", &unused.dataset.id)));
    }
    let sources = envelope::sources(&used, registry)?;
    Ok(ReadingBundle {
        schema: Some(SCHEMA.into()),
        kind: Kind::Reading,
        format: FORMAT_VERSION,
        meta: envelope::meta(&reading.meta, &sources, labels, file, edition)?,
        sources,
        datasets: built.into_iter().map(|b| b.dataset).collect(),
        exercises,
    })
}

/// The period a set of cells covers: their shared period, or the span of their years.
fn covered(cells: &[&Cell]) -> Result<Period> {
    let first = cells.first().ok_or("no values")?;
    if cells.iter().all(|c| c.period == first.period) {
        return Ok(first.period);
    }
    let years = cells.iter().flat_map(|c| {
        let (a, b) = c.period.years();
        [a, b]
    });
    let (min, max) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    Ok(Period::Span(min, max))
}

/// The same text in every language: a year label taken from the data.
fn same_in_all(text: &str) -> Result<LocalText> {
    let mut t = LocalText::default();
    for lang in LANGUAGES {
        t.0.insert(lmi_content::Lang::new(lang)?, text.to_owned());
    }
    Ok(t)
}

fn dataset(d: &authored::Dataset, ctx: &Ctx, at: &str, used: &mut BTreeSet<SourceKey>) -> Result<Built> {
    let (data, labels) = (ctx.data, ctx.labels);
    let none = Scope::default().in_edition(ctx.edition);
    let mut columns: Vec<(&authored::Series, Vec<String>, Vec<Cell>)> = Vec::new();
    for s in &d.series {
        let sat = format!("{at}.series[{}]", s.id);
        let geo = |r: &String| editions::reference(r, ctx.edition).map_err(|e| format!("{sat}: {e}"));
        let references = match (&s.trend, s.values.is_empty()) {
            (Some(t), true) => expand_trend(data, &geo(t)?).map_err(|e| format!("{sat}: {e}"))?,
            (None, false) => s.values.iter().map(geo).collect::<Result<_>>()?,
            _ => return Err(format!("{sat}: give either `values` or a `trend`")),
        };
        let mut cells = Vec::new();
        for r in &references {
            match resolve(data, r).map_err(|e| format!("{sat}: {e}"))? {
                Datum::Cell(c) => cells.push(*c),
                _ => return Err(format!("{sat}: `{r}` is not a number")),
            }
        }
        columns.push((s, references, cells));
    }
    let all: Vec<&Cell> = columns.iter().flat_map(|(_, _, cells)| cells).collect();
    let first = *all.first().ok_or_else(|| format!("{at}: a dataset needs at least one series with values"))?;
    if let Some(odd) = all.iter().find(|c| {
        (c.unit, &c.currency, &c.region, &c.source) != (first.unit, &first.currency, &first.region, &first.source)
    }) {
        return Err(format!(
            "{at}: one chart needs one unit, region and source; {} differs from {}",
            odd.origin, first.origin
        ));
    }
    let categories = match &d.categories {
        Some(labels_given) => {
            let mut out = Vec::new();
            for (i, c) in labels_given.iter().enumerate() {
                out.push(fill(c, &none, labels, &format!("{at}.categories[{i}]"))?);
            }
            out
        }
        None => {
            let years: Vec<Period> = columns[0].2.iter().map(|c| c.period).collect();
            if columns.iter().any(|(_, _, cells)| !cells.iter().map(|c| c.period).eq(years.iter().copied())) {
                return Err(format!("{at}: without `categories`, every series must cover the same years"));
            }
            years.iter().map(|y| same_in_all(&y.to_string())).collect::<Result<_>>()?
        }
    };
    let mut series = Vec::new();
    let mut references = BTreeSet::new();
    for (s, refs, cells) in &columns {
        if cells.len() != categories.len() {
            return Err(format!("{at}.series[{}]: {} values for {} categories", s.id, cells.len(), categories.len()));
        }
        let period = covered(&cells.iter().collect::<Vec<_>>())?;
        let scope = Scope::period(period).in_edition(ctx.edition);
        let label = fill(&s.label, &scope, labels, &format!("{at}.series[{}].label", s.id))?;
        // Each value keeps its flags; a gap (`:`) stays an empty value, which the chart shows as missing.
        let flags: Vec<Flags> = cells.iter().map(|c| c.flags).collect();
        let flags = if flags.iter().all(Flags::is_empty) { Vec::new() } else { flags };
        series.push(Series { flags, id: s.id.clone(), label, values: cells.iter().map(|c| c.value).collect() });
        references.extend(refs.iter().cloned());
    }
    let period = covered(&all)?;
    let scope = Scope::period(period).in_edition(ctx.edition);
    used.insert(first.source.clone());
    let dataset = Dataset {
        id: d.id.clone(),
        title: fill(&d.title, &scope, labels, &format!("{at}.title"))?,
        unit: first.unit,
        currency: first.currency.clone(),
        period,
        region: first.region.clone(),
        source: first.source.entry().source.id,
        reliability: reliability(&columns, &categories, ctx.precision)?,
        caveat: caveat(d, &all, &scope, ctx, at)?,
        categories,
        series,
    };
    Ok(Built { dataset, references })
}

/// Medium, below the source's reliability, when a value is imprecise (a small CPS sample, a high OEWS standard
/// error), each such value named by its category with its reason: the chart says of a figure what the quiz and
/// the card say of it. `None` when every value has its source's reliability.
fn reliability(
    columns: &[(&authored::Series, Vec<String>, Vec<Cell>)],
    categories: &[LocalText],
    precision: &Precision,
) -> Result<Option<Reliability>> {
    let mut reason = LocalText::default();
    let mut named = BTreeSet::new();
    for (_, _, cells) in columns {
        for (i, (cell, category)) in cells.iter().zip(categories).enumerate() {
            // A gap has no value to be imprecise.
            let Some(r) = cell.value.and(cell.sample).map(|s| precision.reliability(s)).transpose()?.flatten() else {
                continue;
            };
            if named.insert(i) {
                let mut said = r.reason.clone();
                for (lang, text) in &mut said.0 {
                    *text = format!("{}: {text}", category.get(lang).unwrap_or_default());
                }
                reason = cite::join(&reason, &said);
            }
        }
    }
    Ok((!named.is_empty()).then_some(Reliability { level: ReliabilityLevel::Medium, reason }))
}

/// The dataset's caveat: the author's, then what LMI Kit calculated, the source's caveat, and what Eurostat's
/// flags on its values mean (each sentence once; the breaks of a long series in one sentence). `None` (the
/// source's caveat) when there is nothing to add.
fn caveat(d: &authored::Dataset, cells: &[&Cell], scope: &Scope, ctx: &Ctx, at: &str) -> Result<Option<LocalText>> {
    let authored = d.caveat.as_ref().map(|c| fill(c, scope, ctx.labels, &format!("{at}.caveat"))).transpose()?;
    let mut arithmetic: Vec<LocalText> = Vec::new();
    let mut flags: Vec<LocalText> = Vec::new();
    let mut break_years: Vec<i32> = Vec::new();
    for c in cells.iter().filter(|c| c.value.is_some()) {
        for (note, text) in cite::notes(c, ctx.registry).map_err(|e| format!("{at}: {e}"))? {
            let list = match note {
                Note::WomenShare | Note::Change { .. } => &mut arithmetic,
                Note::Break(y) => {
                    if !break_years.contains(&y) {
                        break_years.push(y);
                    }
                    continue;
                }
                _ => &mut flags,
            };
            if !list.contains(&text) {
                list.push(text);
            }
        }
    }
    break_years.sort_unstable();
    let breaks = match break_years[..] {
        [] => None,
        [y] => Some(ctx.registry.note("break", &[("year", Value::words(y.to_string()))])?),
        _ => {
            let years: Vec<String> = break_years.iter().map(i32::to_string).collect();
            Some(ctx.registry.note("breaks", &[("years", Value::words(years.join(", ")))])?)
        }
    };
    flags.splice(0..0, breaks);
    if arithmetic.is_empty() && flags.is_empty() {
        return Ok(authored);
    }
    let first = cells.first().ok_or_else(|| format!("{at}: no values"))?;
    let source = first.source.source(ctx.registry)?.caveat.unwrap_or_default();
    let mut out = authored.unwrap_or_default();
    for t in arithmetic.iter().chain([&source]).chain(&flags) {
        out = cite::join(&out, t);
    }
    Ok(Some(out))
}

fn exercise(e: &authored::Exercise, built: &[Built], ctx: &Ctx, at: &str) -> Result<Exercise> {
    let chart = built.iter().find(|b| b.dataset.id == e.dataset).ok_or_else(|| {
        format!(
            "{at}: unknown dataset `{}` (or one this edition leaves out: give the exercise the same `except`)",
            e.dataset
        )
    })?;
    let mut questions = Vec::new();
    for q in &e.questions {
        questions.push(question(q, chart, ctx, &format!("{at}.questions[{}]", q.id))?);
    }
    let none = Scope::default().in_edition(ctx.edition);
    Ok(Exercise {
        id: e.id.clone(),
        level: e.level,
        title: fill(&e.title, &none, ctx.labels, &format!("{at}.title"))?,
        outcome: fill(&e.outcome, &none, ctx.labels, &format!("{at}.outcome"))?,
        dataset: e.dataset.clone(),
        chart: e.chart,
        questions,
    })
}

fn question(q: &authored::ReadingQuestion, chart: &Built, ctx: &Ctx, at: &str) -> Result<ReadingQuestion> {
    let labels = ctx.labels;
    let scope = Scope::resolve(ctx.data, &q.values, at, ctx.edition)?.allow_across_break(q.across_break);
    scope.check_flags(&q.expect_flags, at)?;
    if let Some((reference, _)) = scope.cells().into_iter().find(|(r, _)| !chart.references.contains(*r)) {
        return Err(format!(
            "{at}: `{reference}` is not in dataset `{}`: a reading question is answered from its own chart",
            chart.dataset.id
        ));
    }
    let answer = match &q.answer {
        authored::ReadingAnswer::Numeric { value, tolerance, tolerance_percent } => {
            let quantity = evaluate(value, &scope).map_err(|e| format!("{at}.answer: {e}"))?;
            let unit = quantity.unit.ok_or_else(|| format!("{at}.answer: `{value}` has no unit"))?;
            let value = tidy(quantity.value, unit);
            let tolerance = match (tolerance, tolerance_percent) {
                (Some(t), None) => *t,
                // Of the answer, rounded as the answer is (a tenth for shares, whole people).
                (None, Some(p)) => tidy((value * p / 100.0).abs(), unit),
                _ => return Err(format!("{at}.answer: give `tolerance` or `tolerance_percent`")),
            };
            ReadingAnswer::Numeric { value, tolerance, unit }
        }
        authored::ReadingAnswer::Choice(c) => {
            ReadingAnswer::Choice { options: choice::options(c, &scope, labels, &format!("{at}.answer"))? }
        }
    };
    let mut hints = Vec::new();
    for (i, h) in q.hints.iter().enumerate() {
        hints.push(fill(h, &scope, labels, &format!("{at}.hints[{i}]"))?);
    }
    Ok(ReadingQuestion {
        id: q.id.clone(),
        text: fill(&q.text, &scope, labels, &format!("{at}.text"))?,
        answer,
        hints,
        explanation: fill(&q.explanation, &scope, labels, &format!("{at}.explanation"))?,
    })
}

/// Drops the float noise of a difference (`59.6 − 38.5` is `21.099999…`): shares keep one decimal, counts none.
fn tidy(value: f64, unit: Unit) -> f64 {
    let scale = match unit {
        Unit::Percent | Unit::PercentChange | Unit::PercentagePoints | Unit::Ratio => 10.0,
        // Euro or dollar cents of an hourly wage.
        Unit::CurrencyPerHour => 100.0,
        _ => 1.0,
    };
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use lmi_content::Lang;

    use super::super::fixtures::{data, six, words};
    use super::*;

    fn reading(question_values: serde_json::Value, answer: serde_json::Value) -> authored::Reading {
        let nurses = six(["Nurses", "Verpleegkundigen", "Infirmiers", "Pflegekräfte", "الممرضون", "Медсестри"]);
        serde_json::from_value(serde_json::json!({
            "meta": {
                "id": "reading-test", "title": six(["Read", "Lees", "Lire", "Lesen", "اقرأ", "Читати"]),
                "audience": ["pupil", "jobseeker"],
                "learning_outcomes": [six([
                    "I can read a chart.", "Ik kan een grafiek lezen.", "Je sais lire un graphique.",
                    "Ich kann ein Diagramm lesen.", "أستطيع أن أقرأ مخططًا.", "Я вмію читати діаграму."
                ])],
                "duration_minutes": 10, "last_reviewed": "2026-12-04"
            },
            "datasets": [
                {
                    "id": "uk-nurses",
                    "title": six([
                        "Nurses, UK, {period}", "Verpleegkundigen, VK, {period}", "Infirmiers, Royaume-Uni, {period}",
                        "Pflegekräfte, Vereinigtes Königreich, {period}", "الممرضون، المملكة المتحدة، {period}",
                        "Медсестри, Велика Британія, {period}"
                    ]),
                    "series": [{ "id": "nurses", "label": nurses, "trend": "lfs:GB:222" }]
                },
                {
                    "id": "shares", "title": six(["Women", "Vrouwen", "Femmes", "Frauen", "النساء", "Жінки"]),
                    "categories": [nurses, six(["Surgeons", "Chirurgen", "Chirurgiens", "Chirurgen", "الجرّاحون", "Хірурги"])],
                    "series": [{ "id": "women",
                                 "label": six([
                                     "Women ({period})", "Vrouwen ({period})", "Femmes ({period})", "Frauen ({period})",
                                     "النساء ({period})", "Жінки ({period})"
                                 ]),
                                 "values": ["cps:Registered nurses", "cps:Surgeons"] }]
                }
            ],
            "exercises": [{
                "id": "read", "level": 3, "title": six(["Trend", "Trend", "Tendance", "Trend", "الاتجاه", "Тенденція"]),
                "outcome": six([
                    "I see a trend.", "Ik zie een trend.", "Je vois une tendance.", "Ich sehe einen Trend.", "أرى اتجاهًا.",
                    "Я бачу тенденцію."
                ]),
                "dataset": "uk-nurses", "chart": "line",
                "questions": [{
                    "id": "q", "values": question_values,
                    "text": six(["How much?", "Hoeveel?", "Combien ?", "Wie viel?", "كم؟", "Скільки?"]), "answer": answer,
                    "hints": [six([
                        "Look at the axis.", "Kijk naar de as.", "Regarde l’axe.", "Schau auf die Achse.", "انظر إلى المحور.",
                        "Подивися на вісь."
                    ])],
                    "explanation": six(["Read it.", "Lees het.", "Lis-le.", "Lies es ab.", "اقرأه.", "Прочитай."])
                }]
            }]
        }))
        .unwrap()
    }

    fn get(t: &LocalText, lang: &str) -> String {
        t.get(&Lang::new(lang).unwrap()).unwrap_or_else(|| panic!("no `{lang}` in {t:?}")).to_owned()
    }

    fn growth() -> authored::Reading {
        reading(
            serde_json::json!({ "a": "lfs:GB:222:2014", "b": "lfs:GB:222:2018" }),
            serde_json::json!({ "numeric": { "value": "b - a", "tolerance": 10000 } }),
        )
    }

    #[test]
    fn a_small_sample_makes_its_dataset_medium_reliability_naming_the_value() {
        let vets = six(["Vets", "Dierenartsen", "Vétérinaires", "Tierärzte", "الأطباء البيطريون", "Ветеринари"]);
        let mut r = growth();
        let at = r.datasets.iter().position(|d| d.id == "shares").unwrap();
        let shares = &mut r.datasets[at];
        shares.categories.as_mut().unwrap().push(serde_json::from_value(vets).unwrap());
        shares.series[0].values.push("cps:Veterinarians".into());
        let b = build(&r, &data(), &words(), "reading-test.json", None).unwrap();
        let shares = b.datasets.iter().find(|d| d.id == "shares").unwrap();
        let reliability = shares.reliability.as_ref().expect("83,000 employed is a small sample");
        assert_eq!(reliability.level, ReliabilityLevel::Medium);
        let en = reliability.reason.get(&lmi_content::Lang::new("en").unwrap()).unwrap();
        // The surgeons' suppressed share is a gap, not an imprecise value.
        assert!(en.starts_with("Vets: ") && en.contains("83,000") && !en.contains("Surgeons"), "{en}");
        let trend = b.datasets.iter().find(|d| d.id == "uk-nurses").unwrap();
        assert_eq!(trend.reliability, None, "a dataset of precise values keeps its source's reliability");
    }

    #[test]
    fn trends_become_year_categories_and_masked_cells_stay_empty() {
        let b = build(&growth(), &data(), &words(), "reading-test.json", None).unwrap();
        let d = &b.datasets[0];
        assert_eq!((d.period.to_string().as_str(), d.region.as_str(), d.unit), ("2014/2018", "GB", Unit::People));
        assert_eq!(d.categories.len(), 5);
        assert_eq!(d.series[0].values[0], Some(611335.0));
        assert_eq!(get(&d.title, "en"), "Nurses, UK, 2014–2018");
        assert_eq!(get(&d.title, "ar"), "الممرضون، المملكة المتحدة، \u{2066}2014–2018\u{2069}");
        assert_eq!(
            d.categories.iter().map(|c| get(c, "uk")).collect::<Vec<_>>(),
            ["2014", "2015", "2016", "2017", "2018"]
        );
        assert_eq!(b.datasets[1].series[0].values, [Some(87.9), None]);
        assert_eq!(get(&b.datasets[1].series[0].label, "en"), "Women (2022)");
        assert_eq!(get(&b.datasets[1].series[0].label, "de"), "Frauen (2022)");
        let ReadingAnswer::Numeric { value, unit, .. } = b.exercises[0].questions[0].answer else { panic!() };
        assert_eq!((value, unit), (64891.0, Unit::People));
    }

    #[test]
    fn the_built_reading_bundle_validates() {
        let b = build(&growth(), &data(), &words(), "reading-test.json", None).unwrap();
        assert_eq!(b.meta.languages.len(), 6);
        if let Err(e) = lmi_content::parse_bundle(&serde_json::to_string(&b).unwrap()) {
            panic!("{:?}", e.problems());
        }
        let ids: Vec<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["bls-cps-2022", "eu-lfs-nesta-gb"]);
    }

    #[test]
    fn answers_must_come_from_the_exercise_chart() {
        let r = reading(
            serde_json::json!({ "n": "cps:Registered nurses" }),
            serde_json::json!({ "numeric": { "value": "n", "tolerance": 2 } }),
        );
        let e = build(&r, &data(), &words(), "reading-test.json", None).unwrap_err();
        assert!(e.contains("exercises[read].questions[q]") && e.contains("not in dataset `uk-nurses`"), "{e}");
    }

    #[test]
    fn one_chart_has_one_unit_and_source() {
        let mut r = growth();
        r.datasets[1].series[0].values = vec!["cps:Registered nurses".into(), "oews:47-2111".into()];
        let e = build(&r, &data(), &words(), "x.json", None).unwrap_err();
        assert!(e.contains("one unit, region and source"), "{e}");
    }

    #[test]
    fn differences_lose_their_float_noise() {
        assert_eq!(tidy(59.6 - 38.5, Unit::Percent), 21.1);
        assert_eq!(tidy(676226.0 - 611335.0, Unit::People), 64891.0);
    }
}
