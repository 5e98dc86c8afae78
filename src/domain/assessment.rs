//! The assessment rule, adapted from the ILO/EC operational indicators (2009).
//!
//! 1. A sign raised by "yes" counts at its strength; "not sure" one step weaker;
//!    "rather not say" and "no" count for nothing.
//! 2. A dimension is present with: two strong signs; or one strong and one
//!    medium or weak; or three medium; or two medium and one weak. Weak alone
//!    never counts.
//! 3. An adult's answers show strong signs when a recruitment dimension, the
//!    exploitation dimension and a coercion dimension are all present.
//! 4. For someone under 18 the "means" are not needed (Palermo Protocol
//!    Art. 3(c)): exploitation alone, or one of the rule's sufficient signs
//!    answered "yes", shows strong signs.
//! 5. Otherwise any present dimension shows some signs, any weighted sign a few.
//!
//! It is a self-check, not a legal finding; every level leads to rights and help.

use super::answers::{Answer, Answers};
use super::catalogue::{Catalogue, DimensionKind, Question, QuestionKind, Sign, Strength, SAFETY};
use super::journey;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    None,
    Few,
    Some,
    Strong,
}

impl Level {
    pub fn id(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Few => "few",
            Level::Some => "some",
            Level::Strong => "strong",
        }
    }
}

/// A sign the answers raised, with the answer that raised it.
#[derive(Debug, Clone)]
pub struct Raised<'c> {
    pub sign: &'c Sign,
    /// The question that raised it; `None` when the rule derived it (a minor's activity).
    pub question: Option<&'c Question>,
    pub answer: Answer,
    /// Its weight after "not sure" weakening.
    pub weight: Strength,
}

#[derive(Debug, Clone)]
pub struct Outcome<'c> {
    pub level: Level,
    pub minor: bool,
    /// Answers show the person may still be controlled or watched.
    pub safety_first: bool,
    pub activity: Option<String>,
    /// Every sign raised, in question order.
    pub raised: Vec<Raised<'c>>,
    /// Dimension ids present under rule 2, in catalogue order.
    pub present: Vec<String>,
}

impl<'c> Outcome<'c> {
    pub fn has_sign(&self, id: &str) -> bool {
        self.raised.iter().any(|r| r.sign.id == id)
    }
}

/// Rule 2: whether these weights make a dimension present.
pub fn dimension_present(weights: &[Strength]) -> bool {
    let count = |s: Strength| weights.iter().filter(|w| **w == s).count();
    let (strong, medium, weak) = (
        count(Strength::Strong),
        count(Strength::Medium),
        count(Strength::Weak),
    );
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

/// Assess the answers on the person's current path. Answers to questions that
/// are no longer on the path (after changing the activity) do not count.
pub fn assess<'c>(catalogue: &'c Catalogue, answers: &Answers) -> Outcome<'c> {
    let path = journey::path(catalogue, answers);
    let activity = journey::activity(catalogue, answers).map(str::to_string);
    let minor = path
        .iter()
        .any(|q| q.kind == QuestionKind::Minor && answers.get(&q.id) == Some(&Answer::Yes));

    let mut raised: Vec<Raised<'c>> = Vec::new();
    for q in &path {
        let Some(answer) = answers.get(&q.id) else {
            continue;
        };
        for sign_id in &q.raises {
            let Some(sign) = catalogue.sign(sign_id) else {
                continue;
            };
            let weight = match answer {
                Answer::Yes => sign.strength,
                Answer::Unsure if q.unsure_raises => sign.strength,
                Answer::Unsure => sign.strength.weakened(),
                _ => continue,
            };
            // Context and safety signs carry no weight but are still shown;
            // a weighted sign weakened to nothing is not.
            if weight == Strength::None && sign.strength != Strength::None {
                continue;
            }
            raised.push(Raised {
                sign,
                question: Some(q),
                answer: answer.clone(),
                weight,
            });
        }
    }
    if minor {
        for m in &catalogue.rule.minor_activity_signs {
            if activity.as_deref() == Some(m.activity.as_str()) {
                if let Some(sign) = catalogue.sign(&m.sign) {
                    let answer = Answer::Activity(m.activity.clone());
                    raised.push(Raised {
                        sign,
                        question: None,
                        answer,
                        weight: sign.strength,
                    });
                }
            }
        }
    }

    let present: Vec<String> = catalogue
        .dimensions
        .iter()
        .filter(|d| {
            // A sign raised by two questions counts once, at its highest weight.
            let mut best: Vec<(&str, Strength)> = Vec::new();
            for r in raised.iter().filter(|r| r.sign.dimension == d.id) {
                match best.iter_mut().find(|(id, _)| *id == r.sign.id) {
                    Some(entry) => entry.1 = entry.1.max(r.weight),
                    None => best.push((&r.sign.id, r.weight)),
                }
            }
            let weights: Vec<Strength> = best.into_iter().map(|(_, w)| w).collect();
            dimension_present(&weights)
        })
        .map(|d| d.id.clone())
        .collect();

    let kind_present = |kind: DimensionKind| {
        present
            .iter()
            .any(|id| catalogue.dimension(id).is_some_and(|d| d.kind == kind))
    };
    let exploitation = kind_present(DimensionKind::Exploitation);
    // Only a plain "yes" (or the rule itself) counts here, never "not sure".
    let minor_sufficient = raised.iter().any(|r| {
        catalogue.rule.minor_sufficient_signs.contains(&r.sign.id)
            && (r.answer == Answer::Yes || r.question.is_none())
    });

    let level = if (minor && (exploitation || minor_sufficient))
        || (kind_present(DimensionKind::Recruitment)
            && exploitation
            && kind_present(DimensionKind::Coercion))
    {
        Level::Strong
    } else if !present.is_empty() {
        Level::Some
    } else if raised.iter().any(|r| r.weight > Strength::None) {
        Level::Few
    } else {
        Level::None
    };

    let safety_first = raised.iter().any(|r| r.sign.dimension == SAFETY);
    Outcome {
        level,
        minor,
        safety_first,
        activity,
        raised,
        present,
    }
}
