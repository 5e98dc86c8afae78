//! What needs several parts of the state at once: the stored copy, the
//! quick exit, and forgetting everything. Kept here so no component holds
//! more of the state than it shows.

use super::state::{provided, State};
use crate::browser::{page, speech, storage};
use crate::domain::answers::Answers;
use crate::domain::journey::Screen;
use crate::domain::journeys::Replies;
use crate::domain::session;
use crate::domain::stored::Stored;
use leptos::prelude::*;

/// Storage, the quick exit and speech follow the state. Called by the app
/// once its first screen is up (none is needed sooner, and the browser's
/// speech engine is slow to wake); effects need the mounted app.
pub fn follow(state: &'static State) {
    persist(state);
    // The quick exit opens an ordinary page for the place in use.
    let places = &state.places;
    Effect::new(move |_| page::set_exit_place(places.current().map(|j| j.id.as_str())));
    let voices = state.lang.voices;
    speech::on_voices_changed(move || voices.update(|n| *n += 1));
    page::on_exit(move || forget(state));
    // Another tab's exit or "Delete my answers" removed the kept answers.
    storage::on_removed_elsewhere(move || forget(state));
}

/// Keep the stored copy in step with memory, only while the person
/// chose to keep answers (turning that off removes the copy).
fn persist(state: &'static State) {
    let State {
        lang,
        progress,
        places,
        journeys,
        keep,
        ..
    } = state;
    Effect::new(move |_| {
        let answers = progress.answers.get();
        let screen = progress.screen.get();
        let (place, home) = (places.place.get(), places.home.get());
        let journeys = journeys.replies.get();
        let lang = lang.code.get().to_string();
        let keep = keep.chosen.get();
        let stored = session::to_store(keep, || {
            Stored::new(answers, screen)
                .with_places(place, home)
                .with_lang(Some(lang))
                .with_journeys(journeys)
        });
        if let Some(stored) = stored {
            storage::save(&stored.encode());
        }
    });
}

/// Deleting answers also ends "keep my answers": nothing stays behind.
fn forget(state: &State) {
    state.keep.chosen.set(false);
    state.places.place.set(None);
    state.places.home.set(None);
    state.progress.answers.set(Answers::new());
    state.journeys.replies.set(Replies::new());
    state.progress.screen.set(Screen::Start);
    storage::wipe();
}

/// "Delete my answers", for the components that offer it: memory and
/// storage, then the start screen. A handle to the whole state, as it
/// empties most of it, but all a component can do with it is `clear`.
#[derive(Clone, Copy)]
pub struct Forget(&'static State);

impl Forget {
    pub fn clear(&self) {
        forget(self.0);
        self.0.progress.notice.set(Some("ui.cleared"));
    }
}

/// Read in a component's body, like the state's parts (see `state.rs`).
pub fn use_forget() -> Forget {
    Forget(provided())
}
