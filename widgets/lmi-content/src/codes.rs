//! Codes a bundle names places and money by, parsed once when the bundle is read.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

/// Where a figure was measured or what a source covers: an ISO 3166-1 alpha-2 country (`US`, `BE`), a
/// subdivision (`US-CA`, `BE-VLG`) or `EU27`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Region(String);

impl Region {
    pub fn parse(code: &str) -> Result<Region, String> {
        let upper2 = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase());
        let ok = code == "EU27"
            || upper2(code)
            || code.split_once('-').is_some_and(|(c, sub)| {
                upper2(c) && (1..=3).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if ok {
            Ok(Region(code.to_owned()))
        } else {
            Err(format!("`{code}` is not a region code such as `US`, `GB`, `US-CA` or `EU27`"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country part: `US` for `US-CA`; `EU27` for itself.
    pub fn country(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

/// An ISO 4217 currency code: `EUR`, `USD`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(String);

impl Currency {
    pub fn parse(code: &str) -> Result<Currency, String> {
        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Currency(code.to_owned()))
        } else {
            Err(format!("`{code}` is not an ISO 4217 currency code such as \"EUR\""))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_code {
    ($($ty:ident),*) => {$(
        impl Deref for $ty {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $ty {
            type Error = String;
            fn try_from(s: String) -> Result<$ty, String> {
                $ty::parse(&s)
            }
        }

        impl From<$ty> for String {
            fn from(c: $ty) -> String {
                c.0
            }
        }

        impl PartialEq<str> for $ty {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }
    )*};
}

string_code!(Region, Currency);

#[cfg(feature = "cli")]
impl schemars::JsonSchema for Region {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Region".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^(EU27|[A-Z]{2}(-[A-Za-z0-9]{1,3})?)$",
            "description": "ISO 3166-1 alpha-2 (`US`, `BE`), a subdivision (`US-CA`) or `EU27`."
        })
    }
}

#[cfg(feature = "cli")]
impl schemars::JsonSchema for Currency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Currency".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "description": "An ISO 4217 currency code such as `EUR`."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_codes() {
        for ok in ["US", "BE", "US-CA", "BE-VLG", "EU27"] {
            assert!(Region::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "us", "USA", "EU28", "US-", "US-CALI", "U S"] {
            assert!(Region::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Region::parse("US-CA").unwrap().country(), "US");
    }

    #[test]
    fn currency_codes() {
        assert!(Currency::parse("EUR").is_ok());
        for bad in ["eur", "EURO", "", "E1R"] {
            assert!(Currency::parse(bad).is_err(), "{bad}");
        }
    }
}
