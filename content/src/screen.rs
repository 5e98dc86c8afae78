//! Where the person is in the app: one value, stored with the answers.
//! Screens change without touching browser history (see `ui::app`).

use serde::{Deserialize, Serialize};

/// Where the person is. Stored with the answers so a reload returns here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case", tag = "screen", content = "index")]
pub enum Screen {
    #[default]
    Start,
    /// The n-th question (0-based) of the current path.
    Question(usize),
    Result,
    Rights,
    /// The card to show officials, reached from the rights screen.
    Card,
    Help,
    StayingSafe,
    /// "I'm worried about someone": the n-th question (see `journeys`).
    Worried(usize),
    WorriedAdvice,
    /// "Check a job offer": the n-th question.
    JobOffer(usize),
    JobOfferResult,
}
