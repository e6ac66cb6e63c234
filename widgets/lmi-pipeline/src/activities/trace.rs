//! Every number of every country edition traced back to its cell in the raw Eurostat files.
//!
//! This test does not trust the generator: it reads the committed bundles in `content/`, the authored
//! templates and `countries.json` as plain JSON, and the RAW files (`eurostat/raw/eurostat/estat_lfsa_egised.tsv`,
//! `estat_lfsa_urgaed.tsv`, `eurostat_womenmen2021/02_04_02_data.csv`, never the derived CSVs) with its own small
//! readers. For every figure, dataset value, numeric answer and answer key of every edition it works the value out
//! again from the cells a reference names (a share is women ÷ everyone × 100, a change (end − start) ÷ start × 100,
//! both to one decimal; counts are thousands × 1,000) and checks the same value, the same flags (Eurostat's letters,
//! for a calculated value those of every cell it comes from), the period and the region. Numbers in texts come from
//! the same values: the generator refuses a typed digit. Skipped, with a note, when the data folder is absent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::root;

/// A raw Eurostat TSV file: series key as written → year → cell as written.
struct RawTsv(BTreeMap<String, BTreeMap<i32, String>>);

impl RawTsv {
    fn read(path: &Path) -> RawTsv {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut lines = text.split('\n').map(|l| l.trim_end_matches('\r'));
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        let years: Vec<i32> = header[1..].iter().map(|y| y.trim().parse().unwrap()).collect();
        let mut rows = BTreeMap::new();
        for line in lines.filter(|l| !l.is_empty()) {
            let mut cells = line.split('\t');
            let key = cells.next().unwrap().to_owned();
            rows.insert(key, years.iter().copied().zip(cells.map(|c| c.trim().to_owned())).collect());
        }
        RawTsv(rows)
    }

    /// The value (`None` for `:`) and the flag letters of a cell.
    fn cell(&self, key: &str, year: i32) -> (Option<f64>, BTreeSet<char>) {
        let text = &self.0.get(key).unwrap_or_else(|| panic!("raw file has no series {key}"))[&year];
        let (number, letters) = text.split_once(' ').unwrap_or((text, ""));
        let value = (number != ":").then(|| number.parse::<f64>().unwrap());
        (value, letters.chars().filter(|c| !c.is_whitespace()).collect())
    }
}

/// The raw SES chart data: `geo` → `OC2_F` → value (decimal comma read as a point).
fn read_ses(path: &Path) -> BTreeMap<String, BTreeMap<String, f64>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let unquote = |s: &str| s.trim().trim_matches('"').to_owned();
    let header: Vec<String> = lines.next().unwrap().split(';').map(unquote).collect();
    let mut out = BTreeMap::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let cells: Vec<String> = line.split(';').map(unquote).collect();
        let row = header[1..].iter().cloned().zip(cells[1..].iter().map(|c| c.replace(',', ".").parse().unwrap()));
        out.insert(cells[0].clone(), row.collect());
    }
    out
}

struct Raw {
    egised: RawTsv,
    urgaed: RawTsv,
    ses: BTreeMap<String, BTreeMap<String, f64>>,
}

/// What a reference must give: value (`None` for a gap), flags, period, region.
#[derive(Debug, PartialEq)]
struct Expected {
    value: Option<f64>,
    flags: BTreeSet<char>,
    period: String,
    region: String,
}

fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn region(geo: &str) -> String {
    match geo {
        "EU27_2020" => "EU27".into(),
        "EL" => "GR".into(),
        g => g.into(),
    }
}

impl Raw {
    fn egised(&self, geo: &str, isco: &str, sex: &str, year: i32) -> (Option<f64>, BTreeSet<char>) {
        self.egised.cell(&format!("A,Y_GE15,{sex},{isco},TOTAL,THS_PER,{geo}"), year)
    }

