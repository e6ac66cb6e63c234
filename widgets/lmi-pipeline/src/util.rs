//! What every part of the pipeline shares: its error type and the words it writes into English texts.

/// Errors are sentences for the person running the pipeline: `file: what is wrong`.
pub type Result<T = ()> = std::result::Result<T, String>;

/// English month names, for the texts the generators write (bundle periods such as `2025-05`).
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The repository root, for tests that read the real `content/` and the data beside the checkout.
#[cfg(test)]
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A region code written in the generator's own code (a literal, so a bad one is a bug here, not in the data).
pub fn region(code: &str) -> lmi_content::Region {
    lmi_content::Region::parse(code).unwrap_or_else(|e| panic!("generator code: {e}"))
}

/// A currency code written in the generator's own code.
pub fn currency(code: &str) -> lmi_content::Currency {
    lmi_content::Currency::parse(code).unwrap_or_else(|e| panic!("generator code: {e}"))
}
