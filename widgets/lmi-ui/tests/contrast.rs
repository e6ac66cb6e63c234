//! Issue #8, "Defaults meet contrast rules": the default theme tokens of `base.css`, in every theme (light,
//! dark, and auto on a light or a dark system), meet WCAG 2.1 AA contrast. Text colours need 4.5:1 against
//! every surface they are drawn on (1.4.3); borders of controls and the focus outline need 3:1 (1.4.11).
//! The values are read from the stylesheet itself, so a token changed to a poor colour fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

const BASE_CSS: &str = include_str!("../src/base.css");

/// Text (and text-like symbols, badges) against the backgrounds it sits on.
const TEXT: f64 = 4.5;
/// Boundaries of controls, state indicators and the focus outline against adjacent colours.
const NON_TEXT: f64 = 3.0;

/// Text colours: body text, muted text, links and secondary buttons (accent), right/wrong verdicts and
/// reliability badges (good, bad); the link colour is the theme's `a` rule.
const TEXT_COLOURS: &[&str] = &["text", "muted", "accent", "good", "bad", "link"];
/// Where text is drawn: the widget's surface, and the second surface of panels (feedback, outcome, errors).
const BACKGROUNDS: &[&str] = &["surface", "surface-2"];
/// Component boundaries: field, option and table borders; the primary button and the checked option (accent).
const BOUNDARIES: &[&str] = &["border", "accent"];

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgb(u8, u8, u8);

impl Rgb {
    /// `#rgb` or `#rrggbb`.
    fn parse(value: &str) -> Option<Rgb> {
        let hex = value.trim().strip_prefix('#')?;
        let digits: Vec<u8> = match hex.len() {
            3 => hex.chars().map(|c| c.to_digit(16).map(|d| (d * 17) as u8)).collect::<Option<_>>()?,
            6 => (0..3).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()).collect::<Option<_>>()?,
            _ => return None,
        };
        Some(Rgb(digits[0], digits[1], digits[2]))
    }

    /// Relative luminance, WCAG 2.1.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// Contrast ratio, WCAG 2.1: (lighter + 0.05) / (darker + 0.05).
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// One block of declarations with the preludes around it, outermost first: `["@media …", ".lmi.theme-auto"]`.
#[derive(Debug)]
struct Block {
    context: Vec<String>,
    declarations: Vec<(String, String)>,
}

/// The stylesheet's innermost blocks. Enough CSS for `base.css`: comments, nested at-rules, no braces in strings.
fn blocks(css: &str) -> Vec<Block> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let (mut out, mut stack, mut buffer) = (Vec::new(), Vec::<String>::new(), String::new());
    for c in text.chars() {
        match c {
            '{' => stack.push(std::mem::take(&mut buffer).split_whitespace().collect::<Vec<_>>().join(" ")),
            '}' => {
                let body = std::mem::take(&mut buffer);
                if !body.trim().is_empty() {
                    let declarations = body
                        .split(';')
                        .filter_map(|d| d.split_once(':'))
                        .map(|(p, v)| (p.trim().to_owned(), v.trim().to_owned()))
                        .collect();
                    out.push(Block { context: stack.clone(), declarations });
                }
                stack.pop();
            }
            _ => buffer.push(c),
        }
    }
    out
}

/// The declarations of the blocks whose context is exactly `context`, in order.
fn declarations<'a>(blocks: &'a [Block], context: &[&str]) -> Vec<&'a (String, String)> {
    blocks.iter().filter(|b| b.context == context).flat_map(|b| &b.declarations).collect()
}

/// A colour value: `#hex`, `var(--lmi-x, #hex)` (the default) or `var(--token)` (a token already known).
fn resolve(value: &str, tokens: &BTreeMap<String, Rgb>) -> Option<Rgb> {
    let value = value.trim();
    if let Some(inner) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
        return match inner.split_once(',') {
            Some((_, fallback)) => resolve(fallback, tokens),
            None => tokens.get(inner.trim().trim_start_matches("--")).copied(),
        };
    }
    Rgb::parse(value)
}

/// The colour tokens a theme ends up with: the base `.lmi` block, then each overriding block in turn, and the
/// link colour from the theme's most specific `a` rule.
fn theme(blocks: &[Block], overrides: &[&[&str]], links: &[&[&str]]) -> BTreeMap<String, Rgb> {
    let mut tokens = BTreeMap::new();
    for context in std::iter::once(&[".lmi"][..]).chain(overrides.iter().copied()) {
        for (property, value) in declarations(blocks, context) {
            if let (Some(name), Some(colour)) = (property.strip_prefix("--"), resolve(value, &tokens)) {
                tokens.insert(name.to_owned(), colour);
            }
        }
    }
    for context in links {
        for (property, value) in declarations(blocks, context) {
            if property == "color" {
                let colour =
                    resolve(value, &tokens).unwrap_or_else(|| panic!("{context:?}: unreadable colour {value}"));
                tokens.insert("link".to_owned(), colour);
            }
        }
    }
    tokens
}

/// The four themes a reader can get, by name.
fn themes() -> Vec<(&'static str, BTreeMap<String, Rgb>)> {
    let blocks = blocks(BASE_CSS);
    let dark: &[&str] = &[".lmi.theme-dark"];
    let auto_dark: &[&str] = &["@media (prefers-color-scheme: dark)", ".lmi.theme-auto"];
    vec![
        ("light", theme(&blocks, &[], &[&[".lmi a"], &[".lmi.theme-light a"]])),
        ("auto on a light system", theme(&blocks, &[], &[&[".lmi a"]])),
        ("dark", theme(&blocks, &[dark], &[&[".lmi a"]])),
        ("auto on a dark system", theme(&blocks, &[auto_dark], &[&[".lmi a"]])),
    ]
}