    /// Works a reference out from the raw cells, independently of `refs.rs`.
    fn expected(&self, reference: &str) -> Expected {
        let p: Vec<&str> = reference.split(':').collect();
        let year = |s: &str| s.parse::<i32>().unwrap();
        match p[..] {
            ["egised", geo, isco, sex, y] => {
                let (v, flags) = self.egised(geo, isco, sex, year(y));
                Expected { value: v.map(|v| (v * 1000.0).round()), flags, period: y.into(), region: region(geo) }
            }
            ["egised-women", geo, isco, y] => {
                let (w, fw) = self.egised(geo, isco, "F", year(y));
                let (t, ft) = self.egised(geo, isco, "T", year(y));
                let value = w.zip(t).map(|(w, t)| tenth(100.0 * w / t));
                Expected { value, flags: &fw | &ft, period: y.into(), region: region(geo) }
            }
            ["egised-change", geo, isco, sex, a, b] => {
                let (start, fa) = self.egised(geo, isco, sex, year(a));
                let (end, fb) = self.egised(geo, isco, sex, year(b));
                let value = start.zip(end).map(|(s, e)| tenth(100.0 * (e - s) / s));
                Expected { value, flags: &fa | &fb, period: format!("{a}/{b}"), region: region(geo) }
            }
            ["ses", geo, isco, sex] => Expected {
                value: self.ses[geo].get(&format!("{isco}_{sex}")).copied(),
                flags: BTreeSet::new(),
                period: "2018".into(),
                region: region(geo),
            },
            ["urgaed", geo, age, isced, sex, y] => {
                let (value, flags) = self.urgaed.cell(&format!("A,PC,{sex},{age},{isced},{geo}"), year(y));
                Expected { value, flags, period: y.into(), region: region(geo) }
            }
            _ => panic!("the trace knows no reference `{reference}`"),
        }
    }
}

