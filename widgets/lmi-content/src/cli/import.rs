//! Spreadsheets → bundles, for teachers who would rather fill a table than write JSON.
//!
//! A CSV starts with `# key: value` lines (title, language, author, reviewed, sources, and for reading also
//! the dataset, exercises and questions), then the table. The columns and lines are documented in
//! content/README.md, with a template for each kind in content/templates/.

use std::collections::BTreeMap;

use super::Failure;
use crate::{
    Answer, ChartKind, ChoiceOption, Currency, Dataset, Exercise, Figure, Grade, HigherLowerItem, Kind, Lang,
    LocalText, Meta, Method, OrderDirection, OrderItem, Period, Question, QuizBundle, ReadingAnswer, ReadingBundle,
    ReadingQuestion, Region, Reliability, ReliabilityLevel, Series, Source, Unit, parse_bundle,
};

/// Reads `file` as a `kind` spreadsheet and returns the bundle as pretty JSON, validated.
pub fn import(kind: &str, file: &str, _options: &[String]) -> Result<String, Failure> {
    let text = std::fs::read_to_string(file).map_err(|e| Failure::Usage(format!("{file}: {e}")))?;
    let json = match kind {
        "quiz" => to_json(&quiz_from_csv(&text).map_err(|e| Failure::Problems(format!("{file}: {e}")))?),
        "reading" => to_json(&reading_from_csv(&text).map_err(|e| Failure::Problems(format!("{file}: {e}")))?),
        other => return Err(Failure::Usage(format!("import: unknown kind `{other}`; use quiz or reading"))),
    };
    match parse_bundle(&json) {
        Ok(_) => Ok(json.trim_end().to_owned()),
        Err(e) => Err(Failure::Problems(
            e.problems()
                .iter()
                .map(|p| format!("{file}: the bundle made from it has a problem: {p}"))
                .collect::<Vec<_>>()
                .join("\n"),
        )),
    }
}

fn to_json<T: serde::Serialize>(bundle: &T) -> String {
    let mut text = serde_json::to_string_pretty(bundle).expect("bundles serialise");
    text.push('\n');
    text
}

/// The `# key: value` lines and the table below them.
struct Sheet {
    /// Each key with its values in order (a key such as `source` may repeat).
    settings: Vec<(String, String)>,
    table: String,
}

impl Sheet {
    fn read(text: &str) -> Sheet {
        let mut settings = Vec::new();
        let mut table = String::new();
        for line in text.lines() {
            match line.trim_start().strip_prefix('#').and_then(|rest| rest.split_once(':')) {
                Some((key, value)) => settings.push((key.trim().to_lowercase(), value.trim().to_owned())),
                None if line.trim_start().starts_with('#') => {}
                None => {
                    table.push_str(line);
                    table.push('\n');
                }
            }
        }
        Sheet { settings, table }
    }

