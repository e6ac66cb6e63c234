//! For each word, the texts it appears in.

use std::ops::Range;

use super::text::Texts;

/// Text ids grouped by word id, words in vocabulary order. Because the vocabulary is sorted, the texts of
/// every word with a given prefix are one contiguous slice.
#[derive(Clone, Debug)]
pub(super) struct Postings {
    /// Where each word's texts start in `texts`; one more entry than there are words.
    starts: Vec<u32>,
    texts: Vec<u32>,
}

impl Postings {
    /// `words` is the vocabulary's size: every word id of `texts` is below it.
    pub(super) fn new(words: usize, texts: &Texts) -> Postings {
        let mut starts = vec![0u32; words + 1];
        for (_, text) in texts.iter() {
            for &word in text.words {
                starts[word as usize + 1] += 1;
            }
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut ids = vec![0; starts[words] as usize];
        for (id, text) in texts.iter() {
            for &word in text.words {
                ids[next[word as usize] as usize] = id;
                next[word as usize] += 1;
            }
        }
        Postings { starts, texts: ids }
    }

    /// The texts holding any of `words`; a text holding several of them appears once for each.
    pub(super) fn of(&self, words: Range<u32>) -> &[u32] {
        let start = self.starts[words.start as usize] as usize;
        let end = self.starts[words.end as usize] as usize;
        &self.texts[start..end]
    }

    pub(super) fn of_word(&self, word: u32) -> &[u32] {
        self.of(word..word + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::Postings;
    use crate::search::text::{Owner, Texts};
    use crate::search::vocabulary::Numbering;

    #[test]
    fn texts_of_a_word_range() {
        let mut numbering = Numbering::default();
        let mut texts = Texts::default();
        for text in ["b c", "a", "c c a"] {
            texts.push(Owner::Group { group: 0 }, text, &mut numbering);
        }
        let (vocabulary, new_ids) = numbering.finish();
        texts.renumber_words(&new_ids);
        let postings = Postings::new(vocabulary.len(), &texts);
        assert_eq!(postings.of(0..1), [1, 2], "a");
        assert_eq!(postings.of(1..3), [0, 0, 2, 2], "b and c");
        assert_eq!(postings.of_word(1), [0], "b");
        assert!(postings.of(3..3).is_empty());
    }
}
