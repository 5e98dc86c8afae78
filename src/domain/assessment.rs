//! The assessment rule, written as the legal elements of `docs/assessment.md`
//! (from the reference standard in `content/reference/levels.md`). Each sign
//! is evidence of one element (`content/assessment.json`), and each answer
//! raises one sign, so no answer counts twice.
//!
//! - **Strong signs**, for an adult: made to do it against their will
//!   (forced, tricked, or afraid to refuse) AND a penalty or control by the
//!   people in control. No recruitment step is needed (ILO C29 Art. 2;
//!   Modern Slavery Act 2015 s.1). For someone under 18, or not sure of
//!   their age (the presumption of childhood: MSA s.51, EU 2011/36
//!   Art. 13(2)): any sign that someone else recruited, moved, housed,
//!   directed or took the money (Palermo Art. 3(c): no means needed).
//! - **Some signs**: any sign of force, deception or control by the people in
//!   control; or "not sure" to both halves of the adult picture.
//! - **Not enough answers**: most key questions skipped or "not sure", and
//!   none of the above. Never when a "yes" to control exists.
//! - **A few signs**: only hard conditions, or a child on a crime path.
//! - **No warning signs**: the key questions answered (none skipped), and
//!   none of the above; a key question skipped gives "not enough answers".
//!
//! Only plain "yes" answers make a sign count; "not sure" counts only in the
//! whole-picture case and for age. Control, threats and violence count only
//! from the people in control: the questions ask about them alone.
//!
//! It is a self-check, not a legal finding; every level leads to rights and help.

use super::answers::{Answer, Answers};
use super::catalogue::{Catalogue, Element, Question, QuestionKind, Sign};
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

/// A sign the answers raised ("yes" or "not sure"), with the question and answer.
#[derive(Debug, Clone)]
pub struct Raised<'c> {
    pub sign: &'c Sign,
    pub question: &'c Question,
    pub answer: Answer,
}

impl Raised<'_> {
    pub fn is_yes(&self) -> bool {
        self.answer == Answer::Yes
    }
}

#[derive(Debug, Clone)]
pub struct Outcome<'c> {
    pub level: Level,
    /// Under 18, or not sure of their age: the child rule applies.
    pub minor: bool,
    /// Not sure of their age: the result says the child rule was used.
    pub age_unsure: bool,
    /// A chosen activity is a crime the person may have been made to commit.
    pub crime: bool,
    /// Key questions on the path not answered "yes" or "no".
    pub unanswered_key: usize,
    /// Still kept or controlled now: the result puts safety first.
    pub safety_first: bool,
    /// The chosen activities, in catalogue order.
    pub activities: Vec<String>,
    /// Every sign raised by "yes" or "not sure", in question order.
    pub raised: Vec<Raised<'c>>,
    /// Questions on the path skipped ("rather not say" or not answered).
    pub skipped: Vec<&'c Question>,
}

/// Selling sex is a crime in many places, but the result never calls it one
/// (Vera 2014: survivors were hurt when forced sex was named as work or crime).
const NOT_NAMED_AS_CRIME: &str = "sex";

impl<'c> Outcome<'c> {
    pub fn has_sign(&self, id: &str) -> bool {
        self.raised.iter().any(|r| r.sign.id == id)
    }

    /// A "yes" raised a sign of this element.
    pub fn yes_to(&self, element: Element) -> bool {
        self.raised
            .iter()
            .any(|r| r.is_yes() && r.sign.element == element)
    }

    /// A "yes" or "not sure" raised a sign of one of these elements.
    fn maybe(&self, elements: &[Element]) -> bool {
        self.raised
            .iter()
            .any(|r| elements.contains(&r.sign.element))
    }

    /// A "yes" raised a sign that someone else recruited, moved, housed,
    /// directed or took the money from them.
    pub fn someone_else_in_control(&self) -> bool {
        self.raised.iter().any(|r| r.is_yes() && r.sign.child)
    }

