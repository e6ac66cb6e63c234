//! Country editions: an authored file named `<base>.countries.json` lists `countries` and is built once per
//! country into `content/<base>.<code>.json` (`quiz-who-does-this-job.be.json`, bundle id
//! `quiz-who-does-this-job-be`). In its references `{geo}` stands for the country's Eurostat code; in its texts
//! `{country}` is the country's name and `{country:in}` the name with its preposition ("in Belgium",
//! "en Belgique", "aux Pays-Bas"), each language's own, from `content/authored/texts/countries.json`.

use std::collections::BTreeMap;
use std::path::Path;

use lmi_content::{Lang, LocalText, Region};
use serde::Deserialize;

use crate::texts::{self, Text};
use crate::util::Result;

/// The file with the countries' names, in the texts folder.
pub const FILE: &str = "countries.json";
/// How a country template's file name ends.
pub const TEMPLATE_SUFFIX: &str = ".countries.json";
/// What `{geo}` in a template's references becomes.
const GEO: &str = "{geo}";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    /// By region code (`BE`, `GR`, `EU27`).
    countries: BTreeMap<String, CountryWords>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryWords {
    /// Eurostat's code for it (`EL` for Greece, `EU27_2020`).
    eurostat: String,
    /// The name as a title shows it: "Belgium", "Pays-Bas", "Європейський Союз".
    name: Text,
    /// The name with the preposition of place: "in Belgium", "aux Pays-Bas", "у Бельгії".
    #[serde(rename = "in")]
    in_: Text,
}

/// One country an authored file can be built for.
#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub region: Region,
    /// Eurostat's geo code, what `{geo}` becomes.
    pub geo: String,
    pub name: LocalText,
    pub in_: LocalText,
}

impl Edition {
    /// `be`, `eu27`: the part of the file name and bundle id that names the edition.
    pub fn code(&self) -> String {
        self.region.as_str().to_ascii_lowercase()
    }

    /// The form of the country's name a placeholder modifier asks for (`None`: the name, `in`: with the
    /// preposition), in `lang`.
    pub fn form(&self, lang: &Lang, with_in: bool) -> Result<&str> {
        let text = if with_in { &self.in_ } else { &self.name };
        text.get(lang).ok_or_else(|| format!("{}/{FILE}: `{}` has no `{lang}` name", texts::DIR, self.region.as_str()))
    }
}

/// Every country of countries.json, checked: six languages each, no placeholders, a Eurostat code that maps
/// back to the region it is filed under.
#[derive(Debug, Default)]
pub struct Countries(BTreeMap<String, Edition>);

impl Countries {
    pub fn load(dir: &Path) -> Result<Countries> {
        let words: Words = texts::read(dir, FILE)?;
        let mut out = BTreeMap::new();
        for (code, c) in words.countries {
            let at = |field: &str| format!("{}/{FILE}: `countries.{code}.{field}`", texts::DIR);
            for (field, text) in [("name", &c.name), ("in", &c.in_)] {
                let names = text.check().map_err(|e| format!("{}: {e}", at(field)))?;
                if !names.is_empty() {
                    return Err(format!("{}: a name takes no placeholders", at(field)));
                }
            }
            let region = crate::eurostat::geo_region(&c.eurostat).map_err(|e| format!("{}: {e}", at("eurostat")))?;
            if region.as_str() != code {
                return Err(format!(
                    "{}: `{}` is region `{}`, not `{code}`",
                    at("eurostat"),
                    c.eurostat,
                    region.as_str()
                ));
            }
            let edition = Edition { region, geo: c.eurostat, name: c.name.local(&[])?, in_: c.in_.local(&[])? };
            out.insert(code, edition);
        }
        Ok(Countries(out))
    }

    /// Every country, in code order.
    pub fn iter(&self) -> impl Iterator<Item = &Edition> {
        self.0.values()
    }

