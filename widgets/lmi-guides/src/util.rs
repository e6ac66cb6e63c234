//! The error type and the English words the guides share.

/// Errors are sentences for the person building the site: `file: what is wrong`.
pub type Result<T = ()> = std::result::Result<T, String>;

/// English month names, for periods such as `2025-05`.
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

/// The repository root, for tests that read the real `content/`.
#[cfg(test)]
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
