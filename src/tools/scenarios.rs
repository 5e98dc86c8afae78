//! Worked examples from realistic situations, in `content/scenarios.json`.
//! One source for two uses: the tests check each level, the report shows them.

use crate::domain::answers::Answers;
use serde::Deserialize;

pub const SCENARIOS_JSON: &str = include_str!("../../content/scenarios.json");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenarios {
    pub format_version: u32,
    /// What the scenarios are for, and what they are not.
    pub about: String,
    pub scenarios: Vec<Scenario>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub story: String,
    pub answers: Answers,
    /// The level id the rule must give: strong, some, few, unclear or none.
    pub expected: String,
}

pub fn load() -> Result<Vec<Scenario>, String> {
    let s: Scenarios =
        serde_json::from_str(SCENARIOS_JSON).map_err(|e| format!("scenarios.json: {e}"))?;
    Ok(s.scenarios)
}
