//! The check before the app arrives (issue 28): the page's own start screen
//! offers "Start", and its first question can be answered, with the small
//! script that runs before the app (static/exit/early-check.js). The app
//! takes over from where the person is, with what they ticked. This reads
//! what that script reports; anything it does not understand is left out,
//! so the worst case is the start screen, never a wrong answer.

use super::answers::{Answer, Answers};
use super::catalogue::{Catalogue, Question};
use super::journey::{self, Screen};

/// Where the person was on the page's own screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Still on the start screen.
    Start,
    /// On the first question.
    Question,
    /// Pressed "Next" on it, with an answer, and waits for the next one.
    Next,
}

/// What the person did before the app arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Early {
    pub step: Step,
    /// The first question's answer, if one was ticked.
    pub answer: Option<Answer>,
    /// The value of the choice that had the focus, to give it back.
    pub focus: Option<String>,
}

/// The first question: the one the page's own form asks (index.html).
pub fn first_question(catalogue: &Catalogue) -> Option<&Question> {
    journey::path(catalogue, &Answers::new()).first().copied()
}

/// Read the script's report: `step|ticked values, comma-separated|focused
/// value`, e.g. `question|scams,drugs|drugs`. `None` if it is not one.
pub fn read(catalogue: &Catalogue, report: &str) -> Option<Early> {
    let mut parts = report.split('|');
    let step = match parts.next()? {
        "start" => Step::Start,
        "question" => Step::Question,
        "next" => Step::Next,
        _ => return None,
    };
    let ticked: Vec<&str> = parts
        .next()
        .unwrap_or("")
        .split(',')
        .filter(|v| !v.is_empty())
        .collect();
    let answer = answer(catalogue, &ticked);
    let focus = parts.next().filter(|v| !v.is_empty()).map(str::to_string);
    // "Next" counts only with an answer: the form asks for one first.
    let step = if step == Step::Next && answer.is_none() {
        Step::Question
    } else {
        step
    };
    Some(Early {
        step,
        answer,
        focus,
    })
}

/// The ticked values as the first question's answer: "rather not say"
/// alone, or known activities in the order the person sees them.
fn answer(catalogue: &Catalogue, ticked: &[&str]) -> Option<Answer> {
    let question = first_question(catalogue)?;
    let answer = match ticked {
        [] => return None,
        ["skip"] => Answer::Skip,
        _ => Answer::Activities(
            catalogue
                .activities
                .iter()
                .filter(|a| ticked.contains(&a.as_str()))
                .map(|a| a.to_string())
                .collect(),
        ),
    };
    // Every value must be known: a half-understood answer is no answer.
    let complete = matches!(&answer, Answer::Activities(ids) if ids.len() == ticked.len())
        || answer == Answer::Skip;
    (complete && journey::accepts(catalogue, question, &answer)).then_some(answer)
}

impl Early {
    /// The answers the check starts with, and the screen it shows.
    pub fn take_over(&self, catalogue: &Catalogue) -> (Answers, Screen) {
        let mut answers = Answers::new();
        let Some(question) = first_question(catalogue) else {
            return (answers, Screen::Start);
        };
        if let Some(answer) = &self.answer {
            answers.insert(question.id.to_string(), answer.clone());
        }
        let screen = match self.step {
            Step::Start => Screen::Start,
            Step::Question => Screen::Question(0),
            Step::Next => journey::next(catalogue, &answers, Screen::Question(0)),
        };
        (answers, screen)
    }
}
