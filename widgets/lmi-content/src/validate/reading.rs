//! The rules of reading bundles.

use std::collections::HashSet;

use super::Ctx;
use crate::{ReadingAnswer, ReadingBundle};

impl Ctx<'_> {
    pub fn reading(&mut self, reading: &ReadingBundle) {
        let mut dataset_ids = HashSet::new();
        for (i, d) in reading.datasets.iter().enumerate() {
            let p = format!("datasets[{i}]");
            self.id(&format!("{p}.id"), &d.id, &mut dataset_ids);
            self.required(&format!("{p}.title"), &d.title);
            self.currency(&format!("{p}.currency"), d.unit.is_currency(), d.currency.as_ref());
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
}
