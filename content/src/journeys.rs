//! Two short journeys beside the check, read from `content/journeys.json`:
//! "I'm worried about someone" (advice matched to what the person says about
//! someone else) and "Check a job offer" (sourced warning signs of
//! scam-compound recruitment, counted). Pure data and rules, tested natively.

use super::help::{Cited, Mark};
use super::screen::Screen;
use super::{List, Table, Text};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

pub use super::JOURNEYS_JSON;
pub const FORMAT_VERSION: u32 = 1;

/// Replies that use the check's own labels (`answer.*`).
const SHARED_REPLIES: [&str; 3] = ["yes", "no", "unsure"];

/// Text keys the journey screens use besides the data's own.
pub const UI_KEYS: &[&str] = &[
    "journeys.heading",
    "journeys.choose_one",
    "journeys.lines.title",
    "journeys.lines.none",
    "journeys.lines.all",
    "journeys.secondary",
    "worried.start_link",
    "worried.intro",
    "worried.advice.title",
    "worried.advice.lead",
    "worried.rights_button",
    "job.start_link",
    "job.intro",
    "job.result.title",
    "job.result.count",
    "job.result.none",
    "job.result.some",
    "job.result.raised",
    "job.result.unsure",
    "job.result.not_sure_note",
    "job.next.title",
];

/// Which journeys an embedder offers (configuration field `journeys`).
pub const OFFERABLE: [&str; 3] = ["check", "worried", "job_offer"];

