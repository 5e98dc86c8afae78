//! The page around the app: focus, the ready flag, the exit event, the panic page.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Move focus to the screen's heading after the DOM has updated, so screen
/// readers announce the new screen and keyboard users start at its top.
pub fn focus_heading() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = Closure::once_into_js(|| {
        // Start the new screen at the top, exit button in view.
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        let heading = document()
            .and_then(|d| d.query_selector("#app h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            let _ = h.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// Tell the static page the app is running (stops the "could not load" fallback).
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-cs-ready", "");
    }
}

/// The element the app mounts into, emptied of its loading text.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    let root = document()?
        .get_element_by_id("app")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    root.set_inner_html("");
    Some(root)
}

/// Run `f` when the quick exit fires (static/exit.js dispatches this event),
/// so answers are cleared from memory too.
pub fn on_exit(f: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = Closure::<dyn Fn()>::new(f);
    let _ = window
        .add_event_listener_with_callback("clear-signs-exit", handler.as_ref().unchecked_ref());
    handler.forget(); // lives as long as the page
}

/// After a panic: replace the app with the static calm fallback from
/// index.html. The quick exit is outside the app and keeps working.
pub fn show_fallback() {
    let Some(doc) = document() else { return };
    if let Some(app) = doc.get_element_by_id("app") {
        app.set_inner_html("");
        let _ = app.set_attribute("hidden", "");
    }
    if let Some(fallback) = doc.get_element_by_id("cs-fallback") {
        let _ = fallback.remove_attribute("hidden");
    }
}

/// Set the document's language and direction.
pub fn set_language(code: &str, dir: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", dir);
    }
}

/// The address's `#fragment` (used only by the test build).
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}