    fn one(&self, key: &str) -> Option<&str> {
        self.settings.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn lang(&self) -> Result<Lang, String> {
        Lang::new(self.one("language").unwrap_or("en"))
    }

    fn meta(&self, kind: &str, audience: Vec<crate::Audience>) -> Result<Meta, String> {
        let lang = self.lang()?;
        let title = self.one("title").ok_or("add a line `# title: …` above the table")?;
        let id = self.one("id").map(str::to_owned).unwrap_or_else(|| format!("{kind}-{}", slug(title)));
        Ok(Meta {
            id,
            title: text(&lang, title),
            languages: vec![lang.clone()],
            default_language: lang.clone(),
            licence: self.one("licence").unwrap_or("CC-BY-4.0").to_owned(),
            attribution: self
                .one("attribution")
                .map_or_else(|| format!("{} by {}", title, self.one("author").unwrap_or("its author")), str::to_owned),
            audience,
            age_band: None,
            learning_outcomes: self
                .settings
                .iter()
                .filter(|(k, _)| k == "outcome")
                .map(|(_, v)| text(&lang, v))
                .collect(),
            duration_minutes: self.one("minutes").and_then(|m| m.parse().ok()),
            authors: vec![self.one("author").ok_or("add a line `# author: …` above the table")?.to_owned()],
            last_reviewed: self
                .one("reviewed")
                .ok_or("add a line `# reviewed: YYYY-MM-DD` above the table")?
                .to_owned(),
        })
    }

    /// `# source: id | publisher | title | https://… | period | licence | method | region | reliability | why`
    fn sources(&self) -> Result<Vec<Source>, String> {
        let lang = self.lang()?;
        let retrieved = self.one("reviewed").unwrap_or_default().to_owned();
        self.settings
            .iter()
            .filter(|(k, _)| k == "source")
            .map(|(_, line)| {
                let f = fields(line);
                if f.len() != 10 {
                    return Err(format!("`# source: {line}` needs 10 parts separated by |, it has {}", f.len()));
                }
                Ok(Source {
                    id: f[0].clone(),
                    publisher: f[1].clone(),
                    name: None,
                    title: f[2].clone(),
                    url: f[3].clone(),
                    period: Period::parse(&f[4]).map_err(|e| format!("`# source: {line}`: {e}"))?,
                    retrieved: retrieved.clone(),
                    licence: f[5].clone(),
                    attribution: None,
                    method: enum_value::<Method>(&f[6], "method")?,
                    coverage: Region::parse(&f[7]).map_err(|e| format!("`# source: {line}`: {e}"))?,
                    limitations: Vec::new(),
                    reliability: Some(Reliability {
                        level: enum_value::<ReliabilityLevel>(&f[8], "reliability")?,
                        reason: text(&lang, &f[9]),
                    }),
                    caveat: None,
                })
            })
            .collect()
    }
}

/// Splits `a | b | c`, trimming each part.
fn fields(s: &str) -> Vec<String> {
    s.split('|').map(|p| p.trim().to_owned()).collect()
}

fn text(lang: &Lang, s: &str) -> LocalText {
    LocalText(BTreeMap::from([(lang.clone(), s.to_owned())]))
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A snake_case enum value as written in bundles (`percent`, `very_wrong`, `survey`).
fn enum_value<T: serde::de::DeserializeOwned>(s: &str, what: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(s.trim().to_owned()))
        .map_err(|_| format!("`{s}` is not a {what}; see content/README.md for the allowed words"))
}

fn number(s: &str, what: &str) -> Result<f64, String> {
    s.trim().replace(',', ".").parse::<f64>().map_err(|_| format!("`{s}` is not a number ({what})"))
}

fn numbers(s: &str, what: &str) -> Result<Vec<f64>, String> {
    fields(s).iter().filter(|p| !p.is_empty()).map(|p| number(p, what)).collect()
}

/// One row of the quiz table, by column name.
struct Row<'a> {
    line: usize,
    headers: &'a csv::StringRecord,
    record: csv::StringRecord,
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        self.headers.iter().position(|h| h.trim() == column).and_then(|i| self.record.get(i)).unwrap_or("").trim()
    }

    fn need(&self, column: &str) -> Result<&str, String> {
        match self.get(column) {
            "" => Err(format!("row {}: the `{column}` column is empty", self.line)),
            v => Ok(v),
        }
    }
}

/// A quiz from a spreadsheet with one question per row.
pub fn quiz_from_csv(csv_text: &str) -> Result<QuizBundle, String> {
    let sheet = Sheet::read(csv_text);
    let lang = sheet.lang()?;
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(sheet.table.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let mut questions = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = Row { line: i + 1, headers: &headers, record: record.map_err(|e| e.to_string())? };
        questions.push(question(&row, &lang).map_err(|e| format!("question row {}: {e}", i + 1))?);
    }
    Ok(QuizBundle {
        schema: Some("schema/quiz.schema.json".into()),
        kind: Kind::Quiz,
        format: crate::FORMAT_VERSION,
        meta: sheet.meta("quiz", vec![crate::Audience::Pupil])?,
        sources: sheet.sources()?,
        questions,
        closing_reflection: sheet.one("closing reflection").map(|r| text(&lang, r)),
    })
}

