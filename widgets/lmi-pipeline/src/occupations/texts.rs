//! The bundle languages, and every sentence the occupations bundles carry besides the sources' (which
//! `crate::sources` gives): read from `content/authored/texts/occupations.json`, in every UI language, with
//! the numbers filled here in each language's style.

use std::collections::BTreeMap;
use std::path::Path;

use lmi_content::{Lang, LocalText};
use serde::Deserialize;

use crate::texts::{self, DIR, Text, Value};
use crate::util::Result;

/// The file with the occupations bundles' sentences, in the texts folder.
pub const FILE: &str = "occupations.json";

/// A bundle language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    Fr,
    Nl,
    De,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::Nl, Language::De];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Nl => "nl",
            Language::De => "de",
        }
    }

    pub fn lang(self) -> Lang {
        Lang::new(self.code()).expect("the four codes are valid tags")
    }

    /// `text` as a [`LocalText`] in this language only.
    pub fn text(self, text: impl Into<String>) -> LocalText {
        LocalText([(self.lang(), text.into())].into())
    }
}

/// BLS "typical on-the-job training" categories, each with a sentence under `training` (BLS's definitions:
/// short-term is a month or less, moderate-term one to twelve months, long-term more than a year).
pub const TRAINING: [&str; 6] = [
    "None",
    "Short-term on-the-job training",
    "Moderate-term on-the-job training",
    "Long-term on-the-job training",
    "Apprenticeship",
    "Internship/residency",
];

/// BLS "work experience in a related occupation" categories, each with a sentence under `experience`, and
/// the years it names (`{years}`).
pub const EXPERIENCE: [(&str, Option<f64>); 3] =
    [("None", None), ("Less than 5 years", Some(5.0)), ("5 years or more", Some(5.0))];

/// `occupations.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    /// The day someone last checked these sentences and the figures they describe: the bundles'
    /// `meta.last_reviewed`.
    last_reviewed: String,
    bundle_title: Text,
    /// Caveat of a US count (employment, openings). The card names the US occupation once (`us_match`), so
    /// this does not repeat its title; it says what only a count needs said: the whole US occupation is
    /// counted. It replaces the source's caveat, so it says "United States" itself.
    us_count_caveat: Text,
    /// Added after the source's caveat on a wage BLS top-codes (footnote 5).
    topcoded: Text,
    /// Caveat of an EU-LFS figure, given on the ISCO minor group it counts (`{code}`): a card that shows it
    /// for one occupation must not read it as that occupation's count.
    eu_group_caveat: Text,
    /// Why an OEWS estimate with a high relative standard error (`{rse}`) is only medium reliability.
    high_rse: Text,
    /// Why a CPS share for a small occupation (`{people}` employed) is only medium reliability.
    small_sample: Text,
    /// A card's ways in: BLS's typical training at work, by category ([`TRAINING`]) ...
    training: BTreeMap<String, Text>,
    /// ... and the work experience in a related occupation asked for first ([`EXPERIENCE`]).
    experience: BTreeMap<String, Text>,
}

/// The occupations bundles' sentences, read and checked.
#[derive(Debug)]
pub struct Texts {
    words: Words,
}

