//! A person's answers, keyed by question id.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Joins the chosen activities in the stored form: `scams+sex`.
const ACTIVITY_JOIN: char = '+';

/// One answer. Stored as a plain string so the stored form stays readable:
/// `yes`, `no`, `unsure`, `skip`, or the chosen activity ids joined by `+`
/// for the branching question (one id, as before, when one was chosen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Answer {
    Yes,
    No,
    /// "Not sure": never lowers the level, and for age means "maybe under 18".
    Unsure,
    /// "I'd rather not say": counts for nothing, never held against the person.
    Skip,
    /// The activities chosen on the branching question, in catalogue order.
    Activities(Vec<String>),
}

impl Answer {
    /// The replies offered on every yes/no question, in display order.
    pub const REPLIES: [Answer; 4] = [Answer::Yes, Answer::No, Answer::Unsure, Answer::Skip];

    /// One chosen activity.
    pub fn activity(id: &str) -> Answer {
        Answer::Activities(vec![id.to_string()])
    }

    /// The locale key of this answer's label (the first activity's, for a
    /// choice of activities: see `labels_keys`).
    pub fn label_key(&self) -> String {
        match self {
            Answer::Yes => "answer.yes".into(),
            Answer::No => "answer.no".into(),
            Answer::Unsure => "answer.unsure".into(),
            Answer::Skip => "answer.skip".into(),
            Answer::Activities(ids) => format!("activity.{}", ids.first().map_or("", |a| a)),
        }
    }

    /// The locale keys of every label this answer shows.
    pub fn label_keys(&self) -> Vec<String> {
        match self {
            Answer::Activities(ids) => ids.iter().map(|a| format!("activity.{a}")).collect(),
            other => vec![other.label_key()],
        }
    }

    pub fn code(&self) -> Cow<'_, str> {
        match self {
            Answer::Yes => "yes".into(),
            Answer::No => "no".into(),
            Answer::Unsure => "unsure".into(),
            Answer::Skip => "skip".into(),
            Answer::Activities(ids) if ids.len() == 1 => ids[0].as_str().into(),
            Answer::Activities(ids) => ids.join(&ACTIVITY_JOIN.to_string()).into(),
        }
    }
}

impl From<String> for Answer {
    fn from(s: String) -> Self {
        match s.as_str() {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            "unsure" => Answer::Unsure,
            "skip" => Answer::Skip,
            _ => Answer::Activities(s.split(ACTIVITY_JOIN).map(str::to_string).collect()),
        }
    }
}

impl From<Answer> for String {
    fn from(a: Answer) -> String {
        a.code().into_owned()
    }
}

/// Answers by question id. A BTreeMap so the stored form is stable.
pub type Answers = BTreeMap<String, Answer>;
