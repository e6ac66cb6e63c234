//! The shared sources in one bundle language: a one-language bundle may only carry texts in that language,
//! and must carry every required text in it.

use lmi_content::{LocalText, Source};

use super::eu_lfs;
use super::texts::Language;
use crate::sources::{self, Registry};
use crate::util::Result;

/// Every source the occupations bundles cite, in the order the attribution lists them, in every UI language.
pub fn all_sources(registry: &Registry) -> Result<Vec<Source>> {
    let mut all = vec![
        sources::esco_v1_1_1(),
        sources::onet_29_3(),
        sources::bls_oews_2025(),
        sources::bls_projections_2023_2033(),
        sources::bls_cps_2022(),
    ];
    all.extend(eu_lfs::COUNTRIES.map(|(country, _)| sources::eu_lfs_nesta(country)));
    all.iter().map(|entry| registry.source(entry)).collect()
}

/// `source` with each of its texts in `l` only.
pub fn localise(mut source: Source, l: Language) -> Result<Source> {
    let id = source.id.clone();
    let one = |text: &LocalText| {
        let own =
            text.get(&l.lang()).ok_or_else(|| format!("source `{id}`: a text without `{}`: {text:?}", l.code()))?;
        Ok::<_, String>(l.text(own))
    };
    source.limitations = source.limitations.iter().map(one).collect::<Result<_>>()?;
    if let Some(r) = &mut source.reliability {
        r.reason = one(&r.reason)?;
    }
    if let Some(c) = &source.caveat {
        source.caveat = Some(one(c)?);
    }
    if let Some(n) = &source.name {
        source.name = Some(one(n)?);
    }
    Ok(source)
}