impl Texts {
    /// Reads `occupations.json` from the texts folder `dir`: every text in every UI language with the
    /// placeholders the generator fills, and a sentence for each BLS category and none for an unknown one.
    pub fn load(dir: &Path) -> Result<Texts> {
        let words: Words = texts::read(dir, FILE)?;
        let found = texts::check_all(FILE, words.entries())?;
        let mut expected: BTreeMap<String, Vec<&str>> = [
            ("bundle_title", vec![]),
            ("us_count_caveat", vec![]),
            ("topcoded", vec![]),
            ("eu_group_caveat", vec!["code"]),
            ("high_rse", vec!["rse"]),
            ("small_sample", vec!["people"]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        expected.extend(TRAINING.map(|c| (format!("training.{c}"), vec![])));
        expected
            .extend(EXPERIENCE.map(|(c, years)| (format!("experience.{c}"), years.map_or(vec![], |_| vec!["years"]))));
        for (key, want) in &expected {
            let got = found.get(key).ok_or_else(|| format!("{DIR}/{FILE}: no `{key}` sentence"))?;
            if got != want {
                let braced = |names: &[&str]| names.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ");
                let got: Vec<&str> = got.iter().map(String::as_str).collect();
                return Err(format!(
                    "{DIR}/{FILE}: `{key}`: the generator fills [{}], the English has [{}]",
                    braced(want),
                    braced(&got)
                ));
            }
        }
        if let Some(unknown) = found.keys().find(|k| !expected.contains_key(*k)) {
            return Err(format!("{DIR}/{FILE}: `{unknown}` is no BLS category the generator knows (bls.rs)"));
        }
        Ok(Texts { words })
    }

    /// `text` (`key` in the file) in `l`, filled.
    fn one(&self, text: &Text, key: &str, l: Language, values: &[(&str, Value)]) -> Result<LocalText> {
        let filled = text.fill(&l.lang(), values).map_err(|e| format!("{DIR}/{FILE}: `{key}`: {e}"))?;
        Ok(l.text(filled))
    }

    pub fn last_reviewed(&self) -> &str {
        &self.words.last_reviewed
    }

    pub fn bundle_title(&self, l: Language) -> Result<LocalText> {
        self.one(&self.words.bundle_title, "bundle_title", l, &[])
    }

    pub fn us_count_caveat(&self, l: Language) -> Result<LocalText> {
        self.one(&self.words.us_count_caveat, "us_count_caveat", l, &[])
    }

    /// The caveat of a top-coded wage: the source's caveat `source_caveat`, then the top-coding.
    pub fn topcoded_caveat(&self, l: Language, source_caveat: &str) -> Result<LocalText> {
        let topcoded = self.one(&self.words.topcoded, "topcoded", l, &[])?;
        Ok(l.text(format!("{source_caveat} {}", topcoded.get(&l.lang()).unwrap_or_default())))
    }

    pub fn eu_group_caveat(&self, l: Language, code: &str) -> Result<LocalText> {
        self.one(&self.words.eu_group_caveat, "eu_group_caveat", l, &[("code", Value::words(code))])
    }

    pub fn high_rse(&self, l: Language, rse_pct: f64) -> Result<LocalText> {
        self.one(&self.words.high_rse, "high_rse", l, &[("rse", Value::percent(rse_pct))])
    }

    pub fn small_sample(&self, l: Language, employed_thousands: f64) -> Result<LocalText> {
        let people = Value::count((employed_thousands * 1000.0).round());
        self.one(&self.words.small_sample, "small_sample", l, &[("people", people)])
    }

    /// The ways into an occupation BLS's projections name, as sentences for the card's "ways into this
    /// job": the usual training at work, then the work experience in a related occupation asked for first.
    pub fn routes(&self, l: Language, training: &str, experience: &str) -> Result<Vec<LocalText>> {
        let mut routes = Vec::new();
        if let Some(text) = self.words.training.get(training) {
            routes.push(self.one(text, &format!("training.{training}"), l, &[])?);
        }
        if let (Some(text), Some((_, years))) =
            (self.words.experience.get(experience), EXPERIENCE.iter().find(|(c, _)| *c == experience))
        {
            let values: Vec<(&str, Value)> = years.iter().map(|y| ("years", Value::years(*y))).collect();
            routes.push(self.one(text, &format!("experience.{experience}"), l, &values)?);
        }
        Ok(routes)
    }
}

impl Words {
    fn entries(&self) -> Vec<(String, &Text)> {
        let mut out = vec![
            ("bundle_title".to_owned(), &self.bundle_title),
            ("us_count_caveat".to_owned(), &self.us_count_caveat),
            ("topcoded".to_owned(), &self.topcoded),
            ("eu_group_caveat".to_owned(), &self.eu_group_caveat),
            ("high_rse".to_owned(), &self.high_rse),
            ("small_sample".to_owned(), &self.small_sample),
        ];
        out.extend(self.training.iter().map(|(c, t)| (format!("training.{c}"), t)));
        out.extend(self.experience.iter().map(|(c, t)| (format!("experience.{c}"), t)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::root;

    fn texts() -> Texts {
        Texts::load(&root().join("content").join(DIR)).unwrap()
    }

    fn get(t: &LocalText, l: Language) -> String {
        t.get(&l.lang()).unwrap().to_owned()
    }

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        let t = texts();
        assert!(get(&t.small_sample(Language::En, 1234.567).unwrap(), Language::En).contains(" 1,234,567 people"));
        assert!(get(&t.small_sample(Language::Fr, 56.0).unwrap(), Language::Fr).contains(" 56\u{202f}000 personnes"));
        assert!(get(&t.small_sample(Language::De, 0.999).unwrap(), Language::De).contains(" 999 Menschen"));
        assert!(get(&t.high_rse(Language::Nl, 12.4).unwrap(), Language::Nl).contains(" 12,4%:"));
        assert!(get(&t.high_rse(Language::En, 12.4).unwrap(), Language::En).contains(" 12.4%,"));
        assert!(get(&t.high_rse(Language::Fr, 12.4).unwrap(), Language::Fr).contains(" 12,4\u{202f}% :"));
        assert!(get(&t.eu_group_caveat(Language::De, "222").unwrap(), Language::De).contains("ISCO-Gruppe 222:"));
    }

    #[test]
    fn every_bls_category_has_a_route_sentence() {
        let t = texts();
        for l in Language::ALL {
            for training in TRAINING {
                for (experience, _) in EXPERIENCE {
                    let routes = t.routes(l, training, experience).unwrap();
                    assert_eq!(routes.len(), 2, "{}: {training} / {experience}", l.code());
                }
            }
        }
        let years = t.routes(Language::Nl, "None", "Less than 5 years").unwrap();
        assert_eq!(
            get(&years[1], Language::Nl),
            "Werkervaring in een verwant beroep: meestal eerst minder dan 5 jaar (Verenigde Staten, BLS)."
        );
        assert!(t.routes(Language::En, "Unknown", "Unknown").unwrap().is_empty());
    }

    #[test]
    fn a_sentence_without_the_number_the_generator_fills_is_refused() {
        let dir = std::env::temp_dir().join(format!("lmi-occupation-texts-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let real = std::fs::read_to_string(root().join("content").join(DIR).join(FILE)).unwrap();
        let mut json: serde_json::Value = serde_json::from_str(&real).unwrap();
        for lang in crate::texts::LANGUAGES {
            json["high_rse"][lang] = serde_json::json!("Imprecise.");
        }
        std::fs::write(dir.join(FILE), json.to_string()).unwrap();
        let e = Texts::load(&dir).unwrap_err();
        assert!(e.contains("`high_rse`: the generator fills [{rse}], the English has []"), "{e}");
        let mut json: serde_json::Value = serde_json::from_str(&real).unwrap();
        json["training"]["Sabbatical"] = json["training"]["None"].clone();
        std::fs::write(dir.join(FILE), json.to_string()).unwrap();
        assert!(Texts::load(&dir).unwrap_err().contains("`training.Sabbatical` is no BLS category"));
        let mut json: serde_json::Value = serde_json::from_str(&real).unwrap();
        json["experience"].as_object_mut().unwrap().remove("None");
        std::fs::write(dir.join(FILE), json.to_string()).unwrap();
        assert!(Texts::load(&dir).unwrap_err().contains("no `experience.None` sentence"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
