//! The stored form of a check: one versioned JSON value under one key.
//! Anything that does not match (an old version, a hand edit) is rejected
//! whole, so the person starts fresh instead of seeing half-broken answers.

use super::answers::Answers;
use super::catalogue::Catalogue;
use super::content;
use super::help::HelpData;
use super::journey::{self, Screen};
use super::journeys::{self, Replies};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The key the app stores under, its prefix (what the quick exit wipes) and
/// the "keep" flag: shared with the static quick exit, so defined with the
/// other such facts in the content crate.
pub use clear_signs_content::facts::{KEEP_KEY, KEY_PREFIX, STORAGE_KEY};
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Stored {
    pub version: u32,
    pub answers: Answers,
    pub screen: Screen,
    /// The jurisdiction the person chose as where they are now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The jurisdiction the person chose as where they come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home: Option<String>,
    /// The chosen language: stored only when the person keeps answers on the
    /// device; otherwise it comes from the browser's preferences each time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Answers in the other journeys ("worried", "job offer"), by question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub journeys: Replies,
}

impl Stored {
    pub fn new(answers: Answers, screen: Screen) -> Stored {
        Stored {
            version: VERSION,
            answers,
            screen,
            place: None,
            home: None,
            lang: None,
            journeys: Replies::new(),
        }
    }

    pub fn with_journeys(self, journeys: Replies) -> Stored {
        Stored { journeys, ..self }
    }

    pub fn with_lang(self, lang: Option<String>) -> Stored {
        Stored { lang, ..self }
    }

    pub fn with_places(self, place: Option<String>, home: Option<String>) -> Stored {
        Stored {
            place,
            home,
            ..self
        }
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Parse and check a stored value against the catalogue. The error is one
    /// line for the console; the person only sees that we started fresh.
    pub fn decode(catalogue: &Catalogue, help: &HelpData, raw: &str) -> Result<Stored, String> {
        let stored: Stored =
            serde_json::from_str(raw).map_err(|e| format!("stored answers unreadable: {e}"))?;
        if stored.version != VERSION {
            return Err(format!(
                "stored answers are version {}, expected {VERSION}",
                stored.version
            ));
        }
        let mut stored = stored;
        // A check saved by an earlier release keeps its other answers.
        stored
            .answers
            .retain(|id, _| !catalogue.retired_questions.has(id));
        for (id, answer) in &stored.answers {
            let Some(question) = catalogue.question(id) else {
                return Err(format!("stored answers name unknown question `{id}`"));
            };
            if !journey::accepts(catalogue, question, answer) {
                return Err(format!(
                    "stored answer `{}` is not valid for `{id}`",
                    answer.code()
                ));
            }
        }
        journeys::shipped().check_replies(&stored.journeys)?;
        // An empty place means "somewhere else, or rather not say".
        for id in stored
            .place
            .iter()
            .filter(|p| !p.is_empty())
            .chain(&stored.home)
        {
            if help.jurisdiction(id).is_none() {
                return Err(format!("stored place `{id}` is not a known jurisdiction"));
            }
        }
        if let Some(lang) = stored
            .lang
            .as_deref()
            .filter(|l| content::language(l).is_none())
        {
            return Err(format!("stored language `{lang}` is not shipped"));
        }
        let screen = journey::clamp(catalogue, &stored.answers, stored.screen);
        Ok(Stored { screen, ..stored })
    }
}
