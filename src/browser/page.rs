//! The page around the app: its mount root, focus, language, theme, the
//! ready flag, the exit event and the fallback page.
//!
//! Standalone, the app mounts into `#clear-signs-app` of index.html. Embedded
//! as `<clear-signs>`, it mounts into an element inside the widget's shadow
//! root; then language and theme go on that element, not on the host's page.

use crate::domain::settings::Sources;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The standalone page's mount point. Unusual on purpose: a host page's own
/// `#app` must never be mistaken for ours.
pub const APP_ID: &str = "clear-signs-app";
const FALLBACK_ID: &str = "cs-fallback";
const CONFIG_ID: &str = "clear-signs-config";

// exit.js's `window.ClearSignsExit` (static/exit/api.js). Without exit.js
// (it failed to load, or a test page without it) each call is an `Err`,
// never a panic.
#[wasm_bindgen]
extern "C" {
    /// settings.json and the page's block, once known (at most `wait_ms` from now).
    #[wasm_bindgen(js_namespace = ClearSignsExit, js_name = settings, catch)]
    fn exit_settings(wait_ms: u32) -> Result<js_sys::Promise, JsValue>;
    /// What `settings` resolves with (static/exit/settings-file.js): the
    /// file's text, the page block's text and the line it starts on.
    type SettingsReply;
    #[wasm_bindgen(method, getter)]
    fn file(this: &SettingsReply) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn page(this: &SettingsReply) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn line(this: &SettingsReply) -> Option<f64>;
    /// What the person did on the page's own start screen and first
    /// question before the app arrived (static/exit/early-check.js), once:
    /// `step|ticked|focused` (read by `domain::early`), or null.
    #[wasm_bindgen(js_namespace = ClearSignsExit, js_name = takeEarly, catch)]
    fn exit_take_early() -> Result<Option<String>, JsValue>;
    /// The place in use, for the exit's destination.
    #[wasm_bindgen(js_namespace = ClearSignsExit, js_name = setPlace, catch)]
    fn exit_set_place(place: Option<&str>) -> Result<(), JsValue>;
    /// The embedder's notice of their settings' problems, before `before` in `parent`.
    #[wasm_bindgen(js_namespace = ClearSignsExit, js_name = notice, catch)]
    fn exit_notice(
        problems: js_sys::Array,
        parent: &HtmlElement,
        before: Option<web_sys::Node>,
        flag: &str,
    ) -> Result<(), JsValue>;
}

struct Mount {
    /// Where the app renders.
    root: HtmlElement,
    /// Where `lang`, `dir` and the theme go: `<html>`, or the widget.
    scope: HtmlElement,
    /// The static fallback to show after a panic.
    fallback: Option<HtmlElement>,
    /// The embedder's settings texts (settings.json and the page's block).
    config: Sources,
}

