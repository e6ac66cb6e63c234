//! The progress of one learner through the reading exercises: which questions, in what order (level by level,
//! from the starting level), what was answered and how it was graded, how many hints are open. Plain data:
//! tested natively.

use lmi_content::{Grade, Response};

/// The highest level: 1 read a value, 2 compare, 3 see a trend, 4 judge the source.
pub const LEVELS: u8 = 4;

/// One question of one exercise, as indices into the bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub exercise: usize,
    pub question: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReadingRun {
    /// Every question of the exercises in the run, exercise by exercise, in level order.
    steps: Vec<Step>,
    /// The level of each bundle exercise (indexed by bundle exercise index).
    levels: Vec<u8>,
    /// Per step: the response and its grade once checked.
    answers: Vec<Option<(Response, Grade)>>,
    /// Per step: how many hints are shown.
    hints: Vec<usize>,
    /// Index into `steps`; `steps.len()` when finished.
    position: usize,
}

impl ReadingRun {
    /// A run over exercises described by `(level, question count)` in bundle order, starting at `start` level:
    /// exercises below it are left out, the rest are sorted by level (stable, so bundle order within a level).
    /// A start level above every exercise starts at the highest level there is.
    pub fn new(exercises: &[(u8, usize)], start: u8) -> ReadingRun {
        let highest = exercises.iter().map(|e| e.0).max().unwrap_or(1);
        let start = start.min(highest);
        let mut chosen: Vec<usize> = (0..exercises.len()).filter(|&i| exercises[i].0 >= start).collect();
        chosen.sort_by_key(|&i| exercises[i].0);
        let steps: Vec<Step> = chosen
            .into_iter()
            .flat_map(|exercise| (0..exercises[exercise].1).map(move |question| Step { exercise, question }))
            .collect();
        let n = steps.len();
        ReadingRun {
            steps,
            levels: exercises.iter().map(|e| e.0).collect(),
            answers: vec![None; n],
            hints: vec![0; n],
            position: 0,
        }
    }

    /// The step on screen, or `None` when the run is finished.
    pub fn current(&self) -> Option<Step> {
        self.steps.get(self.position).copied()
    }

    /// Whether nothing has been answered yet: the first view takes no focus from the page.
    pub fn at_start(&self) -> bool {
        self.position == 0
    }

    /// The level of the current exercise (the last one when finished).
    pub fn level(&self) -> u8 {
        self.steps.get(self.position.min(self.steps.len().saturating_sub(1))).map_or(1, |s| self.levels[s.exercise])
    }

    /// Exercises in the run, in order.
    pub fn exercises(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for s in &self.steps {
            if out.last() != Some(&s.exercise) {
                out.push(s.exercise);
            }
        }
        out
    }

    /// 1-based number of the current exercise among the run's exercises, for "exercise 3 of 14".
    pub fn exercise_number(&self) -> usize {
        let Some(now) = self.current() else { return self.exercises().len() };
        self.exercises().iter().position(|&e| e == now.exercise).map_or(0, |p| p + 1)
    }

    /// 1-based number of the current question in its exercise, and how many the exercise has.
    pub fn question_number(&self) -> (usize, usize) {
        let Some(now) = self.current() else { return (0, 0) };
        let total = self.steps.iter().filter(|s| s.exercise == now.exercise).count();
        (now.question + 1, total)
    }

    /// Whether the current question is the last of the run.
    pub fn is_last(&self) -> bool {
        self.position + 1 == self.steps.len()
    }

    /// Whether the next step starts another exercise (or the summary).
    pub fn exercise_ends(&self) -> bool {
        match (self.current(), self.steps.get(self.position + 1)) {
            (Some(now), Some(next)) => now.exercise != next.exercise,
            _ => true,
        }
    }

    /// Records the answer to the current question; a question is answered once.
    pub fn answer(&mut self, response: Response, grade: Grade) {
        if let Some(slot) = self.answers.get_mut(self.position)
            && slot.is_none()
        {
            *slot = Some((response, grade));
        }
    }

    /// The answer to the current question, once checked.
    pub fn answered(&self) -> Option<&(Response, Grade)> {
        self.answers.get(self.position).and_then(Option::as_ref)
    }

    /// How many hints of the current question are shown.
    pub fn hints_shown(&self) -> usize {
        self.hints.get(self.position).copied().unwrap_or(0)
    }

    /// Opens one more hint of the current question, up to `available`.
    pub fn show_hint(&mut self, available: usize) {
        if let Some(h) = self.hints.get_mut(self.position) {
            *h = (*h + 1).min(available);
        }
    }

