//! The flags statistical offices put on a value (Eurostat's letters), kept with the value wherever it is shown.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One flag, as Eurostat writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatFlag {
    /// `u`: low reliability (a small sample); the value is shown, with this said.
    LowReliability,
    /// `b`: break in the time series: the method changed, so values before and after do not compare directly.
    Break,
    /// `p`: provisional: the value may still be revised.
    Provisional,
    /// `e`: estimated.
    Estimated,
    /// `d`: the definition differs from the common one (see the dataset's metadata).
    DefinitionDiffers,
}

impl StatFlag {
    const ALL: [StatFlag; 5] = [
        StatFlag::LowReliability,
        StatFlag::Break,
        StatFlag::Provisional,
        StatFlag::Estimated,
        StatFlag::DefinitionDiffers,
    ];

    pub fn letter(self) -> char {
        match self {
            StatFlag::LowReliability => 'u',
            StatFlag::Break => 'b',
            StatFlag::Provisional => 'p',
            StatFlag::Estimated => 'e',
            StatFlag::DefinitionDiffers => 'd',
        }
    }
}

/// The flags of one value: Eurostat's letters in any order (`"bu"`), written in the bundle as a string. A
/// missing value (Eurostat's `:`) is not a flag but an absent value (`null` in a dataset).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags(u8);

impl Flags {
    pub fn parse(letters: &str) -> Result<Flags, String> {
        let mut bits = 0;
        for c in letters.chars().filter(|c| !c.is_whitespace()) {
            let flag = StatFlag::ALL.iter().position(|f| f.letter() == c).ok_or_else(|| {
                format!("`{c}` in `{letters}` is not a flag: expected letters among u (low reliability), b (break), p (provisional), e (estimated), d (definition differs)")
            })?;
            bits |= 1 << flag;
        }
        Ok(Flags(bits))
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, flag: StatFlag) -> bool {
        StatFlag::ALL.iter().position(|f| *f == flag).is_some_and(|i| self.0 & (1 << i) != 0)
    }

    /// Every flag set, in a fixed order.
    pub fn iter(self) -> impl Iterator<Item = StatFlag> {
        StatFlag::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.iter().try_for_each(|flag| write!(f, "{}", flag.letter()))
    }
}

impl Serialize for Flags {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Flags {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Flags, D::Error> {
        let text = String::deserialize(d)?;
        Flags::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "cli")]
impl schemars::JsonSchema for Flags {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Flags".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[ubped]*$",
            "description": "Eurostat's flags on a value: u low reliability, b break in series, p provisional, e estimated, d definition differs."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_in_any_order() {
        let bu = Flags::parse("bu").unwrap();
        assert!(bu.contains(StatFlag::Break) && bu.contains(StatFlag::LowReliability));
        assert!(!bu.contains(StatFlag::Provisional));
        assert_eq!(bu, Flags::parse("ub").unwrap());
        assert_eq!(bu.to_string(), "ub");
        assert!(Flags::parse("").unwrap().is_empty());
        assert!(Flags::parse("x").unwrap_err().contains("not a flag"));
        assert!(Flags::parse(":").is_err(), "a gap is a missing value, not a flag");
    }
}
