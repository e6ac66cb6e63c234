//! The error type, and the repository root for tests.

/// Errors are sentences for the person building the site: `file: what is wrong`.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The repository root, for tests that read the real `content/`.
#[cfg(test)]
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
