//! One exercise: where the learner is, what they will learn, the chart with the data about its data, and the
//! current question.

use leptos::prelude::*;
use lmi_content::{Baseline, Cites};
use lmi_ui::chart::Chart;

use crate::Loaded;
use crate::i18n::Msg;
use crate::question::QuestionView;
use crate::source_panel::SourcePanel;
use crate::{LEVELS, ReadingRun};

/// Exercise `index` of the bundle, with the run's current question in it.
#[component]
pub fn ExerciseView(
    /// The loaded bundle and languages.
    loaded: Loaded,
    /// The exercise's index in the bundle.
    index: usize,
    /// The learner's progress.
    run: RwSignal<ReadingRun>,
) -> impl IntoView {
    let reading = &*loaded.bundle;
    let exercise = reading.exercises[index].clone();
    let Some(dataset) = reading.datasets.iter().find(|d| d.id == exercise.dataset).cloned() else {
        return ().into_any();
    };
    let (ui, lang) = (loaded.ui, loaded.lang.clone());
    // A first reader takes a bar's length for its size: level 1 never cuts the axis (the critique of cut axes
    // comes at level 4).
    let baseline = if exercise.level == 1 { Baseline::Zero } else { Baseline::Auto };
    let (number, total, at_start) = run.with_untracked(|r| (r.exercise_number(), r.exercises().len(), r.at_start()));
    let progress = ui.f(
        Msg::Progress,
        &[
            ("level", &exercise.level.to_string()),
            ("levels", &LEVELS.to_string()),
            ("n", &number.to_string()),
            ("total", &total.to_string()),
        ],
    );
    let heading = NodeRef::<leptos::html::H3>::new();
    // After "Next exercise", keyboard and screen-reader users start at the new exercise's heading.
    Effect::new(move || {
        if let Some(h) = heading.get()
            && !at_start
        {
            let _ = h.focus();
        }
    });
    let question = Memo::new(move |_| run.with(|r| r.current().map(|s| s.question)));
    let question_view = {
        let (loaded, exercise) = (loaded.clone(), exercise.clone());
        move || {
            question.get().map(|q| {
                view! { <QuestionView loaded=loaded.clone() exercise=exercise.clone() question=q run/> }
            })
        }
    };
    view! {
        <article class="exercise">
            <p class="progress">{progress}</p>
            <h3 tabindex="-1" node_ref=heading>{lang.view(&exercise.title)}</h3>
            <p class="outcome"><strong>{ui.t(Msg::Outcome)}": "</strong>{lang.view(&exercise.outcome)}</p>
            <Chart ui=loaded.ui lang=loaded.lang.clone() source=loaded.bundle.source(&dataset.source).cloned()
                dataset=dataset.clone() kind=exercise.chart baseline/>
            <SourcePanel loaded=loaded.clone() dataset/>
            {question_view}
        </article>
    }
    .into_any()
}