fn question(row: &Row<'_>, lang: &Lang) -> Result<Question, String> {
    let unit: Unit = enum_value(row.need("unit")?, "unit")?;
    let currency = Some(row.get("currency")).filter(|c| !c.is_empty()).map(Currency::parse).transpose()?;
    let period = Period::parse(row.need("period")?)?;
    let region = Region::parse(row.need("region")?)?;
    let figure = |value: f64| -> Result<Figure, String> {
        Ok(Figure {
            about: None,
            flags: Default::default(),
            value,
            unit,
            currency: currency.clone(),
            period,
            region: region.clone(),
            source: row.need("source")?.to_owned(),
            reliability: None,
            caveat: Some(row.get("caveat")).filter(|c| !c.is_empty()).map(|c| text(lang, c)),
            range: None,
        })
    };
    let values = numbers(row.get("values"), "values")?;
    let options = fields(row.get("options"));
    let kind = row.need("type")?;
    let (answer, figures) = match kind {
        "true_false" => {
            let correct = match row.need("answer")?.to_lowercase().as_str() {
                "true" => true,
                "false" => false,
                other => return Err(format!("answer `{other}`: write true or false")),
            };
            (Answer::TrueFalse { correct }, values.iter().map(|v| figure(*v)).collect::<Result<_, _>>()?)
        }
        "choice" => {
            let options = options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let (grade, label) = o.split_once(':').ok_or(format!("option `{o}`: write `right: text`"))?;
                    Ok(ChoiceOption {
                        id: ((b'a' + i as u8) as char).to_string(),
                        text: text(lang, label.trim()),
                        grade: enum_value::<Grade>(grade, "grade (right, wrong or very_wrong)")?,
                        feedback: None,
                    })
                })
                .collect::<Result<_, String>>()?;
            (Answer::Choice { options }, values.iter().map(|v| figure(*v)).collect::<Result<_, _>>()?)
        }
        "estimate" => {
            let value = number(row.need("answer")?, "answer")?;
            let answer = Answer::Estimate {
                value,
                tolerance: number(row.need("tolerance")?, "tolerance")?,
                unit,
                currency: currency.clone(),
                min: number(row.need("min")?, "min")?,
                max: number(row.need("max")?, "max")?,
                step: number(row.need("step")?, "step")?,
            };
            (answer, vec![figure(value)?])
        }
        "higher_lower" => {
            let [left, right] = <[String; 2]>::try_from(options).map_err(|_| "options: write `left | right`")?;
            let [lv, rv] = <[f64; 2]>::try_from(values).map_err(|_| "values: write the two figures `left | right`")?;
            let (lf, rf) = (figure(lv)?, figure(rv)?);
            let answer = Answer::HigherLower {
                left: Box::new(HigherLowerItem { label: text(lang, &left), figure: lf.clone() }),
                right: Box::new(HigherLowerItem { label: text(lang, &right), figure: rf.clone() }),
            };
            (answer, vec![lf, rf])
        }
        "order" => {
            let direction: OrderDirection = enum_value(row.need("answer")?, "order (highest_first or lowest_first)")?;
            let figures: Vec<Figure> = values.iter().map(|v| figure(*v)).collect::<Result<_, _>>()?;
            let items = options
                .iter()
                .enumerate()
                .map(|(i, label)| OrderItem {
                    id: format!("item-{}", i + 1),
                    label: text(lang, label),
                    figure: figures.get(i).cloned(),
                })
                .collect();
            (Answer::Order { items, direction }, figures)
        }
        other => return Err(format!("type `{other}`: use true_false, choice, estimate, higher_lower or order")),
    };
    Ok(Question {
        id: Some(row.get("id")).filter(|i| !i.is_empty()).map_or_else(|| format!("q{}", row.line), str::to_owned),
        text: text(lang, row.need("question")?),
        myth: text(lang, row.need("myth")?),
        answer,
        explanation: text(lang, row.need("explanation")?),
        figures,
        reflection: Some(row.get("reflection")).filter(|r| !r.is_empty()).map(|r| text(lang, r)),
        image: None,
    })
}

