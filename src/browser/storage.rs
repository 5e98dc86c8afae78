//! sessionStorage, through gloo-storage. Only this module touches storage.
//! Everything lives under keys starting with `clear-signs`, which is also what
//! the quick exit (static/exit.js) wipes.

use crate::domain::stored::{KEY_PREFIX, STORAGE_KEY};
use gloo_storage::{LocalStorage, SessionStorage, Storage};

/// The raw stored check, if any. Parsing is the domain's job.
pub fn load() -> Option<String> {
    SessionStorage::raw().get_item(STORAGE_KEY).ok().flatten()
}

pub fn save(value: &str) {
    if SessionStorage::raw().set_item(STORAGE_KEY, value).is_err() {
        // Private modes and full quotas refuse writes: answers stay in memory.
        super::console::warn("could not save answers in sessionStorage; they stay in memory only");
    }
}

/// Remove everything the app stored, in both storages.
pub fn wipe() {
    for storage in [SessionStorage::raw(), LocalStorage::raw()] {
        let len = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..len)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect();
        for key in keys.iter().filter(|k| k.starts_with(KEY_PREFIX)) {
            let _ = storage.remove_item(key);
        }
    }
}
