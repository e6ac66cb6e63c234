//! Where the explorer is: the results, one occupation, or the comparison. Plain data, written to and read
//! from the host page's address so that back/forward work and a state can be shared as a link.

/// The query parameter holding the open occupation (its short id).
pub const OCCUPATION_PARAM: &str = "lmi-occupation";
/// The query parameter holding the compared occupations, comma-separated short ids.
pub const COMPARE_PARAM: &str = "lmi-compare";
/// At most this many occupations side by side: more columns do not fit a phone or a reader's memory.
pub const MAX_COMPARED: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The search box, filters and results.
    Results,
    /// One occupation's card, by its short id.
    Occupation(String),
    /// The comparison table of these short ids, in the order they were added.
    Compare(Vec<String>),
}

impl Route {
    /// The route a page address describes, from the values of its two parameters (occupation wins).
    pub fn from_params(occupation: Option<&str>, compare: Option<&str>) -> Route {
        if let Some(id) = occupation.map(str::trim).filter(|id| !id.is_empty()) {
            return Route::Occupation(id.to_owned());
        }
        let ids: Vec<String> = compare
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .take(MAX_COMPARED)
            .map(str::to_owned)
            .collect();
        if ids.is_empty() { Route::Results } else { Route::Compare(ids) }
    }

    /// The values of the two parameters for this route: `None` removes a parameter from the address.
    pub fn to_params(&self) -> (Option<String>, Option<String>) {
        match self {
            Route::Results => (None, None),
            Route::Occupation(id) => (Some(id.clone()), None),
            // An emptied comparison (its last column removed) leaves no `lmi-compare=` behind in the address.
            Route::Compare(ids) => (None, (!ids.is_empty()).then(|| ids.join(","))),
        }
    }
}

/// The short form of an occupation id used in addresses and the `occupation` attribute: the last segment of
/// an ESCO URI (`…/occupation/0044c991-…` → `0044c991-…`), or the id itself when it has no `/`.
pub fn short_id(id: &str) -> &str {
    id.trim_end_matches('/').rsplit('/').next().unwrap_or(id)
}

/// Adds `id` to the compared occupations, or removes it if it is there. Returns false (and changes nothing)
/// when adding would go over [`MAX_COMPARED`].
pub fn toggle_compared(compared: &mut Vec<String>, id: &str) -> bool {
    if let Some(at) = compared.iter().position(|c| c == id) {
        compared.remove(at);
        true
    } else if compared.len() < MAX_COMPARED {
        compared.push(id.to_owned());
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip_through_the_address() {
        let routes = [
            Route::Results,
            Route::Occupation("0044c991".into()),
            Route::Compare(vec!["a".into()]),
            Route::Compare(vec!["a".into(), "b".into(), "c".into()]),
        ];
        for route in routes {
            let (occupation, compare) = route.to_params();
            assert_eq!(Route::from_params(occupation.as_deref(), compare.as_deref()), route);
        }
    }

    #[test]
    fn addresses_typed_or_edited_by_people_still_make_sense() {
        let cases: &[(Option<&str>, Option<&str>, Route)] = &[
            (None, None, Route::Results),
            (Some(""), Some(""), Route::Results),
            (Some("  "), None, Route::Results),
            (Some("x"), Some("a,b"), Route::Occupation("x".into())),
            (None, Some("a,,b, "), Route::Compare(vec!["a".into(), "b".into()])),
            (None, Some("a,b,c,d"), Route::Compare(vec!["a".into(), "b".into(), "c".into()])),
        ];
        for (occupation, compare, expected) in cases {
            assert_eq!(&Route::from_params(*occupation, *compare), expected, "{occupation:?} {compare:?}");
        }
    }

    #[test]
    fn an_emptied_comparison_leaves_no_parameter() {
        assert_eq!(Route::Compare(Vec::new()).to_params(), (None, None));
    }

    #[test]
    fn short_ids_are_the_last_segment_of_a_uri() {
        assert_eq!(short_id("http://data.europa.eu/esco/occupation/0044c991-c26f"), "0044c991-c26f");
        assert_eq!(short_id("http://data.europa.eu/esco/occupation/0044c991-c26f/"), "0044c991-c26f");
        assert_eq!(short_id("electrician"), "electrician");
    }

    #[test]
    fn at_most_three_are_compared_and_a_second_toggle_removes() {
        let mut compared = Vec::new();
        for id in ["a", "b", "c"] {
            assert!(toggle_compared(&mut compared, id));
        }
        assert!(!toggle_compared(&mut compared, "d"), "a fourth is refused");
        assert_eq!(compared, ["a", "b", "c"]);
        assert!(toggle_compared(&mut compared, "b"));
        assert_eq!(compared, ["a", "c"]);
        assert!(toggle_compared(&mut compared, "d"));
        assert_eq!(compared, ["a", "c", "d"]);
    }
}
