//! The named values a question declares (`"values": {"nurses": "cps:Registered nurses"}`), resolved against
//! the raw data. Placeholders, claims and answers use these names, never typed numbers.

use std::fmt;

use std::collections::BTreeMap;

use lmi_content::{Flags, Period};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use super::data::Data;
use super::editions::{self, Edition};
use super::refs::{Cell, Datum, resolve};
use crate::util::Result;

/// `name → reference` in the author's order (the order figures are listed in).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Values(pub Vec<(String, String)>);

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Values, D::Error> {
        struct Ordered;
        impl<'de> Visitor<'de> for Ordered {
            type Value = Values;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of name → reference, such as {\"nurses\": \"cps:Registered nurses\"}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Values, A::Error> {
                let mut pairs: Vec<(String, String)> = Vec::new();
                while let Some((name, reference)) = map.next_entry::<String, String>()? {
                    if pairs.iter().any(|(n, _)| *n == name) {
                        return Err(serde::de::Error::custom(format!("value `{name}` is declared twice")));
                    }
                    pairs.push((name, reference));
                }
                Ok(Values(pairs))
            }
        }
        deserializer.deserialize_map(Ordered)
    }
}

/// One named value.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub name: String,
    pub reference: String,
    pub datum: Datum,
}

/// The resolved values one text or question can use, and the country of its edition (for `{country}`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    entries: Vec<Entry>,
    country: Option<Edition>,
    /// The question compares years across a break in a series and says so (`across_break`).
    across_break: bool,
}

impl Scope {
    /// Resolves every reference (`{geo}` becomes the edition's country); `at` says where the values are
    /// declared, for errors.
    pub fn resolve(data: &Data, values: &Values, at: &str, edition: Option<&Edition>) -> Result<Scope> {
        let mut entries = Vec::new();
        for (name, reference) in &values.0 {
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                return Err(format!("{at}: value name `{name}` must be lowercase letters, digits and `_`"));
            }
            if name == "country" {
                return Err(format!("{at}: `country` is the edition's country, not a value name"));
            }
            let reference = editions::reference(reference, edition).map_err(|e| format!("{at}: values.{name}: {e}"))?;
            let datum = resolve(data, &reference).map_err(|e| format!("{at}: values.{name}: {e}"))?;
            entries.push(Entry { name: name.clone(), reference, datum });
        }
        Ok(Scope { entries, country: edition.cloned(), across_break: false })
    }

    /// A scope with a single `{period}`, for dataset titles and series labels.
    pub fn period(period: Period) -> Scope {
        let datum = Datum::Period(period);
        Scope {
            entries: vec![Entry { name: "period".into(), reference: period.to_string(), datum }],
            country: None,
            across_break: false,
        }
    }

    /// The same scope in the edition of `edition`, whose `{country}` texts can name.
    pub fn in_edition(mut self, edition: Option<&Edition>) -> Scope {
        self.country = edition.cloned();
        self
    }

    /// The same scope, allowed (or not) to compare years across a break: the question says it plainly.
    pub fn allow_across_break(mut self, allowed: bool) -> Scope {
        self.across_break = allowed;
        self
    }

    /// Whether the question compares years across a break and says so.
    pub fn across_break(&self) -> bool {
        self.across_break
    }

    /// The country of the edition, for `{country}`.
    pub fn country(&self) -> Option<&Edition> {
        self.country.as_ref()
    }

    /// The value called `name`, or an error listing the declared names.
    pub fn get(&self, name: &str) -> Result<&Entry> {
        self.entries.iter().find(|e| e.name == name).ok_or_else(|| {
            let known: Vec<&str> = self.entries.iter().map(|e| e.name.as_str()).collect();
            format!("unknown value `{name}`: declare it under `values` (declared: {})", known.join(", "))
        })
    }

    /// The cell behind `name`, or an error when it names a category or period.
    pub fn cell(&self, name: &str) -> Result<(&Cell, &str)> {
        let entry = self.get(name)?;
        match &entry.datum {
            Datum::Cell(c) => Ok((c, &entry.reference)),
            _ => Err(format!("value `{name}` (`{}`) is not a number", entry.reference)),
        }
    }

    /// Checks that each named value carries the flags a text says it carries (`{"start": "b"}`).
    pub fn check_flags(&self, expected: &BTreeMap<String, String>, at: &str) -> Result {
        for (name, letters) in expected {
            let (cell, reference) = self.cell(name).map_err(|e| format!("{at}.expect_flags: {e}"))?;
            let want = Flags::parse(letters).map_err(|e| format!("{at}.expect_flags.{name}: {e}"))?;
            if let Some(missing) = want.iter().find(|f| !cell.flags.contains(*f)) {
                return Err(format!(
                    "{at}.expect_flags.{name}: `{reference}` does not carry `{}` ({}), but the texts say it does",
                    missing.letter(),
                    cell.origin
                ));
            }
        }
        Ok(())
    }

    /// Every value, in declaration order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every numeric value with its reference, in declaration order, each reference once.
    pub fn cells(&self) -> Vec<(&str, &Cell)> {
        let mut out: Vec<(&str, &Cell)> = Vec::new();
        for e in &self.entries {
            if let Datum::Cell(c) = &e.datum
                && !out.iter().any(|(r, _)| *r == e.reference)
            {
                out.push((&e.reference, c));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::data;
    use super::*;

    #[test]
    fn values_keep_the_authors_order_and_figures_are_listed_once() {
        let values: Values =
            serde_json::from_str(r#"{"z": "cps:Lawyers", "a": "cps:Electricians", "b": "cps:Lawyers"}"#).unwrap();
        assert_eq!(values.0.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["z", "a", "b"]);
        let scope = Scope::resolve(&data(), &values, "test", None).unwrap();
        let refs: Vec<&str> = scope.cells().iter().map(|(r, _)| *r).collect();
        assert_eq!(refs, ["cps:Lawyers", "cps:Electricians"]);
        assert!(serde_json::from_str::<Values>(r#"{"a": "cps:Lawyers", "a": "cps:Lawyers"}"#).is_err());
        let bad = Values(vec![("Big".into(), "cps:Lawyers".into())]);
        assert!(Scope::resolve(&data(), &bad, "test", None).unwrap_err().contains("lowercase"));
    }
}
