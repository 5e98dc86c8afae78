//! The reference standard (`content/reference/`): people described in
//! published sources, each with the answers they would give by topic and the
//! level `levels.md` gives them, written without looking at the rule. The
//! mapping (`mapping.json`) turns a case's topics into this check's answers;
//! `tests/reference.rs` holds the rule to every case, with no tolerance.

use crate::domain::answers::{Answer, Answers};
use crate::domain::catalogue::{Catalogue, QuestionKind};
use crate::domain::journey;
use serde::Deserialize;
use std::collections::BTreeMap;

pub const CASES_JSON: &str = include_str!("../../content/reference/reference-cases.json");
pub const MAPPING_JSON: &str = include_str!("../../content/reference/mapping.json");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    pub who: String,
    pub source: CaseSource,
    /// Reference topic → `yes`, `no`, `not_sure`, `skip`, or an activity name.
    pub answers: BTreeMap<String, String>,
    pub expected: String,
    pub safety_first: bool,
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseSource {
    pub title: String,
    pub url: String,
    pub kind: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub format_version: u32,
    pub about: String,
    /// Reference activity → this check's activity id.
    pub activities: BTreeMap<String, String>,
    pub questions: Vec<MappedQuestion>,
    pub unasked: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappedQuestion {
    pub question: String,
    pub topics: Vec<String>,
    /// Topics asked the other way round: `no` to the topic is `yes` here.
    #[serde(default)]
    pub inverted: Vec<String>,
}

pub fn cases() -> Result<Vec<Case>, String> {
    serde_json::from_str(CASES_JSON).map_err(|e| format!("reference-cases.json: {e}"))
}

pub fn mapping() -> Result<Mapping, String> {
    serde_json::from_str(MAPPING_JSON).map_err(|e| format!("mapping.json: {e}"))
}

/// Strongest first: one question asking about several topics takes the
/// strongest of their answers.
const ORDER: [Answer; 4] = [Answer::Yes, Answer::Unsure, Answer::Skip, Answer::No];

fn reply(topic_answer: &str, inverted: bool) -> Result<Answer, String> {
    Ok(match (topic_answer, inverted) {
        ("yes", false) | ("no", true) => Answer::Yes,
        ("no", false) | ("yes", true) => Answer::No,
        ("not_sure", _) => Answer::Unsure,
        ("skip", _) => Answer::Skip,
        (other, _) => return Err(format!("unknown topic answer `{other}`")),
    })
}

impl Mapping {
    /// The answers this case gives on its own path through the check.
    pub fn answers(&self, catalogue: &Catalogue, case: &Case) -> Result<Answers, String> {
        let topic = |t: &str| {
            case.answers
                .get(t)
                .map(String::as_str)
                .ok_or_else(|| format!("{}: no answer for topic `{t}`", case.id))
        };
        let mut activities = Vec::new();
        for t in ["activity", "activity_2"] {
            if let Ok(a) = topic(t) {
                let id = self
                    .activities
                    .get(a)
                    .ok_or_else(|| format!("{}: unknown activity `{a}`", case.id))?;
                activities.push(id.as_str());
            }
        }
        let activity_question = catalogue
            .questions
            .iter()
            .find(|q| q.kind == QuestionKind::Activity)
            .ok_or("no activity question")?;
        let mut all = Answers::new();
        let chosen = catalogue
            .activities
            .iter()
            .filter(|a| activities.contains(&a.as_str()))
            .map(|a| a.to_string())
            .collect();
        all.insert(activity_question.id.to_string(), Answer::Activities(chosen));
        for m in &self.questions {
            let mut replies = Vec::new();
            for t in &m.topics {
                replies.push(reply(topic(t)?, false)?);
            }
            for t in &m.inverted {
                replies.push(reply(topic(t)?, true)?);
            }
            let answer = ORDER
                .iter()
                .find(|a| replies.contains(a))
                .cloned()
                .unwrap_or(Answer::No);
            all.insert(m.question.clone(), answer);
        }
        // Only what the person is asked: the questions on their own path.
        let path = journey::path(catalogue, &all);
        Ok(all
            .into_iter()
            .filter(|(id, _)| path.iter().any(|q| &q.id == id))
            .collect())
    }

    /// What is wrong with the mapping: every question mapped once, every
    /// topic of the reference used once, every activity known.
    pub fn problems(&self, catalogue: &Catalogue, cases: &[Case]) -> Vec<String> {
        let mut problems = Vec::new();
        for q in &catalogue.questions {
            let n = self.questions.iter().filter(|m| m.question == q.id).count();
            if q.kind != QuestionKind::Activity && n != 1 {
                problems.push(format!("question `{}` is mapped {n} times", q.id));
            }
        }
        for m in &self.questions {
            if catalogue.question(&m.question).is_none() {
                problems.push(format!("mapping names unknown question `{}`", m.question));
            }
        }
        let mut used: Vec<&str> = self
            .questions
            .iter()
            .flat_map(|m| m.topics.iter().chain(&m.inverted))
            .map(String::as_str)
            .collect();
        used.extend(["activity", "activity_2"]);
        for case in cases {
            for t in case.answers.keys() {
                if !used.contains(&t.as_str()) {
                    problems.push(format!("{}: topic `{t}` is not mapped", case.id));
                }
            }
        }
        used.sort_unstable();
        let n = used.len();
        used.dedup();
        if used.len() != n {
            problems.push("a topic is mapped to two questions".into());
        }
        for a in self.activities.values() {
            if !catalogue.activities.has(a) {
                problems.push(format!("mapping names unknown activity `{a}`"));
            }
        }
        problems
    }
}
