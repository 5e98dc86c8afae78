//! Translated text: a flat map from key to string, one JSON file per language.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(transparent)]
pub struct Texts(BTreeMap<String, String>);

impl Texts {
    pub fn parse(json: &str) -> Result<Texts, String> {
        serde_json::from_str(json).map_err(|e| format!("locale file: {e}"))
    }

    /// The text for `key`. A missing key shows the key itself: visible to
    /// testers, never a crash. Tests make sure no shipped key is missing.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.0.get(key).map(String::as_str).unwrap_or(key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// The text with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.keys()
    }

    pub fn entries(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter()
    }
}
