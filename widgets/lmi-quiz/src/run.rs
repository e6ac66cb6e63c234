//! The progress of one learner through a quiz: the order of the questions, what was answered and how it
//! was graded, which answers the teacher has revealed. Plain data: tested natively, stored as JSON when the
//! host sets `remember`.

use lmi_content::{Grade, Response};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizRun {
    /// Question indices in the order shown.
    order: Vec<usize>,
    /// Per question index: the response and its grade once checked.
    answers: Vec<Option<(Response, Grade)>>,
    /// Per question index: whether the answer is shown (always, unless solutions are hidden).
    revealed: Vec<bool>,
    /// Position in `order`; `order.len()` when finished.
    position: usize,
}

impl QuizRun {
    /// A run over `questions`, in bundle order or shuffled by `seed` (the same seed, the same order).
    pub fn new(questions: usize, seed: Option<u64>) -> QuizRun {
        let mut order: Vec<usize> = (0..questions).collect();
        if let Some(seed) = seed {
            shuffle(&mut order, seed);
        }
        QuizRun { order, answers: vec![None; questions], revealed: vec![false; questions], position: 0 }
    }

    /// A stored run, if it fits a quiz of `questions` questions (a changed bundle starts afresh).
    pub fn restore(json: &str, questions: usize) -> Option<QuizRun> {
        let run: QuizRun = serde_json::from_str(json).ok()?;
        let mut sorted = run.order.clone();
        sorted.sort_unstable();
        let fits = sorted == (0..questions).collect::<Vec<_>>()
            && run.answers.len() == questions
            && run.revealed.len() == questions
            && run.position <= questions;
        fits.then_some(run)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The question index on screen, or `None` when the quiz is finished.
    pub fn current(&self) -> Option<usize> {
        self.order.get(self.position).copied()
    }

    /// 1-based position of the current question, for "Question 2 of 12".
    pub fn number(&self) -> usize {
        self.position + 1
    }

    pub fn total(&self) -> usize {
        self.order.len()
    }

    pub fn is_last(&self) -> bool {
        self.position + 1 == self.order.len()
    }

    /// Records the answer to the current question; a question is answered once. With `reveal`, the answer
    /// is shown at once; otherwise it waits for [`Self::reveal`].
    pub fn answer(&mut self, response: Response, grade: Grade, reveal: bool) {
        if let Some(q) = self.current()
            && self.answers[q].is_none()
        {
            self.answers[q] = Some((response, grade));
            self.revealed[q] = reveal;
        }
    }

    /// Shows the answer of the current question (the teacher's button when solutions are hidden).
    pub fn reveal(&mut self) {
        if let Some(q) = self.current()
            && self.answers[q].is_some()
        {
            self.revealed[q] = true;
        }
    }

    pub fn answered(&self, question: usize) -> Option<&(Response, Grade)> {
        self.answers.get(question).and_then(Option::as_ref)
    }

    pub fn is_revealed(&self, question: usize) -> bool {
        self.revealed.get(question).copied().unwrap_or(false)
    }

    /// Moves on once the current question is answered.
    pub fn next(&mut self) {
        if self.current().is_some_and(|q| self.answers[q].is_some()) {
            self.position += 1;
        }
    }

    /// Steps back (class display: the teacher goes back to a question to discuss it).
    pub fn previous(&mut self) {
        self.position = self.position.saturating_sub(1);
    }

    pub fn right_count(&self) -> usize {
        self.answers.iter().flatten().filter(|(_, g)| *g == Grade::Right).count()
    }

    /// Question indices in the order they were shown.
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// Starts again with the same order.
    pub fn restart(&mut self) {
        let order = std::mem::take(&mut self.order);
        *self = QuizRun::new(order.len(), None);
        self.order = order;
    }
}

/// Fisher–Yates with a small xorshift generator: the same seed gives the same order on every browser.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// A seed from text (the `shuffle` attribute's value, or a stored per-learner id): FNV-1a.
pub fn seed_from(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_through_and_counts() {
        let mut run = QuizRun::new(2, None);
        assert_eq!(run.current(), Some(0));
        run.next(); // not answered yet: stays
        assert_eq!(run.current(), Some(0));
        run.answer(Response::Bool(true), Grade::Right, true);
        run.answer(Response::Bool(false), Grade::Wrong, true); // second answer ignored
        assert_eq!(run.answered(0), Some(&(Response::Bool(true), Grade::Right)));
        run.next();
        run.answer(Response::Bool(true), Grade::VeryWrong, true);
        run.next();
        assert_eq!(run.current(), None);
        assert_eq!(run.right_count(), 1);
        run.restart();
        assert_eq!((run.current(), run.right_count()), (Some(0), 0));
    }

    #[test]
    fn hidden_solutions_wait_for_the_teacher() {
        let mut run = QuizRun::new(1, None);
        run.answer(Response::Bool(true), Grade::Right, false);
        assert!(!run.is_revealed(0));
        run.reveal();
        assert!(run.is_revealed(0));
    }

    #[test]
    fn shuffle_is_stable_per_seed_and_a_permutation() {
        let a = QuizRun::new(12, Some(seed_from("pupil-7")));
        let b = QuizRun::new(12, Some(seed_from("pupil-7")));
        let c = QuizRun::new(12, Some(seed_from("pupil-8")));
        assert_eq!(a.order(), b.order());
        assert_ne!(a.order(), c.order());
        let mut sorted = a.order().to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..12).collect::<Vec<_>>());
    }

    #[test]
    fn stored_runs_are_restored_only_when_they_fit() {
        let mut run = QuizRun::new(3, Some(5));
        run.answer(Response::Number(40.0), Grade::Wrong, true);
        run.next();
        let json = run.to_json();
        assert_eq!(QuizRun::restore(&json, 3), Some(run));
        assert_eq!(QuizRun::restore(&json, 4), None, "the bundle changed");
        assert_eq!(QuizRun::restore("{not json", 3), None);
    }
}
