//! How the locale files reach the app (issue 16): every key once, then each
//! language's texts in that key order, between U+001F, so the app parses no
//! JSON at start-up or on a language change. English is compiled into the
//! app; every other language is a file `lang/<code>.txt` beside it, starting
//! with the keys' id, so a file from another release is refused rather than
//! read against the wrong keys. The app's build.rs writes both from here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Between entries. A control character, which no text may contain.
pub const SEPARATOR: char = '\u{1f}';
/// The value of a key a language does not have.
pub const ABSENT: &str = "\u{18}";
/// Compiled into the app, so never a file.
pub const BUILT_IN: &str = "en";
/// The card for officials (src/ui/card.rs): its three sentences in every
/// language are in the app, so the card never waits for a file.
pub const CARD_KEYS: [&str; 3] = ["ui.card.victim", "ui.card.lawyer", "ui.card.referral"];

/// Every locale file, by language code.
pub struct Locales {
    pub texts: BTreeMap<String, BTreeMap<String, String>>,
}

impl Locales {
    /// Read `dir/*.json`. A file that is not a flat JSON map of texts, a text
    /// with a control character, or a key that is not ASCII is refused with
    /// its file name (the native tests check the rest).
    pub fn read(dir: &Path) -> Result<Locales, String> {
        let mut texts = BTreeMap::new();
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let code = path.file_stem().unwrap_or_default().to_string_lossy();
            let json =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let file: BTreeMap<String, String> = serde_json::from_str(&json)
                .map_err(|e| format!("{}: not a flat JSON map of texts: {e}", path.display()))?;
            for (key, value) in &file {
                if !key.is_ascii() {
                    return Err(format!("{}: key `{key}` is not ASCII", path.display()));
                }
                if key
                    .chars()
                    .chain(value.chars())
                    .any(|c| c.is_control() && c != '\n')
                {
                    return Err(format!(
                        "{}: `{key}` holds a control character",
                        path.display()
                    ));
                }
            }
            texts.insert(code.to_string(), file);
        }
        Ok(Locales { texts })
    }

    /// Every key of every language once, sorted (ASCII, so bytes and UTF-16
    /// sort the same).
    pub fn keys(&self) -> Vec<&str> {
        let keys: BTreeSet<&str> = self
            .texts
            .values()
            .flat_map(|t| t.keys().map(String::as_str))
            .collect();
        keys.into_iter().collect()
    }

    /// The packed keys: the app's `PACKED_KEYS`.
    pub fn packed_keys(&self) -> String {
        join(&self.keys())
    }

    /// One language's texts in key order.
    pub fn packed(&self, code: &str) -> Option<String> {
        let texts = self.texts.get(code)?;
        let values: Vec<&str> = self
            .keys()
            .into_iter()
            .map(|k| texts.get(k).map_or(ABSENT, String::as_str))
            .collect();
        Some(join(&values))
    }

    /// A language's `lang/<code>.txt`: the keys' id, then its packed texts.
    pub fn file(&self, code: &str) -> Option<String> {
        let id = keys_id(&self.packed_keys());
        Some(format!("{id}{SEPARATOR}{}", self.packed(code)?))
    }

    /// The languages that are files (all but English).
    pub fn file_codes(&self) -> impl Iterator<Item = &str> {
        self.texts
            .keys()
            .map(String::as_str)
            .filter(|c| *c != BUILT_IN)
    }

    /// Each language's `meta.status`, one `code status` per line (for the
    /// configurator, which has only English's texts).
    pub fn statuses(&self) -> String {
        let lines: Vec<String> = self
            .texts
            .iter()
            .map(|(code, t)| format!("{code} {}", t.get("meta.status").map_or("", String::as_str)))
            .collect();
        lines.join("\n")
    }

    /// The card's sentences in every language: one line each, the code and
    /// then the sentences, between U+001F.
    pub fn card(&self) -> String {
        let lines: Vec<String> = self
            .texts
            .iter()
            .map(|(code, t)| {
                let line = CARD_KEYS.map(|k| t.get(k).map_or(ABSENT, String::as_str));
                format!("{code}{SEPARATOR}{}", join(&line))
            })
            .collect();
        lines.join("\n")
    }
}

fn join(items: &[&str]) -> String {
    items.join(&SEPARATOR.to_string())
}

/// Names one set of keys: FNV-1a (32 bits) of the packed keys' UTF-8, in hex.
pub fn keys_id(packed_keys: &str) -> String {
    let hash = packed_keys.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}
