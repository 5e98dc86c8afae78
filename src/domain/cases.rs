//! The independent case bank, `content/cases.json`: patterns from published
//! typologies, each with its source and the level a reviewer expected from
//! the sources alone. The tests hold the rule to it; the report shows it.

use super::answers::Answers;
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
    /// Where the pattern comes from.
    pub source: String,
    pub story: String,
    pub answers: Answers,
    /// The level expected from the sources, written before the rule was run.
    pub expected: String,
    /// Why that level, from the sources.
    pub why: String,
    /// Where the rule knowingly gives another level: what and why.
    #[serde(default)]
    pub rule_note: Option<RuleNote>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleNote {
    pub rule_gives: String,
    pub why: String,
}

impl Case {
    /// The level the rule must give: the expectation, or the documented exception.
    pub fn level_to_match(&self) -> &str {
        self.rule_note
            .as_ref()
            .map_or(&self.expected, |n| &n.rule_gives)
    }
}

pub fn load() -> Result<Vec<Case>, String> {
    let bank: CaseBank =
        serde_json::from_str(CASES_JSON).map_err(|e| format!("cases.json: {e}"))?;
    Ok(bank.cases)
}
