//! The browser's own settings, read locally: preferred languages and time
//! zone. Used only to suggest a place; nothing is sent or stored.

use super::{app_folder, page};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Give `then` the browser's time zone (e.g. "Asia/Bangkok"; "" if it
/// cannot be read). A page's first `Intl.DateTimeFormat` sets up the
/// browser's time-zone data: about 30 ms on a fast computer, several times
/// that on a cheap phone, and it would hold up the check's start and the
/// quick exit's keys. So a worker (`static/time-zone.js`) reads it off the
/// page's thread. Where no worker starts (a host page's policy, another
/// origin) or it does not answer in time, it is read here after all.
pub fn time_zone_then(then: impl FnOnce(String) + 'static) {
    let then: Once = Rc::new(RefCell::new(Some(Box::new(then))));
    let Ok(worker) = web_sys::Worker::new(&app_folder::file("time-zone.js")) else {
        return page::after(0, move || give(&then, time_zone()));
    };
    let answer = {
        let (then, worker) = (then.clone(), worker.clone());
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            worker.terminate();
            give(&then, event.data().as_string().unwrap_or_default());
        })
    };
    let failed = {
        let (then, worker) = (then.clone(), worker.clone());
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            worker.terminate();
            give(&then, time_zone());
        })
    };
    worker.set_onmessage(Some(answer.as_ref().unchecked_ref()));
    worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
    // Each lives as long as the worker may call it (the page's life at most).
    answer.forget();
    failed.forget();
    page::after(WORKER_WAIT_MS, move || give(&then, time_zone()));
}

/// How long the worker may take before the page reads the time zone itself
/// (its file may be stalled on a slow connection).
const WORKER_WAIT_MS: i32 = 5_000;

type Once = Rc<RefCell<Option<Box<dyn FnOnce(String)>>>>;

/// Only the first answer counts.
fn give(then: &Once, zone: String) {
    let once = then.borrow_mut().take();
    if let Some(then) = once {
        then(zone);
    }
}

/// The time zone, read on the page's own thread.
fn time_zone() -> String {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A date (`YYYY-MM-DD`) the way the person's language writes it, e.g.
/// "25 November 2026", "2026年11月25日", "25 نوفمبر 2026". The browser's own
/// Intl does it, so no month names need translating; a bad date stays as is.
pub fn long_date(iso: &str, lang: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    // The stored date is a calendar day: read and write it in UTC so no time
    // zone moves it to the day before.
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    let locales = js_sys::Array::of1(&JsValue::from_str(lang));
    js_sys::Intl::DateTimeFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| iso.to_string())
}
