//! The app's state: the content, the answers and the current screen.

use crate::browser::{locale, page, speech, storage};
use crate::domain::answers::{Answer, Answers};
use crate::domain::config::Config;
use crate::domain::content::Content;
use crate::domain::early::Early;
use crate::domain::help::Jurisdiction;
use crate::domain::journey::{self, Screen};
use crate::domain::journeys::Replies;
use crate::domain::language;
use crate::domain::places;
use crate::domain::session;
use crate::domain::stored::Stored;
use crate::domain::text::Texts;
use leptos::prelude::*;

pub use super::languages::texts_for;

/// Everything a screen needs. Copy, so components take it as a prop.
#[derive(Clone, Copy)]
pub struct Check {
    /// Loaded once and kept for the page's life.
    pub content: &'static Content,
    /// The embedder's configuration (defaults when standalone).
    pub config: &'static Config,
    pub answers: RwSignal<Answers>,
    pub screen: RwSignal<Screen>,
    /// A calm one-line message for the person (a locale key), announced politely.
    pub notice: RwSignal<Option<&'static str>>,
    /// The person chose to keep answers on this device (localStorage).
    pub keep: RwSignal<bool>,
    /// Where the person says they are now (a jurisdiction id), once chosen.
    pub place: RwSignal<Option<String>>,
    /// Where the person says they come from, if they chose to say.
    pub home: RwSignal<Option<String>>,
    /// A place suggested before any choice: the embedder's default place,
    /// else one from the browser's settings (which arrive just after start).
    pub suggested: RwSignal<Option<&'static str>>,
    /// The language shown (a shipped language code).
    pub lang: RwSignal<&'static str>,
    /// Ticks when the browser's list of speech voices changes.
    pub voices: RwSignal<u32>,
    /// Answers in the other journeys ("worried", "job offer").
    pub journeys: RwSignal<Replies>,
    /// The first view is up: what may follow it in a task of its own (so no
    /// one task holds the page long on a cheap phone) is added once this is set.
    pub settled: RwSignal<bool>,
}

impl Check {
    /// The check's state from what the device held (`stored`, read by the
    /// start-up, `ui::app::restore`), in `lang`. Only signals: no storage is
    /// read and nothing starts here.
    pub fn new(
        content: &'static Content,
        config: &'static Config,
        lang: &'static str,
        stored: Stored,
        notice: Option<&'static str>,
        keep: bool,
    ) -> Check {
        Check {
            content,
            config,
            answers: RwSignal::new(stored.answers),
            screen: RwSignal::new(stored.screen),
            notice: RwSignal::new(notice),
            keep: RwSignal::new(keep),
            place: RwSignal::new(stored.place),
            home: RwSignal::new(stored.home),
            suggested: RwSignal::new(
                (config.default_place.as_ref())
                    .and_then(|id| content.help.jurisdiction(id))
                    .map(|j| j.id.as_str()),
            ),
            lang: RwSignal::new(lang),
            voices: RwSignal::new(0),
            journeys: RwSignal::new(stored.journeys),
            settled: RwSignal::new(false),
        }
    }

    /// Suggest a place from the browser's time zone and languages, once the
    /// time zone is known, unless the embedder chose one.
    pub fn suggest_place(self) {
        if self.config.default_place.is_some() {
            return;
        }
        let content = self.content;
        locale::time_zone_then(move |zone| {
            let place = places::suggest(&content.help, zone, &locale::languages());
            self.suggested.try_set(place.map(|j| j.id.as_str()));
        });
    }

    /// Storage, the quick exit and speech follow the check. Called by the
    /// app once its first screen is up (none is needed sooner, and the
    /// browser's speech engine is slow to wake); effects need the mounted app.
    pub fn follow(check: Check) {
        check.persist();
        // The quick exit opens an ordinary page for the place in use.
        Effect::new(move |_| page::set_exit_place(check.current_place().map(|j| j.id.as_str())));
        speech::on_voices_changed(move || check.voices.update(|n| *n += 1));
        page::on_exit(move || check.forget());
        // Another tab's exit or "Delete my answers" removed the kept answers.
        storage::on_removed_elsewhere(move || check.forget());
    }