thread_local! {
    static MOUNT: RefCell<Option<Mount>> = const { RefCell::new(None) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Run `start` with the standalone page's settings once they are known:
/// exit.js (static/exit/settings-file.js) fetches settings.json from the
/// page's folder at load and answers with it (or without it, after a 404 or
/// a short wait), plus the page's own settings block and its line. Without
/// exit.js, the block alone.
pub fn when_settings_ready(start: impl FnOnce(Sources) + 'static) {
    // How long to wait for settings.json once the app itself is ready.
    const WAIT_MS: u32 = 2000;
    let Ok(promise) = exit_settings(WAIT_MS) else {
        let page = element(CONFIG_ID)
            .and_then(|e| e.text_content())
            .map(|text| (text, 1));
        return start(Sources { file: None, page });
    };
    let then = Closure::once(move |found: JsValue| {
        let found: SettingsReply = found.unchecked_into();
        let line = found.line().unwrap_or(1.0);
        start(Sources {
            file: found.file(),
            page: found.page().map(|p| (p, line.max(1.0) as usize)),
        });
    });
    let _ = promise.then(&then);
    then.forget(); // runs once
}

/// The standalone page: `#clear-signs-app` (its start text is replaced by
/// the app's first screen: [`keep_start_text`]), with
/// the embedder's settings (see [`when_settings_ready`]).
pub fn standalone_root(config: Sources) -> Option<HtmlElement> {
    let root = element(APP_ID)?;
    let scope = document()?.document_element()?.dyn_into().ok()?;
    MOUNT.with(|m| {
        *m.borrow_mut() = Some(Mount {
            root: root.clone(),
            scope,
            fallback: element(FALLBACK_ID),
            config,
        })
    });
    Some(root)
}

/// An embedded widget: the app renders into `root`, scoped to `scope`;
/// `config` is the host page's settings block and the line it begins on.
pub fn widget_root(
    root: HtmlElement,
    scope: HtmlElement,
    fallback: Option<HtmlElement>,
    config: Option<(String, usize)>,
) {
    MOUNT.with(|m| {
        *m.borrow_mut() = Some(Mount {
            root,
            scope,
            fallback,
            config: Sources {
                file: None,
                page: config,
            },
        })
    });
}

fn with_mount<T>(f: impl FnOnce(&Mount) -> T) -> Option<T> {
    MOUNT.with(|m| m.borrow().as_ref().map(f))
}

/// Whether the app runs on the standalone page (or in its iframe), not in
/// a `<clear-signs>` widget.
pub fn is_standalone() -> bool {
    with_mount(|m| m.root.id() == APP_ID).unwrap_or(false)
}

/// The embedder's settings texts (none before mounting).
pub fn config_sources() -> Sources {
    with_mount(|m| m.config.clone()).unwrap_or_default()
}

/// For the embedder, with `"debug": true` in the standalone page's settings:
/// the settings' problems in a notice above the app that they can dismiss
/// (exit.js builds it, static/exit/notice.js, as for the widget's `debug`
/// attribute).
pub fn show_config_notice(problems: &[String]) {
    let Some(root) = with_mount(|m| m.root.clone()) else {
        return;
    };
    let problems: js_sys::Array = problems.iter().map(|p| JsValue::from_str(p)).collect();
    let _ = exit_notice(problems, &root, root.first_child(), "\"debug\": true");
}

/// Move focus to the screen's heading after the DOM has updated, so screen
/// readers announce the new screen and keyboard users start at its top.
pub fn focus_heading() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = Closure::once_into_js(|| {
        let heading = with_mount(|m| m.root.query_selector("h1").ok().flatten()).flatten();
        if let Some(h) = heading.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            // Focus first: the browser may scroll a focused heading taller
            // than the screen to its middle or its end. Then show its start:
            // the page's top (the exit in view) on the standalone page; in a
            // frame or the widget, the heading's first line at the top of
            // what the person sees (its scroll-margin leaves room above it
            // for the progress line and a host's sticky header: main.css).
            let _ = h.focus();
            let w = web_sys::window();
            let top_level = w
                .as_ref()
                .is_some_and(|w| w.top().ok().flatten().as_ref() == Some(w));
            match (with_mount(|m| m.root.id() == APP_ID), w) {
                (Some(true), Some(w)) if top_level => w.scroll_to_with_x_and_y(0.0, 0.0),
                _ => h.scroll_into_view_with_bool(true),
            }
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// Run `f` once, after `ms` milliseconds.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    // Boxed: one JavaScript closure type for every caller, not one each.
    after_boxed(ms, Box::new(f));
}

fn after_boxed(ms: i32, f: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let f = Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
}

thread_local! {
    /// What the mount point held before the app mounted (see [`keep_start_text`]).
    static START_TEXT: RefCell<Vec<web_sys::Node>> = const { RefCell::new(Vec::new()) };
}

/// Note the page's own start text (what the mount point holds now, just
/// before the app mounts): it stays in view until the app's first screen
/// replaces it ([`remove_start_text`]).
pub fn keep_start_text() {
    let nodes = with_mount(|m| m.root.child_nodes()).map(|list| {
        (0..list.length())
            .filter_map(|i| list.get(i))
            .collect::<Vec<_>>()
    });
    START_TEXT.with(|s| *s.borrow_mut() = nodes.unwrap_or_default());
}

/// The page's own start screen and first question hand over to the app:
/// what the person did there (see `exit_take_early`), and the form is
/// theirs no more. The same in the widget, which shows those screens too
/// (embed.js builds them from index.html).
pub fn take_early() -> Option<String> {
    exit_take_early().ok().flatten()
}

/// Give the focus back to the choice with this value on the screen the app
/// now shows, else to its heading (the person was on the page's own form).
pub fn focus_choice(value: &str) {
    let input = with_mount(|m| {
        let inputs = m.root.query_selector_all("input").ok()?;
        (0..inputs.length())
            .filter_map(|i| inputs.get(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
            .find(|input| input.value() == value)
    })
    .flatten();
    match input {
        Some(input) => {
            let _ = input.focus();
        }
        None => focus_heading(),
    }
}

/// Take the page's own start text away (the app's first screen replaces it).
pub fn remove_start_text() {
    for node in START_TEXT.with(|s| s.take()) {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(&node);
        }
    }
}

/// Every language file has arrived or failed (`data-cs-languages` on the
/// document, like `data-cs-ready`): from here on the app makes no request.
pub fn mark_languages_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-cs-languages", "");
    }
}

/// Tell the static page the app is running (stops the "could not load"
/// fallback). On a very slow connection exit.js may already have shown the
/// fallback: the app arrived after all, so show it instead.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-cs-ready", "");
    }
    with_mount(|m| {
        let _ = m.root.remove_attribute("hidden");
        if let Some(fallback) = &m.fallback {
            let _ = fallback.set_attribute("hidden", "");
        }
    });
}

