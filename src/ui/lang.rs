//! The language shown, and its texts: a part of the state (see `state.rs`)
//! that nearly every component reads (`use_lang()`).

use super::languages::texts_for;
use crate::domain::text::Texts;
use leptos::prelude::*;

pub struct Lang {
    /// The language shown (a shipped language code).
    pub code: RwSignal<&'static str>,
    /// Ticks when the browser's list of speech voices changes.
    pub voices: RwSignal<u32>,
    /// English, compiled in: the texts when a language's are not here.
    english: &'static Texts,
}

impl Lang {
    pub fn new(code: &'static str, english: &'static Texts) -> Lang {
        Lang {
            code: RwSignal::new(code),
            voices: RwSignal::new(0),
            english,
        }
    }

    /// The texts of the current language. Untracked: the app re-renders
    /// every screen when the language changes (see `app.rs`).
    pub fn texts(&self) -> &'static Texts {
        texts_for(self.code.get_untracked()).unwrap_or(self.english)
    }

    pub fn t(&self, key: &str) -> String {
        self.texts().get(key).to_string()
    }

    /// The text with its placeholders filled. In a right-to-left language a
    /// `{number}` is isolated left to right (see `text::isolate_ltr`).
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let rtl = crate::domain::content::language(self.code.get_untracked())
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
        crate::browser::locale::long_date(iso, self.code.get_untracked())
    }

    /// A source's own date (a year, a month or a day) in the person's language.
    pub fn source_date(&self, date: &str) -> String {
        crate::browser::locale::source_date(date, self.code.get_untracked())
    }
}
