//! Semantic validation: what the types cannot say. Every problem is collected; none stops the others.

use std::collections::HashSet;

use crate::{
    Answer, ChoiceOption, Figure, Grade, IscoGroup, Lang, LocalText, Meta, Occupation, OccupationDetails,
    OccupationsBundle, Period, Problem, QuizBundle, ReadingAnswer, ReadingBundle, Source,
};

/// Walks a bundle with what every check needs: the declared languages, the source ids, the problems so far.
pub(crate) struct Ctx<'a> {
    languages: &'a [Lang],
    sources: HashSet<&'a str>,
    source_list: &'a [Source],
    pub problems: Vec<Problem>,
}

impl<'a> Ctx<'a> {
    /// A context with the envelope and the sources registry already checked.
    pub fn new(meta: &'a Meta, sources: &'a [Source]) -> Ctx<'a> {
        let mut ctx =
            Ctx { languages: &meta.languages, sources: HashSet::new(), source_list: sources, problems: Vec::new() };
        ctx.meta(meta);
        ctx.sources(sources);
        ctx
    }

    fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    /// A text every reader must see: present and non-empty in every declared language.
    fn required(&mut self, path: &str, text: &LocalText) {
        for lang in self.languages {
            match text.get(lang) {
                None => self.problem(path, format!("missing the `{lang}` text (meta.languages declares `{lang}`)")),
                Some(s) if s.trim().is_empty() => self.problem(&format!("{path}.{lang}"), "text is empty"),
                Some(_) => {}
            }
        }
        self.languages_declared(path, text);
    }

    /// A text that may be missing in some languages (the reader then sees the default language).
    fn optional(&mut self, path: &str, text: &LocalText) {
        for (lang, s) in &text.0 {
            if s.trim().is_empty() {
                self.problem(&format!("{path}.{lang}"), "text is empty; leave the language out instead");
            }
        }
        self.languages_declared(path, text);
    }

    /// A label from a classification (ISCO group title, ESCO skill): publishers give these in fewer
    /// languages than the bundle, so any language is accepted; the widget marks it with its own `lang`.
    fn label(&mut self, path: &str, text: &LocalText) {
        if text.0.values().all(|s| s.trim().is_empty()) {
            self.problem(path, "label is empty: give it in at least one language");
        }
    }

    fn languages_declared(&mut self, path: &str, text: &LocalText) {
        for lang in text.languages() {
            if !self.languages.contains(lang) {
                self.problem(&format!("{path}.{lang}"), format!("language `{lang}` is not listed in meta.languages"));
            }
        }
    }

    fn each_required(&mut self, path: &str, texts: &[LocalText]) {
        for (i, t) in texts.iter().enumerate() {
            self.required(&format!("{path}[{i}]"), t);
        }
    }

    fn number(&mut self, path: &str, value: f64) {
        if !value.is_finite() {
            self.problem(path, "expected a finite number");
        }
    }

    fn period(&mut self, path: &str, period: &str) {
        if let Err(e) = Period::parse(period) {
            self.problem(path, e);
        }
    }

    fn https(&mut self, path: &str, url: &str) {
        let rest = url.strip_prefix("https://");
        let host_ok = rest.is_some_and(|r| r.split(['/', '?', '#']).next().is_some_and(|h| !h.is_empty()));
        let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
        if !host_ok || !clean {
            self.problem(path, format!("`{url}` is not an https:// link; only https links are allowed"));
        }
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>) {
        if id.trim().is_empty() {
            self.problem(path, "id is empty");
        } else if !seen.insert(id.to_owned()) {
            self.problem(path, format!("duplicate id `{id}`"));
        }
    }

    fn region(&mut self, path: &str, region: &str) {
        let upper2 = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase());
        let ok = region == "EU27"
            || upper2(region)
            || region.split_once('-').is_some_and(|(c, sub)| {
                upper2(c) && (1..=3).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !ok {
            self.problem(path, format!("`{region}` is not a region code such as `US`, `GB`, `US-CA` or `EU27`"));
        }
    }

    fn currency(&mut self, path: &str, unit_is_currency: bool, currency: Option<&str>) {
        match (unit_is_currency, currency) {
            (true, None) => self.problem(path, "a currency unit needs `currency`, such as \"USD\" or \"EUR\""),
            (false, Some(_)) => self.problem(path, "`currency` is only for currency units"),
            (true, Some(c)) if !(c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())) => {
                self.problem(path, format!("`{c}` is not an ISO 4217 currency code such as \"EUR\""))
            }
            _ => {}
        }
    }

    fn source_ref(&mut self, path: &str, id: &str) -> Option<&'a Source> {
        if !self.sources.contains(id) {
            self.problem(path, format!("unknown source `{id}`: add it to `sources` or fix the id"));
            return None;
        }
        self.source_list.iter().find(|s| s.id == id)
    }

    fn meta(&mut self, meta: &Meta) {
        let slug =
            !meta.id.is_empty() && meta.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !slug {
            self.problem("meta.id", format!("`{}` must be lowercase letters, digits and `-`", meta.id));
        }
        if meta.languages.is_empty() {
            self.problem("meta.languages", "list at least one language");
        }
        if !meta.languages.contains(&meta.default_language) {
            self.problem("meta.default_language", format!("`{}` is not in meta.languages", meta.default_language));
        }
        self.required("meta.title", &meta.title);
        self.each_required("meta.learning_outcomes", &meta.learning_outcomes);
        if meta.audience.is_empty() {
            self.problem("meta.audience", "list at least one audience: pupil, jobseeker or practitioner");
        }
        if let Some(band) = meta.age_band
            && (band.min > band.max || band.max > 120)
        {
            self.problem("meta.age_band", format!("{}–{} is not an age band", band.min, band.max));
        }
        if meta.attribution.trim().is_empty() {
            self.problem("meta.attribution", "attribution is empty");
        }
        if meta.authors.is_empty() {
            self.problem("meta.authors", "name at least one author");
        }
        if !is_date(&meta.last_reviewed) {
            self.problem("meta.last_reviewed", format!("`{}` is not a date YYYY-MM-DD", meta.last_reviewed));
        }
    }

    fn sources(&mut self, sources: &'a [Source]) {
        let mut seen = HashSet::new();
        for (i, s) in sources.iter().enumerate() {
            let p = format!("sources[{i}]");
            self.id(&format!("{p}.id"), &s.id, &mut seen);
            self.sources.insert(&s.id);
            self.https(&format!("{p}.url"), &s.url);
            self.period(&format!("{p}.period"), &s.period);
            if !is_date(&s.retrieved) {
                self.problem(&format!("{p}.retrieved"), format!("`{}` is not a date YYYY-MM-DD", s.retrieved));
            }
            self.region(&format!("{p}.coverage"), &s.coverage);
            self.each_required(&format!("{p}.limitations"), &s.limitations);
            if let Some(r) = &s.reliability {
                self.required(&format!("{p}.reliability.reason"), &r.reason);
            }
            if let Some(c) = &s.caveat {
                self.required(&format!("{p}.caveat"), c);
            }
        }
    }

    fn figure(&mut self, path: &str, f: &Figure) {
        self.number(&format!("{path}.value"), f.value);
        self.currency(&format!("{path}.currency"), f.unit.is_currency(), f.currency.as_deref());
        self.period(&format!("{path}.period"), &f.period);
        self.region(&format!("{path}.region"), &f.region);
        let source = self.source_ref(&format!("{path}.source"), &f.source);
        match (&f.reliability, source.and_then(|s| s.reliability.as_ref())) {
            (Some(r), _) => self.required(&format!("{path}.reliability.reason"), &r.reason),
            (None, Some(_)) => {}
            (None, None) if source.is_some() => self.problem(
                &format!("{path}.reliability"),
                format!("give a reliability here or on source `{}`", f.source),
            ),
            (None, None) => {}
        }
        if let Some(c) = &f.caveat {
            self.required(&format!("{path}.caveat"), c);
        }
        if let Some(r) = f.range {
            self.number(&format!("{path}.range.low"), r.low);
            self.number(&format!("{path}.range.high"), r.high);
            if r.low > r.high || f.value < r.low || f.value > r.high {
                self.problem(&format!("{path}.range"), "expected low ≤ value ≤ high");
            }
        }
    }

    fn choice_options(&mut self, path: &str, options: &[ChoiceOption]) {
        if options.len() < 2 {
            self.problem(path, "a choice needs at least two options");
        }
        if !options.iter().any(|o| o.grade == Grade::Right) {
            self.problem(path, "no option has grade \"right\": the answer is not among the options");
        }
        let mut seen = HashSet::new();
        for (i, o) in options.iter().enumerate() {
            let p = format!("{path}[{i}]");
            self.id(&format!("{p}.id"), &o.id, &mut seen);
            self.required(&format!("{p}.text"), &o.text);
            if let Some(f) = &o.feedback {
                self.required(&format!("{p}.feedback"), f);
            }
        }
    }

    fn tolerance(&mut self, path: &str, tolerance: f64) {
        self.number(path, tolerance);
        if tolerance < 0.0 {
            self.problem(path, "tolerance cannot be negative");
        }
    }

    pub fn quiz(&mut self, quiz: &QuizBundle) {
        if quiz.questions.is_empty() {
            self.problem("questions", "a quiz needs at least one question");
        }
        let mut seen = HashSet::new();
        for (i, q) in quiz.questions.iter().enumerate() {
            let p = format!("questions[{i}]");
            self.id(&format!("{p}.id"), &q.id, &mut seen);
            self.required(&format!("{p}.text"), &q.text);
            self.required(&format!("{p}.myth"), &q.myth);
            self.required(&format!("{p}.explanation"), &q.explanation);
            if let Some(r) = &q.reflection {
                self.required(&format!("{p}.reflection"), r);
            }
            if let Some(img) = &q.image {
                if !is_relative_path(&img.src) {
                    self.problem(&format!("{p}.image.src"), "images must be a path relative to the bundle");
                }
                self.required(&format!("{p}.image.alt"), &img.alt);
            }
            if q.figures.is_empty() {
                self.problem(&format!("{p}.figures"), "every answer needs at least one figure with its source");
            }
            for (j, f) in q.figures.iter().enumerate() {
                self.figure(&format!("{p}.figures[{j}]"), f);
            }
            self.answer(&format!("{p}.answer"), &q.answer);
        }
        if let Some(r) = &quiz.closing_reflection {
            self.required("closing_reflection", r);
        }
    }

    fn answer(&mut self, path: &str, answer: &Answer) {
        match answer {
            Answer::TrueFalse { .. } => {}
            Answer::Choice { options } => self.choice_options(&format!("{path}.choice.options"), options),
            Answer::Estimate { value, tolerance, unit, currency, min, max, step } => {
                let p = format!("{path}.estimate");
                for (name, v) in [("value", value), ("min", min), ("max", max), ("step", step)] {
                    self.number(&format!("{p}.{name}"), *v);
                }
                self.tolerance(&format!("{p}.tolerance"), *tolerance);
                self.currency(&format!("{p}.currency"), unit.is_currency(), currency.as_deref());
                if min >= max {
                    self.problem(&format!("{p}.max"), "max must be greater than min");
                } else if value < min || value > max {
                    self.problem(
                        &format!("{p}.value"),
                        format!("the answer {value} lies outside the scale {min}–{max}"),
                    );
                }
                if *step <= 0.0 {
                    self.problem(&format!("{p}.step"), "step must be greater than 0");
                }
            }
            Answer::HigherLower { left, right } => {
                let p = format!("{path}.higher_lower");
                self.required(&format!("{p}.left.label"), &left.label);
                self.required(&format!("{p}.right.label"), &right.label);
                self.figure(&format!("{p}.left.figure"), &left.figure);
                self.figure(&format!("{p}.right.figure"), &right.figure);
                if left.figure.value == right.figure.value {
                    self.problem(&p, "both figures are equal: neither is higher");
                }
                if left.figure.unit != right.figure.unit {
                    self.problem(&p, "the two figures have different units and cannot be compared");
                }
            }
            Answer::Order { items, direction } => {
                let p = format!("{path}.order.items");
                if items.len() < 2 {
                    self.problem(&p, "ordering needs at least two items");
                }
                let mut seen = HashSet::new();
                for (i, item) in items.iter().enumerate() {
                    self.id(&format!("{p}[{i}].id"), &item.id, &mut seen);
                    self.required(&format!("{p}[{i}].label"), &item.label);
                    if let Some(f) = &item.figure {
                        self.figure(&format!("{p}[{i}].figure"), f);
                    }
                }
                let values: Vec<f64> = items.iter().filter_map(|i| i.figure.as_ref().map(|f| f.value)).collect();
                let ordered = values.windows(2).all(|w| match direction {
                    crate::OrderDirection::HighestFirst => w[0] >= w[1],
                    crate::OrderDirection::LowestFirst => w[0] <= w[1],
                });
                if !ordered {
                    self.problem(&p, "items must be listed in the right order; their figures say otherwise");
                }
            }
        }
    }

    pub fn reading(&mut self, reading: &ReadingBundle) {
        let mut dataset_ids = HashSet::new();
        for (i, d) in reading.datasets.iter().enumerate() {
            let p = format!("datasets[{i}]");
            self.id(&format!("{p}.id"), &d.id, &mut dataset_ids);
            self.required(&format!("{p}.title"), &d.title);
            self.currency(&format!("{p}.currency"), d.unit.is_currency(), d.currency.as_deref());
            self.period(&format!("{p}.period"), &d.period);
            self.region(&format!("{p}.region"), &d.region);
            let source = self.source_ref(&format!("{p}.source"), &d.source);
            if d.reliability.is_none() && source.is_some_and(|s| s.reliability.is_none()) {
                self.problem(
                    &format!("{p}.reliability"),
                    format!("give a reliability here or on source `{}`", d.source),
                );
            }
            if let Some(r) = &d.reliability {
                self.required(&format!("{p}.reliability.reason"), &r.reason);
            }
            self.each_required(&format!("{p}.categories"), &d.categories);
            if d.series.is_empty() {
                self.problem(&format!("{p}.series"), "a dataset needs at least one series");
            }
            let mut series_ids = HashSet::new();
            for (j, s) in d.series.iter().enumerate() {
                let sp = format!("{p}.series[{j}]");
                self.id(&format!("{sp}.id"), &s.id, &mut series_ids);
                self.required(&format!("{sp}.label"), &s.label);
                if s.values.len() != d.categories.len() {
                    self.problem(
                        &format!("{sp}.values"),
                        format!(
                            "{} values for {} categories: give one per category (null if missing)",
                            s.values.len(),
                            d.categories.len()
                        ),
                    );
                }
                for (k, v) in s.values.iter().enumerate() {
                    if let Some(v) = v {
                        self.number(&format!("{sp}.values[{k}]"), *v);
                    }
                }
            }
        }
        if reading.exercises.is_empty() {
            self.problem("exercises", "a reading bundle needs at least one exercise");
        }
        let mut seen = HashSet::new();
        for (i, e) in reading.exercises.iter().enumerate() {
            let p = format!("exercises[{i}]");
            self.id(&format!("{p}.id"), &e.id, &mut seen);
            if !(1..=4).contains(&e.level) {
                self.problem(&format!("{p}.level"), format!("level {} does not exist: use 1 to 4", e.level));
            }
            self.required(&format!("{p}.title"), &e.title);
            self.required(&format!("{p}.outcome"), &e.outcome);
            match reading.datasets.iter().find(|d| d.id == e.dataset) {
                None => self.problem(&format!("{p}.dataset"), format!("unknown dataset `{}`", e.dataset)),
                Some(d) if e.chart == crate::ChartKind::Range && d.series.len() != 3 => self.problem(
                    &format!("{p}.chart"),
                    "a range chart needs exactly three series in its dataset: low, middle, high",
                ),
                Some(_) => {}
            }
            if e.questions.is_empty() {
                self.problem(&format!("{p}.questions"), "an exercise needs at least one question");
            }
            let mut qids = HashSet::new();
            for (j, q) in e.questions.iter().enumerate() {
                let qp = format!("{p}.questions[{j}]");
                self.id(&format!("{qp}.id"), &q.id, &mut qids);
                self.required(&format!("{qp}.text"), &q.text);
                self.required(&format!("{qp}.explanation"), &q.explanation);
                self.each_required(&format!("{qp}.hints"), &q.hints);
                match &q.answer {
                    ReadingAnswer::Numeric { value, tolerance, .. } => {
                        self.number(&format!("{qp}.answer.numeric.value"), *value);
                        self.tolerance(&format!("{qp}.answer.numeric.tolerance"), *tolerance);
                    }
                    ReadingAnswer::Choice { options } => {
                        self.choice_options(&format!("{qp}.answer.choice.options"), options)
                    }
                }
            }
        }
    }

    pub fn occupations(&mut self, b: &OccupationsBundle) {
        let mut group_codes = HashSet::new();
        for (i, g) in b.isco_groups.iter().enumerate() {
            self.isco_group(&format!("isco_groups[{i}]"), g, &mut group_codes);
        }
        if let Some(template) = &b.details {
            self.details_template("details", template);
        }
        let ids: HashSet<&str> = b.occupations.iter().map(|o| o.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, o) in b.occupations.iter().enumerate() {
            self.occupation(&format!("occupations[{i}]"), o, &ids, &group_codes, &mut seen);
        }
    }

    /// A details file of a split bundle, checked against the bundle that names it: its occupations and
    /// groups must be in `index` and in ISCO group `group`.
    pub fn occupation_details(&mut self, d: &OccupationDetails, index: &OccupationsBundle, group: &str) {
        if d.group != group {
            self.problem("group", format!("this file details group `{}`, but group `{group}` was asked for", d.group));
        }
        let in_group = |code: &str| code.starts_with(group);
        let index_groups: HashSet<String> = index.isco_groups.iter().map(|g| g.code.clone()).collect();
        let mut seen_groups = HashSet::new();
        for (i, g) in d.isco_groups.iter().enumerate() {
            let p = format!("isco_groups[{i}]");
            self.isco_group(&p, g, &mut seen_groups);
            if !in_group(&g.code) || !index_groups.contains(&g.code) {
                self.problem(
                    &format!("{p}.code"),
                    format!("group `{}` is not in group `{group}` of the bundle", g.code),
                );
            }
        }
        let ids: HashSet<&str> = index.occupations.iter().map(|o| o.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, o) in d.occupations.iter().enumerate() {
            let p = format!("occupations[{i}]");
            if !ids.contains(o.id.as_str()) || !in_group(&o.isco) {
                self.problem(
                    &format!("{p}.id"),
                    format!("`{}` is not an occupation of group `{group}` in the bundle", o.id),
                );
            }
            self.occupation(&p, o, &ids, &index_groups, &mut seen);
        }
    }

    fn isco_group(&mut self, p: &str, g: &IscoGroup, codes: &mut HashSet<String>) {
        if !is_isco(&g.code, 1..=4) {
            self.problem(&format!("{p}.code"), format!("`{}` is not an ISCO-08 code of 1 to 4 digits", g.code));
        }
        self.id(&format!("{p}.code"), &g.code, codes);
        self.label(&format!("{p}.title"), &g.title);
        for (j, fig) in g.employment.iter().enumerate() {
            self.figure(&format!("{p}.employment[{j}]"), fig);
        }
    }

    /// `details` names files beside the bundle: a relative path with `{group}`, nothing that could leave
    /// the bundle's folder or reach another site.
    fn details_template(&mut self, p: &str, template: &str) {
        let safe = template.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-/{}".contains(&b));
        if !template.contains("{group}") || !safe || template.starts_with('/') || template.contains("..") {
            self.problem(
                p,
                format!("`{template}` is not a relative file name with `{{group}}`, such as \"occupations.en/{{group}}.json\""),
            );
        }
    }

    fn occupation(
        &mut self,
        p: &str,
        o: &Occupation,
        ids: &HashSet<&str>,
        group_codes: &HashSet<String>,
        seen: &mut HashSet<String>,
    ) {
        self.id(&format!("{p}.id"), &o.id, seen);
        if !is_isco(&o.isco, 4..=4) {
            self.problem(&format!("{p}.isco"), format!("`{}` is not a 4-digit ISCO-08 code", o.isco));
        } else if !group_codes.contains(&o.isco[..1]) {
            self.problem(&format!("{p}.isco"), format!("major group `{}` is missing from isco_groups", &o.isco[..1]));
        }
        self.required(&format!("{p}.title"), &o.title);
        for (lang, titles) in &o.alt_titles {
            if !self.languages.contains(lang) {
                self.problem(
                    &format!("{p}.alt_titles.{lang}"),
                    format!("language `{lang}` is not listed in meta.languages"),
                );
            }
            if let Some(j) = titles.iter().position(|t| t.trim().is_empty()) {
                self.problem(&format!("{p}.alt_titles.{lang}[{j}]"), "text is empty");
            }
        }
        if let Some(d) = &o.description {
            self.optional(&format!("{p}.description"), d);
        }
        for (j, s) in o.skills.essential.iter().enumerate() {
            self.label(&format!("{p}.skills.essential[{j}]"), s);
        }
        for (j, s) in o.skills.optional.iter().enumerate() {
            self.label(&format!("{p}.skills.optional[{j}]"), s);
        }
        for (j, r) in o.routes.iter().enumerate() {
            self.optional(&format!("{p}.routes[{j}]"), r);
        }
        if o.job_zone.is_some_and(|z| !(1..=5).contains(&z)) {
            self.problem(&format!("{p}.job_zone"), "job zone must be 1 to 5");
        }
        for (name, fig) in o.figures.iter() {
            self.figure(&format!("{p}.figures.{name}"), fig);
        }
        if let Some(m) = &o.us_match
            && !is_soc(&m.soc)
        {
            self.problem(&format!("{p}.us_match.soc"), format!("`{}` is not a SOC code such as 47-2111", m.soc));
        }
        for (j, r) in o.related.iter().enumerate() {
            if !ids.contains(r.as_str()) {
                self.problem(&format!("{p}.related[{j}]"), format!("unknown occupation `{r}`"));
            }
        }
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let (m, d): (u8, u8) = (s[5..7].parse().unwrap_or(0), s[8..10].parse().unwrap_or(0));
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn is_soc(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 7 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

fn is_isco(code: &str, digits: std::ops::RangeInclusive<usize>) -> bool {
    digits.contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// A same-origin path: no scheme, no `//host`, no backslashes.
fn is_relative_path(src: &str) -> bool {
    !src.is_empty() && !src.contains(':') && !src.starts_with("//") && !src.contains('\\')
}
