//! Cleaning ESCO's labels and descriptions: the files carry tabs, non-breaking spaces, doubled spaces,
//! duplicates and the preferred label repeated among the alternative labels.

/// One label on one line: tabs and non-breaking spaces become spaces, runs of spaces collapse, ends trimmed.
/// (Unicode white space, which `split_whitespace` splits on, includes the non-breaking spaces.)
pub fn clean_label(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// ESCO's `altLabels` cell (one label a line) as a sorted list without empties, duplicates or `preferred`.
pub fn alt_titles(raw: &str, preferred: &str) -> Vec<String> {
    let mut titles: Vec<String> = raw.lines().map(clean_label).filter(|t| !t.is_empty() && t != preferred).collect();
    titles.sort();
    titles.dedup();
    titles
}

/// A description with each line cleaned like a label and empty lines dropped; `None` when nothing is left.
pub fn clean_description(raw: &str) -> Option<String> {
    let lines: Vec<String> = raw.lines().map(clean_label).filter(|l| !l.is_empty()).collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_lose_tabs_nbsp_and_doubled_spaces() {
        assert_eq!(clean_label("  wiredrawing  machine\toperator\u{a0} "), "wiredrawing machine operator");
        assert_eq!(clean_label("\u{a0}"), "");
    }

    #[test]
    fn alt_titles_are_split_cleaned_deduplicated_and_sorted() {
        let raw =
            "technical manager\nhead of technical\r\n\ttechnical director\n\nhead of  technical\nboss\u{a0}of stage";
        assert_eq!(alt_titles(raw, "technical director"), ["boss of stage", "head of technical", "technical manager"]);
        assert!(alt_titles("", "x").is_empty());
    }

    #[test]
    fn descriptions_keep_paragraphs_but_not_blank_lines() {
        assert_eq!(
            clean_description(" First\u{a0} line.\n\n\tSecond  line. ").as_deref(),
            Some("First line.\nSecond line.")
        );
        assert_eq!(clean_description(" \n\t"), None);
    }
}
