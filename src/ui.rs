//! Leptos components: they render state and send events. No domain logic here.
//!
//! Trusted Types: in `view!`, an element with only fixed attributes and
//! text (no `{…}`, no `on:`, no component) becomes a Leptos "inert element",
//! built from an HTML string through `<template>.innerHTML`. A host page
//! that enforces Trusted Types (`require-trusted-types-for 'script'`)
//! refuses that string, and the widget stops there. So write such an
//! element with the builder (`span().aria_hidden("true")…`), which creates
//! it node by node; the build fails if the app sets innerHTML anywhere
//! (scripts/trusted-types.mjs).

mod app;
mod card;
mod clear_button;
mod help;
mod journeys;
mod keep_answers;
mod lang;
mod language_picker;
mod languages;
mod listen;
mod nav;
mod persist;
mod place_picker;
mod question;
mod question_form;
mod result;
mod rights;
mod sources;
mod start;
pub mod state;
mod staying_safe;
mod terms;

use crate::browser::{console, page};
use web_sys::HtmlElement;

/// Mount the app into the standalone page's `#clear-signs-app`. Without one
/// (a host page embedding `<clear-signs>`), do nothing: `mount_widget` will.
pub fn start() {
    set_panic_hook();
    // Never with the wrong settings: wait for settings.json (or its absence).
    // (The start-up script loads the app only after the page's own start
    // text has been painted: scripts/externalize-boot.mjs.)
    page::when_settings_ready(|settings| {
        if let Some(root) = page::standalone_root(settings) {
            app::begin(root);
        }
    });
}

/// Mount the app inside an embedded widget (called by static/embed.js).
/// `root` receives the app; `scope` gets the language and theme; `fallback`
/// is shown after a panic; `config` is the embedder's JSON and `config_line`
/// the line of the host page on which it begins (for console messages);
/// `base` is the app's folder (for `lang/<code>.txt` and `time-zone.js`);
/// `time_zone_worker` is `time-zone.js`'s address as embed.js's Trusted
/// Types policy made it (null where the browser has no Trusted Types).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(
    root: HtmlElement,
    scope: HtmlElement,
    fallback: Option<HtmlElement>,
    config: Option<String>,
    config_line: Option<u32>,
    base: Option<String>,
    time_zone_worker: wasm_bindgen::JsValue,
) {
    set_panic_hook();
    let line = config_line.map_or(1, |l| l.max(1) as usize);
    if let Some(base) = base {
        crate::browser::app_folder::set(&base);
    }
    crate::browser::app_folder::set_time_zone_worker(time_zone_worker);
    page::widget_root(root.clone(), scope, fallback, config.map(|c| (c, line)));
    app::begin(root);
}

/// A panic swaps in the static fallback; the quick exit lives outside the
/// app and keeps working either way.
fn set_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console::error(&format!("internal error: {info}"));
        page::show_fallback();
    }));
}