    /// Moves on once the current question is answered.
    pub fn next(&mut self) {
        if self.answered().is_some() {
            self.position += 1;
        }
    }

    pub fn total(&self) -> usize {
        self.steps.len()
    }

    pub fn right_count(&self) -> usize {
        self.answers.iter().flatten().filter(|(_, g)| *g == Grade::Right).count()
    }

    /// The levels the run went through, lowest first, each with its exercises in order.
    pub fn levels_practised(&self) -> Vec<(u8, Vec<usize>)> {
        let mut out: Vec<(u8, Vec<usize>)> = Vec::new();
        for e in self.exercises() {
            let level = self.levels[e];
            match out.last_mut() {
                Some((l, list)) if *l == level => list.push(e),
                _ => out.push((level, vec![e])),
            }
        }
        out
    }

    /// Starts again from the same starting level.
    pub fn restart(&mut self) {
        self.answers.iter_mut().for_each(|a| *a = None);
        self.hints.iter_mut().for_each(|h| *h = 0);
        self.position = 0;
    }
}

/// The `level` attribute as a starting level: `1` to `4`; anything else starts at 1.
pub fn start_level(attribute: Option<&str>) -> u8 {
    attribute.and_then(|v| v.trim().parse::<u8>().ok()).filter(|l| (1..=LEVELS).contains(l)).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Levels and question counts shaped like the real bundle's first exercises, out of level order.
    const EXERCISES: &[(u8, usize)] = &[(1, 2), (2, 2), (1, 1), (4, 3), (3, 1)];

    #[test]
    fn exercises_come_in_level_order_from_the_start_level() {
        let run = ReadingRun::new(EXERCISES, 1);
        assert_eq!(run.exercises(), [0, 2, 1, 4, 3]);
        assert_eq!(run.total(), 9);
        let run = ReadingRun::new(EXERCISES, 3);
        assert_eq!(run.exercises(), [4, 3]);
        assert_eq!((run.level(), run.exercise_number()), (3, 1));
        let run = ReadingRun::new(&[(1, 1), (2, 1)], 4);
        assert_eq!(run.exercises(), [1], "no level 4: starts at the highest there is");
    }

    #[test]
    fn walks_through_questions_and_exercises() {
        let mut run = ReadingRun::new(EXERCISES, 1);
        assert_eq!(run.current(), Some(Step { exercise: 0, question: 0 }));
        assert_eq!(run.question_number(), (1, 2));
        assert!(!run.exercise_ends());
        run.next(); // not answered: stays
        assert_eq!(run.question_number(), (1, 2));
        run.answer(Response::Number(676_000.0), Grade::Right);
        run.answer(Response::Number(1.0), Grade::Wrong); // a second answer is ignored
        assert_eq!(run.answered(), Some(&(Response::Number(676_000.0), Grade::Right)));
        run.next();
        assert!(run.exercise_ends());
        run.answer(Response::Choice("b".into()), Grade::Wrong);
        run.next();
        assert_eq!(
            (run.current(), run.exercise_number(), run.level()),
            (Some(Step { exercise: 2, question: 0 }), 2, 1)
        );
        while run.current().is_some() {
            run.answer(Response::Choice("a".into()), Grade::Right);
            run.next();
        }
        assert_eq!(run.right_count(), 8);
        assert_eq!(run.levels_practised(), [(1, vec![0, 2]), (2, vec![1]), (3, vec![4]), (4, vec![3])]);
        run.restart();
        assert_eq!((run.current(), run.right_count()), (Some(Step { exercise: 0, question: 0 }), 0));
    }

    #[test]
    fn hints_open_one_at_a_time_up_to_the_last() {
        let mut run = ReadingRun::new(EXERCISES, 1);
        assert_eq!(run.hints_shown(), 0);
        run.show_hint(2);
        assert_eq!(run.hints_shown(), 1);
        run.show_hint(2);
        run.show_hint(2);
        assert_eq!(run.hints_shown(), 2);
        run.answer(Response::Number(1.0), Grade::Wrong);
        run.next();
        assert_eq!(run.hints_shown(), 0, "each question has its own hints");
    }

    #[test]
    fn the_level_attribute() {
        let check = |value: Option<&str>, want: u8| assert_eq!(start_level(value), want, "{value:?}");
        check(None, 1);
        check(Some("4"), 4);
        check(Some(" 2 "), 2);
        check(Some("0"), 1);
        check(Some("5"), 1);
        check(Some("three"), 1);
    }
}
