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

    /// A shipped language's texts: in the app, English only, unpacked from
    /// what build.rs packed (the others are fetched: [`Texts::unpack_file`]);
    /// natively, any, read from the locale file (the tests check they agree).
    pub fn of(language: &super::language::Language) -> Result<Texts, String> {
        #[cfg(target_arch = "wasm32")]
        return match language.code {
            super::language::DEFAULT_LANGUAGE => Ok(Texts::unpack(
                super::language::PACKED_KEYS,
                super::language::ENGLISH_PACKED,
            )),
            code => Err(format!(
                "{code} is not built in: it is read from lang/{code}.txt"
            )),
        };
        #[cfg(not(target_arch = "wasm32"))]
        Texts::parse(language.json)
    }

    /// A `lang/<code>.txt` file (build.rs, `clear_signs_content::packing`): the keys' id,
    /// then the texts in [`PACKED_KEYS`] order. A file packed against other
    /// keys, or not such a file at all (a host's "not found" page), is refused.
    ///
    /// [`PACKED_KEYS`]: super::language::PACKED_KEYS
    pub fn unpack_file(file: &str) -> Result<Texts, String> {
        let values = Texts::check_file(file)?;
        Ok(Texts::unpack(super::language::PACKED_KEYS, values))
    }

    /// The texts part of a `lang/<code>.txt` file, if it is one of this
    /// release's (see [`Texts::unpack_file`]), without unpacking them yet.
    pub fn check_file(file: &str) -> Result<&str, String> {
        use super::language::{KEYS_ID, PACKED_KEYS};
        let (id, values) = file.split_once('\u{1f}').unwrap_or((file, ""));
        if id != KEYS_ID {
            return Err(format!(
                "not a language file of this release (its first entry should be the keys' id \
                 {KEYS_ID}): upload every file of the release together"
            ));
        }
        let count = |text: &str| text.matches('\u{1f}').count();
        if count(values) != count(PACKED_KEYS) {
            return Err("a language file of this release, but cut short".into());
        }
        Ok(values)
    }

    /// Texts from build.rs's packing: `keys` and `values` hold one entry per
    /// key, in the same order, between U+001F; U+0018 marks a key this
    /// language does not have.
    pub fn unpack(keys: &str, values: &str) -> Texts {
        let entries = keys.split('\u{1f}').zip(values.split('\u{1f}'));
        // Inserted one by one, not collected: collecting sorts first, and
        // that sort is 5 KB of .wasm (the keys come sorted anyway).
        let mut texts = BTreeMap::new();
        texts.extend(
            entries
                .filter(|(_, value)| *value != "\u{18}")
                .map(|(key, value)| (key.to_string(), value.to_string())),
        );
        Texts(texts)
    }

    /// The text for `key`. A missing key shows the key itself: visible to
    /// testers, never a crash. Tests make sure no shipped key is missing.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.0.get(key).map(String::as_str).unwrap_or(key)
    }

    /// The text for `key`, if this language has it (borrowed from the texts only).
    pub fn find(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
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

/// A text to show and the language to mark it with: `lang` is `None` when the
/// text is in the page's language, `Some("en")` when it fell back to the
/// English source (so screen readers pronounce it right).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localised<'a> {
    pub text: &'a str,
    pub lang: Option<&'static str>,
}

/// The language of the text in `content/help.json`.
pub const HELP_SOURCE_LANGUAGE: &str = "en";

/// A help line's `field` (`name` or `operator`) in the person's language: the
/// locale key `line.<id>.<field>` when the file has it, else `source`, the
/// text from `content/help.json`, marked as English. Organisation and law
/// names inside a translation stay as they are (translators keep them).
pub fn line_text<'a>(texts: &'a Texts, id: &str, field: &str, source: &'a str) -> Localised<'a> {
    match texts.0.get(&format!("line.{id}.{field}")) {
        Some(text) => Localised { text, lang: None },
        None => Localised {
            text: source,
            lang: Some(HELP_SOURCE_LANGUAGE),
        },
    }
}

/// A help line's name in the person's language (see [`line_text`]).
///
/// In a component: `let name = line_name(check.texts(), line);` then
/// `<h3 lang=name.lang>{name.text.to_string()}</h3>` (no `lang` when translated).
pub fn line_name<'a>(texts: &'a Texts, line: &'a super::help::Line) -> Localised<'a> {
    line_text(texts, &line.id, "name", &line.name)
}

/// Who runs a help line, in the person's language (see [`line_text`]).
pub fn line_operator<'a>(texts: &'a Texts, line: &'a super::help::Line) -> Localised<'a> {
    line_text(texts, &line.id, "operator", &line.operator)
}

/// True for the per-line name and operator keys, which a language may leave
/// out (the English source is then shown, marked `lang="en"`).
pub fn is_line_label_key(key: &str) -> bool {
    key.starts_with("line.") && (key.ends_with(".name") || key.ends_with(".operator"))
}

/// A phone number or short code read left to right inside right-to-left
/// text: wrapped in a left-to-right isolate (U+2066 … U+2069), so
/// "08000 121 700" is never shown as "700 121 08000" in Arabic or Urdu and a
/// person who copies it by eye dials the right digits.
pub fn isolate_ltr(value: &str) -> String {
    format!("\u{2066}{value}\u{2069}")
}
