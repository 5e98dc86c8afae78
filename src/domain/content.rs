//! All shipped content. Compiled into the app, except the languages other
//! than English: those are files beside it (lang/<code>.txt), which every
//! visitor fetches in the same order (src/ui/languages.rs).

use super::catalogue::Catalogue;
use super::help::HelpData;
use super::text::Texts;

/// The shipped languages (kept here too: many callers name them so).
pub use super::language::{
    card_sentences, language, languages, Language, DEFAULT_LANGUAGE, ENGLISH_PACKED, KEYS_ID,
    LANGUAGES, PACKED_KEYS, PSEUDO,
};
/// The content files (read by build.rs and the native tests; the app builds
/// the same values from Rust, `domain::baked`).
pub use clear_signs_content::{ASSESSMENT_JSON, HELP_JSON};

#[derive(Debug, Clone)]
pub struct Content {
    pub catalogue: Catalogue,
    pub help: HelpData,
    pub texts: Texts,
}

impl Content {
    /// The shipped content in one language.
    pub fn load(language: &str) -> Result<Content, String> {
        let language =
            self::language(language).ok_or_else(|| format!("unknown language `{language}`"))?;
        // Static data (`domain::baked`, written by build.rs from the files
        // it checked): cloning copies only the outer references.
        let (catalogue, help) = (super::baked::CATALOGUE.clone(), super::baked::HELP.clone());
        Ok(Content {
            catalogue,
            help,
            texts: Texts::of(language)?,
        })
    }
}
