//! Normalised occupation titles: the CPS table names Census occupations by title only, so it joins to SOC
//! codes by title. Only equal normalised titles match; near matches are usually combined Census groups
//! ("Brickmasons, blockmasons, and stonemasons") and would put a group's share on one occupation.

/// Lowercase words separated by single spaces: `&` reads as `and`, punctuation and dashes vanish.
pub fn normalise_title(title: &str) -> String {
    let spaced: String =
        title.to_lowercase().replace('&', " and ").chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::normalise_title;

    #[test]
    fn case_punctuation_and_ampersands_do_not_matter() {
        assert_eq!(normalise_title("Police and Sheriff's Patrol Officers"), "police and sheriff s patrol officers");
        assert_eq!(normalise_title("Police and sheriff’s patrol officers"), "police and sheriff s patrol officers");
        assert_eq!(normalise_title("Helpers--Extraction Workers"), "helpers extraction workers");
        assert_eq!(normalise_title("  Food Preparation & Serving  Workers "), "food preparation and serving workers");
        assert_eq!(normalise_title("Computer/Network Support"), "computer network support");
    }

    #[test]
    fn word_order_still_matters() {
        // Same words, different occupations: a bag-of-words match would wrongly join these.
        assert_ne!(
            normalise_title("Geoscientists, Except Hydrologists and Geographers"),
            normalise_title("Geoscientists and hydrologists, except geographers")
        );
        assert_ne!(normalise_title("Dentists, General"), normalise_title("Dentists"));
    }
}
