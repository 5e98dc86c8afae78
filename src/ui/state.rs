//! The app's state, in small parts, each with one purpose: `Site`, `Lang`
//! (lang.rs), `Progress`, `Places`, `Journeys`, `Keep`. `app` provides them
//! as one context; a component reads the parts it uses in its body
//! (`use_lang()`, `use_progress()`, …) and moves them into its closures (an
//! event handler has no owner to look a context up from). What needs
//! several parts (storage, the quick exit, forgetting) is in persist.rs.
//!
//! Each part is a `&'static` reference (`State` is made once per app and
//! kept for the page's life, like the content): one pointer to copy into a
//! closure. Parts by value, or one context per part, cost the .wasm more
//! (the numbers are in the commit that made this).

use super::lang::Lang;
use crate::browser::{locale, storage};
use crate::domain::answers::{Answer, Answers};
use crate::domain::catalogue::Catalogue;
use crate::domain::config::Config;
use crate::domain::content::Content;
use crate::domain::early::Early;
use crate::domain::help::{HelpData, Jurisdiction};
use crate::domain::journey::{self, Screen};
use crate::domain::journeys::Replies;
use crate::domain::language;
use crate::domain::places;
use crate::domain::stored::Stored;
use leptos::prelude::*;

/// What the site ships and how the embedder set it up: fixed for the
/// page's life (leaked at start), so no signals.
pub struct Site {
    pub content: &'static Content,
    /// The embedder's configuration (defaults when standalone).
    pub config: &'static Config,
}

/// Where the person is in the check and the journeys, and what they answered.
pub struct Progress {
    /// For the next and previous question (`domain::journey`).
    pub catalogue: &'static Catalogue,
    pub answers: RwSignal<Answers>,
    pub screen: RwSignal<Screen>,
    /// A calm one-line message for the person (a locale key), announced politely.
    pub notice: RwSignal<Option<&'static str>>,
    /// The first view is up: what may follow it in a task of its own (so no
    /// one task holds the page long on a cheap phone) is added once this is set.
    pub settled: RwSignal<bool>,
}

/// Where the person is now and where they come from.
pub struct Places {
    help: &'static HelpData,
    /// Where the person says they are now (a jurisdiction id), once chosen.
    pub place: RwSignal<Option<String>>,
    /// Where the person says they come from, if they chose to say.
    pub home: RwSignal<Option<String>>,
    /// A place suggested before any choice: the embedder's default place,
    /// else one from the browser's settings (which arrive just after start).
    pub suggested: RwSignal<Option<&'static str>>,
}

/// Answers in the other journeys ("worried", "job offer").
pub struct Journeys {
    pub replies: RwSignal<Replies>,
}

/// The person chose to keep answers on this device (localStorage).
pub struct Keep {
    pub chosen: RwSignal<bool>,
}

/// Every part, as made at start (`app::restore`).
pub struct State {
    pub site: Site,
    pub lang: Lang,
    pub progress: Progress,
    pub places: Places,
    pub journeys: Journeys,
    pub keep: Keep,
}

impl State {
    /// The state from what the device held (`stored`, read by the start-up,
    /// `ui::app::restore`), in `lang`. Only signals: no storage is read and
    /// nothing starts here. Kept for the page's life (leaked on purpose,
    /// once per app, like the content).
    pub fn new(
        site: Site,
        lang: &'static str,
        stored: Stored,
        notice: Option<&'static str>,
        keep: bool,
    ) -> &'static State {
        let (content, config) = (site.content, site.config);
        let state = Box::new(State {
            site,
            lang: Lang::new(lang, &content.texts),
            progress: Progress {
                catalogue: &content.catalogue,
                answers: RwSignal::new(stored.answers),
                screen: RwSignal::new(stored.screen),
                notice: RwSignal::new(notice),
                settled: RwSignal::new(false),
            },
            places: Places {
                help: &content.help,
                place: RwSignal::new(stored.place),
                home: RwSignal::new(stored.home),
                suggested: RwSignal::new(
                    (config.default_place.as_ref())
                        .and_then(|id| content.help.jurisdiction(id))
                        .map(|j| j.id.as_str()),
                ),
            },
            journeys: Journeys {
                replies: RwSignal::new(stored.journeys),
            },
            keep: Keep {
                chosen: RwSignal::new(keep),
            },
        });
        Box::leak(state)
    }

    /// The parts, for every component under the current owner (the mounted
    /// app's). One context, not one per part: each context type costs the
    /// .wasm its own lookup code.
    pub fn provide(&'static self) {
        provide_context(self);
    }
}

/// The state `app` provided. Not inlined: one lookup in the .wasm.
#[inline(never)]
pub(super) fn provided() -> &'static State {
    use_context().expect("the app provides the state")
}

pub fn use_site() -> &'static Site {
    &provided().site
}
pub fn use_lang() -> &'static Lang {
    &provided().lang
}
pub fn use_progress() -> &'static Progress {
    &provided().progress
}
pub fn use_places() -> &'static Places {
    &provided().places
}
pub fn use_journeys() -> &'static Journeys {
    &provided().journeys
}
pub fn use_keep() -> &'static Keep {
    &provided().keep
}

impl Progress {
    pub fn go(&self, screen: Screen) {
        self.notice.set(None);
        self.screen.set(screen);
    }

    pub fn next(&self) {
        let next = self
            .answers
            .with(|a| journey::next(self.catalogue, a, self.screen.get_untracked()));
        self.go(next);
    }

    pub fn back(&self) {
        let back = self
            .answers
            .with(|a| journey::back(self.catalogue, a, self.screen.get_untracked()));
        self.go(back);
    }

    /// Take over from the page's own start screen and first question
    /// (`domain::early`), unless the check already holds kept answers or
    /// the site leaves the check out (settings.json came late).
    pub fn take_over(&self, config: &Config, early: &Early) {
        let offered = config.journeys.contains(&"check");
        if !offered || self.answers.with_untracked(|a| !a.is_empty()) {
            return;
        }
        let (answers, screen) = early.take_over(self.catalogue);
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
}

impl Places {
    /// Suggest a place from the browser's time zone and languages, once the
    /// time zone is known, unless the embedder chose one.
    pub fn suggest(&'static self, config: &Config) {
        if config.default_place.is_some() {
            return;
        }
        let help = self.help;
        locale::time_zone_then(move |zone| {
            let place = places::suggest(help, zone, &locale::languages());
            self.suggested.try_set(place.map(|j| j.id.as_str()));
        });
    }

    /// The place to show: the person's choice, else the suggestion.
    pub fn current(&self) -> Option<&'static Jurisdiction> {
        let help = self.help;
        match self.place.get() {
            Some(id) => help.jurisdiction(&id),
            None => self.suggested.get().and_then(|id| help.jurisdiction(id)),
        }
    }

    /// Where the person comes from, when it is not the place shown already.
    pub fn home_place(&self) -> Option<&'static Jurisdiction> {
        let place = self.current();
        self.home
            .get()
            .and_then(|id| self.help.jurisdiction(&id))
            .filter(|h| place.is_none_or(|p| p.id != h.id))
    }
}

impl Keep {
    /// Keep answers on this device, or in memory only.
    pub fn choose(&self, keep: bool) {
        storage::set_kept(keep);
        self.chosen.set(keep);
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
