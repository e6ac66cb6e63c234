//! Semantic validation: what the types cannot say. Every problem is collected; none stops the others.
//!
//! This file holds the walk's state and the checks every kind shares (texts, ids, figures, sources, the
//! envelope); `quiz.rs`, `reading.rs` and `occupations.rs` hold each kind's own rules.

mod country_figures;
mod occupations;
mod quiz;
mod reading;

use std::collections::HashSet;

use crate::{ChoiceOption, Currency, Figure, Findings, Grade, Lang, LocalText, Meta, Problem, Source, is_https_link};

/// Walks a bundle with what every check needs: the declared languages, the source ids, the problems so far.
pub(crate) struct Ctx<'a> {
    languages: &'a [Lang],
    sources: HashSet<&'a str>,
    source_list: &'a [Source],
    pub problems: Vec<Problem>,
    /// What a widget leaves out while it shows the rest.
    pub warnings: Vec<Problem>,
}

impl<'a> Ctx<'a> {
    /// A context with the envelope and the sources registry already checked.
    pub fn new(meta: &'a Meta, sources: &'a [Source]) -> Ctx<'a> {
        let mut ctx = Ctx {
            languages: &meta.languages,
            sources: HashSet::new(),
            source_list: sources,
            problems: Vec::new(),
            warnings: Vec::new(),
        };
        ctx.meta(meta);
        ctx.sources(sources);
        ctx
    }

    pub fn findings(self) -> Findings {
        Findings { problems: self.problems, warnings: self.warnings }
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

    /// A link that is not `https:` is left out of the widget, which shows the rest: a warning.
    fn https(&mut self, path: &str, url: &str) {
        if !is_https_link(url) {
            let message = format!("`{url}` is not an https:// link: the widget leaves the link out");
            self.warnings.push(Problem::new(path, message));
        }
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>) {
        if id.trim().is_empty() {
            self.problem(path, "id is empty");
        } else if !seen.insert(id.to_owned()) {
            self.problem(path, format!("duplicate id `{id}`"));
        }
    }

    /// Periods, regions and currency codes are checked as they are read (their types); this is whether a
    /// currency goes with the unit.
    fn currency(&mut self, path: &str, unit_is_currency: bool, currency: Option<&Currency>) {
        match (unit_is_currency, currency) {
            (true, None) => self.problem(path, "a currency unit needs `currency`, such as \"USD\" or \"EUR\""),
            (false, Some(_)) => self.problem(path, "`currency` is only for currency units"),
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
            if !is_date(&s.retrieved) {
                self.problem(&format!("{p}.retrieved"), format!("`{}` is not a date YYYY-MM-DD", s.retrieved));
            }
            self.each_required(&format!("{p}.limitations"), &s.limitations);
            if let Some(r) = &s.reliability {
                self.required(&format!("{p}.reliability.reason"), &r.reason);
            }
            if let Some(c) = &s.caveat {
                self.required(&format!("{p}.caveat"), c);
            }
            if let Some(n) = &s.name {
                self.required(&format!("{p}.name"), n);
            }
        }
    }

    fn figure(&mut self, path: &str, f: &Figure) {
        self.number(&format!("{path}.value"), f.value);
        self.currency(&format!("{path}.currency"), f.unit.is_currency(), f.currency.as_ref());
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
        if let Some(a) = &f.about {
            self.required(&format!("{path}.about"), a);
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