    /// The edition of region `code`, or an error listing the known ones.
    pub fn get(&self, code: &str) -> Result<&Edition> {
        self.0.get(code).ok_or_else(|| {
            let known: Vec<&str> = self.0.keys().map(String::as_str).collect();
            format!("no country `{code}` in {}/{FILE} (known: {})", texts::DIR, known.join(", "))
        })
    }
}

/// `reference` with `{geo}` replaced by the edition's Eurostat code; `{geo}` outside a country template is an
/// error.
pub fn reference(reference: &str, edition: Option<&Edition>) -> Result<String> {
    match edition {
        Some(e) => Ok(reference.replace(GEO, &e.geo)),
        None if reference.contains(GEO) => {
            Err(format!("`{reference}`: `{GEO}` stands for the country of a country template (`*{TEMPLATE_SUFFIX}`)"))
        }
        None => Ok(reference.to_owned()),
    }
}

/// `quiz-x.countries.json` → `Some("quiz-x")`.
pub fn template_base(name: &str) -> Option<&str> {
    name.strip_suffix(TEMPLATE_SUFFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::root;

    fn countries() -> Countries {
        Countries::load(&root().join("content").join(texts::DIR)).unwrap()
    }

    #[test]
    fn names_take_their_preposition_in_each_language() {
        let c = countries();
        let l = |t: &str| Lang::new(t).unwrap();
        let be = c.get("BE").unwrap();
        assert_eq!(be.form(&l("en"), true).unwrap(), "in Belgium");
        assert_eq!(be.form(&l("fr"), true).unwrap(), "en Belgique");
        assert_eq!(be.form(&l("nl"), true).unwrap(), "in België");
        assert_eq!(be.form(&l("de"), true).unwrap(), "in Belgien");
        assert_eq!(be.form(&l("ar"), true).unwrap(), "في بلجيكا");
        assert_eq!(be.form(&l("uk"), true).unwrap(), "у Бельгії");
        assert_eq!(c.get("NL").unwrap().form(&l("fr"), true).unwrap(), "aux Pays-Bas");
        assert_eq!(c.get("NL").unwrap().form(&l("de"), true).unwrap(), "in den Niederlanden");
        let gr = c.get("GR").unwrap();
        assert_eq!((gr.geo.as_str(), gr.code()), ("EL", "gr".to_owned()));
        assert_eq!(c.get("EU27").unwrap().geo, "EU27_2020");
        assert!(c.get("XX").unwrap_err().contains("known: "));
    }

    /// The checks the texts test applies to every texts file (see texts.rs), on the names: Arabic without Latin
    /// letters, Ukrainian without Russian-only letters, every country region a Eurostat code maps to.
    #[test]
    fn names_are_written_in_each_script() {
        let c = countries();
        assert!(c.0.len() >= 34, "every country the Eurostat files cover, and the EU");
        for (code, e) in &c.0 {
            for text in [&e.name, &e.in_] {
                let ar = text.get(&Lang::new("ar").unwrap()).unwrap();
                assert!(!ar.chars().any(|ch| ch.is_ascii_alphabetic()), "{code}: Latin letters in Arabic: {ar}");
                let uk = text.get(&Lang::new("uk").unwrap()).unwrap();
                assert!(!uk.contains(['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ё']), "{code}: Russian letters: {uk}");
            }
            assert!(e.form(&Lang::new("ar").unwrap(), true).unwrap().starts_with("في "), "{code}");
        }
    }

    #[test]
    fn geo_is_only_for_templates() {
        let be = countries().get("BE").unwrap().clone();
        assert_eq!(reference("egised:{geo}:OC2:F:2023", Some(&be)).unwrap(), "egised:BE:OC2:F:2023");
        assert!(reference("egised:{geo}:OC2:F:2023", None).unwrap_err().contains("country template"));
        assert_eq!(template_base("quiz-a.countries.json"), Some("quiz-a"));
        assert_eq!(template_base("quiz-a.json"), None);
    }
}
