//! The assessment catalogue: signs, questions and the data half of the rule,
//! read from `content/assessment.json`. Texts live in the locale files.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// The shipped content as Rust (src/bin/bake_content.rs), so the app
/// parses no JSON of its own.
#[rustfmt::skip]
pub mod baked;

/// The schema version this code reads. Bump it when the shape changes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub format_version: u32,
    /// The longest path any person may be asked.
    pub max_path_length: usize,
    pub sources: BTreeMap<String, Source>,
    pub dimensions: Vec<Dimension>,
    pub signs: Vec<Sign>,
    pub activities: Vec<String>,
    /// Activities that are crimes the person may be made to commit (forced
    /// criminality). The rule and the result's wording depend on it.
    pub crime_activities: Vec<String>,
    pub questions: Vec<Question>,
    pub rule: RuleData,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DimensionKind {
    Recruitment,
    Exploitation,
    /// Coercion or abuse of vulnerability at destination: the "means".
    Coercion,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub kind: DimensionKind,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Carries no weight in the rule (context and safety signs).
    None,
    Weak,
    Medium,
    Strong,
}

impl Strength {
    /// "Not sure" counts one step less than "yes".
    pub fn weakened(self) -> Strength {
        match self {
            Strength::Strong => Strength::Medium,
            Strength::Medium => Strength::Weak,
            Strength::Weak | Strength::None => Strength::None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Strength::None => "none",
            Strength::Weak => "weak",
            Strength::Medium => "medium",
            Strength::Strong => "strong",
        }
    }
}

/// Signs outside the six ILO dimensions.
pub const CONTEXT: &str = "context";
pub const SAFETY: &str = "safety";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sign {
    pub id: String,
    /// One of the dimension ids, or `context` / `safety`.
    pub dimension: String,
    pub strength: Strength,
    /// Key into `sources`.
    pub source: String,
    /// The indicator this maps to, for reviewers (not shown to the person).
    pub note: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes / no / not sure / rather not say.
    #[default]
    YesNo,
    /// The branching question: which activity this is about.
    Activity,
    /// Under 18 at the time: a yes/no question that changes the rule.
    Minor,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(default)]
    pub kind: QuestionKind,
    /// Signs a "yes" raises ("not sure" raises them one step weaker).
    #[serde(default)]
    pub raises: Vec<String>,
    /// Signs a "yes" raises too when the chosen activity is a crime: e.g.
    /// someone else taking the money from crimes is exploitation itself.
    #[serde(default)]
    pub crime_raises: Vec<String>,
    /// Activities this question is asked for; empty means every path.
    #[serde(default)]
    pub paths: Vec<String>,
    /// A follow-up: asked only when one of these earlier questions was
    /// answered "yes" or "not sure". Empty means always asked.
    #[serde(default)]
    pub after: Vec<String>,
    /// A key question: "no warning signs" needs a "no" to every key question
    /// on the path, and too many unanswered ones give "not enough answers".
    #[serde(default)]
    pub key: bool,
}

