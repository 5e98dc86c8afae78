//! Where the app's own files are: beside index.html on the standalone page,
//! the script's folder in a widget (static/embed.js passes it).

use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// A URL prefix: "" on the standalone page, the widget's folder otherwise.
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    /// The time-zone worker's address as static/embed.js made it, if it did.
    static TIME_ZONE_WORKER: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// For a widget on another page: the folder its files come from.
pub fn set(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_string());
}

/// The address of one of the app's files, e.g. `lang/fr.txt`.
pub fn file(name: &str) -> String {
    BASE.with(|b| format!("{}{name}", b.borrow()))
}

/// For a widget: the time-zone worker's address, made by static/embed.js's
/// Trusted Types policy. A host page that enforces Trusted Types refuses
/// `new Worker` with a plain string; none (null or undefined) keeps it.
pub fn set_time_zone_worker(url: JsValue) {
    if !url.is_null_or_undefined() {
        TIME_ZONE_WORKER.with(|w| *w.borrow_mut() = Some(url));
    }
}

/// Where to start the time-zone worker from: the address embed.js made, else
/// `time-zone.js` in the app's folder, as a string.
pub fn time_zone_worker() -> JsValue {
    TIME_ZONE_WORKER
        .with(|w| w.borrow().clone())
        .unwrap_or_else(|| JsValue::from_str(&file("time-zone.js")))
}
