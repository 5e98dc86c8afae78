//! Web storage, through gloo-storage. Only this module touches storage.
//!
//! By default nothing is stored: a check lives in memory and ends with the
//! page (a reload starts again), so nothing is left on the device for anyone
//! to find, not even in the browser's session files. A person may opt in to
//! localStorage ("keep my answers on this device"); the choice itself is
//! stored there too, so it is remembered only while answers are kept. Every
//! key starts with `clear-signs` (`KEY_PREFIX`), which is also what the quick
//! exit wipes (exit.js and embed.js: the build writes this prefix into them);
//! sessionStorage is only ever wiped (an older version kept the check there).
//!
//! Storage can be missing or throw (blocked cookies, some embeds): then every
//! function here does nothing and the answers stay in memory only.
//!
//! Once the quick exit has started (exit.js marks `<html>` with `cs-exiting`
//! before it wipes), nothing is written again: an effect that runs after the
//! wipe cannot bring the answers back.

use crate::domain::stored::{KEEP_KEY, KEY_PREFIX, STORAGE_KEY};
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// gloo's `raw()` panics when the storage is unavailable: ask first.
fn usable(local: bool) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let storage = if local {
        window.local_storage()
    } else {
        window.session_storage()
    };
    matches!(storage, Ok(Some(_)))
}

fn session() -> Option<web_sys::Storage> {
    usable(false).then(SessionStorage::raw)
}

fn local() -> Option<web_sys::Storage> {
    usable(true).then(LocalStorage::raw)
}

/// Whether the person chose to keep answers on this device.
pub fn kept() -> bool {
    local()
        .and_then(|s| s.get_item(KEEP_KEY).ok().flatten())
        .is_some()
}

/// The raw kept check, if the person chose to keep one. Parsing is the
/// domain's job.
pub fn load() -> Option<String> {
    if !kept() {
        return None;
    }
    local()?.get_item(STORAGE_KEY).ok().flatten()
}

/// The quick exit has started: write nothing more.
fn exiting() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.matches(".cs-exiting").unwrap_or(false))
}

/// Keep the check on this device (only ever called when the person chose to).
pub fn save(value: &str) {
    if exiting() {
        return;
    }
    if local()
        .and_then(|s| s.set_item(STORAGE_KEY, value).ok())
        .is_none()
    {
        // Private modes and full quotas refuse writes: answers stay in memory.
        super::console::warn("could not keep answers; they stay in memory only");
    }
}

/// Turn keeping on or off. Turning it off removes everything from localStorage.
pub fn set_kept(keep: bool) {
    if keep && !exiting() {
        if local()
            .and_then(|s| s.set_item(KEEP_KEY, "yes").ok())
            .is_none()
        {
            super::console::warn("this browser does not allow keeping answers on the device");
        }
    } else if let Some(s) = local() {
        remove_all(&s);
    }
}

/// Remove what an older version kept in the tab (sessionStorage); a kept
/// check and the choice to keep stay.
pub fn wipe_tab() {
    if let Some(s) = session() {
        remove_all(&s);
    }
}

/// Remove everything the app stored, in both storages.
pub fn wipe() {
    for storage in [session(), local()].into_iter().flatten() {
        remove_all(&storage);
    }
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

/// Call `f` when another tab removes the kept answers (its quick exit or
/// "Delete my answers"), so this tab forgets them too.
pub fn on_removed_elsewhere(f: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            let ours = event
                .key()
                .is_none_or(|k| k == KEEP_KEY || k == STORAGE_KEY);
            if ours && event.new_value().is_none() {
                f();
            }
        });
    let _ = window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    handler.forget(); // lives as long as the page
}
