//! The search index of one bundle in one language, built once.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::filters::Facets;
use super::postings::Postings;
use super::text::{Owner, Texts};
use super::vocabulary::{Numbering, Vocabulary};
use crate::{IscoGroup, Lang, OccupationsBundle};

/// Every occupation's titles, normalised once for searching in one language; see [`SearchIndex::search`].
/// It keeps no reference to the bundle: hits point into `bundle.occupations` by index.
#[derive(Clone, Debug)]
pub struct SearchIndex {
    pub(super) occupations: Vec<IndexedOccupation>,
    pub(super) groups: Vec<IndexedGroup>,
    /// Every occupation's title and alternative titles, then every group title.
    pub(super) texts: Texts,
    pub(super) vocabulary: Vocabulary,
    /// Word id → text ids.
    pub(super) postings: Postings,
}

#[derive(Clone, Debug)]
pub(super) struct IndexedOccupation {
    /// Text id of the preferred title.
    pub(super) title: u32,
    pub(super) facets: Facets,
    /// Position in the alphabetical order of normalised titles: the last, never tied, tie-breaker.
    pub(super) alphabetical: u32,
}

#[derive(Clone, Debug)]
pub(super) struct IndexedGroup {
    pub(super) code: String,
    /// The occupations in the group: those whose ISCO code starts with the group's.
    pub(super) members: Vec<u32>,
}

impl SearchIndex {
    /// Indexes `bundle` for queries in `lang`. A title missing in `lang` is taken in the bundle's default
    /// language (as the cards show it), and alternative titles in the language the title was taken in.
    pub fn new(bundle: &OccupationsBundle, lang: &Lang) -> SearchIndex {
        let fallback = &bundle.meta.default_language;
        let mut texts = Texts::default();
        let mut numbering = Numbering::default();
        let mut occupations = Vec::with_capacity(bundle.occupations.len());
        for (id, occupation) in (0..).zip(&bundle.occupations) {
            let title = occupation.title.pick(lang, fallback);
            let title_id = texts.push(Owner::Title { occupation: id }, title.map_or("", |t| t.text), &mut numbering);
            let alt_titles = occupation.alt_titles.get(title.map_or(lang, |t| t.lang)).map_or(&[][..], Vec::as_slice);
            for alt_title in alt_titles {
                texts.push(Owner::AltTitle { occupation: id }, alt_title, &mut numbering);
            }
            occupations.push(IndexedOccupation { title: title_id, facets: Facets::of(occupation), alphabetical: 0 });
        }
        let groups = groups_with_members(bundle);
        for (id, (_, group)) in (0..).zip(&groups) {
            let title = group.title.pick(lang, fallback);
            texts.push(Owner::Group { group: id }, title.map_or("", |t| t.text), &mut numbering);
        }

        let (vocabulary, new_ids) = numbering.finish();
        texts.renumber_words(&new_ids);
        let postings = Postings::new(vocabulary.len(), &texts);

        let mut alphabetical: Vec<usize> = (0..occupations.len()).collect();
        // Stable: occupations with the same title keep their bundle order.
        alphabetical.sort_by_key(|&o| texts.get(occupations[o].title).normalised);
        for (position, occupation) in (0..).zip(alphabetical) {
            occupations[occupation].alphabetical = position;
        }

        let groups = groups.into_iter().map(|(members, g)| IndexedGroup { code: g.code.clone(), members }).collect();
        SearchIndex { occupations, groups, texts, vocabulary, postings }
    }
}

/// The bundle's ISCO groups, narrowest first (so that, of two equally good group titles, the narrower
/// group is reported), each with the ids of its occupations.
fn groups_with_members(bundle: &OccupationsBundle) -> Vec<(Vec<u32>, &IscoGroup)> {
    let mut groups: Vec<(Vec<u32>, &IscoGroup)> = bundle.isco_groups.iter().map(|g| (Vec::new(), g)).collect();
    groups.sort_by_key(|(_, g)| Reverse(g.code.len()));
    let by_code: HashMap<&str, usize> = groups.iter().enumerate().map(|(i, (_, g))| (g.code.as_str(), i)).collect();
    for (id, occupation) in (0..).zip(&bundle.occupations) {
        let codes = (1..=occupation.isco.len()).filter_map(|digits| occupation.isco.get(..digits));
        for group in codes.filter_map(|code| by_code.get(code)) {
            groups[*group].0.push(id);
        }
    }
    groups
}
