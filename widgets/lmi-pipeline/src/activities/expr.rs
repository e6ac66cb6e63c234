//! Tiny arithmetic over named values, so authored files can say `pilots / retail` or claim `vets > 50`
//! without typing a figure: `expr := term [op term]`, `claim := expr cmp expr`, `term := name | number`.

use lmi_content::Unit;

use super::scope::Scope;
pub use crate::format::Quantity;
use crate::util::Result;

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Name(String),
    Number(f64),
    Op(char),
    Cmp(&'static str),
}

fn tokens(text: &str) -> Result<Vec<Token>> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_lowercase() || c == '_' {
            let mut name = String::new();
            while let Some(&c) = chars.peek().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || **c == '_') {
                name.push(c);
                chars.next();
            }
            out.push(Token::Name(name));
        } else if c.is_ascii_digit() || c == '.' {
            let mut num = String::new();
            while let Some(&c) = chars.peek().filter(|c| c.is_ascii_digit() || **c == '.') {
                num.push(c);
                chars.next();
            }
            out.push(Token::Number(num.parse().map_err(|_| format!("`{num}` is not a number in `{text}`"))?));
        } else if "+-*/".contains(c) {
            out.push(Token::Op(c));
            chars.next();
        } else if c == '<' || c == '>' {
            chars.next();
            let or_equal = chars.next_if_eq(&'=').is_some();
            out.push(Token::Cmp(match (c, or_equal) {
                ('<', false) => "<",
                ('<', true) => "<=",
                ('>', false) => ">",
                _ => ">=",
            }));
        } else {
            return Err(format!("unexpected `{c}` in `{text}`"));
        }
    }
    Ok(out)
}

fn term(token: &Token, scope: &Scope) -> Result<Quantity> {
    match token {
        Token::Number(value) => Ok(Quantity { value: *value, unit: None, currency: None }),
        Token::Name(name) => {
            let (cell, reference) = scope.cell(name)?;
            Ok(Quantity { value: cell.number(reference)?, unit: Some(cell.unit), currency: cell.currency.clone() })
        }
        other => Err(format!("expected a value name or a number, found {other:?}")),
    }
}

fn combine(a: Quantity, op: char, b: Quantity, text: &str) -> Result<Quantity> {
    let mismatch = || format!("`{text}` combines values of different units");
    let unit = match (op, a.unit, b.unit) {
        ('+' | '-', Some(x), Some(y)) if x != y => return Err(mismatch()),
        // 62.0% − 35.1% is 26.9 percentage points, never 26.9%.
        ('-', Some(Unit::Percent | Unit::PercentChange), Some(_)) => Some(Unit::PercentagePoints),
        ('+' | '-', x, y) => x.or(y),
        ('*', Some(_), Some(_)) => return Err(format!("`{text}` multiplies two values with units")),
        ('*', x, y) => x.or(y),
        ('/', Some(x), Some(y)) if x == y => Some(Unit::Ratio),
        ('/', Some(_), Some(_)) => return Err(mismatch()),
        ('/', x, None) => x,
        _ => return Err(format!("`{text}` divides a plain number by a value")),
    };
    if op == '/' && b.value == 0.0 {
        return Err(format!("`{text}` divides by zero"));
    }
    let value = match op {
        '+' => a.value + b.value,
        '-' => a.value - b.value,
        '*' => a.value * b.value,
        _ => a.value / b.value,
    };
    let currency = if unit == Some(Unit::Ratio) { None } else { a.currency.or(b.currency) };
    Ok(Quantity { value, unit, currency })
}

fn expression(tokens: &[Token], scope: &Scope, text: &str) -> Result<Quantity> {
    match tokens {
        [t] => term(t, scope),
        [a, Token::Op(op), b] => combine(term(a, scope)?, *op, term(b, scope)?, text),
        _ => Err(format!("`{text}` is not an expression such as `a`, `a - b` or `a / b`")),
    }
}

