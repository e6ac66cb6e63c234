//! Figures in one language: an occupation card's US figures through the crosswalk (with the US occupation
//! they describe), and the EU-LFS counts of an ISCO minor group.
//!
//! Caveats say only what is specific to a figure. The US occupation is named once per card (`us_match`),
//! so a US figure about a typical worker (wage, growth, share of women) gives no caveat of its own and takes
//! its source's ("These are United States figures…"); counts (employment, openings) add that they count the
//! whole US occupation; a top-coded wage adds that it is a minimum. EU-LFS counts sit on their ISCO group
//! and say they count the whole group.

use std::collections::BTreeMap;

use lmi_content::{
    Figure, LocalText, OccupationFigures, Period, Range, RangeKind, Region, Reliability, ReliabilityLevel, Source,
    Unit, UsMatch,
};

use super::eu_lfs::{self, EuEmployment};
use super::join::{Facts, UsFacts};
use super::texts::{Language, Texts};
use crate::precision::{HIGH_RSE_PCT, SMALL_SAMPLE_THOUSANDS};
use crate::sources;
use crate::util::Result;

/// The source ids figures point to, taken from the shared registry.
pub struct SourceIds {
    pub oews: String,
    pub projections: String,
    pub cps: String,
    /// By region code: `GB`, `FR`, `IT`.
    pub eu_lfs: BTreeMap<&'static str, String>,
}

impl SourceIds {
    pub fn from_registry() -> SourceIds {
        SourceIds {
            oews: sources::bls_oews_2025().source.id,
            projections: sources::bls_projections_2023_2033().source.id,
            cps: sources::bls_cps_2022().source.id,
            eu_lfs: eu_lfs::COUNTRIES.iter().map(|&(c, _)| (c, sources::eu_lfs_nesta(c).source.id)).collect(),
        }
    }
}

/// The figures' sentences in one bundle language; the fixed ones worked out once per bundle.
pub struct Wording<'a> {
    l: Language,
    texts: &'a Texts,
    /// Caveat of employment and openings.
    counts: LocalText,
    /// Caveat of a top-coded wage: the OEWS source's caveat, then the top-coding.
    topcoded_wage: LocalText,
}

impl<'a> Wording<'a> {
    /// From the bundle's sources, already in `l`.
    pub fn new(l: Language, texts: &'a Texts, sources: &[Source], ids: &SourceIds) -> Result<Wording<'a>> {
        let oews = sources.iter().find(|s| s.id == ids.oews).ok_or("the OEWS source is missing")?;
        let oews_caveat = oews.caveat.as_ref().and_then(|c| c.get(&l.lang())).ok_or("the OEWS source has no caveat")?;
        Ok(Wording {
            l,
            texts,
            counts: texts.us_count_caveat(l)?,
            topcoded_wage: texts.topcoded_caveat(l, oews_caveat)?,
        })
    }
}

/// The card's US figures, and the US occupation they describe (`None` with no figure).
pub fn us_figures(facts: &Facts, ids: &SourceIds, wording: &Wording) -> Result<(OccupationFigures, Option<UsMatch>)> {
    let mut figures = OccupationFigures::default();
    let Some(us) = &facts.us else {
        return Ok((figures, None));
    };
    fill_us_figures(us, ids, wording, &mut figures)?;
    let us_match = (!figures.is_empty()).then(|| UsMatch { soc: us.soc.clone(), title: us.title.clone(), fit: us.fit });
    Ok((figures, us_match))
}

fn fill_us_figures(us: &UsFacts, ids: &SourceIds, wording: &Wording, figures: &mut OccupationFigures) -> Result {
    let (l, texts) = (wording.l, wording.texts);
    if let Some(oews) = &us.oews {
        let figure = |value: f64, unit: Unit, rse: Option<f64>, caveat: Option<LocalText>| -> Result<Figure> {
            let reliability = match rse.filter(|r| *r >= HIGH_RSE_PCT) {
                Some(r) => Some(Reliability { level: ReliabilityLevel::Medium, reason: texts.high_rse(l, r)? }),
                None => None,
            };
            Ok(Figure {
                about: None,
                flags: Default::default(),
                value,
                unit,
                currency: None,
                period: Period::Month(2025, 5),
                region: crate::util::region("US"),
                source: ids.oews.clone(),
                reliability,
                caveat,
                range: None,
            })
        };
        if let Some(median) = oews.annual_median {
            let caveat = oews.topcoded.then(|| wording.topcoded_wage.clone());
            let range = match (oews.annual_p10, oews.annual_p90) {
                (Some(low), Some(high)) if low <= median && median <= high => {
                    Some(Range { low, high, kind: RangeKind::P10P90 })
                }
                _ => None,
            };
            figures.median_wage = Some(Figure {
                about: None,
                currency: Some(crate::util::currency("USD")),
                range,
                ..figure(median, Unit::CurrencyPerYear, oews.wage_rse, caveat)?
            });
        }
        figures.employment = oews
            .employment
            .map(|n| figure(n, Unit::People, oews.employment_rse, Some(wording.counts.clone())))
            .transpose()?;
    }
    if let Some(p) = &us.projection {
        let figure = |value: f64, unit: Unit, caveat: Option<LocalText>| Figure {
            about: None,
            flags: Default::default(),
            value,
            unit,
            currency: None,
            period: Period::Span(2023, 2033),
            region: crate::util::region("US"),
            source: ids.projections.clone(),
            reliability: None,
            caveat,
            range: None,
        };
        figures.projected_change = Some(figure(p.pct_change, Unit::PercentChange, None));
        // BLS gives openings in thousands with one decimal: whole openings, rounded away from float noise.
        figures.openings =
            Some(figure((p.openings_thousands * 1000.0).round(), Unit::OpeningsPerYear, Some(wording.counts.clone())));
    }
    if let Some(cps) = &us.women
        && let Some(pct) = cps.pct_women
    {
        figures.women_share = Some(Figure {
            about: None,
            flags: Default::default(),
            value: pct,
            unit: Unit::Percent,
            currency: None,
            period: Period::Year(2022),
            region: crate::util::region("US"),
            source: ids.cps.clone(),
            reliability: if cps.employed_thousands < SMALL_SAMPLE_THOUSANDS {
                Some(Reliability {
                    level: ReliabilityLevel::Medium,
                    reason: texts.small_sample(l, cps.employed_thousands)?,
                })
            } else {
                None
            },
            caveat: None,
            range: None,
        });
    }
    Ok(())
}

/// EU-LFS employment in ISCO minor group `group` (3 digits): one figure per country and year the tables
/// give, each saying it counts the whole group.
pub fn group_employment(group: &str, eu: &EuEmployment, ids: &SourceIds, wording: &Wording) -> Result<Vec<Figure>> {
    let caveat = wording.texts.eu_group_caveat(wording.l, group)?;
    eu_lfs::counts(group, eu)
        .into_iter()
        .map(|count| {
            let source =
                ids.eu_lfs.get(count.country).ok_or_else(|| format!("no EU-LFS source for {}", count.country))?;
            Ok(Figure {
                about: None,
                flags: Default::default(),
                value: count.people,
                unit: Unit::People,
                currency: None,
                period: Period::parse(count.year)?,
                region: Region::parse(count.country)?,
                source: source.clone(),
                reliability: None,
                caveat: Some(caveat.clone()),
                range: None,
            })
        })
        .collect()
}
