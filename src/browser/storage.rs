//! Web storage, through gloo-storage. Only this module touches storage.
//!
//! By default a check lives in sessionStorage: it survives a reload and ends
//! with the tab. A person may opt in to localStorage ("keep my answers on this
//! device"); the choice itself is stored there too, so it is remembered only
//! while answers are kept. Every key starts with `clear-signs`, which is also
//! what the quick exit (static/exit.js) wipes.

use crate::domain::stored::{KEEP_KEY, KEY_PREFIX, STORAGE_KEY};
use gloo_storage::{LocalStorage, SessionStorage, Storage};

fn session() -> web_sys::Storage {
    SessionStorage::raw()
}

fn local() -> web_sys::Storage {
    LocalStorage::raw()
}

/// Whether the person chose to keep answers on this device.
pub fn kept() -> bool {
    local().get_item(KEEP_KEY).ok().flatten().is_some()
}

/// The raw stored check, if any. Parsing is the domain's job.
pub fn load() -> Option<String> {
    let storage = if kept() { local() } else { session() };
    storage.get_item(STORAGE_KEY).ok().flatten()
}

pub fn save(value: &str) {
    let storage = if kept() { local() } else { session() };
    if storage.set_item(STORAGE_KEY, value).is_err() {
        // Private modes and full quotas refuse writes: answers stay in memory.
        super::console::warn("could not save answers; they stay in memory only");
    }
}

/// Turn keeping on or off. Turning it off removes everything from localStorage.
pub fn set_kept(keep: bool) {
    if keep {
        if local().set_item(KEEP_KEY, "yes").is_err() {
            super::console::warn("this browser does not allow keeping answers on the device");
        }
        let _ = session().remove_item(STORAGE_KEY);
    } else {
        remove_all(&local());
    }
}

/// Remove everything the app stored, in both storages.
pub fn wipe() {
    remove_all(&session());
    remove_all(&local());
}

fn remove_all(storage: &web_sys::Storage) {
    let len = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect();
    for key in keys.iter().filter(|k| k.starts_with(KEY_PREFIX)) {
        let _ = storage.remove_item(key);
    }
}
