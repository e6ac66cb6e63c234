//! Placeholders: authored texts carry no typed numbers. `{nurses}` is replaced by the value named `nurses`
//! in the reader's language; modifiers after `:` shape it:
//!
//! - `{nurses:about}` rounded for a child (`88%`, `$98,000`); `{nurses:num}` without the unit;
//!   `{change:abs}` without the sign; `{nurses:complement}` is 100 − the share (the men's share);
//! - `{jobs:period}`, `{jobs:from}`, `{jobs:to}` the figure's period or its first or last year;
//! - `{a / b}`, `{a - b}` arithmetic on two values (see expr.rs);
//! - a category value (`ep:…:education`) shows its label from labels.json; `{edu:cap}` capitalises it;
//! - in a country edition, `{country}` is the country's name and `{country:in}` the name with its preposition
//!   ("in Belgium", "aux Pays-Bas"); `{country:in:cap}` starts a sentence with it.
//!
//! Any digit typed outside a placeholder is refused: it would be a number that could drift from the data.

use lmi_content::{Lang, LocalText, Unit};

use super::expr::{Quantity, evaluate};
use super::labels::Labels;
use super::refs::Datum;
use super::scope::Scope;
use crate::format::{PeriodPart, Style, number, period, push_isolated};
use crate::util::Result;

/// Fills every language of `text`; `at` names the text in errors (`quiz-x.json questions[nurses].text`).
pub fn fill(text: &LocalText, scope: &Scope, labels: &Labels, at: &str) -> Result<LocalText> {
    let mut out = LocalText::default();
    for (lang, s) in &text.0 {
        let filled = fill_str(s, lang, scope, labels).map_err(|e| format!("{at}.{lang}: {e}"))?;
        out.0.insert(lang.clone(), filled);
    }
    Ok(out)
}

/// [`fill`] for an optional text.
pub fn fill_opt(text: Option<&LocalText>, scope: &Scope, labels: &Labels, at: &str) -> Result<Option<LocalText>> {
    text.map(|t| fill(t, scope, labels, at)).transpose()
}

fn fill_str(s: &str, lang: &Lang, scope: &Scope, labels: &Labels) -> Result<String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find(['{', '}']) {
        typed_digits(&rest[..open], s)?;
        out.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Err(format!("a `}}` without its `{{` in \"{s}\""));
        }
        let close = rest[open..].find('}').ok_or_else(|| format!("a `{{` without its `}}` in \"{s}\""))? + open;
        let inner = &rest[open + 1..close];
        let value = placeholder(inner, lang, scope, labels).map_err(|e| format!("{{{inner}}}: {e}"))?;
        push_isolated(&mut out, &value, lang);
        rest = &rest[close + 1..];
    }
    typed_digits(rest, s)?;
    out.push_str(rest);
    Ok(out)
}

