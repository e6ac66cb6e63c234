//! The rules of a country's figures file: the country asked for, major groups once each, every figure of
//! that country and with a unit that fits its field.

use std::collections::HashSet;

use super::Ctx;
use crate::{CountryFigures, Region, Unit};

impl Ctx<'_> {
    pub fn country_figures(&mut self, file: &CountryFigures, country: &Region) {
        if &file.country != country {
            self.problem(
                "country",
                format!(
                    "this file gives figures for `{}`, but `{}` was asked for",
                    file.country.as_str(),
                    country.as_str()
                ),
            );
        }
        let mut seen = HashSet::new();
        for (i, g) in file.groups.iter().enumerate() {
            let p = format!("groups[{i}]");
            let one_digit = g.code.len() == 1 && g.code.bytes().all(|b| b.is_ascii_digit());
            if !one_digit {
                self.problem(&format!("{p}.code"), format!("`{}` is not an ISCO-08 major group (one digit)", g.code));
            } else if !seen.insert(g.code.clone()) {
                self.problem(&format!("{p}.code"), format!("group `{}` appears twice", g.code));
            }
            for (name, f) in g.iter() {
                let at = format!("{p}.{name}");
                self.figure(&at, f);
                if &f.region != country {
                    self.problem(
                        &format!("{at}.region"),
                        format!("`{}` is not `{}`", f.region.as_str(), country.as_str()),
                    );
                }
                let (expected, word) = match name {
                    "employment" => (Unit::People, "people"),
                    "women_share" => (Unit::Percent, "percent"),
                    "change" => (Unit::PercentChange, "percent_change"),
                    _ => (Unit::CurrencyPerHour, "currency_per_hour"),
                };
                if f.unit != expected {
                    self.problem(&format!("{at}.unit"), format!("expected `{word}`"));
                }
            }
        }
    }

    /// A `countries` template: a relative file name with `{country}`.
    pub(super) fn countries_template(&mut self, p: &str, template: &str) {
        let safe = template.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-/{}".contains(&b));
        if !template.contains("{country}") || !safe || template.starts_with('/') || template.contains("..") {
            self.problem(
                p,
                format!(
                    "`{template}` is not a relative file name with `{{country}}`, such as \"occupations-by-country/{{country}}.json\""
                ),
            );
        }
    }
}
