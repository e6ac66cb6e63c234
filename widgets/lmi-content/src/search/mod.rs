//! Occupation search for the occupation explorer: a typed query → occupations ranked by how well it matches.
//!
//! [`SearchIndex::new`] normalises every title of a bundle once, in one language; [`SearchIndex::search`]
//! then ranks occupations by their preferred title, alternative titles and ISCO group titles, within
//! [`Filters`]. Pure Rust with no Unicode tables, so it costs the widget's wasm little.

mod filters;
mod hit;
mod index;
mod normalize;
mod postings;
mod query;
mod ranking;
#[cfg(test)]
mod tests;
mod text;
mod typo;
mod vocabulary;

pub use filters::Filters;
pub use hit::{Hit, MatchRank, Matched};
pub use index::SearchIndex;
