//! One-typo tolerance: Damerau–Levenshtein distance at most 1.

/// Whether `query` is at most one typo (a wrong, missing, extra or swapped letter) away from `word` or from
/// one of its prefixes, so that a word still being typed can match. Only prefixes one letter shorter, as
/// long, or one letter longer than the query can be one typo away, so only those are tried.
pub(super) fn within_one_typo<T: PartialEq>(query: &[T], word: &[T]) -> bool {
    if !first_letters_can_match(query, word) {
        return false;
    }
    let len = query.len();
    let same_length = word.get(..len).is_some_and(|prefix| one_substitution_or_swap(query, prefix));
    let letter_missing = word.get(..len + 1).is_some_and(|prefix| one_deletion(prefix, query));
    let letter_extra = len > 0 && word.get(..len - 1).is_some_and(|prefix| one_deletion(query, prefix));
    same_length || letter_missing || letter_extra
}

/// A quick test that rules out most words: whatever the typo, the query's first or second letter is the
/// word's first or second letter (in place, or swapped).
fn first_letters_can_match<T: PartialEq>(query: &[T], word: &[T]) -> bool {
    match (query, word) {
        ([q0, q1, ..], [w0, w1, ..]) => q0 == w0 || q1 == w1 || q0 == w1 || q1 == w0,
        _ => true,
    }
}

/// `a` and `b` have the same length and differ in at most one letter or one swap of neighbours.
fn one_substitution_or_swap<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let Some(i) = first_difference(a, b) else { return true };
    let substituted = a[i + 1..] == b[i + 1..];
    let swapped = i + 1 < a.len() && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..];
    substituted || swapped
}

/// `short` is `long` with one letter taken out.
fn one_deletion<T: PartialEq>(long: &[T], short: &[T]) -> bool {
    let i = first_difference(short, &long[..short.len()]).unwrap_or(short.len());
    long[i + 1..] == short[i..]
}

fn first_difference<T: PartialEq>(a: &[T], b: &[T]) -> Option<usize> {
    a.iter().zip(b).position(|(x, y)| x != y)
}

#[cfg(test)]
mod tests {
    use super::within_one_typo;

    #[test]
    fn one_typo_of_a_word_or_its_prefix() {
        let cases = [
            ("electrician", "electrician", true),
            ("electrcian", "electrician", true),   // letter missing
            ("electriician", "electrician", true), // letter extra
            ("elecrtician", "electrician", true),  // swapped
            ("electrixian", "electrician", true),  // wrong letter
            ("plumer", "plumber", true),
            ("elecrt", "electrician", true),     // prefix of the same length, swapped
            ("elecric", "electrician", true),    // prefix one letter longer
            ("elektrc", "electrician", false),   // two typos
            ("electricians", "electric", false), // the word is too short for the query
            ("nures", "nurse", true),
            ("nusre", "nurse", true),
            ("snure", "nurse", false),
            ("lumber", "plumber", true),   // first letter missing
            ("pplumber", "plumber", true), // first letter doubled
            ("lpumber", "plumber", true),
            ("xlumber", "plumber", true),
            ("xxumber", "plumber", false),
        ];
        for (query, word, expected) in cases {
            let (q, w): (Vec<char>, Vec<char>) = (query.chars().collect(), word.chars().collect());
            assert_eq!(within_one_typo(&q, &w), expected, "{query} ~ {word}");
        }
    }
}
