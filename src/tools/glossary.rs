//! The translation glossary (`content/glossary.json`): one chosen word per
//! language for each key term, the forms that count as using it, and words a
//! language must avoid. Checked by `tests/glossary.rs`; shown to reviewers in
//! `docs/translations/<code>.md`. Not compiled into the app.

use crate::domain::terms::{contains_word, starts_word};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub format_version: u32,
    pub about: String,
    pub terms: Vec<Term>,
    /// Per language: words never to use (outside the listed exceptions).
    pub avoid: BTreeMap<String, Vec<Avoid>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    /// English words that mark the term (whole words, any case).
    pub english: Vec<String>,
    /// Per language: the chosen term first, then other acceptable forms.
    pub languages: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Avoid {
    pub text: String,
    /// Longer phrases containing `text` that are fine.
    pub except: Vec<String>,
    pub why: String,
}

impl Glossary {
    pub fn parse(json: &str) -> Result<Glossary, String> {
        serde_json::from_str(json).map_err(|e| format!("glossary.json: {e}"))
    }
}

impl Term {
    /// Does this English text use the term (as whole words)?
    pub fn used_in_english(&self, english: &str) -> bool {
        let text = english.to_lowercase();
        self.english.iter().any(|word| contains_word(&text, word))
    }

    /// Does this translation use one of the language's forms of the term?
    pub fn used_in(&self, code: &str, translation: &str) -> bool {
        let text = normalise(translation);
        self.languages
            .get(code)
            .is_some_and(|forms| forms.iter().any(|f| starts_word(&text, &normalise(f))))
    }

    /// The chosen term in a language.
    pub fn chosen(&self, code: &str) -> Option<&str> {
        self.languages
            .get(code)
            .and_then(|f| f.first())
            .map(String::as_str)
    }
}

impl Avoid {
    /// Is the word to avoid in this text (outside the allowed phrases)?
    pub fn found_in(&self, text: &str) -> bool {
        let mut text = normalise(text);
        for allowed in &self.except {
            text = text.replace(&normalise(allowed), " ");
        }
        text.contains(&normalise(&self.text))
    }
}

/// Lower case, Arabic short-vowel marks removed, curly apostrophes straight.
pub fn normalise(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}