fn flags_of(v: &Value) -> BTreeSet<char> {
    v.as_str().unwrap_or_default().chars().collect()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A question's or exercise's `except` names the country: the edition leaves it out.
fn excepted(item: &Value, code: &str) -> bool {
    item.get("except").and_then(Value::as_array).is_some_and(|a| a.iter().any(|c| c == code))
}

/// `name → reference` of a question, `{geo}` filled, in the author's order.
fn values(item: &Value, geo: &str) -> Vec<(String, String)> {
    let Some(map) = item.get("values").and_then(Value::as_object) else { return Vec::new() };
    map.iter().map(|(n, r)| (n.clone(), r.as_str().unwrap().replace("{geo}", geo))).collect()
}

/// Evaluates `a`, `a - b`, `a / b` or a claim `x < y` over the named values, the way an author writes them.
fn evaluate(expr: &str, named: &BTreeMap<String, f64>) -> f64 {
    let term = |t: &str| named.get(t).copied().unwrap_or_else(|| t.parse().unwrap());
    let parts: Vec<&str> = expr.split_whitespace().collect();
    match parts[..] {
        [a] => term(a),
        [a, "-", b] => term(a) - term(b),
        [a, "/", b] => term(a) / term(b),
        _ => panic!("the trace cannot evaluate `{expr}`"),
    }
}

fn holds(claim: &str, named: &BTreeMap<String, f64>) -> bool {
    for op in ["<=", ">=", "<", ">"] {
        if let Some((l, r)) = claim.split_once(op) {
            let (l, r) = (evaluate(l.trim(), named), evaluate(r.trim(), named));
            return match op {
                "<=" => l <= r,
                ">=" => l >= r,
                "<" => l < r,
                _ => l > r,
            };
        }
    }
    panic!("`{claim}` is not a claim");
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * a.abs().max(1.0)
}

/// Whether a bundle figure is exactly what the reference gives: value, flags, period, region, and low
/// reliability exactly when Eurostat flags `u`.
fn matches(figure: &Value, want: &Expected) -> bool {
    let low = figure.pointer("/reliability/level").and_then(Value::as_str) == Some("low");
    want.value.is_some_and(|v| close(figure["value"].as_f64().unwrap_or(f64::NAN), v))
        && flags_of(&figure["flags"]) == want.flags
        && figure["period"] == want.period.as_str()
        && figure["region"] == want.region.as_str()
        && low == want.flags.contains(&'u')
}

/// Finds the figure of `reference` among `figures` (each used once); its value.
fn check_figure(figures: &[Value], used: &mut [bool], reference: &str, raw: &Raw, at: &str) -> f64 {
    let want = raw.expected(reference);
    let value = want.value.unwrap_or_else(|| panic!("{at}: `{reference}` is a gap in the raw file but has a figure"));
    let i = (0..figures.len()).find(|&i| !used[i] && matches(&figures[i], &want)).unwrap_or_else(|| {
        panic!("{at}: no figure is `{reference}` as published ({want:?}); figures: {}", Value::from(figures.to_vec()))
    });
    used[i] = true;
    value
}

/// One quiz edition: every figure, every key.
fn check_quiz(template: &Value, bundle: &Value, geo: &str, code: &str, raw: &Raw, file: &str) -> usize {
    let questions: Vec<&Value> =
        template["questions"].as_array().unwrap().iter().filter(|q| !excepted(q, code)).collect();
    let built = bundle["questions"].as_array().unwrap();
    assert_eq!(built.len(), questions.len(), "{file}: questions");
    let mut traced = 0;
    for (q, b) in questions.iter().zip(built) {
        let at = format!("{file} questions[{}]", q["id"].as_str().unwrap());
        assert_eq!(q["id"], b["id"], "{at}: order");
        let declared = values(q, geo);
        let mut unique: Vec<&str> = Vec::new();
        for (_, r) in &declared {
            if !unique.contains(&r.as_str()) {
                unique.push(r);
            }
        }
        let figures = b["figures"].as_array().unwrap();
        assert_eq!(figures.len(), unique.len(), "{at}: one figure per reference");
        let mut used = vec![false; figures.len()];
        let mut by_reference = BTreeMap::new();
        for r in &unique {
            by_reference.insert(*r, check_figure(figures, &mut used, r, raw, &at));
            traced += 1;
        }
        let named: BTreeMap<String, f64> =
            declared.iter().map(|(n, r)| (n.clone(), by_reference[r.as_str()])).collect();
        let authored = &q["answer"];
        let key = &b["answer"];
        if let Some(tf) = authored.get("true_false") {
            let claim = tf["claim"].as_str().unwrap();
            assert_eq!(key["true_false"]["correct"], holds(claim, &named), "{at}: `{claim}`");
        } else if let Some(e) = authored.get("estimate") {
            let value = named[e["value"].as_str().unwrap()];
            assert!(close(key["estimate"]["value"].as_f64().unwrap(), value), "{at}: estimate key");
        } else if let Some(hl) = authored.get("higher_lower") {
            for side in ["left", "right"] {
                let value = named[hl[side]["value"].as_str().unwrap()];
                assert!(close(key["higher_lower"][side]["figure"]["value"].as_f64().unwrap(), value), "{at}: {side}");
            }
        } else if let Some(o) = authored.get("order") {
            let mut items: Vec<(&str, f64)> = o["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| (i["id"].as_str().unwrap(), named[i["value"].as_str().unwrap()]))
                .collect();
            items.sort_by(|a, b| a.1.total_cmp(&b.1));
            if o["direction"] == "highest_first" {
                items.reverse();
            }
            let got: Vec<&str> =
                key["order"]["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
            assert_eq!(got, items.iter().map(|i| i.0).collect::<Vec<_>>(), "{at}: order key");
        } else if let Some(c) = authored.get("choice") {
            check_choice(c, &key["choice"]["options"], &named, &at);
        }
    }
    traced
}

/// The option graded right is the one the data makes right (by `pick`, or by its claim).
fn check_choice(authored: &Value, options: &Value, named: &BTreeMap<String, f64>, at: &str) {
    let right: Vec<&str> = options
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["grade"] == "right")
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(right.len(), 1, "{at}: one right option");
    let opts = authored["options"].as_array().unwrap();
    if let Some(pick) = authored.get("pick").and_then(Value::as_str) {
        let value = |o: &Value| named[o["value"].as_str().unwrap()];
        let best = opts.iter().max_by(|a, b| {
            let (a, b) = (value(a), value(b));
            if pick == "highest" { a.total_cmp(&b) } else { b.total_cmp(&a) }
        });
        assert_eq!(best.unwrap()["id"], right[0], "{at}: pick {pick}");
    } else {
        for o in opts.iter().filter(|o| o.get("claim").is_some()) {
            let holds = holds(o["claim"].as_str().unwrap(), named);
            assert_eq!(holds, o["id"] == right[0], "{at}: option {} and its claim", o["id"]);
        }
    }
}

/// One reading edition: every value and flag of every chart, every numeric answer and graded choice.
fn check_reading(template: &Value, bundle: &Value, geo: &str, code: &str, raw: &Raw, file: &str) -> usize {
    let datasets: Vec<&Value> =
        template["datasets"].as_array().unwrap().iter().filter(|d| !excepted(d, code)).collect();
    let built = bundle["datasets"].as_array().unwrap();
    assert_eq!(built.len(), datasets.len(), "{file}: datasets");
    let mut traced = 0;
    for (d, b) in datasets.iter().zip(built) {
        let at = format!("{file} datasets[{}]", d["id"].as_str().unwrap());
        for (s, bs) in d["series"].as_array().unwrap().iter().zip(b["series"].as_array().unwrap()) {
            let references: Vec<String> = match s.get("trend").and_then(Value::as_str) {
                Some(t) => {
                    let t = t.replace("{geo}", geo);
                    let (prefix, span) = t.rsplit_once(':').unwrap();
                    let (a, z) = span.split_once('/').unwrap();
                    (a.parse::<i32>().unwrap()..=z.parse().unwrap()).map(|y| format!("{prefix}:{y}")).collect()
                }
                None => {
                    s["values"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().replace("{geo}", geo)).collect()
                }
            };
            let values = bs["values"].as_array().unwrap();
            let flags = bs.get("flags").and_then(Value::as_array);
            assert_eq!(values.len(), references.len(), "{at}: values");
            for (i, r) in references.iter().enumerate() {
                let want = raw.expected(r);
                match want.value {
                    None => assert!(values[i].is_null(), "{at}: `{r}` is a gap in the raw file"),
                    Some(v) => assert!(close(values[i].as_f64().unwrap(), v), "{at}: `{r}`: {} ≠ raw {v}", values[i]),
                }
                let got = flags.map(|f| flags_of(&f[i])).unwrap_or_default();
                assert_eq!(got, want.flags, "{at}: `{r}`: flags");
                traced += 1;
            }
        }
    }
    let exercises: Vec<&Value> =
        template["exercises"].as_array().unwrap().iter().filter(|e| !excepted(e, code)).collect();
    let built = bundle["exercises"].as_array().unwrap();
    assert_eq!(built.len(), exercises.len(), "{file}: exercises");
    for (e, be) in exercises.iter().zip(built) {
        for (q, bq) in e["questions"].as_array().unwrap().iter().zip(be["questions"].as_array().unwrap()) {
            let at =
                format!("{file} exercises[{}].questions[{}]", e["id"].as_str().unwrap(), q["id"].as_str().unwrap());
            let named: BTreeMap<String, f64> = values(q, geo)
                .into_iter()
                .map(|(n, r)| {
                    let v = raw.expected(&r).value.unwrap_or_else(|| panic!("{at}: `{r}` is a gap"));
                    (n, v)
                })
                .collect();
            if let Some(n) = q["answer"].get("numeric") {
                let value = evaluate(n["value"].as_str().unwrap(), &named);
                let got = bq["answer"]["numeric"]["value"].as_f64().unwrap();
                // The bundle keeps a tenth of a share or ratio, a cent of a wage, a whole person.
                assert!((got - value).abs() <= 0.05 + 1e-9, "{at}: numeric key {got} ≠ raw {value}");
                traced += 1;
            } else if let Some(c) = q["answer"].get("choice") {
                check_choice(c, &bq["answer"]["choice"]["options"], &named, &at);
            }
        }
    }
    traced
}

#[test]
fn every_number_of_every_country_edition_is_its_raw_cell() {
    let data = root().join("../shared/data");
    if !data.join("SOURCES.md").exists() {
        eprintln!("skipped: no raw data at {}", data.display());
        return;
    }
    let raw_dir = data.join("eurostat/raw");
    let raw = Raw {
        egised: RawTsv::read(&raw_dir.join("eurostat/estat_lfsa_egised.tsv")),
        urgaed: RawTsv::read(&raw_dir.join("eurostat/estat_lfsa_urgaed.tsv")),
        ses: read_ses(&raw_dir.join("eurostat_womenmen2021/02_04_02_data.csv")),
    };
    let content = root().join("content");
    let countries = read_json(&content.join("authored/texts/countries.json"));
    let authored = content.join("authored/activities");
    let mut templates: Vec<PathBuf> = std::fs::read_dir(&authored)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".countries.json"))
        .collect();
    templates.sort();
    assert!(templates.len() >= 5, "the four quizzes and the reading exercises");
    let (mut editions, mut traced) = (0, 0);
    let mut shipped = BTreeSet::new();
    for path in &templates {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let base = name.trim_end_matches(".countries.json").to_owned();
        let template = read_json(path);
        for code in template["countries"].as_array().unwrap() {
            let code = code.as_str().unwrap();
            let geo = countries["countries"][code]["eurostat"].as_str().unwrap();
            let file = format!("{base}.{}.json", code.to_ascii_lowercase());
            let bundle = read_json(&content.join(&file));
            traced += if base.starts_with("quiz-") {
                check_quiz(&template, &bundle, geo, code, &raw, &file)
            } else {
                check_reading(&template, &bundle, geo, code, &raw, &file)
            };
            editions += 1;
            shipped.insert(file);
        }
        // No edition in content/ escapes the trace.
        for entry in std::fs::read_dir(&content).unwrap() {
            let f = entry.unwrap().file_name().to_string_lossy().into_owned();
            if let Some(code) = f.strip_prefix(&format!("{base}.")).and_then(|r| r.strip_suffix(".json")) {
                assert!(shipped.contains(&f), "{f}: edition `{code}` is in content/ but its template does not list it");
            }
        }
    }
    assert!(editions >= 150 && traced > 3500, "{editions} editions, {traced} numbers traced");
    eprintln!("traced {traced} numbers in {editions} country editions to the raw Eurostat files");
}

