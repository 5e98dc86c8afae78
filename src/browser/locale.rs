//! The browser's own settings, read locally: preferred languages and time
//! zone. Used only to suggest a place; nothing is sent or stored.

use super::{app_folder, page, wait};
use std::cell::RefCell;
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

/// The time zone: asked for once, as early as the app starts, and kept.
enum Zone {
    Unasked,
    Waiting(Vec<ZoneUser>),
    Known(String),
}

type ZoneUser = Box<dyn FnOnce(&str)>;

thread_local! {
    static ZONE: RefCell<Zone> = const { RefCell::new(Zone::Unasked) };
}

/// Start reading the browser's time zone (e.g. "Asia/Bangkok"; "" if it
/// cannot be read). A page's first `Intl.DateTimeFormat` sets up the
/// browser's time-zone data: about 30 ms on a fast computer, several times
/// that on a cheap phone, and it would hold up the check's start and the
/// quick exit's keys. So a worker (`static/time-zone.js`) reads it off the
/// page's thread while the app starts. Where no worker starts (a host page's
/// policy, another origin) or it does not answer in time, it is read here.
pub fn ask_time_zone() {
    let unasked = ZONE.with(|z| matches!(*z.borrow(), Zone::Unasked));
    if !unasked {
        return;
    }
    ZONE.with(|z| *z.borrow_mut() = Zone::Waiting(Vec::new()));
    let Ok(worker) = new_worker(&app_folder::time_zone_worker()) else {
        return page::after(0, || known(time_zone()));
    };
    let answer = {
        let worker = worker.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            worker.terminate();
            known(event.data().as_string().unwrap_or_default());
        })
    };
    let failed = {
        let worker = worker.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            worker.terminate();
            known(time_zone());
        })
    };
    worker.set_onmessage(Some(answer.as_ref().unchecked_ref()));
    worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
    // Each lives as long as the worker may call it (the page's life at most).
    answer.forget();
    failed.forget();
    page::after(WORKER_WAIT_MS, || {
        if waiting() {
            known(time_zone());
        }
    });
}

#[wasm_bindgen]
extern "C" {
    /// A `Worker`, made with an address that may be a TrustedScriptURL.
    #[wasm_bindgen(js_name = Worker)]
    type AnyUrlWorker;
    #[wasm_bindgen(catch, constructor, js_class = "Worker")]
    fn new(url: &JsValue) -> Result<AnyUrlWorker, JsValue>;
}

/// `new Worker(url)`, the address a string or (in a widget on a page that
/// enforces Trusted Types) the TrustedScriptURL static/embed.js made:
/// web_sys's `Worker::new` takes only a string, which such a page refuses.
fn new_worker(url: &JsValue) -> Result<web_sys::Worker, JsValue> {
    AnyUrlWorker::new(url).map(JsCast::unchecked_into)
}

fn waiting() -> bool {
    ZONE.with(|z| matches!(*z.borrow(), Zone::Waiting(_)))
}

/// How long the worker may take before the page reads the time zone itself
/// (its file may be stalled on a slow connection).
const WORKER_WAIT_MS: i32 = 5_000;

/// Give `then` the time zone: now if it is known, else when it is.
pub fn time_zone_then(then: impl FnOnce(&str) + 'static) {
    ask_time_zone();
    let mut then = Some(then);
    let zone = ZONE.with(|z| match &mut *z.borrow_mut() {
        Zone::Known(zone) => Some(zone.clone()),
        Zone::Waiting(waiting) => {
            if let Some(then) = then.take() {
                waiting.push(Box::new(then));
            }
            None
        }
        Zone::Unasked => None,
    });
    // Outside the borrow: `then` may ask again.
    if let (Some(zone), Some(then)) = (zone, then) {
        then(&zone);
    }
}

/// Done in a task of its own once the time zone is known (at once if it was
/// never asked for), after `most_ms` at the latest.
pub fn time_zone_known(most_ms: i32) -> wait::Once {
    if !waiting() {
        return wait::next_task();
    }
    let known = wait::Once::new();
    let soon = known.callback();
    time_zone_then(move |_| page::after(0, soon));
    page::after(most_ms, known.callback());
    known
}

/// The first answer is kept and given to whoever waits; later ones are not.
fn known(zone: String) {
    let waiting = ZONE.with(|z| {
        let mut z = z.borrow_mut();
        match &mut *z {
            Zone::Waiting(waiting) => {
                let waiting = std::mem::take(waiting);
                *z = Zone::Known(zone.clone());
                waiting
            }
            _ => Vec::new(),
        }
    });
    for then in waiting {
        then(&zone);
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
    format_date(iso, lang, &[("dateStyle", "long")])
}

/// A source's own date, as precise as the source gives it: a year stays a
/// year; a month reads as month and year in the person's language; a day as
/// `long_date`.
pub fn source_date(date: &str, lang: &str) -> String {
    match date.len() {
        7 => format_date(
            &format!("{date}-01"),
            lang,
            &[("year", "numeric"), ("month", "long")],
        ),
        10 => long_date(date, lang),
        _ => date.to_string(),
    }
}

fn format_date(iso: &str, lang: &str, style: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    for (key, value) in style {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
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
