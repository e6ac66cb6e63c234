//! A query made ready once per search, and how well it matches one text.

use std::ops::Range;

use super::MatchRank;
use super::normalize::normalize;
use super::text::SearchText;
use super::vocabulary::Vocabulary;

/// Query words shorter than this get no typo tolerance: one typo away from "cok" is too many words.
const MIN_CHARS_FOR_TYPO: usize = 4;

pub(super) struct PreparedQuery {
    normalised: String,
    /// One per word of `normalised`, in order.
    pub(super) words: Vec<QueryWord>,
}

/// The vocabulary words one query word matches, worked out once per search.
pub(super) struct QueryWord {
    /// The id of the query word itself, when some text holds it whole.
    pub(super) exact: Option<u32>,
    /// Ids of the words that start with the query word.
    pub(super) prefixed: Range<u32>,
    /// Ids, ascending, of the words one typo away; empty until typos are looked for.
    pub(super) one_typo: Vec<u32>,
}

impl QueryWord {
    fn strictly(&self, word: &u32) -> bool {
        self.prefixed.contains(word)
    }

    fn with_typo(&self, word: &u32) -> bool {
        self.strictly(word) || self.one_typo.binary_search(word).is_ok()
    }
}

impl PreparedQuery {
    pub(super) fn new(query: &str, vocabulary: &Vocabulary) -> PreparedQuery {
        let normalised = normalize(query);
        let words = normalised
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| QueryWord { exact: vocabulary.exact(w), prefixed: vocabulary.prefixed(w), one_typo: Vec::new() })
            .collect();
        PreparedQuery { normalised, words }
    }

    /// Nothing to search for: the query was empty, blank or only punctuation.
    pub(super) fn is_empty(&self) -> bool {
        self.normalised.is_empty()
    }

    /// Looks up the vocabulary words each long enough query word is one typo away from. False when no query
    /// word is long enough, so that a fuzzy pass could find nothing new.
    pub(super) fn add_typos(&mut self, vocabulary: &Vocabulary) -> bool {
        let mut any = false;
        for (word, matches) in self.normalised.split(' ').zip(&mut self.words) {
            if word.chars().count() >= MIN_CHARS_FOR_TYPO {
                matches.one_typo = vocabulary.one_typo_from(word);
                any = true;
            }
        }
        any
    }

    /// [`MatchRank::Exact`], [`MatchRank::Whole`], [`MatchRank::Prefix`] or [`MatchRank::Word`]: the ranks that
    /// need no typo.
    pub(super) fn strict_rank(&self, text: SearchText) -> Option<MatchRank> {
        if text.normalised == self.normalised {
            Some(MatchRank::Exact)
        } else if self.words.iter().all(|q| q.exact.is_some_and(|id| text.words.contains(&id))) {
            Some(MatchRank::Whole)
        } else if text.normalised.starts_with(&self.normalised) {
            Some(MatchRank::Prefix)
        } else if self.words.iter().all(|q| text.words.iter().any(|w| q.strictly(w))) {
            Some(MatchRank::Word)
        } else {
            None
        }
    }

    /// [`MatchRank::Fuzzy`] when every query word starts a word of the text or is one typo away from one.
    pub(super) fn fuzzy_rank(&self, text: SearchText) -> Option<MatchRank> {
        let matches = self.words.iter().all(|q| text.words.iter().any(|w| q.with_typo(w)));
        matches.then_some(MatchRank::Fuzzy)
    }
}