fn typed_digits(part: &str, whole: &str) -> Result {
    match part.find(|c: char| c.is_ascii_digit()) {
        None => Ok(()),
        Some(i) => {
            let digits: String = part[i..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
            Err(format!(
                "typed number `{digits}` in \"{whole}\": every number must come from the data, use a placeholder such as {{name}}"
            ))
        }
    }
}

fn placeholder(inner: &str, lang: &Lang, scope: &Scope, labels: &Labels) -> Result<String> {
    let mut parts = inner.split(':');
    let expr = parts.next().unwrap_or_default().trim();
    let mut style = Style::default();
    let (mut complement, mut cap, mut part, mut with_in) = (false, false, None, false);
    for modifier in parts {
        match modifier.trim() {
            "in" => with_in = true,
            "about" => style.about = true,
            "abs" => style.abs = true,
            "num" => style.bare = true,
            "complement" => complement = true,
            "cap" => cap = true,
            "period" => part = Some(PeriodPart::Whole),
            "from" => part = Some(PeriodPart::From),
            "to" => part = Some(PeriodPart::To),
            other => {
                return Err(format!(
                    "unknown modifier `{other}` (about, abs, num, complement, cap, period, from, to; in for {{country}})"
                ));
            }
        }
    }
    if expr == "country" {
        let edition = scope.country().ok_or("`{country}` is only for country templates (`*.countries.json`)")?;
        let name = edition.form(lang, with_in)?;
        return Ok(if cap { capitalise(name) } else { name.to_owned() });
    }
    if with_in {
        return Err(format!("`in` is only for {{country}}, not for `{expr}`"));
    }
    let single = scope.entries().iter().find(|e| e.name == expr).map(|e| &e.datum);
    match (single, part) {
        (Some(Datum::Cell(c)), Some(p)) => period(&c.period, lang, p),
        (Some(Datum::Period(p)), part) => period(p, lang, part.unwrap_or(PeriodPart::Whole)),
        (Some(Datum::Category { kind, name, .. }), None) => {
            let label = labels.category(*kind, name)?;
            let text = label.get(lang).ok_or_else(|| format!("the label for `{name}` has no `{lang}` text"))?;
            Ok(if cap { capitalise(text) } else { text.to_owned() })
        }
        (_, Some(_)) => Err(format!("`{expr}` has no period: name a single declared value")),
        _ => {
            let mut q = evaluate(expr, scope)?;
            if complement {
                if q.unit != Some(Unit::Percent) {
                    return Err("`complement` is only for shares in percent".into());
                }
                q = Quantity { value: 100.0 - q.value, ..q };
            }
            match hourly(&q, lang, style)? {
                Some(text) => Ok(text),
                None => number(&q, lang, style),
            }
        }
    }
}

/// An hourly wage with its cents (`€20.78`, `20,78 €`, `€ 3,55`), unless rounded `about`. The shared number
/// style rounds money to whole units, which suits yearly wages but would turn €3.55 and €3.05 an hour into
/// "€4" and "€3": the cents are put back into the text it writes for the whole amount.
fn hourly(q: &Quantity, lang: &Lang, style: Style) -> Result<Option<String>> {
    if q.unit != Some(Unit::CurrencyPerHour) || style.about {
        return Ok(None);
    }
    let cents = (q.value.abs() * 100.0).round();
    let (whole, fraction) = ((cents / 100.0).trunc(), cents % 100.0);
    let bare = Style { about: false, abs: true, bare: true };
    let whole_digits = number(&Quantity { value: whole, ..q.clone() }, lang, bare)?;
    let written = number(&Quantity { value: whole, ..q.clone() }, lang, Style { bare: style.bare, ..bare })?;
    let half = number(&Quantity { value: 0.5, unit: None, currency: None }, lang, Style::default())?;
    let mark = half.chars().nth(1).ok_or("no decimal mark")?;
    let with_cents = format!("{whole_digits}{mark}{:02}", fraction as u64);
    let sign = if q.value < 0.0 && !style.abs && cents > 0.0 { "−" } else { "" };
    Ok(Some(format!("{sign}{}", written.replacen(&whole_digits, &with_cents, 1))))
}

/// First letter upper case: option texts built from lower-case labels.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{data, labels, scope};
    use super::super::scope::Values;
    use super::*;

    fn text(en: &str, nl: &str) -> LocalText {
        serde_json::from_value(serde_json::json!({ "en": en, "nl": nl })).unwrap()
    }

    fn filled(en: &str, nl: &str, values: &[(&str, &str)]) -> Result<LocalText> {
        fill(&text(en, nl), &scope(values), &labels(), "test")
    }

    #[test]
    fn placeholders_take_the_value_in_each_language() {
        let t = filled(
            "About {n:about:num} in every hundred nurses are women ({n}); {n:complement:about:num} are men.",
            "Ongeveer {n:about:num} op de honderd verpleegkundigen zijn vrouwen ({n}).",
            &[("n", "cps:Registered nurses")],
        )
        .unwrap();
        assert_eq!(
            t.get(&Lang::new("en").unwrap()).unwrap(),
            "About 88 in every hundred nurses are women (87.9%); 12 are men."
        );
        assert_eq!(
            t.get(&Lang::new("nl").unwrap()).unwrap(),
            "Ongeveer 88 op de honderd verpleegkundigen zijn vrouwen (87,9%)."
        );
    }

    #[test]
    fn periods_categories_and_arithmetic() {
        let values = [
            ("wind", "ep:49-9081:jobs-2033"),
            ("edu", "ep:49-9081:education"),
            ("elec", "oews:47-2111"),
            ("all", "oews:00-0000"),
        ];
        let t = filled(
            "In {wind:to}: {wind:about}. {edu:cap}. {elec / all:about}x; {elec:period}.",
            "In {wind:to}: {wind:about}. {edu:cap}. {elec - all}; {elec:period}.",
            &values,
        )
        .unwrap();
        assert_eq!(
            t.get(&Lang::new("en").unwrap()).unwrap(),
            "In 2033: 18,000. A short course after secondary school. 1x; May 2025."
        );
        assert_eq!(
            t.get(&Lang::new("nl").unwrap()).unwrap(),
            "In 2033: 18.000. Een korte opleiding na het middelbaar. 12.210 dollar; mei 2025."
        );
    }

    #[test]
    fn hourly_wages_keep_their_cents_and_a_difference_of_shares_is_in_percentage_points() {
        let values = [("m", "ses:BE:OC2:M"), ("f", "ses:BE:OC2:F"), ("w", "egised-women:BE:OC2:2023")];
        let t = filled("{m}, {f}, {m - f}, {f - m}, {m:about}", "{m}, {f:num}, {m - f}", &values).unwrap();
        assert_eq!(t.get(&Lang::new("en").unwrap()).unwrap(), "€31.33, €30.40, €0.93, −€0.93, €31");
        assert_eq!(t.get(&Lang::new("nl").unwrap()).unwrap(), "€ 31,33, 30,40, € 0,93");
        let fr =
            fill(&serde_json::from_value(serde_json::json!({ "fr": "{m}" })).unwrap(), &scope(&values), &labels(), "t");
        assert_eq!(fr.unwrap().get(&Lang::new("fr").unwrap()).unwrap(), "31,33\u{a0}€");
        let t = filled("{w - w}, {w - w:num}", "{w - w}", &values).unwrap();
        assert_eq!(t.get(&Lang::new("en").unwrap()).unwrap(), "0.0\u{a0}percentage points, 0.0");
        assert_eq!(t.get(&Lang::new("nl").unwrap()).unwrap(), "0,0\u{a0}procentpunten");
    }

    #[test]
    fn a_missing_reference_fails_with_a_clear_error() {
        let e = filled("{doctors} are women", "{doctors} zijn vrouwen", &[("n", "cps:Registered nurses")]).unwrap_err();
        assert!(e.contains("test.en") && e.contains("unknown value `doctors`") && e.contains("declared: n"), "{e}");
        let values = Values(vec![("n".into(), "cps:Astronauts".into())]);
        let e = Scope::resolve(&data(), &values, "quiz.json questions[x]", None).unwrap_err();
        assert!(e.contains("quiz.json questions[x]: values.n") && e.contains("no row `Astronauts`"), "{e}");
    }

    #[test]
    fn typed_numbers_and_broken_braces_are_refused() {
        let e = filled("About 88 nurses", "Ongeveer {n}", &[("n", "cps:Registered nurses")]).unwrap_err();
        assert!(e.contains("typed number `88`"), "{e}");
        assert!(filled("{n", "{n}", &[("n", "cps:Registered nurses")]).is_err());
        assert!(filled("{n:loud}", "{n}", &[("n", "cps:Registered nurses")]).unwrap_err().contains("unknown modifier"));
        assert!(filled("{n:complement}", "{n}", &[("n", "oews:00-0000")]).unwrap_err().contains("complement"));
    }
}
