//! Narrowing occupations down by their classification and figures.

use crate::{EntryEducation, Occupation, Outlook, Riasec};

/// What the explorer can narrow occupations down by. Every field that is set must hold, and so must the
/// query; all `None` lets every occupation through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// ISCO-08 major group: the first digit of the occupation's code, `'1'`..=`'9'` or `'0'` (armed forces).
    pub major_group: Option<char>,
    pub entry_education: Option<EntryEducation>,
    /// From the occupation's projected change; occupations without one never pass this filter.
    pub outlook: Option<Outlook>,
    /// One of the occupation's Holland interest areas, not only its strongest.
    pub interest: Option<Riasec>,
}

/// The facts about one occupation that [`Filters`] look at, taken out of the bundle once.
#[derive(Clone, Debug)]
pub(super) struct Facets {
    major_group: Option<char>,
    entry_education: Option<EntryEducation>,
    outlook: Option<Outlook>,
    interests: Vec<Riasec>,
}

impl Facets {
    pub(super) fn of(occupation: &Occupation) -> Facets {
        Facets {
            major_group: occupation.isco.chars().next(),
            entry_education: occupation.entry_education,
            outlook: occupation.figures.outlook(),
            interests: occupation.interests.clone(),
        }
    }
}

impl Filters {
    pub(super) fn admit(&self, facets: &Facets) -> bool {
        fn holds<T: PartialEq>(wanted: Option<T>, actual: Option<T>) -> bool {
            wanted.is_none() || wanted == actual
        }
        holds(self.major_group, facets.major_group)
            && holds(self.entry_education, facets.entry_education)
            && holds(self.outlook, facets.outlook)
            && self.interest.is_none_or(|i| facets.interests.contains(&i))
    }
}