/// One of the two journeys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Worried,
    JobOffer,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Worried, Kind::JobOffer];

    /// The configuration and data id.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Worried => "worried",
            Kind::JobOffer => "job_offer",
        }
    }

    /// The prefix of its text keys.
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Worried => "worried",
            Kind::JobOffer => "job",
        }
    }

    /// The screen of its n-th question.
    pub fn question(self, index: usize) -> Screen {
        match self {
            Kind::Worried => Screen::Worried(index),
            Kind::JobOffer => Screen::JobOffer(index),
        }
    }

    /// The screen after its last question.
    pub fn end(self) -> Screen {
        match self {
            Kind::Worried => Screen::WorriedAdvice,
            Kind::JobOffer => Screen::JobOfferResult,
        }
    }

    /// The journey a screen belongs to, if any.
    pub fn of(screen: Screen) -> Option<Kind> {
        match screen {
            Screen::Worried(_) | Screen::WorriedAdvice => Some(Kind::Worried),
            Screen::JobOffer(_) | Screen::JobOfferResult => Some(Kind::JobOffer),
            _ => None,
        }
    }

    pub fn key(self, rest: &str) -> String {
        format!("{}.{rest}", self.prefix())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journeys {
    pub format_version: u32,
    pub checked: Text,
    pub checked_against: Text,
    pub sources: Table<Source>,
    pub worried: Journey,
    pub job_offer: Journey,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    pub url: Text,
    /// The source's own date (see `help::Cited::date`).
    #[serde(default)]
    pub date: Option<Text>,
    /// [V] read on an official page; [S] secondary only (shown with a note).
    pub mark: Mark,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    pub questions: List<JourneyQuestion>,
    pub advice: List<Advice>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JourneyQuestion {
    pub id: Text,
    /// Reply codes in display order: `yes`/`no`/`unsure` use the check's
    /// labels; any other code has its own text (`<prefix>.option.<code>`).
    pub options: List<Text>,
    /// For a warning sign: where it comes from.
    pub sources: List<Text>,
    /// The sources, resolved when parsed.
    #[serde(skip)]
    pub cited: List<Cited>,
}

/// One piece of advice, shown when any condition holds (always when none).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: Text,
    pub when: List<When>,
    pub sources: List<Text>,
    /// The sources, resolved when parsed.
    #[serde(skip)]
    pub cited: List<Cited>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    pub question: Text,
    pub answers: List<Text>,
}

/// Answers in a journey: question id to reply code (ids are unique across
/// both journeys, so one map holds both).
pub type Replies = BTreeMap<String, String>;

impl Journeys {
    pub fn parse(json: &str) -> Result<Journeys, String> {
        let mut data: Journeys =
            serde_json::from_str(json).map_err(|e| format!("journeys.json: {e}"))?;
        // The app never parses its own content (build.rs bakes it), so
        // checking here costs it nothing.
        let problems = data.problems();
        if problems.is_empty() {
            let sources = data.sources.clone();
            let cite = |ids: &[Text]| -> List<Cited> {
                ids.iter()
                    .filter_map(|id| sources.get(id))
                    .map(|s| Cited {
                        title: s.title.clone(),
                        url: s.url.clone(),
                        date: s.date.clone(),
                        secondary: s.mark == Mark::S,
                    })
                    .collect()
            };
            for journey in [&mut data.worried, &mut data.job_offer] {
                for q in &mut journey.questions {
                    q.cited = cite(&q.sources);
                }
                for a in &mut journey.advice {
                    a.cited = cite(&a.sources);
                }
            }
            Ok(data)
        } else {
            Err(format!("journeys.json: {}", problems.join("; ")))
        }
    }

    pub fn journey(&self, kind: Kind) -> &Journey {
        match kind {
            Kind::Worried => &self.worried,
            Kind::JobOffer => &self.job_offer,
        }
    }

    /// The question with this id, in either journey.
    pub fn question(&self, id: &str) -> Option<(Kind, &JourneyQuestion)> {
        Kind::ALL.into_iter().find_map(|k| {
            self.journey(k)
                .questions
                .iter()
                .find(|q| q.id == id)
                .map(|q| (k, q))
        })
    }

    /// Any of these sources is secondary only.
    pub fn secondary(&self, ids: &[Text]) -> bool {
        ids.iter()
            .filter_map(|id| self.sources.get(id))
            .any(|s| s.mark == Mark::S)
    }

    /// Every problem in the data, so an editor sees them all at once.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.format_version != FORMAT_VERSION {
            problems.push(format!("format_version must be {FORMAT_VERSION}"));
        }
        let date = self.checked.split('-').map(str::len).collect::<Vec<_>>();
        if date != [4, 2, 2] || !self.checked.chars().all(|c| c.is_ascii_digit() || c == '-') {
            problems.push(format!("checked `{}` is not YYYY-MM-DD", self.checked));
        }
        for (id, s) in &self.sources {
            if !s.url.starts_with("https://") || s.title.trim().is_empty() {
                problems.push(format!("source `{id}` needs a title and an https:// url"));
            }
            if !s
                .date
                .as_deref()
                .is_some_and(super::help::valid_source_date)
            {
                problems.push(format!(
                    "source `{id}` needs its own date (YYYY, YYYY-MM, YYYY-MM-DD or undated)"
                ));
            }
        }
        let mut used: BTreeSet<&str> = BTreeSet::new();
        let mut ids: BTreeSet<&str> = BTreeSet::new();
        for kind in Kind::ALL {
            let journey = self.journey(kind);
            let name = kind.id();
            if journey.questions.is_empty() {
                problems.push(format!("{name} has no question"));
            }
            for q in &journey.questions {
                if !ids.insert(&q.id) {
                    problems.push(format!("question id `{}` is used twice", q.id));
                }
                if q.options.len() < 2 {
                    problems.push(format!("{name} question `{}` needs two options", q.id));
                }
                let unique: BTreeSet<&Text> = q.options.iter().collect();
                if unique.len() != q.options.len() {
                    problems.push(format!("{name} question `{}` repeats an option", q.id));
                }
                // A warning sign in the job check must say where it comes from.
                if kind == Kind::JobOffer && q.sources.is_empty() {
                    problems.push(format!("{name} question `{}` has no source", q.id));
                }
                used.extend(q.sources.iter().map(Text::as_str));
            }
            let mut advice_ids = BTreeSet::new();
            for a in &journey.advice {
                if !advice_ids.insert(&a.id) {
                    problems.push(format!("{name} advice `{}` is used twice", a.id));
                }
                if a.sources.is_empty() {
                    problems.push(format!("{name} advice `{}` has no source", a.id));
                }
                used.extend(a.sources.iter().map(Text::as_str));
                for w in &a.when {
                    match journey.questions.iter().find(|q| q.id == w.question) {
                        None => problems.push(format!(
                            "{name} advice `{}` names unknown question `{}`",
                            a.id, w.question
                        )),
                        Some(q) => {
                            for answer in w.answers.iter().filter(|x| !q.options.contains(x)) {
                                problems.push(format!(
                                    "{name} advice `{}`: `{answer}` is not an option of `{}`",
                                    a.id, q.id
                                ));
                            }
                        }
                    }
                }
            }
        }
        for id in &used {
            if !self.sources.contains_key(id) {
                problems.push(format!("unknown source `{id}`"));
            }
        }
        for id in self.sources.keys() {
            if !used.contains(id) {
                problems.push(format!("source `{id}` is not used"));
            }
        }
        problems
    }

    /// Every text key the journeys can show.
    pub fn text_keys(&self) -> BTreeSet<String> {
        let mut keys: BTreeSet<String> = UI_KEYS.iter().map(|k| k.to_string()).collect();
        for kind in Kind::ALL {
            let journey = self.journey(kind);
            for q in &journey.questions {
                keys.insert(question_key(kind, &q.id));
                if kind == Kind::JobOffer {
                    keys.insert(kind.key(&format!("flag.{}", q.id)));
                }
                for o in q.options.iter().filter(|o| option_key(kind, o).is_some()) {
                    keys.extend(option_key(kind, o));
                }
            }
            for a in &journey.advice {
                keys.insert(advice_key(kind, &a.id, "title"));
                keys.insert(advice_key(kind, &a.id, "body"));
            }
        }
        keys
    }

    /// Check stored replies: each names a known question and one of its options.
    pub fn check_replies(&self, replies: &Replies) -> Result<(), String> {
        for (id, code) in replies {
            let Some((_, q)) = self.question(id) else {
                return Err(format!("stored answers name unknown question `{id}`"));
            };
            if !q.options.iter().any(|o| o == code) {
                return Err(format!("stored answer `{code}` is not valid for `{id}`"));
            }
        }
        Ok(())
    }

    /// The advice to show for these replies, in the data's order.
    pub fn advice_for(&self, kind: Kind, replies: &Replies) -> Vec<&Advice> {
        self.journey(kind)
            .advice
            .iter()
            .filter(|a| {
                a.when.is_empty()
                    || a.when.iter().any(|w| {
                        replies
                            .get(w.question.as_str())
                            .is_some_and(|r| w.answers.iter().any(|a| a == r))
                    })
            })
            .collect()
    }

    /// The job check's outcome for these replies.
    pub fn job_outcome(&self, replies: &Replies) -> JobOutcome<'_> {
        let questions = &self.job_offer.questions;
        let with = |code: &str| {
            questions
                .iter()
                .filter(|q| replies.get(q.id.as_str()).is_some_and(|r| r == code))
                .collect::<Vec<_>>()
        };
        JobOutcome {
            total: questions.len(),
            raised: with("yes"),
            unsure: with("unsure"),
        }
    }
}

/// How many of the job check's warning signs the answers raised, and which.
#[derive(Debug)]
pub struct JobOutcome<'j> {
    pub total: usize,
    /// Answered "yes": each is a warning sign.
    pub raised: Vec<&'j JourneyQuestion>,
    /// Answered "not sure": worth finding out, not counted.
    pub unsure: Vec<&'j JourneyQuestion>,
}

pub fn question_key(kind: Kind, id: &str) -> String {
    kind.key(&format!("q.{id}"))
}

/// The label key of a reply code.
pub fn label_key(kind: Kind, code: &str) -> String {
    option_key(kind, code).unwrap_or_else(|| format!("answer.{code}"))
}

fn option_key(kind: Kind, code: &str) -> Option<String> {
    (!SHARED_REPLIES.contains(&code)).then(|| kind.key(&format!("option.{code}")))
}

pub fn advice_key(kind: Kind, id: &str, part: &str) -> String {
    kind.key(&format!("advice.{id}.{part}"))
}