#[test]
fn the_trace_reads_values_and_flags_as_published() {
    let text = "freq,age,sex,isco08,isced11,unit,geo\\TIME_PERIOD\t2021 \t2023 \r\nA,Y_GE15,F,OC2,TOTAL,THS_PER,BE\t705.7 b\t: u\r\n";
    let dir = std::env::temp_dir().join(format!("lmi-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("t.tsv"), text).unwrap();
    let t = RawTsv::read(&dir.join("t.tsv"));
    assert_eq!(t.cell("A,Y_GE15,F,OC2,TOTAL,THS_PER,BE", 2021), (Some(705.7), BTreeSet::from(['b'])));
    assert_eq!(t.cell("A,Y_GE15,F,OC2,TOTAL,THS_PER,BE", 2023), (None, BTreeSet::from(['u'])));
    std::fs::remove_dir_all(&dir).unwrap();
    let named = BTreeMap::from([("a".to_owned(), 30.0), ("b".to_owned(), 12.0)]);
    assert!(holds("a / b > 2", &named) && !holds("a < 25", &named) && holds("b - a < 0", &named));
}

/// The explorer's country files (`content/occupations-by-country/`) the same way: every figure of every major
/// group is its raw cell with its flags, a change over a break says so with `b`, and a published cell is
/// never left out.
#[test]
fn every_figure_of_every_country_file_is_its_raw_cell() {
    let data = root().join("../shared/data");
    if !data.join("SOURCES.md").exists() {
        eprintln!("skipped: no raw data at {}", data.display());
        return;
    }
    let raw_dir = data.join("eurostat/raw");
    let raw = Raw {
        egised: RawTsv::read(&raw_dir.join("eurostat/estat_lfsa_egised.tsv")),
        urgaed: RawTsv::read(&raw_dir.join("eurostat/estat_lfsa_urgaed.tsv")),
        ses: read_ses(&raw_dir.join("eurostat_womenmen2021/02_04_02_data.csv")),
    };
    let content = root().join("content");
    let countries = read_json(&content.join("authored/texts/countries.json"));
    let mut traced = 0;
    for (code, words) in countries["countries"].as_object().unwrap() {
        let geo = words["eurostat"].as_str().unwrap();
        let file = format!("occupations-by-country/{}.json", code.to_ascii_lowercase());
        let bundle = read_json(&content.join(&file));
        assert_eq!(bundle["country"], code.as_str(), "{file}");
        let groups = bundle["groups"].as_array().unwrap();
        for major in 0..=9 {
            let isco = format!("OC{major}");
            let group = groups.iter().find(|g| g["code"] == major.to_string().as_str());
            let has_series = raw.egised.0.contains_key(&format!("A,Y_GE15,T,{isco},TOTAL,THS_PER,{geo}"));
            let ses = raw.ses.get(geo).and_then(|row| row.get(&format!("{isco}_F")));
            let fields = [
                ("employment", format!("egised:{geo}:{isco}:T:2023"), has_series),
                ("women_share", format!("egised-women:{geo}:{isco}:2023"), has_series),
                ("change", format!("egised-change:{geo}:{isco}:T:2021:2023"), has_series),
                ("hourly_earnings_women", format!("ses:{geo}:{isco}:F"), ses.is_some()),
                ("hourly_earnings_men", format!("ses:{geo}:{isco}:M"), ses.is_some()),
            ];
            for (field, reference, in_raw) in fields {
                let at = format!("{file}: group {major}: {field}");
                let figure = group.map(|g| &g[field]).filter(|f| !f.is_null());
                let mut want = if in_raw { Some(raw.expected(&reference)) } else { None };
                if let Some(w) = want.as_mut()
                    && field == "change"
                    && (2022..=2023).any(|y| raw.egised(geo, &isco, "T", y).1.contains(&'b'))
                {
                    w.flags.insert('b');
                }
                match (figure, want.filter(|w| w.value.is_some())) {
                    (Some(f), Some(w)) => {
                        assert!(matches(f, &w), "{at}: {f} is not `{reference}` as published ({w:?})")
                    }
                    (None, None) => {}
                    (Some(f), None) => panic!("{at}: {f}, but `{reference}` is not published"),
                    (None, Some(w)) => panic!("{at}: left out, but `{reference}` is published ({w:?})"),
                }
                traced += 1;
            }
        }
    }
    assert!(traced >= 34 * 50, "{traced} cells checked");
}
