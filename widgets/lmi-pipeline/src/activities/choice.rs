//! Choice options, with their grades checked against the data (see `authored::Choice`).

use lmi_content::{ChoiceOption, Grade};

use super::authored::{self, Pick};
use super::expr::{claim, evaluate};
use super::fill::{capitalise, fill, fill_opt};
use super::labels::Labels;
use super::refs::Datum;
use super::scope::Scope;
use crate::util::Result;

/// The bundle's options for `choice`, after checking its grades against the data (or, `graded_by_claims`,
/// grading them by it).
pub fn options(choice: &authored::Choice, scope: &Scope, labels: &Labels, at: &str) -> Result<Vec<ChoiceOption>> {
    let choice = &graded(choice, scope, at)?;
    let rights = choice.options.iter().filter(|o| o.grade == Some(Grade::Right)).count();
    if rights != 1 {
        return Err(format!("{at}: exactly one option must be graded right, found {rights}"));
    }
    if choice.pick.is_some() && choice.matches.is_some() {
        return Err(format!("{at}: give `pick` or `matches`, not both"));
    }
    match (&choice.pick, &choice.matches) {
        (Some(pick), _) => check_pick(*pick, choice, scope, at)?,
        (_, Some(name)) => check_match(name, choice, scope, at)?,
        _ => check_claims(choice, scope, at)?,
    }
    choice.options.iter().map(|o| option(o, scope, labels, &format!("{at}.options[{}]", o.id))).collect()
}

/// `choice` with every option's grade: the author's, or by its claim when `graded_by_claims`.
fn graded(choice: &authored::Choice, scope: &Scope, at: &str) -> Result<authored::Choice> {
    let mut out = choice.clone();
    if !choice.graded_by_claims {
        if let Some(o) = choice.options.iter().find(|o| o.grade.is_none()) {
            return Err(format!("{at}.options[{}]: give a `grade` (or grade the choice `graded_by_claims`)", o.id));
        }
        return Ok(out);
    }
    if choice.pick.is_some() || choice.matches.is_some() {
        return Err(format!("{at}: `graded_by_claims` goes with claims, not with `pick` or `matches`"));
    }
    for o in &mut out.options {
        let oat = format!("{at}.options[{}]", o.id);
        if o.grade.is_some() {
            return Err(format!("{oat}: `graded_by_claims` sets the grade from the claim: drop `grade`"));
        }
        let c =
            o.claim.as_deref().ok_or_else(|| format!("{oat}: `graded_by_claims` needs a `claim` on every option"))?;
        let holds = claim(c, scope).map_err(|e| format!("{oat}: {e}"))?;
        o.grade = Some(if holds { Grade::Right } else { Grade::Wrong });
    }
    let holding = out.options.iter().filter(|o| o.grade == Some(Grade::Right)).count();
    if holding != 1 {
        return Err(format!(
            "{at}: the claims of {holding} options hold: exactly one must, so that one answer is right"
        ));
    }
    Ok(out)
}

fn option(o: &authored::ChoiceOption, scope: &Scope, labels: &Labels, at: &str) -> Result<ChoiceOption> {
    let text = match (&o.text, &o.category) {
        (Some(t), _) => fill(t, scope, labels, &format!("{at}.text"))?,
        (None, Some(name)) => {
            let kind = category_kind(scope, at)?;
            let mut t = labels.category(kind, name).map_err(|e| format!("{at}: {e}"))?.clone();
            t.0.values_mut().for_each(|s| *s = capitalise(s));
            t
        }
        (None, None) => return Err(format!("{at}: give the option a `text` (or a `category`)")),
    };
    let feedback = fill_opt(o.feedback.as_ref(), scope, labels, &format!("{at}.feedback"))?;
    Ok(ChoiceOption { id: o.id.clone(), text, grade: o.grade.unwrap_or(Grade::Wrong), feedback })
}

