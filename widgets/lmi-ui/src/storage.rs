//! Remembering progress in `localStorage`: only when the host sets `remember`, under one key per widget and
//! bundle, and never fatal: blocked or full storage simply means nothing is remembered.

/// One stored value. Nothing leaves the browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Memory {
    key: String,
}

impl Memory {
    pub fn new(widget: &str, bundle: &str) -> Memory {
        Memory { key: format!("lmi-kit:{widget}:{bundle}") }
    }

    fn storage() -> Option<web_sys::Storage> {
        // Throws (Err) when the browser blocks storage for this page; `None` when there is none.
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn load(&self) -> Option<String> {
        Self::storage()?.get_item(&self.key).ok().flatten()
    }

    /// `false` when the value could not be kept (blocked, full, private mode). A value that cannot be kept
    /// also drops the one kept before, so a later visit never resumes from an older point than the learner
    /// reached: with full storage, the widget works as if `remember` were off.
    pub fn save(&self, value: &str) -> bool {
        let Some(storage) = Self::storage() else { return false };
        if storage.set_item(&self.key, value).is_ok() {
            return true;
        }
        let _ = storage.remove_item(&self.key);
        false
    }

    pub fn clear(&self) {
        if let Some(s) = Self::storage() {
            let _ = s.remove_item(&self.key);
        }
    }
}
