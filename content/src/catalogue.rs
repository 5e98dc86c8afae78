//! The assessment catalogue: legal elements, signs and questions,
//! read from `content/assessment.json`. Texts live in the locale files.

use super::{List, Table, Text};
use serde::Deserialize;
use std::collections::BTreeSet;

/// The schema version this code reads. Bump it when the shape changes.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub format_version: u32,
    /// The longest path any person may be asked.
    pub max_path_length: usize,
    pub sources: Table<Source>,
    /// The legal elements the rule is written in, each with its law.
    pub elements: List<ElementLaw>,
    pub signs: List<Sign>,
    pub activities: List<Text>,
    /// Activities that are crimes the person may be made to commit (forced
    /// criminality). The rule and the result's wording depend on it.
    pub crime_activities: List<Text>,
    pub questions: List<Question>,
    /// Questions earlier releases asked: a check saved with answers to them
    /// still opens, without those answers, instead of starting again.
    #[serde(default)]
    pub retired_questions: List<Text>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    pub url: Option<Text>,
}

/// The legal elements of `docs/assessment.md`: what a sign is evidence of.
/// The order is the order the result shows them in.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Element {
    /// Made to do it against their will: forced, tricked, unable to refuse.
    Forced,
    /// A penalty or control used by the people in control.
    Control,
    /// Lied to about pay or hours: a sign of control short of a penalty.
    Deception,
    /// Directed by the people in control (told what to say, made to recruit
    /// or hurt others): a sign of control short of a penalty.
    Directed,
    /// Hard conditions only: on their own, no sign that anyone controls them.
    Hard,
    /// What happened afterwards (an arrest): shown for rights, no weight.
    Context,
}

impl Element {
    pub const ALL: [Element; 6] = [
        Element::Forced,
        Element::Control,
        Element::Deception,
        Element::Directed,
        Element::Hard,
        Element::Context,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Element::Forced => "forced",
            Element::Control => "control",
            Element::Deception => "deception",
            Element::Directed => "directed",
            Element::Hard => "hard",
            Element::Context => "context",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElementLaw {
    pub id: Element,
    /// The element in the law's words, with the law (for reviewers).
    pub law: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sign {
    pub id: Text,
    /// The one legal element this sign is evidence of, for an adult.
    pub element: Element,
    /// For someone under 18: a sign that someone else recruited, moved,
    /// housed, directed or took the money from them.
    pub child: bool,
    /// Key into `sources`.
    pub source: Text,
    /// The indicator this maps to, for reviewers (not shown to the person).
    pub note: Text,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes / no / not sure / rather not say.
    #[default]
    YesNo,
    /// The branching question: which activities this is about (one or more).
    Activity,
    /// Under 18 at the time: a yes/no question that changes the rule.
    Minor,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Text,
    #[serde(default)]
    pub kind: QuestionKind,
    /// The one sign a "yes" raises: each answer counts once.
    #[serde(default)]
    pub raises: Option<Text>,
    /// Activities this question is asked for; empty means every path.
    #[serde(default)]
    pub paths: List<Text>,
    /// A follow-up: asked only when one of these earlier questions was
    /// answered "yes" or "not sure". Empty means always asked.
    #[serde(default)]
    pub after: List<Text>,
    /// A key question: "no warning signs" needs most key questions answered,
    /// and too many unanswered ones give "not enough answers".
    #[serde(default)]
    pub key: bool,
}

impl Question {
    /// Asked when it is on every path, or on the path of any chosen activity.
    pub fn asked_for(&self, activities: &[&str]) -> bool {
        self.paths.is_empty() || activities.iter().any(|a| self.paths.iter().any(|p| p == a))
    }
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

    /// Every problem in the data, so a content editor sees them all at once.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.format_version != FORMAT_VERSION {
            problems.push(format!(
                "format_version is {}, this build reads {FORMAT_VERSION}",
                self.format_version
            ));
        }
        let mut check_unique = |kind: &str, ids: Vec<&Text>| {
            let mut seen = BTreeSet::new();
            for id in ids {
                if id.trim().is_empty() {
                    problems.push(format!("a {kind} has an empty id"));
                } else if !seen.insert(id) {
                    problems.push(format!("{kind} id `{id}` is used twice"));
                }
            }
        };
        check_unique("sign", self.signs.iter().map(|s| &s.id).collect());
        check_unique("question", self.questions.iter().map(|q| &q.id).collect());
        check_unique("activity", self.activities.iter().collect());
        for a in &self.crime_activities {
            if !self.activities.contains(a) {
                problems.push(format!("crime_activities names unknown activity `{a}`"));
            }
        }
        for element in Element::ALL {
            match self.elements.iter().filter(|e| e.id == element).count() {
                1 => {}
                n => problems.push(format!(
                    "element `{}` is described {n} times (once is right)",
                    element.id()
                )),
            }
        }
        if self.elements.iter().any(|e| e.law.trim().is_empty()) {
            problems.push("an element has no law".into());
        }

        for sign in &self.signs {
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
            if sign.element == Element::Context && sign.child {
                problems.push(format!(
                    "sign `{}`: context is never a sign that someone else is in control",
                    sign.id
                ));
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
            match (&q.raises, q.kind) {
                (Some(s), QuestionKind::YesNo) => {
                    if self.sign(s).is_none() {
                        problems.push(format!("question `{}` raises unknown sign `{s}`", q.id));
                    }
                    // One answer never raises the same element twice.
                    let raised_by = self
                        .questions
                        .iter()
                        .filter(|other| other.raises.as_ref() == Some(s))
                        .count();
                    if raised_by > 1 {
                        problems.push(format!("sign `{s}` is raised by {raised_by} questions"));
                    }
                }
                (None, QuestionKind::YesNo) => {
                    problems.push(format!("question `{}` raises no sign", q.id))
                }
                (Some(_), _) => problems.push(format!(
                    "question `{}`: only yes/no questions raise a sign",
                    q.id
                )),
                (None, _) => {}
            }
            for p in &q.paths {
                if !self.activities.contains(p) {
                    problems.push(format!("question `{}` names unknown activity `{p}`", q.id));
                }
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
        for id in &self.retired_questions {
            if self.question(id).is_some() {
                problems.push(format!("question `{id}` is asked and retired at once"));
            }
        }
        for sign in &self.signs {
            if !self
                .questions
                .iter()
                .any(|q| q.raises.as_ref() == Some(&sign.id))
            {
                problems.push(format!("sign `{}` is raised by no question", sign.id));
            }
        }
        problems
    }

    fn validate(&self) -> Result<(), String> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!("assessment.json: {}", problems.join("; ")))
        }
    }
}
