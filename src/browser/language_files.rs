//! Fetching a language file (`lang/<code>.txt`) from the app's own folder.
//! Which files, and in what order, is decided in `ui/languages.rs`: the same
//! for every visitor, never from anything the person chooses.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The address of a language's file, as requested.
pub fn url(code: &str) -> String {
    super::app_folder::file(&format!("lang/{code}.txt"))
}

/// How long one file may take: a stalled request must not hold up the
/// languages after it (they are fetched one at a time).
const TIMEOUT_MS: i32 = 15_000;

/// Fetch a language's file: `done` gets its text, or why it could not be had
/// (for the embedder's console). No referrer; the browser's cache may answer.
pub fn fetch(code: &str, done: impl FnOnce(Result<String, String>) + 'static) {
    let url = url(code);
    let Some(window) = web_sys::window() else {
        return done(Err("no window".into()));
    };
    let init = web_sys::RequestInit::new();
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let done: Finish = std::rc::Rc::new(RefCell::new(Some(Box::new(done))));
    let on_response = {
        let done = done.clone();
        Closure::once(move |response: JsValue| {
            let response: web_sys::Response = response.unchecked_into();
            if !response.ok() {
                return finish(&done, Err(format!("HTTP {}", response.status())));
            }
            match response.text() {
                Ok(text) => settle(text, done, |text| {
                    text.as_string().ok_or_else(|| "not text".to_string())
                }),
                Err(e) => finish(&done, Err(reason(&e))),
            }
        })
    };
    let timed_out = done.clone();
    super::page::after(TIMEOUT_MS, move || {
        finish(
            &timed_out,
            Err(format!("no answer within {} s", TIMEOUT_MS / 1000)),
        );
    });
    let on_error = Closure::once(move |error: JsValue| finish(&done, Err(reason(&error))));
    let _ = window
        .fetch_with_str_and_init(&url, &init)
        .then2(&on_response, &on_error);
    // Each runs at most once, when the fetch settles.
    on_response.forget();
    on_error.forget();
}

type Finish = std::rc::Rc<RefCell<Option<Box<dyn FnOnce(Result<String, String>)>>>>;

fn finish(done: &Finish, result: Result<String, String>) {
    if let Some(done) = done.borrow_mut().take() {
        done(result);
    }
}

/// When `promise` settles: its value through `read`, or its error.
fn settle(
    promise: js_sys::Promise,
    done: Finish,
    read: impl FnOnce(JsValue) -> Result<String, String> + 'static,
) {
    let on_value = {
        let done = done.clone();
        Closure::once(move |value: JsValue| finish(&done, read(value)))
    };
    let on_error = Closure::once(move |error: JsValue| finish(&done, Err(reason(&error))));
    let _ = promise.then2(&on_value, &on_error);
    on_value.forget();
    on_error.forget();
}

/// A rejected fetch's reason, for the console.
fn reason(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            js_sys::Reflect::get(error, &"message".into())
                .ok()?
                .as_string()
        })
        .unwrap_or_else(|| "could not be fetched".into())
}