/// A reading bundle from a spreadsheet: the table is the dataset (first column the categories, one column
/// per series); `# dataset:`, `# exercise:` and `# question:` lines describe the rest.
pub fn reading_from_csv(csv_text: &str) -> Result<ReadingBundle, String> {
    let sheet = Sheet::read(csv_text);
    let lang = sheet.lang()?;
    let mut reader = csv::ReaderBuilder::new().from_reader(sheet.table.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let series_names: Vec<&str> = headers.iter().skip(1).collect();
    let mut categories = Vec::new();
    let mut values: Vec<Vec<Option<f64>>> = vec![Vec::new(); series_names.len()];
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| e.to_string())?;
        categories.push(text(&lang, record.get(0).unwrap_or("").trim()));
        for (j, column) in values.iter_mut().enumerate() {
            let cell = record.get(j + 1).unwrap_or("").trim();
            column.push(if cell.is_empty() { None } else { Some(number(cell, &format!("row {}", i + 1))?) });
        }
    }
    // `# dataset: title | unit | period | region | source id`
    let d = fields(sheet.one("dataset").ok_or("add a line `# dataset: title | unit | period | region | source`")?);
    if d.len() != 5 {
        return Err("`# dataset:` needs 5 parts: title | unit | period | region | source".into());
    }
    let unit: Unit = enum_value(&d[1], "unit")?;
    let dataset = Dataset {
        id: "data".into(),
        title: text(&lang, &d[0]),
        unit,
        currency: sheet.one("currency").map(Currency::parse).transpose()?,
        period: Period::parse(&d[2])?,
        region: Region::parse(&d[3])?,
        source: d[4].clone(),
        reliability: None,
        caveat: None,
        categories,
        series: series_names
            .iter()
            .zip(values)
            .enumerate()
            .map(|(i, (name, values))| Series {
                flags: Default::default(),
                id: format!("s{}", i + 1),
                label: text(&lang, name),
                values,
            })
            .collect(),
    };
    let mut exercises: Vec<Exercise> = Vec::new();
    for (key, line) in &sheet.settings {
        match key.as_str() {
            // `# exercise: level | chart | title | learning outcome`
            "exercise" => {
                let f = fields(line);
                if f.len() != 4 {
                    return Err(format!("`# exercise: {line}` needs 4 parts: level | chart | title | outcome"));
                }
                exercises.push(Exercise {
                    id: format!("exercise-{}", exercises.len() + 1),
                    level: f[0].parse().map_err(|_| format!("level `{}` is not 1 to 4", f[0]))?,
                    title: text(&lang, &f[2]),
                    outcome: text(&lang, &f[3]),
                    dataset: "data".into(),
                    chart: enum_value::<ChartKind>(&f[1], "chart (bar, grouped_bar, line or range)")?,
                    questions: Vec::new(),
                });
            }
            // `# question: text | answer | tolerance | hints separated by / | explanation`
            "question" => {
                let f = fields(line);
                if f.len() != 5 {
                    return Err(format!(
                        "`# question: {line}` needs 5 parts: text | answer | tolerance | hints | explanation"
                    ));
                }
                let exercise = exercises.last_mut().ok_or("put a `# exercise:` line before its questions")?;
                let answer = match number(&f[1], "answer") {
                    Ok(value) => ReadingAnswer::Numeric { value, tolerance: number(&f[2], "tolerance")?, unit },
                    Err(_) => ReadingAnswer::Choice { options: choice_options(&lang, &f[1])? },
                };
                exercise.questions.push(ReadingQuestion {
                    id: format!("q{}", exercise.questions.len() + 1),
                    text: text(&lang, &f[0]),
                    answer,
                    hints: f[3].split('/').map(str::trim).filter(|h| !h.is_empty()).map(|h| text(&lang, h)).collect(),
                    explanation: text(&lang, &f[4]),
                });
            }
            _ => {}
        }
    }
    Ok(ReadingBundle {
        schema: Some("schema/reading.schema.json".into()),
        kind: Kind::Reading,
        format: crate::FORMAT_VERSION,
        meta: sheet.meta("reading", vec![crate::Audience::Pupil, crate::Audience::Jobseeker])?,
        sources: sheet.sources()?,
        datasets: vec![dataset],
        exercises,
    })
}

/// `right: 2018 ; wrong: 2014` → options a, b.
fn choice_options(lang: &Lang, s: &str) -> Result<Vec<ChoiceOption>, String> {
    s.split(';')
        .enumerate()
        .map(|(i, o)| {
            let (grade, label) =
                o.split_once(':').ok_or(format!("answer `{s}`: a number, or `right: … ; wrong: …`"))?;
            Ok(ChoiceOption {
                id: ((b'a' + i as u8) as char).to_string(),
                text: text(lang, label.trim()),
                grade: enum_value::<Grade>(grade, "grade (right, wrong or very_wrong)")?,
                feedback: None,
            })
        })
        .collect()
}
