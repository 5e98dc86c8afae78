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

    /// A pseudo-translation for layout tests: every letter accented and each
    /// text about 40 % longer, placeholders kept, so overflow shows up.
    pub fn pseudo(&self) -> Texts {
        let accent = |c: char| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ö',
            'c' => 'ç',
            'n' => 'ñ',
            other => other,
        };
        let stretch = |text: &str| {
            let mut out = String::new();
            let mut in_placeholder = false;
            for c in text.chars() {
                in_placeholder = (in_placeholder || c == '{') && c != '}';
                out.push(if in_placeholder { c } else { accent(c) });
            }
            let extra = text.chars().count() * 2 / 5;
            let filler: String = "ẋẋẋẋẋ ".chars().cycle().take(extra).collect();
            format!("{out} {filler}").trim_end().to_string()
        };
        let map = self
            .0
            .iter()
            .map(|(k, v)| {
                let keep = k.starts_with("meta.");
                (k.clone(), if keep { v.clone() } else { stretch(v) })
            })
            .collect();
        Texts(map)
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.keys()
    }

    pub fn entries(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter()
    }
}