    /// The locale key of the result's headline. Only a chosen crime activity
    /// is named as a crime; no level says "forced".
    pub fn title_key(&self) -> String {
        let named_crime = self.crime && self.activities.iter().any(|a| a != NOT_NAMED_AS_CRIME);
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

    /// "You said you were under 18. A child cannot agree to be used like
    /// this" fits only a strong result from someone who said so.
    pub fn shows_minor_line(&self) -> bool {
        self.minor && !self.age_unsure && self.level == Level::Strong
    }
}

/// Assess the answers on the person's current path. Answers to questions that
/// are no longer on the path (after changing the activity) do not count.
pub fn assess<'c>(catalogue: &'c Catalogue, answers: &Answers) -> Outcome<'c> {
    let path = journey::path(catalogue, answers);
    let activities: Vec<String> = journey::activities(catalogue, answers)
        .into_iter()
        .map(str::to_string)
        .collect();
    let age = path
        .iter()
        .find(|q| q.kind == QuestionKind::Minor)
        .and_then(|q| answers.get(q.id.as_str()));
    let age_unsure = age == Some(&Answer::Unsure);
    let minor = age == Some(&Answer::Yes) || age_unsure;
    let crime = activities.iter().any(|a| catalogue.crime_activities.has(a));

    let mut raised = Vec::new();
    let mut skipped = Vec::new();
    for q in &path {
        let answer = answers.get(q.id.as_str());
        if matches!(answer, None | Some(Answer::Skip)) {
            skipped.push(*q);
        }
        let (Some(answer @ (Answer::Yes | Answer::Unsure)), Some(sign)) =
            (answer, q.raises.as_deref().and_then(|s| catalogue.sign(s)))
        else {
            continue;
        };
        raised.push(Raised {
            sign,
            question: q,
            answer: answer.clone(),
        });
    }

    let key: Vec<&&Question> = path.iter().filter(|q| q.key).collect();
    let unanswered_key = key
        .iter()
        .filter(|q| !matches!(answers.get(q.id.as_str()), Some(Answer::Yes | Answer::No)))
        .count();
    let safety_first = raised
        .iter()
        .any(|r| r.is_yes() && r.sign.id == CONTROLLED_NOW);

    let mut outcome = Outcome {
        level: Level::None,
        minor,
        age_unsure,
        crime,
        unanswered_key,
        safety_first,
        activities,
        raised,
        skipped,
    };
    outcome.level = level(&outcome, key.len());
    outcome
}

/// The sign of being kept or controlled now: safety first.
pub const CONTROLLED_NOW: &str = "controlled_now";

/// The levels of `docs/assessment.md`, in the law's terms.
fn level(o: &Outcome, key_questions: usize) -> Level {
    use Element::*;
    let adult_picture = o.yes_to(Forced) && o.yes_to(Control);
    let child_picture = o.minor && o.someone_else_in_control();
    let any_sign_of_control =
        o.yes_to(Forced) || o.yes_to(Control) || o.yes_to(Deception) || o.yes_to(Directed);
    // "Not sure" to both halves of the picture: unsure about what matters most.
    let whole_picture_unsure = o.maybe(&[Forced]) && o.maybe(&[Control, Deception, Directed]);
    let most_unanswered = o.unanswered_key * 2 > key_questions;
    if adult_picture || child_picture {
        Level::Strong
    } else if any_sign_of_control || whole_picture_unsure {
        Level::Some
    } else if most_unanswered {
        Level::Unclear
    } else if o.yes_to(Hard) || (o.minor && o.crime) {
        Level::Few
    } else if o.skipped.iter().any(|q| q.key) {
        // "No warning signs" needs the key questions answered: skipping is
        // never reassurance. A "not sure" is an answer, and on one or two
        // questions neither raises nor lowers the level.
        Level::Unclear
    } else {
        Level::None
    }
}
