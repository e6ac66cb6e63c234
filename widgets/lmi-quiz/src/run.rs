//! The progress of one learner through a quiz: which question, what was answered, how it was graded.

use lmi_content::{Grade, Response};

#[derive(Clone, Debug, PartialEq)]
pub struct QuizRun {
    /// One entry per question: the response and its grade once checked.
    answers: Vec<Option<(Response, Grade)>>,
    /// The question on screen; `answers.len()` when finished.
    position: usize,
}

impl QuizRun {
    pub fn new(questions: usize) -> QuizRun {
        QuizRun { answers: vec![None; questions], position: 0 }
    }

    /// The question on screen, or `None` when the quiz is finished.
    pub fn current(&self) -> Option<usize> {
        (self.position < self.answers.len()).then_some(self.position)
    }

    pub fn total(&self) -> usize {
        self.answers.len()
    }

    /// Records the answer to the current question; a question is answered once.
    pub fn answer(&mut self, response: Response, grade: Grade) {
        if let Some(slot) = self.answers.get_mut(self.position)
            && slot.is_none()
        {
            *slot = Some((response, grade));
        }
    }

    pub fn answered(&self, index: usize) -> Option<&(Response, Grade)> {
        self.answers.get(index).and_then(Option::as_ref)
    }

    /// Moves on once the current question is answered.
    pub fn next(&mut self) {
        if self.answered(self.position).is_some() {
            self.position += 1;
        }
    }

    pub fn right_count(&self) -> usize {
        self.answers.iter().flatten().filter(|(_, g)| *g == Grade::Right).count()
    }

    pub fn restart(&mut self) {
        *self = QuizRun::new(self.answers.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_through_and_counts() {
        let mut run = QuizRun::new(2);
        assert_eq!(run.current(), Some(0));
        run.next(); // not answered yet: stays
        assert_eq!(run.current(), Some(0));
        run.answer(Response::Bool(true), Grade::Right);
        run.answer(Response::Bool(false), Grade::Wrong); // second answer ignored
        assert_eq!(run.answered(0), Some(&(Response::Bool(true), Grade::Right)));
        run.next();
        run.answer(Response::Bool(true), Grade::VeryWrong);
        run.next();
        assert_eq!(run.current(), None);
        assert_eq!(run.right_count(), 1);
        run.restart();
        assert_eq!((run.current(), run.right_count()), (Some(0), 0));
    }
}