/// Set the language and direction of the document (or the widget).
pub fn set_language(code: &str, dir: &str) {
    with_mount(|m| {
        // Only a change: the quick exit re-translates itself on every write.
        for (name, value) in [("lang", code), ("dir", dir)] {
            if m.scope.get_attribute(name).as_deref() != Some(value) {
                let _ = m.scope.set_attribute(name, value);
            }
        }
    });
}

/// Apply the embedder's theme as CSS custom properties (CSSOM: allowed by the CSP).
pub fn set_theme(properties: &[(&str, String)]) {
    with_mount(|m| {
        for (name, value) in properties {
            let _ = m.scope.style().set_property(name, value);
        }
    });
}

/// Run `f` when the quick exit fires, so answers are cleared from memory too:
/// exit.js (static/exit/) dispatches the event when it exits here, and when
/// another open tab of the check exits (it hears that on its `clear-signs`
/// channel).
pub fn on_exit(f: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = Closure::<dyn Fn()>::new(f);
    let _ = window
        .add_event_listener_with_callback("clear-signs-exit", handler.as_ref().unchecked_ref());
    handler.forget(); // lives as long as the page
}

/// Tell the quick exit where the person is (chosen, else suggested), so it
/// opens an ordinary page for that place (content/exit-pages.json) unless
/// the embedder chose one.
pub fn set_exit_place(place: Option<&str>) {
    let _ = exit_set_place(place);
}

/// After a panic: replace the app with the static calm fallback. The quick
/// exit is outside the app and keeps working.
pub fn show_fallback() {
    let _ = MOUNT.try_with(|m| {
        let Ok(mount) = m.try_borrow() else { return };
        let Some(mount) = mount.as_ref() else { return };
        // textContent, not innerHTML: a host page that enforces Trusted
        // Types refuses any string given to innerHTML.
        mount.root.set_text_content(None);
        let _ = mount.root.set_attribute("hidden", "");
        if let Some(fallback) = &mount.fallback {
            let _ = fallback.remove_attribute("hidden");
        }
    });
}

/// The address's `#fragment` (used only by the test build).
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}
