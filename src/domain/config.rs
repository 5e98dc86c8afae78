//! An embedding NGO's configuration (JSON). Parsing never fails and never
//! panics: each problem becomes one line naming the field and what is
//! expected, that field falls back to its default, and the rest applies.
//!
//! This file holds the configuration's types and defaults; each concern of
//! reading it has its own file, and everything public is re-exported here so
//! `domain::config::X` names it:
//!
//! - `read`: the lenient JSON reading, its messages and the whole check;
//! - `fields`: each field's check, and the did-you-mean for misspelt names;
//! - `numbers`: advice on phone numbers;
//! - `url`: the rule for an exit address, and advice on one;
//! - `theme`: colours, radius and the integer WCAG contrast maths;
//! - `reference`: the field list that drives the parser and the docs.

mod fields;
mod numbers;
mod read;
mod reference;
mod theme;
mod url;

pub use fields::{invisible, suggest_language};
pub use numbers::{number_advice, shows_number};
pub use read::{
    check, parse, parse_at, read_json, Problem, CURLY_NOTE, MAX_PROBLEMS, MAX_SETTINGS_BYTES,
    MAX_SETTINGS_LINES,
};
pub use reference::{reference_markdown, top_level_fields, FieldDoc, REFERENCE};
pub use theme::{colour_luminance, contrast, hundredths, luminance, meets_aa, LINEAR};
pub use url::safe_url;

use super::content;
use super::help::Contact;
use std::collections::BTreeMap;

/// The neutral page the quick exit opens when neither the embedder nor the
/// place chooses one: content/exit-pages.json `default.url`, read at compile
/// time (with the other facts the static files share, in the content crate).
pub use clear_signs_content::facts::DEFAULT_EXIT_URL;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub organisation: Option<Organisation>,
    /// Languages offered, in the embedder's order; `None` offers all.
    pub languages: Option<Vec<&'static str>>,
    /// Used when the browser's preferences match no offered language.
    pub default_language: Option<&'static str>,
    /// A jurisdiction id shown before the person chooses.
    pub default_place: Option<String>,
    /// The embedder's own lines, shown first.
    pub help_lines: Vec<NgoLine>,
    /// Show only the embedder's lines, not the built-in ones.
    pub replace_help_lines: bool,
    pub exit: Exit,
    pub theme: Theme,
    /// Offer "keep my answers on this device".
    pub keep_answers: bool,
    /// The journeys offered on the start screen (see `journeys::OFFERABLE`).
    pub journeys: Vec<&'static str>,
    /// Show the embedder the problems in these settings on the page.
    pub debug: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: None,
            languages: None,
            default_language: None,
            default_place: None,
            help_lines: Vec::new(),
            replace_help_lines: false,
            exit: Exit::default(),
            theme: Theme::default(),
            keep_answers: true,
            journeys: super::journeys::OFFERABLE.to_vec(),
            debug: false,
        }
    }
}

impl Config {
    /// The languages on offer, in the embedder's order ("in your order" in
    /// the reference); every shipped language, English first, otherwise.
    pub fn offered_languages(&self) -> Vec<&'static content::Language> {
        match &self.languages {
            Some(codes) => codes.iter().filter_map(|c| content::language(c)).collect(),
            None => content::languages().iter().collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub name: String,
    /// A short contact line: one for every language (under `ANY_LANGUAGE`),
    /// or one per language code.
    pub contact: BTreeMap<String, String>,
}

/// The key of a text written once for every language.
pub const ANY_LANGUAGE: &str = "*";

impl Organisation {
    /// The contact line to show in `lang`: its own, else the one for every
    /// language, else the first given; with the language it is written in
    /// when that is not `lang` (so it can be marked for screen readers).
    pub fn contact_for(&self, lang: &str) -> Option<(Option<&str>, &str)> {
        if let Some(text) = self.contact.get(lang) {
            return Some((None, text));
        }
        if let Some(text) = self.contact.get(ANY_LANGUAGE) {
            return Some((None, text));
        }
        self.contact
            .iter()
            .next()
            .map(|(code, text)| (Some(code.as_str()), text.as_str()))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NgoLine {
    pub name: String,
    pub operator: Option<String>,
    pub police: Option<bool>,
    pub free: Option<bool>,
    pub contacts: Vec<Contact>,
    /// Description by language code; shown in the person's language, else the first.
    pub about: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Exit {
    pub url: String,
    pub escape: bool,
}

impl Default for Exit {
    fn default() -> Self {
        Exit {
            url: DEFAULT_EXIT_URL.into(),
            escape: false,
        }
    }
}

/// Colours (`#rrggbb` or `#rgb`) and corner radius, as CSS custom properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Theme {
    pub primary: Option<String>,
    pub primary_text: Option<String>,
    pub background: Option<String>,
    pub text: Option<String>,
    pub radius: Option<String>,
}

/// The built-in colours, used for any colour the theme leaves out.
pub const DEFAULT_COLOURS: [(&str, &str); 4] = [
    ("primary", "#1d5b79"),
    ("primary_text", "#ffffff"),
    ("background", "#ffffff"),
    ("text", "#1b1b1b"),
];

impl Theme {
    /// (CSS custom property, value) pairs to set.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        [
            ("--cs-primary", &self.primary),
            ("--cs-primary-text", &self.primary_text),
            ("--cs-background", &self.background),
            ("--cs-text", &self.text),
            ("--cs-radius", &self.radius),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.clone().map(|v| (name, v)))
        .collect()
    }

    fn colour(&self, name: &str) -> String {
        let chosen = match name {
            "primary" => &self.primary,
            "primary_text" => &self.primary_text,
            "background" => &self.background,
            _ => &self.text,
        };
        let default = DEFAULT_COLOURS
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("#000000", |(_, v)| v);
        chosen.clone().unwrap_or_else(|| default.to_string())
    }
}
