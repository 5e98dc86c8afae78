//! Which questions a person is asked, and how screens follow each other.
//! Screens change without touching browser history (see `ui::app`).

use super::answers::{Answer, Answers};
use super::catalogue::{Catalogue, Question, QuestionKind};
use super::journeys;
pub use crate::domain::screen::Screen;

/// A question's text key: the branching question has its own.
pub fn question_key(kind: QuestionKind, id: &str) -> String {
    match kind {
        QuestionKind::Activity => "activity.question".into(),
        _ => format!("q.{id}"),
    }
}

/// The activities chosen on the branching question, in catalogue order
/// (none when it was skipped or not reached). Unknown ids never count.
pub fn activities<'c>(catalogue: &'c Catalogue, answers: &Answers) -> Vec<&'c str> {
    let chosen = catalogue
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Activity)
        .and_then(|q| answers.get(q.id.as_str()));
    match chosen {
        Some(Answer::Activities(ids)) => catalogue
            .activities
            .iter()
            .filter(|a| ids.iter().any(|id| *id == **a))
            .map(|a| a.as_str())
            .collect(),
        _ => Vec::new(),
    }
}

/// The questions this person is asked, in order, given the answers so far.
/// Before an activity is chosen the path holds only the questions for every
/// path; with several activities, the questions of each. A follow-up joins
/// once an earlier question on the path it follows was answered "yes" or
/// "not sure".
pub fn path<'c>(catalogue: &'c Catalogue, answers: &Answers) -> Vec<&'c Question> {
    let chosen = activities(catalogue, answers);
    let mut path: Vec<&Question> = Vec::new();
    for q in catalogue.questions.iter().filter(|q| q.asked_for(&chosen)) {
        let opened = q.after.is_empty()
            || path.iter().any(|p| {
                q.after.contains(&p.id)
                    && matches!(
                        answers.get(p.id.as_str()),
                        Some(Answer::Yes | Answer::Unsure)
                    )
            });
        if opened {
            path.push(q);
        }
    }
    path
}

/// The screen after this one in the check.
pub fn next(catalogue: &Catalogue, answers: &Answers, screen: Screen) -> Screen {
    match screen {
        Screen::Start => Screen::Question(0),
        Screen::Question(i) if i + 1 < path(catalogue, answers).len() => Screen::Question(i + 1),
        Screen::Question(_) => Screen::Result,
        Screen::Result => Screen::Rights,
        Screen::Rights => Screen::Help,
        Screen::Card => Screen::Rights,
        Screen::Help | Screen::StayingSafe => Screen::Start,
        other => journeys::next(other),
    }
}

/// The screen before this one in the check.
pub fn back(catalogue: &Catalogue, answers: &Answers, screen: Screen) -> Screen {
    let last = path(catalogue, answers).len().saturating_sub(1);
    match screen {
        Screen::Start | Screen::StayingSafe => Screen::Start,
        Screen::Question(0) => Screen::Start,
        Screen::Question(i) => Screen::Question((i - 1).min(last)),
        Screen::Result => Screen::Question(last),
        Screen::Rights => Screen::Result,
        Screen::Card => Screen::Rights,
        Screen::Help => Screen::Rights,
        other => journeys::back(other),
    }
}

/// A screen that still exists for these answers (a stored index may point past
/// a path that got shorter).
pub fn clamp(catalogue: &Catalogue, answers: &Answers, screen: Screen) -> Screen {
    match screen {
        Screen::Question(i) => {
            let len = path(catalogue, answers).len();
            if i < len {
                screen
            } else {
                Screen::Question(len.saturating_sub(1))
            }
        }
        other => journeys::clamp(other),
    }
}

/// The first question on the path not yet answered, for "continue".
pub fn first_unanswered(catalogue: &Catalogue, answers: &Answers) -> Screen {
    let path = path(catalogue, answers);
    match path
        .iter()
        .position(|q| !answers.contains_key(q.id.as_str()))
    {
        Some(i) => Screen::Question(i),
        None => Screen::Result,
    }
}

/// The answers a question offers, in display order: for the branching
/// question each activity on its own (any of them may be chosen together),
/// then "rather not say".
pub fn options(catalogue: &Catalogue, question: &Question) -> Vec<Answer> {
    match question.kind {
        QuestionKind::Activity => catalogue
            .activities
            .iter()
            .map(|a| Answer::activity(a))
            .chain([Answer::Skip])
            .collect(),
        QuestionKind::YesNo | QuestionKind::Minor => Answer::REPLIES.to_vec(),
    }
}

/// Whether this answer is one the question can have: for the branching
/// question "rather not say", or one or more known activities, each once, in
/// catalogue order (the order the person sees them).
pub fn accepts(catalogue: &Catalogue, question: &Question, answer: &Answer) -> bool {
    match (question.kind, answer) {
        (QuestionKind::Activity, Answer::Activities(ids)) => {
            let known: Vec<&clear_signs_content::Text> = catalogue
                .activities
                .iter()
                .filter(|a| ids.iter().any(|id| *id == **a))
                .collect();
            !ids.is_empty()
                && known.len() == ids.len()
                && known.iter().zip(ids).all(|(k, i)| *k == i)
        }
        (QuestionKind::Activity, answer) => *answer == Answer::Skip,
        (_, answer) => Answer::REPLIES.contains(answer),
    }
}

/// The branching answer with this activity chosen or unchosen, kept in
/// catalogue order; `None` when nothing is left chosen.
pub fn toggle_activity(
    catalogue: &Catalogue,
    current: Option<&Answer>,
    id: &str,
) -> Option<Answer> {
    let mut chosen: Vec<String> = match current {
        Some(Answer::Activities(ids)) => ids.clone(),
        _ => Vec::new(),
    };
    if let Some(at) = chosen.iter().position(|a| a == id) {
        chosen.remove(at);
    } else {
        chosen.push(id.to_string());
    }
    let ordered: Vec<String> = catalogue
        .activities
        .iter()
        .filter(|a| chosen.iter().any(|c| *c == **a))
        .map(|a| a.to_string())
        .collect();
    (!ordered.is_empty()).then_some(Answer::Activities(ordered))
}

/// Every question on an activity's path answered alike, follow-ups included.
pub fn answer_every(c: &Catalogue, activity: &str, reply: Answer) -> Answers {
    let mut answers: Answers = [("activity".to_string(), Answer::activity(activity))]
        .into_iter()
        .collect();
    loop {
        let before = answers.len();
        for q in path(c, &answers) {
            answers.entry(q.id.to_string()).or_insert(reply.clone());
        }
        if answers.len() == before {
            return answers;
        }
    }
}
