//! The searchable texts of an index, stored end to end: a handful of allocations instead of several per text.

use super::normalize::normalize_into;
use super::vocabulary::{Numbering, to_id};

/// Whose title a text is.
#[derive(Clone, Copy, Debug)]
pub(super) enum Owner {
    Title { occupation: u32 },
    AltTitle { occupation: u32 },
    Group { group: u32 },
}

impl Owner {
    /// Within a rank, a match on the title beats one on an alternative title, which beats a group title.
    pub(super) fn priority(self) -> u8 {
        match self {
            Owner::Title { .. } => 0,
            Owner::AltTitle { .. } => 1,
            Owner::Group { .. } => 2,
        }
    }
}

/// One text, borrowed from [`Texts`].
#[derive(Clone, Copy, Debug)]
pub(super) struct SearchText<'a> {
    pub(super) owner: Owner,
    /// As written in the bundle.
    pub(super) original: &'a str,
    pub(super) normalised: &'a str,
    /// Ids in the index's vocabulary, in the order the words appear.
    pub(super) words: &'a [u32],
    /// Length of `normalised` in characters, for ranking shorter texts first.
    pub(super) chars: u32,
}

#[derive(Clone, Debug, Default)]
pub(super) struct Texts {
    entries: Vec<Entry>,
    originals: String,
    normalised: String,
    words: Vec<u32>,
}

/// Where one text ends in each arena; it starts where the previous one ends.
#[derive(Clone, Copy, Debug)]
struct Entry {
    owner: Owner,
    original_end: u32,
    normalised_end: u32,
    words_end: u32,
    chars: u32,
}

impl Texts {
    /// Adds a text, numbering its words as they come; returns its id.
    pub(super) fn push(&mut self, owner: Owner, original: &str, numbering: &mut Numbering) -> u32 {
        let id = to_id(self.entries.len());
        let start = self.normalised.len();
        self.originals.push_str(original);
        normalize_into(original, &mut self.normalised);
        let normalised = &self.normalised[start..];
        self.words.extend(normalised.split(' ').filter(|w| !w.is_empty()).map(|w| numbering.number(w)));
        self.entries.push(Entry {
            owner,
            original_end: to_id(self.originals.len()),
            normalised_end: to_id(self.normalised.len()),
            words_end: to_id(self.words.len()),
            chars: to_id(normalised.chars().count()),
        });
        id
    }

    /// Replaces every word id `w` by `new_ids[w]`, once the vocabulary is sorted.
    pub(super) fn renumber_words(&mut self, new_ids: &[u32]) {
        for word in &mut self.words {
            *word = new_ids[*word as usize];
        }
    }

    pub(super) fn get(&self, id: u32) -> SearchText<'_> {
        let i = id as usize;
        let entry = self.entries[i];
        let previous = i.checked_sub(1).map(|p| self.entries[p]);
        let starts = previous.map_or((0, 0, 0), |p| (p.original_end, p.normalised_end, p.words_end));
        SearchText {
            owner: entry.owner,
            original: &self.originals[starts.0 as usize..entry.original_end as usize],
            normalised: &self.normalised[starts.1 as usize..entry.normalised_end as usize],
            words: &self.words[starts.2 as usize..entry.words_end as usize],
            chars: entry.chars,
        }
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (u32, SearchText<'_>)> {
        (0..to_id(self.entries.len())).map(|id| (id, self.get(id)))
    }
}
