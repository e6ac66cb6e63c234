//! The format version and the compatibility policy (see content/README.md).
//!
//! `MAJOR.MINOR`. A minor version only adds optional fields; a major version may change meaning.
//! A reader of `1.m` reads `1.0` up to `1.m`; anything newer is refused with a message saying so, because
//! silently skipping fields it does not know could show a figure without its caveat.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The version this build reads and writes. A test fails when the JSON Schema changes without a bump.
pub const FORMAT_VERSION: FormatVersion = FormatVersion { major: 1, minor: 3 };

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FormatVersion {
    pub major: u32,
    pub minor: u32,
}

impl FormatVersion {
    pub fn parse(s: &str) -> Option<FormatVersion> {
        let (major, minor) = s.split_once('.')?;
        let num = |p: &str| (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten();
        Some(FormatVersion { major: num(major)?, minor: num(minor)? })
    }

    /// `None` when this build can read a bundle of version `self`, else why not.
    pub fn incompatibility(self) -> Option<String> {
        let ours = FORMAT_VERSION;
        if self.major > ours.major || (self.major == ours.major && self.minor > ours.minor) {
            Some(format!(
                "this bundle uses format {self}, newer than this version of LMI Kit reads ({ours}); update LMI Kit"
            ))
        } else if self.major < ours.major {
            Some(format!("this bundle uses format {self}, which LMI Kit no longer reads; convert it to {ours}"))
        } else {
            None
        }
    }
}

impl fmt::Display for FormatVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

impl TryFrom<String> for FormatVersion {
    type Error = String;
    fn try_from(s: String) -> Result<FormatVersion, String> {
        FormatVersion::parse(&s).ok_or_else(|| format!("`{s}` is not a format version such as \"{FORMAT_VERSION}\""))
    }
}

impl From<FormatVersion> for String {
    fn from(v: FormatVersion) -> String {
        v.to_string()
    }
}

#[cfg(feature = "cli")]
impl schemars::JsonSchema for FormatVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]+\\.[0-9]+$",
            "description": "The bundle format version, MAJOR.MINOR, such as \"1.0\"."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatibility_policy() {
        let check = |s: &str, ok: bool| {
            let v = FormatVersion::parse(s).unwrap();
            assert_eq!(v.incompatibility().is_none(), ok, "{s}");
        };
        check("1.0", true);
        check("1.1", true);
        check("1.2", true);
        check("1.3", true);
        check("1.4", false);
        check("2.0", false);
        check("0.9", false);
        assert_eq!(FormatVersion::parse("1"), None);
        assert_eq!(FormatVersion::parse("1.x"), None);
        assert_eq!(FormatVersion::parse("+1.0"), None);
    }
}
