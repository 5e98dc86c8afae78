//! A person's answers, keyed by question id.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One answer. Stored as a plain string so the stored form stays readable:
/// `yes`, `no`, `unsure`, `skip`, or an activity id for the branching question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Answer {
    Yes,
    No,
    /// "Not sure": counts for less than yes.
    Unsure,
    /// "I'd rather not say": counts for nothing, never held against the person.
    Skip,
    /// The chosen activity on the branching question.
    Activity(String),
}

impl Answer {
    /// The replies offered on every yes/no question, in display order.
    pub const REPLIES: [Answer; 4] = [Answer::Yes, Answer::No, Answer::Unsure, Answer::Skip];

    /// The locale key of this answer's label.
    pub fn label_key(&self) -> String {
        match self {
            Answer::Yes => "answer.yes".into(),
            Answer::No => "answer.no".into(),
            Answer::Unsure => "answer.unsure".into(),
            Answer::Skip => "answer.skip".into(),
            Answer::Activity(a) => format!("activity.{a}"),
        }
    }

    pub fn code(&self) -> &str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "unsure",
            Answer::Skip => "skip",
            Answer::Activity(a) => a,
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
            _ => Answer::Activity(s),
        }
    }
}

impl From<Answer> for String {
    fn from(a: Answer) -> String {
        a.code().to_string()
    }
}

/// Answers by question id. A BTreeMap so the stored form is stable.
pub type Answers = BTreeMap<String, Answer>;