/// Refuses to compare two years of one Eurostat series across a break in it (Eurostat's `b`: the survey changed
/// in that year), unless the question says it does so (`across_break`, and its texts say it plainly).
fn check_breaks(tokens: &[Token], scope: &Scope, text: &str) -> Result {
    if scope.across_break() {
        return Ok(());
    }
    let mut seen: Vec<(&str, &str, i32, &Vec<i32>)> = Vec::new();
    for t in tokens {
        let Token::Name(name) = t else { continue };
        let Ok((cell, _)) = scope.cell(name) else { continue };
        let Some((series, breaks)) = &cell.series else { continue };
        let (year, _) = cell.period.years();
        for (other, other_series, other_year, _) in &seen {
            let (a, b) = if *other_year < year { (*other_year, year) } else { (year, *other_year) };
            if other_series == series
                && let Some(y) = breaks.iter().find(|y| a < **y && **y <= b)
            {
                return Err(format!(
                    "`{text}` compares `{other}` and `{name}`, two years of `{series}` across a break in the series \
                     in {y}: compare years on one side of the break, or give the question `\"across_break\": true` \
                     and say the break plainly in its texts"
                ));
            }
        }
        seen.push((name.as_str(), series.as_str(), year, breaks));
    }
    Ok(())
}

/// Evaluates `a`, `a - b`, `a / b`, `a * 2` …
pub fn evaluate(text: &str, scope: &Scope) -> Result<Quantity> {
    let tokens = tokens(text)?;
    check_breaks(&tokens, scope, text)?;
    expression(&tokens, scope, text)
}

/// Decides a claim such as `vets > 50` or `solar_change > software_change`.
pub fn claim(text: &str, scope: &Scope) -> Result<bool> {
    let tokens = tokens(text)?;
    check_breaks(&tokens, scope, text)?;
    let at = tokens.iter().position(|t| matches!(t, Token::Cmp(_)));
    let Some(at) = at.filter(|&i| tokens.iter().skip(i + 1).all(|t| !matches!(t, Token::Cmp(_)))) else {
        return Err(format!("`{text}` is not a claim such as `a > b` or `a < 50`"));
    };
    let left = expression(&tokens[..at], scope, text)?;
    let right = expression(&tokens[at + 1..], scope, text)?;
    if let (Some(x), Some(y)) = (left.unit, right.unit)
        && x != y
    {
        return Err(format!("`{text}` compares values of different units"));
    }
    Ok(match tokens[at] {
        Token::Cmp("<") => left.value < right.value,
        Token::Cmp("<=") => left.value <= right.value,
        Token::Cmp(">") => left.value > right.value,
        _ => left.value >= right.value,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::scope;
    use super::*;

    #[test]
    fn claims_compare_values_and_plain_numbers() {
        let s = scope(&[("nurses", "cps:Registered nurses"), ("elec", "cps:Electricians")]);
        assert!(claim("nurses > 50", &s).unwrap());
        assert!(!claim("elec >= nurses", &s).unwrap());
        assert!(claim("100 - nurses < 50", &s).unwrap());
        assert!(claim("nurses<=87.9", &s).unwrap());
    }

    #[test]
    fn units_follow_the_operation() {
        let s = scope(&[("elec", "oews:47-2111"), ("all", "oews:00-0000"), ("nurses", "cps:Registered nurses")]);
        let ratio = evaluate("elec / all", &s).unwrap();
        assert_eq!(ratio.unit, Some(Unit::Ratio));
        assert!((ratio.value - 63190.0 / 50980.0).abs() < 1e-9);
        let diff = evaluate("elec - all", &s).unwrap();
        assert_eq!(
            (diff.value, diff.unit, diff.currency.as_deref()),
            (12210.0, Some(Unit::CurrencyPerYear), Some("USD"))
        );
        assert!(evaluate("elec - nurses", &s).unwrap_err().contains("different units"));
        assert!(claim("elec > nurses", &s).unwrap_err().contains("different units"));
    }

    #[test]
    fn differences_of_percentages_are_percentage_points() {
        let s = scope(&[("pharm", "cps:Pharmacists"), ("law", "cps:Lawyers"), ("elec", "oews:47-2111")]);
        let unit = |text: &str| evaluate(text, &s).unwrap().unit;
        assert_eq!(unit("pharm - law"), Some(Unit::PercentagePoints));
        assert_eq!(evaluate("pharm - law", &s).unwrap().value, 59.6 - 38.5);
        assert_eq!(unit("pharm / law"), Some(Unit::Ratio));
        assert_eq!(unit("elec - elec"), Some(Unit::CurrencyPerYear));
        assert_eq!(unit("pharm"), Some(Unit::Percent));
    }

    #[test]
    fn unknown_names_and_bad_syntax_are_errors() {
        let s = scope(&[("nurses", "cps:Registered nurses")]);
        assert!(evaluate("doctors", &s).unwrap_err().contains("unknown value `doctors`"));
        assert!(claim("nurses", &s).unwrap_err().contains("not a claim"));
        assert!(evaluate("nurses - - nurses", &s).is_err());
        assert!(evaluate("nurses $ 2", &s).is_err());
    }
}