impl Question {
    pub fn asked_for(&self, activity: Option<&str>) -> bool {
        self.paths.is_empty() || activity.is_some_and(|a| self.paths.iter().any(|p| p == a))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleData {
    /// Signs raised for a minor by the activity alone (a child cannot consent).
    pub minor_activity_signs: Vec<MinorActivitySign>,
    /// For a minor, any of these raised by a "yes" gives the strongest level.
    pub minor_sufficient_signs: Vec<String>,
    /// For a minor on a crime activity, a "yes" raising any of these (someone
    /// else directed it or gained from it) gives the strongest level.
    pub minor_directed_signs: Vec<String>,
    /// For a minor on any other activity, exploitation plus a "yes" raising
    /// any of these (someone moved, held or controlled them) gives the
    /// strongest level: exploitation alone may be hard work in a family.
    pub minor_control_signs: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinorActivitySign {
    pub activity: String,
    pub sign: String,
}

impl Catalogue {
    pub fn parse(json: &str) -> Result<Catalogue, String> {
        let catalogue: Catalogue =
            serde_json::from_str(json).map_err(|e| format!("assessment.json: {e}"))?;
        catalogue.validate()?;
        Ok(catalogue)
    }

    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs.iter().find(|s| s.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// Every problem in the data, so a content editor sees them all at once.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.format_version != FORMAT_VERSION {
            problems.push(format!(
                "format_version is {}, this build reads {FORMAT_VERSION}",
                self.format_version
            ));
        }
        let mut check_unique = |kind: &str, ids: Vec<&String>| {
            let mut seen = BTreeSet::new();
            for id in ids {
                if id.trim().is_empty() {
                    problems.push(format!("a {kind} has an empty id"));
                } else if !seen.insert(id) {
                    problems.push(format!("{kind} id `{id}` is used twice"));
                }
            }
        };
        check_unique("dimension", self.dimensions.iter().map(|d| &d.id).collect());
        check_unique("sign", self.signs.iter().map(|s| &s.id).collect());
        check_unique("question", self.questions.iter().map(|q| &q.id).collect());
        check_unique("activity", self.activities.iter().collect());
        for a in &self.crime_activities {
            if !self.activities.contains(a) {
                problems.push(format!("crime_activities names unknown activity `{a}`"));
            }
        }

        for sign in &self.signs {
            let special = sign.dimension == CONTEXT || sign.dimension == SAFETY;
            if !special && self.dimension(&sign.dimension).is_none() {
                problems.push(format!(
                    "sign `{}`: unknown dimension `{}`",
                    sign.id, sign.dimension
                ));
            }
            if special != (sign.strength == Strength::None) {
                problems.push(format!(
                    "sign `{}`: context and safety signs have strength `none`, all others a weight",
                    sign.id
                ));
            }
            match self.sources.get(&sign.source) {
                None => problems.push(format!(
                    "sign `{}`: unknown source `{}`",
                    sign.id, sign.source
                )),
                Some(s) if s.title.trim().is_empty() => {
                    problems.push(format!("source `{}` has no title", sign.source))
                }
                Some(_) => {}
            }
            if sign.note.trim().is_empty() {
                problems.push(format!("sign `{}` has no note for reviewers", sign.id));
            }
        }
        for (id, source) in &self.sources {
            if let Some(url) = &source.url {
                if !url.starts_with("https://") {
                    problems.push(format!("source `{id}`: url must start with https://"));
                }
            }
        }
        let kinds = |k: QuestionKind| self.questions.iter().filter(|q| q.kind == k).count();
        if kinds(QuestionKind::Activity) != 1 || kinds(QuestionKind::Minor) != 1 {
            problems.push("there must be exactly one activity and one minor question".into());
        }
        for q in &self.questions {
            for s in q.raises.iter().chain(&q.crime_raises) {
                if self.sign(s).is_none() {
                    problems.push(format!("question `{}` raises unknown sign `{s}`", q.id));
                }
            }
            for p in &q.paths {
                if !self.activities.contains(p) {
                    problems.push(format!("question `{}` names unknown activity `{p}`", q.id));
                }
            }
            if q.kind == QuestionKind::YesNo && q.raises.is_empty() {
                problems.push(format!("question `{}` raises no sign", q.id));
            }
            for parent in &q.after {
                // A follow-up comes after its parent, so a path is built in one pass.
                let before = self
                    .questions
                    .iter()
                    .take_while(|p| p.id != q.id)
                    .any(|p| &p.id == parent);
                if !before {
                    problems.push(format!(
                        "question `{}` follows `{parent}`, which is not an earlier question",
                        q.id
                    ));
                }
            }
            if q.key && !q.after.is_empty() {
                problems.push(format!("key question `{}` cannot be a follow-up", q.id));
            }
        }
        for m in &self.rule.minor_activity_signs {
            if !self.activities.contains(&m.activity) {
                problems.push(format!("rule: unknown activity `{}`", m.activity));
            }
            if self.sign(&m.sign).is_none() {
                problems.push(format!("rule: unknown sign `{}`", m.sign));
            }
        }
        let rule_signs = self
            .rule
            .minor_sufficient_signs
            .iter()
            .chain(&self.rule.minor_directed_signs)
            .chain(&self.rule.minor_control_signs);
        for s in rule_signs {
            if self.sign(s).is_none() {
                problems.push(format!("rule: unknown sign `{s}`"));
            }
        }
        problems
    }

    /// The shipped content is checked by the native tests and compiled in,
    /// so the app does not repeat the check at every start-up (it would only
    /// cost size and time on a cheap phone).
    #[cfg(target_arch = "wasm32")]
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn validate(&self) -> Result<(), String> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!("assessment.json: {}", problems.join("; ")))
        }
    }
}
