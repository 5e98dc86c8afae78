//! The languages' texts. English is in the app; the others are fetched from
//! `lang/<code>.txt`, and every visitor fetches the same files in the same
//! order, whatever they choose (non-negotiable 1):
//!
//! 1. at start, the language the browser and the embedder's settings pick
//!    (the browser already tells every site its languages);
//! 2. once the app shows, every other language the site offers (all shipped
//!    languages unless the embedder's `languages` setting lists fewer), one
//!    at a time, in one fixed order (`domain::language::fetch_order`).
//!
//! So choosing a language or a kept language never makes a request of its
//! own: it waits for step 2 if it must. The card for officials needs no file:
//! its sentences in every language are in the app (build.rs).

use crate::browser::{console, language_files, page};
use crate::domain::content::{self, DEFAULT_LANGUAGE};
use crate::domain::language;
use crate::domain::text::Texts;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};

enum State {
    Loaded(&'static Texts),
    /// A checked file's texts (after the keys' id), unpacked on first use:
    /// the files that arrive cost the phone no work until one is shown.
    Arrived(&'static str),
    Failed,
    /// Requested, or waited for before being requested: who waits.
    Waiting(Vec<Box<dyn FnOnce(bool)>>),
}

thread_local! {
    static STATES: RefCell<BTreeMap<&'static str, State>> = const { RefCell::new(BTreeMap::new()) };
    /// Ticks when a language arrives or fails (see [`track`]). Reference
    /// counted, not owned: a signal made while some screen renders would be
    /// dropped with that screen, and nobody would hear of later arrivals.
    static ARRIVED: ArcRwSignal<u32> = ArcRwSignal::new(0);
    static REST_REQUESTED: Cell<bool> = const { Cell::new(false) };
    /// Requested and not yet settled.
    static OUTSTANDING: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    /// Step 2's languages not yet requested, in order.
    static QUEUE: RefCell<VecDeque<&'static str>> = const { RefCell::new(VecDeque::new()) };
    /// The languages this site offers (`offer`); step 2 fetches only these.
    static OFFERED: RefCell<Option<Vec<&'static str>>> = const { RefCell::new(None) };
}

/// The languages the site offers, set once its settings are read: the same
/// for every visitor of the site, so what is fetched tells nothing.
pub fn offer(codes: Vec<&'static str>) {
    OFFERED.with(|o| *o.borrow_mut() = Some(codes));
}

/// A language's texts, if it is here (English always is). Texts are kept
/// for the page's life (leaked on purpose: at most one per language).
pub fn texts_for(code: &str) -> Option<&'static Texts> {
    let language = content::language(code)?;
    let (loaded, arrived) = STATES.with(|s| match s.borrow().get(language.code) {
        Some(State::Loaded(texts)) => (Some(*texts), None),
        Some(State::Arrived(values)) => (None, Some(*values)),
        _ => (None, None),
    });
    if loaded.is_some() {
        return loaded;
    }
    let texts = match arrived {
        Some(values) => Texts::unpack(content::PACKED_KEYS, values),
        None if !language.is_built_in() => return None,
        None => built_in(language)?,
    };
    let texts: &'static Texts = Box::leak(Box::new(texts));
    // Nobody waits for a language that is here (`when_settled` asks here
    // first), and this may run while rendering: no tick.
    STATES.with(|s| s.borrow_mut().insert(language.code, State::Loaded(texts)));
    Some(texts)
}

fn built_in(language: &content::Language) -> Option<Texts> {
    let code = language.code;
    Some(if language.is_pseudo() {
        // The test build's pseudo-language is made from English.
        texts_for(DEFAULT_LANGUAGE)?.pseudo()
    } else {
        Texts::of(language)
            .map_err(|reason| console::error(&format!("{code}: {reason}")))
            .ok()?
    })
}

/// Re-run the caller (a reactive closure) when a language arrives.
pub fn track() {
    ARRIVED.with(|a| a.track());
}

/// Run `then(true)` once `code` is here, or `then(false)` once it could not
/// be had. Never requests anything itself.
pub fn when_settled(code: &'static str, then: impl FnOnce(bool) + 'static) {
    if texts_for(code).is_some() {
        return then(true);
    }
    let then = STATES.with(|s| {
        let mut states = s.borrow_mut();
        match states
            .entry(code)
            .or_insert_with(|| State::Waiting(Vec::new()))
        {
            State::Waiting(waiting) => {
                waiting.push(Box::new(then));
                None
            }
            State::Loaded(_) | State::Arrived(_) => Some((then, true)),
            State::Failed => Some((then, false)),
        }
    });
    if let Some((then, ok)) = then {
        then(ok);
    }
}

/// Step 1: fetch `code` (unless it is built in), then run `then`.
pub fn request_first(code: &'static str, then: impl FnOnce() + 'static) {
    if content::language(code).is_none_or(|l| l.is_built_in()) {
        return then();
    }
    request(code);
    when_settled(code, move |_| then());
}

/// Step 2: fetch every other offered language, in the fixed order, one at
/// a time (gentle on a slow connection, and the same order on the wire in
/// every browser). Once.
pub fn request_rest() {
    if REST_REQUESTED.with(|r| r.replace(true)) {
        return;
    }
    let offered = OFFERED.with(|o| o.borrow().clone());
    let rest = language::fetch_order(offered.as_deref(), |code| {
        is_settled(code) || OUTSTANDING.with(|o| o.borrow().contains(&code))
    });
    QUEUE.with(|q| q.borrow_mut().extend(rest));
    next();
}

/// Here, or failed: nothing more to fetch for it.
fn is_settled(code: &str) -> bool {
    STATES.with(|s| {
        matches!(
            s.borrow().get(code),
            Some(State::Loaded(_) | State::Arrived(_) | State::Failed)
        )
    })
}

/// Fetch the next queued language, unless one is on its way; once all are
/// settled, tell the page.
fn next() {
    if OUTSTANDING.with(|o| !o.borrow().is_empty()) {
        return;
    }
    match QUEUE.with(|q| q.borrow_mut().pop_front()) {
        Some(code) => request(code),
        None if REST_REQUESTED.with(Cell::get) => page::mark_languages_ready(),
        None => {}
    }
}

fn request(code: &'static str) {
    OUTSTANDING.with(|o| o.borrow_mut().push(code));
    language_files::fetch(code, move |file| {
        // Checked once, here; kept (leaked: at most one per language) as its
        // texts part, for `texts_for` to unpack.
        let file = file.and_then(|file| {
            let start = file.len() - Texts::check_file(&file)?.len();
            Ok(&String::leak(file)[start..])
        });
        let file = match file {
            Ok(file) => Some(file),
            Err(reason) => {
                // For the embedder: the person sees English, with a calm note
                // only if they chose this language.
                console::warn(&format!(
                    "{}: {reason}. {code} is not available; English is shown instead. \
                     Upload the release's lang folder beside the app.",
                    language_files::url(code)
                ));
                None
            }
        };
        OUTSTANDING.with(|o| o.borrow_mut().retain(|c| *c != code));
        settle(code, file);
        next();
    });
}

/// Record a language's checked file (`Some`) or its failure, and tell who waits.
fn settle(code: &'static str, file: Option<&'static str>) {
    let state = file.map_or(State::Failed, State::Arrived);
    let waiting = STATES.with(|s| match s.borrow_mut().insert(code, state) {
        Some(State::Waiting(waiting)) => waiting,
        _ => Vec::new(),
    });
    for then in waiting {
        then(file.is_some());
    }
    ARRIVED.with(|a| a.update(|n| *n += 1));
}