/// The kind of the (single) category value an option's `category` is compared with.
fn category_kind(scope: &Scope, at: &str) -> Result<super::refs::CategoryKind> {
    scope
        .entries()
        .iter()
        .find_map(|e| match &e.datum {
            Datum::Category { kind, .. } => Some(*kind),
            _ => None,
        })
        .ok_or_else(|| format!("{at}: `category` needs a category value (`ep:<soc>:education`) under `values`"))
}

fn check_pick(pick: Pick, choice: &authored::Choice, scope: &Scope, at: &str) -> Result {
    let mut valued = Vec::new();
    for o in &choice.options {
        let expr = o.value.as_deref().ok_or_else(|| format!("{at}.options[{}]: `pick` needs a `value`", o.id))?;
        valued.push((o, evaluate(expr, scope).map_err(|e| format!("{at}.options[{}]: {e}", o.id))?.value));
    }
    let best = valued
        .iter()
        .map(|(_, v)| *v)
        .reduce(|a, b| if (pick == Pick::Highest) == (b > a) { b } else { a })
        .ok_or_else(|| format!("{at}: no options"))?;
    let at_best: Vec<&str> = valued.iter().filter(|(_, v)| *v == best).map(|(o, _)| o.id.as_str()).collect();
    if at_best.len() > 1 {
        return Err(format!("{at}: options {} tie for the {pick:?} value: no single right answer", at_best.join(", ")));
    }
    let distance =
        |grade: Grade| valued.iter().filter(move |(o, _)| o.grade == Some(grade)).map(|(o, v)| (o, (v - best).abs()));
    for (o, d) in distance(Grade::Right) {
        if d != 0.0 {
            return Err(format!("{at}: option `{}` is graded right but `{}` has the {pick:?} value", o.id, at_best[0]));
        }
    }
    for (very, far) in distance(Grade::VeryWrong) {
        if let Some((wrong, _)) = distance(Grade::Wrong).find(|(_, near)| *near >= far) {
            return Err(format!(
                "{at}: option `{}` is graded very_wrong but lies closer to the answer than `{}` (graded wrong)",
                very.id, wrong.id
            ));
        }
    }
    Ok(())
}

fn check_match(name: &str, choice: &authored::Choice, scope: &Scope, at: &str) -> Result {
    let entry = scope.get(name).map_err(|e| format!("{at}.matches: {e}"))?;
    let Datum::Category { name: truth, .. } = &entry.datum else {
        return Err(format!("{at}.matches: `{name}` (`{}`) is not a category value", entry.reference));
    };
    for o in &choice.options {
        let category =
            o.category.as_deref().ok_or_else(|| format!("{at}.options[{}]: `matches` needs a `category`", o.id))?;
        if (category == truth) != (o.grade == Some(Grade::Right)) {
            return Err(format!(
                "{at}.options[{}]: graded {:?} but the data says `{truth}` (`{}`)",
                o.id,
                o.grade.unwrap_or(Grade::Wrong),
                entry.reference
            ));
        }
    }
    if !choice.options.iter().any(|o| o.category.as_deref() == Some(truth)) {
        return Err(format!("{at}: no option has the category the data gives: `{truth}`"));
    }
    Ok(())
}

