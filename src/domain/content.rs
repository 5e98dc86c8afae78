//! All shipped content, compiled into the app so nothing is fetched at run time.

use super::catalogue::Catalogue;
use super::help::HelpData;
use super::text::Texts;

pub const ASSESSMENT_JSON: &str = include_str!("../../content/assessment.json");
pub const HELP_JSON: &str = include_str!("../../content/help.json");
/// Shipped languages: (code, locale file).
pub const LOCALES: &[(&str, &str)] = &[("en", include_str!("../../content/locales/en.json"))];
pub const DEFAULT_LANGUAGE: &str = "en";

#[derive(Debug, Clone)]
pub struct Content {
    pub catalogue: Catalogue,
    pub help: HelpData,
    pub texts: Texts,
}

impl Content {
    /// Load the shipped content in one language.
    pub fn load(language: &str) -> Result<Content, String> {
        let (_, json) = LOCALES
            .iter()
            .find(|(code, _)| *code == language)
            .ok_or_else(|| format!("unknown language `{language}`"))?;
        Ok(Content {
            catalogue: Catalogue::parse(ASSESSMENT_JSON)?,
            help: HelpData::parse(HELP_JSON)?,
            texts: Texts::parse(json)?,
        })
    }
}
