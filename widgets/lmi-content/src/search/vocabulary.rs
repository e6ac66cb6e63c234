//! Every distinct word of an index, sorted, so that the words starting with a query word are one range of ids.

use std::collections::HashMap;
use std::ops::Range;

use super::typo::within_one_typo;

/// The index's words in byte order; a word's id is its position. Matching a query word against the
/// vocabulary once, instead of against every title, is what keeps a search fast.
#[derive(Clone, Debug)]
pub(super) struct Vocabulary {
    words: Vec<Box<str>>,
    /// Whether each word is ASCII, known once rather than checked on every typo search.
    ascii: Vec<bool>,
}

/// Numbers words as they come while texts are added (hashing each occurrence is cheaper than sorting them
/// all); [`Numbering::finish`] then sorts the distinct words once.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    ids: HashMap<Box<str>, u32>,
}

impl Numbering {
    pub(super) fn number(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = to_id(self.ids.len());
        self.ids.insert(word.into(), id);
        id
    }

    /// The sorted vocabulary, and for each arrival number the word's id in it.
    pub(super) fn finish(self) -> (Vocabulary, Vec<u32>) {
        let mut words: Vec<(Box<str>, u32)> = self.ids.into_iter().collect();
        words.sort_unstable();
        let mut new_ids = vec![0; words.len()];
        for (id, (_, arrival)) in (0..).zip(&words) {
            new_ids[*arrival as usize] = id;
        }
        let words: Vec<Box<str>> = words.into_iter().map(|(word, _)| word).collect();
        let ascii = words.iter().map(|w| w.is_ascii()).collect();
        (Vocabulary { words, ascii }, new_ids)
    }
}

impl Vocabulary {
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    /// The id of `query_word` itself, if the vocabulary holds it (the first of the words it prefixes).
    pub(super) fn exact(&self, query_word: &str) -> Option<u32> {
        let start = self.words.partition_point(|w| **w < *query_word);
        (self.words.get(start).is_some_and(|w| **w == *query_word)).then(|| to_id(start))
    }

    /// The ids of the words that start with `query_word`.
    pub(super) fn prefixed(&self, query_word: &str) -> Range<u32> {
        let start = self.words.partition_point(|w| **w < *query_word);
        let len = self.words[start..].partition_point(|w| w.starts_with(query_word));
        to_id(start)..to_id(start + len)
    }

    /// The ids, ascending, of the words `query_word` is one typo away from, or from a prefix of.
    pub(super) fn one_typo_from(&self, query_word: &str) -> Vec<u32> {
        let query_chars: Vec<char> = query_word.chars().collect();
        let query_ascii = query_word.is_ascii();
        let mut word_chars = Vec::new();
        let mut found = Vec::new();
        for ((id, word), &word_ascii) in (0..).zip(&self.words).zip(&self.ascii) {
            // Most words are ASCII once folded: compare their bytes and skip decoding.
            let near = if query_ascii && word_ascii {
                within_one_typo(query_word.as_bytes(), word.as_bytes())
            } else {
                word_chars.clear();
                word_chars.extend(word.chars());
                within_one_typo(&query_chars, &word_chars)
            };
            if near {
                found.push(id);
            }
        }
        found
    }
}

/// Ids fit in `u32`: a bundle has thousands of words and texts, not billions.
pub(super) fn to_id(position: usize) -> u32 {
    u32::try_from(position).unwrap_or(u32::MAX)
}
