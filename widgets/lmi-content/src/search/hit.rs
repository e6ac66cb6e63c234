//! What a search returns.

/// How well a query matched, best first: the order results are ranked in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchRank {
    /// The whole text is the query.
    Exact,
    /// Every word of the query is a whole word of the text ("verpleegkundige" in "algemeen verpleegkundige").
    Whole,
    /// The text starts with the query.
    Prefix,
    /// Every word of the query starts a word of the text.
    Word,
    /// As [`MatchRank::Word`], but with one typo allowed in each query word of four letters or more.
    Fuzzy,
    /// No query: the occupation is listed because it passes the filters.
    Browse,
}

/// Which text of an occupation the query matched.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Matched {
    /// The preferred title.
    Title,
    /// An alternative title, as written in the bundle.
    AltTitle(String),
    /// The title of an ISCO group the occupation belongs to; holds the group's code.
    IscoGroup(String),
}

/// One occupation found by [`crate::SearchIndex::search`], with its best match.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Hit {
    /// Index in the bundle's `occupations`.
    pub occupation: usize,
    pub rank: MatchRank,
    pub matched: Matched,
}
