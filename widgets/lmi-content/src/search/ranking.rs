//! The search itself: matching the texts that can match, keeping each occupation's best, ranking the best.

use super::filters::Filters;
use super::hit::{Hit, MatchRank, Matched};
use super::index::SearchIndex;
use super::query::{PreparedQuery, QueryWord};
use super::text::{Owner, SearchText};

/// Which pass of a search: typos are only looked for when the first found too few occupations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pass {
    Strict,
    Fuzzy,
}

/// How one text matched, compared to keep an occupation's best match and to rank occupations; plain data, so
/// a search allocates nothing per match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Match {
    tier: u8,
    rank: MatchRank,
    chars: u32,
    /// Last, so that ties between texts are settled the same way whatever order they were met in.
    text: u32,
}

/// The best match of each occupation so far, during one search.
struct BestMatches {
    by_occupation: Vec<Option<Match>>,
    found: usize,
}

impl BestMatches {
    fn offer(&mut self, occupation: u32, offered: Match) {
        let best = &mut self.by_occupation[occupation as usize];
        match best {
            None => {
                *best = Some(offered);
                self.found += 1;
            }
            Some(current) if offered < *current => *current = offered,
            Some(_) => {}
        }
    }

    fn has_strict(&self, occupation: u32) -> bool {
        self.by_occupation[occupation as usize].is_some_and(|m| m.rank < MatchRank::Fuzzy)
    }
}

impl SearchIndex {
    /// The occupations that match `query` and pass `filters`, best first, at most `limit`, each once with its
    /// best match. Typos are only looked for when the other ranks found fewer than `limit` occupations. An
    /// empty query lists every occupation passing the filters, alphabetically.
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> Vec<Hit> {
        let mut query = PreparedQuery::new(query, &self.vocabulary);
        if query.is_empty() {
            return self.browse(filters, limit);
        }
        let mut best = BestMatches { by_occupation: vec![None; self.occupations.len()], found: 0 };
        self.run(Pass::Strict, &query, filters, &mut best);
        if best.found < limit && query.add_typos(&self.vocabulary) {
            self.run(Pass::Fuzzy, &query, filters, &mut best);
        }

        let mut found: Vec<(u32, Match)> =
            (0..).zip(best.by_occupation).filter_map(|(occupation, m)| Some((occupation, m?))).collect();
        // By tier (see `tier`), then rank, then the shorter matched text, the shorter title, alphabetically.
        let key = |&(occupation, m): &(u32, Match)| {
            let occupation = &self.occupations[occupation as usize];
            (m.tier, m.rank, m.chars, self.texts.get(occupation.title).chars, occupation.alphabetical)
        };
        if found.len() > limit {
            found.select_nth_unstable_by_key(limit, key);
            found.truncate(limit);
        }
        found.sort_unstable_by_key(key);
        found.into_iter().map(|(occupation, m)| self.hit(occupation, m)).collect()
    }

    fn browse(&self, filters: &Filters, limit: usize) -> Vec<Hit> {
        let mut admitted: Vec<(u32, usize)> = (self.occupations.iter().enumerate())
            .filter(|(_, o)| filters.admit(&o.facets))
            .map(|(i, o)| (o.alphabetical, i))
            .collect();
        admitted.sort_unstable();
        let listed = admitted.into_iter().take(limit);
        listed.map(|(_, occupation)| Hit { occupation, rank: MatchRank::Browse, matched: Matched::Title }).collect()
    }

    /// Offers every admitted occupation's matching texts to `best`. Only the texts holding a word that
    /// one query word can match are looked at: the query word with the fewest such texts.
    fn run(&self, pass: Pass, query: &PreparedQuery, filters: &Filters, best: &mut BestMatches) {
        let Some(rarest) = query.words.iter().min_by_key(|word| self.candidate_count(word, pass)) else { return };
        let prefixed = self.postings.of(rarest.prefixed.clone()).iter();
        let one_typo = rarest.one_typo.iter().flat_map(|&word| self.postings.of_word(word));
        for &text_id in prefixed.chain(one_typo) {
            let text = self.texts.get(text_id);
            match text.owner {
                Owner::Title { occupation } | Owner::AltTitle { occupation, .. } => {
                    let facets = &self.occupations[occupation as usize].facets;
                    if !filters.admit(facets) || (pass == Pass::Fuzzy && best.has_strict(occupation)) {
                        continue;
                    }
                    if let Some(m) = rank(pass, query, text, text_id) {
                        best.offer(occupation, m);
                    }
                }
                // Ranked once for all its occupations.
                Owner::Group { group } => {
                    let Some(m) = rank(pass, query, text, text_id) else { continue };
                    for &occupation in &self.groups[group as usize].members {
                        if filters.admit(&self.occupations[occupation as usize].facets) {
                            best.offer(occupation, m);
                        }
                    }
                }
            }
        }
    }

    fn candidate_count(&self, word: &QueryWord, pass: Pass) -> usize {
        let prefixed = self.postings.of(word.prefixed.clone()).len();
        match pass {
            Pass::Strict => prefixed,
            Pass::Fuzzy => prefixed + word.one_typo.iter().map(|&w| self.postings.of_word(w).len()).sum::<usize>(),
        }
    }

    fn hit(&self, occupation: u32, m: Match) -> Hit {
        let text = self.texts.get(m.text);
        let matched = match text.owner {
            Owner::Title { .. } => Matched::Title,
            Owner::AltTitle { .. } => Matched::AltTitle(text.original.to_owned()),
            Owner::Group { group } => Matched::IscoGroup(self.groups[group as usize].code.clone()),
        };
        Hit { occupation: occupation as usize, rank: m.rank, matched }
    }
}

fn rank(pass: Pass, query: &PreparedQuery, text: SearchText, text_id: u32) -> Option<Match> {
    let rank = match pass {
        Pass::Strict => query.strict_rank(text),
        Pass::Fuzzy => query.fuzzy_rank(text),
    }?;
    Some(Match { tier: tier(rank, text.owner.priority()), rank, chars: text.chars, text: text_id })
}

/// What a reader looks for first: the preferred title matched as typed (whole, or whole words of it), then an
/// alternative title matched so, then titles and alternative titles that only begin with what was typed, then
/// group titles, then typos. `priority` is the text's owner: 0 title, 1 alternative title, 2 group title.
fn tier(rank: MatchRank, priority: u8) -> u8 {
    match (rank, priority) {
        (MatchRank::Exact | MatchRank::Whole, 0) => 0,
        (MatchRank::Exact | MatchRank::Whole, 1) => 1,
        (MatchRank::Prefix | MatchRank::Word, 0) => 2,
        (MatchRank::Prefix | MatchRank::Word, 1) => 3,
        (MatchRank::Fuzzy, 0) => 5,
        (MatchRank::Fuzzy, 1) => 6,
        (MatchRank::Fuzzy, _) => 7,
        (MatchRank::Browse, _) => 8,
        (_, _) => 4,
    }
}