fn check_claims(choice: &authored::Choice, scope: &Scope, at: &str) -> Result {
    for o in &choice.options {
        if o.value.is_some() || o.category.is_some() {
            return Err(format!("{at}.options[{}]: `value` needs `pick` and `category` needs `matches`", o.id));
        }
        if let Some(c) = &o.claim {
            let holds = claim(c, scope).map_err(|e| format!("{at}.options[{}]: {e}", o.id))?;
            if holds != (o.grade == Some(Grade::Right)) {
                return Err(format!(
                    "{at}.options[{}]: the claim `{c}` is {holds}, but the option is graded {:?}",
                    o.id,
                    o.grade.unwrap_or(Grade::Wrong)
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{labels, scope};
    use super::*;

    fn choice(json: serde_json::Value) -> authored::Choice {
        serde_json::from_value(json).unwrap()
    }

    fn opt(id: &str, value: &str, grade: &str) -> serde_json::Value {
        serde_json::json!({ "id": id, "value": value, "grade": grade, "text": { "en": id, "nl": id } })
    }

    fn shares() -> Scope {
        scope(&[("pharm", "cps:Pharmacists"), ("law", "cps:Lawyers"), ("elec", "cps:Electricians")])
    }

    #[test]
    fn pick_checks_the_right_option_and_the_distance_of_distractors() {
        let good = choice(serde_json::json!({ "pick": "highest", "options": [
            opt("law", "law", "wrong"), opt("pharm", "pharm", "right"), opt("elec", "elec", "very_wrong") ] }));
        let built = options(&good, &shares(), &labels(), "q").unwrap();
        assert_eq!(built.iter().map(|o| o.grade).collect::<Vec<_>>(), [Grade::Wrong, Grade::Right, Grade::VeryWrong]);

        let wrong_right = choice(serde_json::json!({ "pick": "highest", "options": [
            opt("law", "law", "right"), opt("pharm", "pharm", "wrong") ] }));
        assert!(options(&wrong_right, &shares(), &labels(), "q").unwrap_err().contains("`pharm` has the Highest"));

        let swapped = choice(serde_json::json!({ "pick": "highest", "options": [
            opt("law", "law", "very_wrong"), opt("pharm", "pharm", "right"), opt("elec", "elec", "wrong") ] }));
        assert!(options(&swapped, &shares(), &labels(), "q").unwrap_err().contains("closer to the answer"));
    }

    #[test]
    fn matches_compares_categories_and_labels_give_the_text() {
        let s = scope(&[("edu", "ep:47-2111:education")]);
        let c = choice(serde_json::json!({ "matches": "edu", "options": [
            { "id": "school", "category": "High school diploma or equivalent", "grade": "right" },
            { "id": "short", "category": "Postsecondary nondegree award", "grade": "wrong" } ] }));
        let built = options(&c, &s, &labels(), "q").unwrap();
        assert_eq!(built[0].text.get(&lmi_content::Lang::new("en").unwrap()), Some("A secondary school diploma"));
        let bad = choice(serde_json::json!({ "matches": "edu", "options": [
            { "id": "school", "category": "High school diploma or equivalent", "grade": "wrong" },
            { "id": "short", "category": "Postsecondary nondegree award", "grade": "right" } ] }));
        assert!(options(&bad, &s, &labels(), "q").unwrap_err().contains("the data says"));
    }

    #[test]
    fn claims_must_agree_with_grades_and_one_option_is_right() {
        let c = choice(serde_json::json!({ "options": [
            { "id": "up", "claim": "pharm > law", "grade": "right", "text": { "en": "Up", "nl": "Op" } },
            { "id": "down", "claim": "pharm < law", "grade": "wrong", "text": { "en": "Down", "nl": "Neer" } } ] }));
        assert!(options(&c, &shares(), &labels(), "q").is_ok());
        let lie = choice(serde_json::json!({ "options": [
            { "id": "up", "claim": "pharm < law", "grade": "right", "text": { "en": "Up", "nl": "Op" } },
            { "id": "down", "grade": "wrong", "text": { "en": "Down", "nl": "Neer" } } ] }));
        assert!(options(&lie, &shares(), &labels(), "q").unwrap_err().contains("is false"));
        let two = choice(serde_json::json!({ "options": [
            { "id": "a", "grade": "right", "text": { "en": "A", "nl": "A" } },
            { "id": "b", "grade": "right", "text": { "en": "B", "nl": "B" } } ] }));
        assert!(options(&two, &shares(), &labels(), "q").unwrap_err().contains("exactly one"));
    }
}