/// The token the focus outline is drawn in (`.lmi :focus-visible { outline: … var(--token) }`).
fn focus_token() -> String {
    let blocks = blocks(BASE_CSS);
    let outline = declarations(&blocks, &[".lmi :focus-visible"])
        .into_iter()
        .find(|(p, _)| p == "outline" || p == "outline-color")
        .map(|(_, v)| v.clone())
        .expect("base.css has a focus outline for .lmi :focus-visible");
    let start = outline.find("var(--").expect("the outline colour is a theme token") + "var(--".len();
    outline[start..].split([')', ',']).next().unwrap_or_default().trim().to_owned()
}

/// Every pair below its minimum, as readable lines.
fn failures(themes: &[(&str, BTreeMap<String, Rgb>)], focus: &str) -> Vec<String> {
    let mut pairs: Vec<(&str, &str, f64, &str)> = Vec::new();
    for fg in TEXT_COLOURS {
        for bg in BACKGROUNDS {
            pairs.push((fg, bg, TEXT, "text"));
        }
    }
    pairs.push(("accent-text", "accent", TEXT, "text on the primary button"));
    for fg in BOUNDARIES {
        for bg in BACKGROUNDS {
            pairs.push((fg, bg, NON_TEXT, "component boundary"));
        }
    }
    for bg in BACKGROUNDS {
        pairs.push((focus, bg, NON_TEXT, "focus outline"));
    }
    let mut out = Vec::new();
    for (name, tokens) in themes {
        for &(fg, bg, minimum, what) in &pairs {
            let (Some(&a), Some(&b)) = (tokens.get(fg), tokens.get(bg)) else {
                out.push(format!("{name}: --{fg} or --{bg} has no default colour"));
                continue;
            };
            let ratio = contrast(a, b);
            if ratio < minimum {
                out.push(format!("{name}: {what} --{fg} {a:?} on --{bg} {b:?} is {ratio:.2}:1, needs {minimum}:1"));
            }
        }
    }
    out
}

#[test]
fn the_contrast_formula_matches_wcag() {
    let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known lightest grey that still passes 4.5:1.
    let grey = Rgb::parse("#767676").unwrap();
    assert!((contrast(grey, white) - 4.54).abs() < 0.01);
    assert_eq!(Rgb::parse("#fff"), Some(white));
    assert_eq!(Rgb::parse("#0b57d0"), Some(Rgb(0x0b, 0x57, 0xd0)));
    assert_eq!(Rgb::parse("blue"), None);
}

#[test]
fn every_theme_defines_every_colour_token() {
    let themes = themes();
    for (name, tokens) in &themes {
        for token in ["accent", "accent-text", "surface", "surface-2", "text", "muted", "border", "good", "bad", "link"]
        {
            assert!(tokens.contains_key(token), "{name}: no default for --{token}: {tokens:?}");
        }
    }
    // The two ways to a dark theme stay in step.
    assert_eq!(themes[2].1, themes[3].1, "`.lmi.theme-dark` and the auto dark block differ");
    assert_ne!(themes[0].1["surface"], themes[2].1["surface"], "the dark theme was not read");
}

#[test]
fn default_theme_tokens_meet_wcag_aa_contrast() {
    let found = failures(&themes(), &focus_token());
    assert!(found.is_empty(), "contrast below WCAG 2.1 AA:\n{}", found.join("\n"));
}

#[test]
fn a_poor_token_is_caught() {
    // The check itself: a light grey as muted text, or a faint border, must fail.
    let mut themes = themes();
    let before = failures(&themes, &focus_token());
    themes[0].1.insert("muted".to_owned(), Rgb::parse("#999999").unwrap());
    themes[2].1.insert("border".to_owned(), Rgb::parse("#3a3a40").unwrap());
    let found: Vec<String> = failures(&themes, &focus_token()).into_iter().filter(|f| !before.contains(f)).collect();
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found[0].starts_with("light: text --muted"), "{found:#?}");
    assert!(found[2].starts_with("dark: component boundary --border"), "{found:#?}");
    // A focus outline in a colour too close to the surface fails too.
    themes[0].1.insert("faint".to_owned(), Rgb::parse("#dddddd").unwrap());
    assert!(failures(&themes, "faint").iter().any(|f| f.starts_with("light: focus outline --faint")));
}

#[test]
fn fallback_colours_elsewhere_match_the_light_defaults() {
    // Rules outside `.lmi` (the error panel) repeat defaults as `var(--token, #hex)`: they must not drift.
    let light = &themes()[0].1;
    let mut seen = 0;
    for block in blocks(BASE_CSS) {
        for (property, value) in block.declarations.iter().filter(|(p, _)| !p.starts_with("--")) {
            let Some(start) = value.find("var(--") else { continue };
            let inner = value[start + "var(--".len()..].split(')').next().unwrap_or_default();
            let Some((token, fallback)) = inner.split_once(',') else { continue };
            let Some(fallback) = Rgb::parse(fallback) else { continue };
            let token = token.trim().trim_start_matches("lmi-");
            assert_eq!(Some(&fallback), light.get(token), "{:?} {property}: {value}", block.context);
            seen += 1;
        }
    }
    assert!(seen >= 2, "the error panel's fallbacks were not found");
}