    /// Keep the stored copy in step with memory, only while the person
    /// chose to keep answers (turning that off removes the copy).
    fn persist(self) {
        Effect::new(move |_| {
            let answers = self.answers.get();
            let screen = self.screen.get();
            let (place, home) = (self.place.get(), self.home.get());
            let journeys = self.journeys.get();
            let lang = self.lang.get().to_string();
            let keep = self.keep.get();
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

    /// The texts of the current language. Untracked: the app re-renders
    /// every screen when the language changes (see `app.rs`).
    pub fn texts(&self) -> &'static Texts {
        texts_for(self.lang.get_untracked()).unwrap_or(&self.content.texts)
    }

    pub fn t(&self, key: &str) -> String {
        self.texts().get(key).to_string()
    }

    /// The text with its placeholders filled. In a right-to-left language a
    /// `{number}` is isolated left to right (see `text::isolate_ltr`).
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let rtl = crate::domain::content::language(self.lang.get_untracked())
            .is_some_and(|l| l.dir == "rtl");
        if !rtl {
            return self.texts().fill(key, values);
        }
        let isolated: Vec<String> = values
            .iter()
            .map(|(name, value)| match *name {
                "number" => crate::domain::text::isolate_ltr(value),
                _ => value.to_string(),
            })
            .collect();
        let values: Vec<(&str, &str)> = values
            .iter()
            .zip(&isolated)
            .map(|((name, _), value)| (*name, value.as_str()))
            .collect();
        self.texts().fill(key, &values)
    }

    /// A `YYYY-MM-DD` date written the way the current language writes dates.
    pub fn date(&self, iso: &str) -> String {
        crate::browser::locale::long_date(iso, self.lang.get_untracked())
    }

    /// A source's own date (a year, a month or a day) in the person's language.
    pub fn source_date(&self, date: &str) -> String {
        crate::browser::locale::source_date(date, self.lang.get_untracked())
    }

    /// The place to show: the person's choice, else the suggestion.
    pub fn current_place(&self) -> Option<&'static Jurisdiction> {
        let help = &self.content.help;
        match self.place.get() {
            Some(id) => help.jurisdiction(&id),
            None => self.suggested.get().and_then(|id| help.jurisdiction(id)),
        }
    }

    /// Where the person comes from, when it is not the place shown already.
    pub fn home_place(&self) -> Option<&'static Jurisdiction> {
        let place = self.current_place();
        self.home
            .get()
            .and_then(|id| self.content.help.jurisdiction(&id))
            .filter(|h| place.is_none_or(|p| p.id != h.id))
    }

    pub fn go(&self, screen: Screen) {
        self.notice.set(None);
        self.screen.set(screen);
    }

    pub fn next(&self) {
        let next = self
            .answers
            .with(|a| journey::next(&self.content.catalogue, a, self.screen.get_untracked()));
        self.go(next);
    }

    pub fn back(&self) {
        let back = self
            .answers
            .with(|a| journey::back(&self.content.catalogue, a, self.screen.get_untracked()));
        self.go(back);
    }

    /// Take over from the page's own start screen and first question
    /// (`domain::early`), unless the check already holds kept answers or
    /// the site leaves the check out (settings.json came late).
    pub fn take_over(&self, early: &Early) {
        let offered = self.config.journeys.contains(&"check");
        if !offered || self.answers.with_untracked(|a| !a.is_empty()) {
            return;
        }
        let (answers, screen) = early.take_over(&self.content.catalogue);
        self.answers.set(answers);
        // Not `go`: a notice (e.g. the language) stays.
        self.screen.set(screen);
    }

    pub fn answer(&self, question: &str, answer: Answer) {
        self.answers.update(|a| {
            a.insert(question.to_string(), answer);
        });
    }

    /// Take an answer back (a choice unticked), so the question shows unanswered.
    pub fn unanswer(&self, question: &str) {
        self.answers.update(|a| {
            a.remove(question);
        });
    }

    /// Keep answers on this device, or in memory only.
    pub fn set_keep(&self, keep: bool) {
        storage::set_kept(keep);
        self.keep.set(keep);
    }

    /// "Delete my answers": memory and storage, then the start screen.
    pub fn clear(&self) {
        self.forget();
        self.notice.set(Some("ui.cleared"));
    }

    /// Deleting answers also ends "keep my answers": nothing stays behind.
    fn forget(&self) {
        self.keep.set(false);
        self.place.set(None);
        self.home.set(None);
        self.answers.set(Answers::new());
        self.journeys.set(Replies::new());
        self.screen.set(Screen::Start);
        storage::wipe();
    }
}

/// The language of a kept check, if it can be read (else `app::restore`
/// deals with it).
pub fn stored_language(content: &Content) -> Option<String> {
    let raw = storage::load()?;
    Stored::decode(&content.catalogue, &content.help, &raw)
        .ok()?
        .lang
}

/// The first language to show: `domain::language::first`, with the
/// browser's preferences.
pub fn first_language(config: &Config, stored: Option<&str>) -> &'static str {
    let offered = offered_languages(config);
    language::first(
        &offered,
        stored,
        &locale::languages(),
        config.default_language,
    )
}

/// The language codes on offer: the embedder's list, or every shipped one.
pub fn offered_languages(config: &Config) -> Vec<&'static str> {
    config.offered_languages().iter().map(|l| l.code).collect()
}
