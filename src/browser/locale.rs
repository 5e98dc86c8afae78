//! The browser's own settings, read locally: preferred languages and time
//! zone. Used only to suggest a place; nothing is sent or stored.

use wasm_bindgen::JsValue;

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

pub fn time_zone() -> String {
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
