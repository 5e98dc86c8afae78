//! The case bank, `content/cases.json`: published accounts of real people
//! (court judgments, official case reports, news, NGO and research reports
//! that describe the person or group), each with its source, its answers
//! re-read from the story, and the level `content/reference/levels.md` gives
//! it, written without the rule. The tests hold the rule to every level exactly.

use crate::domain::answers::Answers;
use serde::Deserialize;

pub const CASES_JSON: &str = include_str!("../../content/cases.json");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseBank {
    pub format_version: u32,
    pub about: String,
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    /// The published source that describes the person, with its URL.
    pub source: String,
    pub story: String,
    pub answers: Answers,
    /// The level `levels.md` gives the story, written without the rule.
    pub expected: String,
    /// Why that level, from the source and `levels.md`.
    pub why: String,
}

pub fn load() -> Result<Vec<Case>, String> {
    let bank: CaseBank =
        serde_json::from_str(CASES_JSON).map_err(|e| format!("cases.json: {e}"))?;
    Ok(bank.cases)
}
