//! The assessment rule, adapted from the ILO/EC operational indicators (2009).
//! `docs/assessment.md` states it with its sources; keep the two in step.
//!
//! 1. A sign raised by "yes" counts at its strength; "not sure" one step weaker;
//!    "rather not say" and "no" count for nothing. Signs with no weight
//!    (context, safety) are shown for "yes" and "not sure" alike.
//! 2. A dimension is present with: two strong signs; or one strong and one
//!    medium or weak; or three medium; or two medium and one weak. Weak alone
//!    never counts.
//! 3. An adult's answers show strong signs when a recruitment dimension, the
//!    exploitation dimension and a coercion dimension are all present. Being
//!    made to commit crimes for someone else is exploitation (EU Directive
//!    2011/36 Art. 2(3)), so it counts there too.
//! 4. For someone under 18 the "means" are not needed (Palermo Protocol
//!    Art. 3(c); UK Modern Slavery Act s.45(4)): one of the rule's
//!    sufficient signs, a crime activity with any sign that someone else
//!    directed it or gained from it, or on other activities exploitation with
//!    a sign that someone moved, held or controlled them ("yes" only) shows
//!    strong signs. Rule 3 applies to minors too.
//! 5. Otherwise any present dimension shows some signs, any weighted sign a few.
//! 6. Skipping is never reassurance: when no sign rests on a plain "yes" and
//!    half the key questions are skipped or "not sure", there are not enough
//!    answers to say; "no signs" needs a "no" to every key question.
//!
//! It is a self-check, not a legal finding; every level leads to rights and help.

use super::answers::{Answer, Answers};
use super::catalogue::{Catalogue, DimensionKind, Question, QuestionKind, Sign, Strength, SAFETY};
use super::journey;

/// Ordered by concern: no level may fall when an answer turns to "yes".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    None,
    /// Too many key questions skipped or "not sure" to say anything.
    Unclear,
    Few,
    Some,
    Strong,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::None,
        Level::Unclear,
        Level::Few,
        Level::Some,
        Level::Strong,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Unclear => "unclear",
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
    /// The chosen activity is a crime the person may have been made to commit.
    pub crime: bool,
    /// Key questions on the path not answered "yes" or "no".
    pub unanswered_key: usize,
    /// Answers show the person may still be controlled or watched.
    pub safety_first: bool,
    pub activity: Option<String>,
    /// Every sign raised, in question order.
    pub raised: Vec<Raised<'c>>,
    /// Dimension ids present under rule 2, in catalogue order.
    pub present: Vec<String>,
}

/// Selling sex is a crime in many places, but the result never calls it one
/// (Vera 2014: survivors were hurt when forced sex was named as work or crime).
const NOT_NAMED_AS_CRIME: &str = "sex";

impl<'c> Outcome<'c> {
    pub fn has_sign(&self, id: &str) -> bool {
        self.raised.iter().any(|r| r.sign.id == id)
    }

    /// The locale key of the result's headline. Only a chosen crime activity
    /// is named as a crime; no level says "forced".
    pub fn title_key(&self) -> String {
        let named_crime = self.crime && self.activity.as_deref() != Some(NOT_NAMED_AS_CRIME);
        match self.level {
            Level::Strong if !named_crime => "level.strong.title_other".into(),
            level => format!("level.{}.title", level.id()),
        }
    }

    /// The locale key of the sentence under the headline: the non-punishment
    /// line only when the activity is a crime the person may be charged with.
    pub fn body_key(&self) -> String {
        match self.level {
            Level::Strong if !self.crime => "level.strong.body_other".into(),
            level => format!("level.{}.body", level.id()),
        }
    }

    /// "A child cannot agree to be used like this" fits only a strong result.
    pub fn shows_minor_line(&self) -> bool {
        self.minor && self.level == Level::Strong
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

    let crime = activity
        .as_ref()
        .is_some_and(|a| catalogue.crime_activities.contains(a));

    let mut raised: Vec<Raised<'c>> = Vec::new();
    for q in &path {
        let Some(answer) = answers.get(&q.id) else {
            continue;
        };
        let crime_signs = q.crime_raises.iter().filter(|_| crime);
        for sign_id in q.raises.iter().chain(crime_signs) {
            let Some(sign) = catalogue.sign(sign_id) else {
                continue;
            };
            let weight = match answer {
                Answer::Yes => sign.strength,
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
    let yes_to = |signs: &[String]| {
        raised.iter().any(|r| {
            signs.contains(&r.sign.id) && (r.answer == Answer::Yes || r.question.is_none())
        })
    };
    let minor_strong = minor
        && (yes_to(&catalogue.rule.minor_sufficient_signs)
            || (crime && yes_to(&catalogue.rule.minor_directed_signs))
            || (!crime && exploitation && yes_to(&catalogue.rule.minor_control_signs)));
    let adult_strong = kind_present(DimensionKind::Recruitment)
        && exploitation
        && kind_present(DimensionKind::Coercion);

    let key: Vec<&&Question> = path.iter().filter(|q| q.key).collect();
    let unanswered_key = key
        .iter()
        .filter(|q| !matches!(answers.get(&q.id), Some(Answer::Yes | Answer::No)))
        .count();
    let many_unanswered = unanswered_key * 2 >= key.len().max(1);
    let any_yes = raised
        .iter()
        .any(|r| r.answer == Answer::Yes && r.weight > Strength::None);
    let level = if minor_strong || adult_strong {
        Level::Strong
    } else if !any_yes && many_unanswered {
        // Only "not sure" and skips: too little to say either way.
        Level::Unclear
    } else if !present.is_empty() {
        Level::Some
    } else if raised.iter().any(|r| r.weight > Strength::None) {
        Level::Few
    } else if unanswered_key > 0 {
        Level::Unclear
    } else {
        Level::None
    };

    let safety_first = raised.iter().any(|r| r.sign.dimension == SAFETY);
    Outcome {
        level,
        minor,
        crime,
        unanswered_key,
        safety_first,
        activity,
        raised,
        present,
    }
}
