//! The two journeys beside the check (their data: `clear_signs_content::
//! journeys`): the shipped journeys, and how their screens follow each other.

use crate::domain::screen::Screen;
pub use clear_signs_content::journeys::*;
use serde_json::Value;

/// The screen after this one in a journey.
pub fn next(screen: Screen) -> Screen {
    let Some(kind) = Kind::of(screen) else {
        return screen;
    };
    let count = shipped().journey(kind).questions.len();
    match screen {
        Screen::Worried(i) | Screen::JobOffer(i) if i + 1 < count => kind.question(i + 1),
        Screen::Worried(_) | Screen::JobOffer(_) => kind.end(),
        _ => Screen::Start,
    }
}

/// The screen before this one in a journey.
pub fn back(screen: Screen) -> Screen {
    let Some(kind) = Kind::of(screen) else {
        return screen;
    };
    let count = shipped().journey(kind).questions.len();
    match screen {
        Screen::Worried(0) | Screen::JobOffer(0) => Screen::Start,
        Screen::Worried(i) | Screen::JobOffer(i) => kind.question((i - 1).min(count - 1)),
        _ => kind.question(count.saturating_sub(1)),
    }
}

/// A journey screen that exists (a stored index may point past the end).
pub fn clamp(screen: Screen) -> Screen {
    match (Kind::of(screen), screen) {
        (Some(kind), Screen::Worried(i) | Screen::JobOffer(i)) => {
            let count = shipped().journey(kind).questions.len();
            kind.question(i.min(count.saturating_sub(1)))
        }
        _ => screen,
    }
}

/// The shipped journeys: static data (`domain::baked`, written by build.rs
/// from content/journeys.json, which it checks).
pub fn shipped() -> &'static Journeys {
    crate::domain::baked::JOURNEYS
}

/// Parse the configuration field `journeys`: which of `OFFERABLE` to offer.
/// Bad entries are left out with one line each; an unusable list offers all.
pub fn parse_offered(v: &Value, problems: &mut Vec<String>) -> Vec<&'static str> {
    let expected = format!("expected a list from {}", OFFERABLE.join(", "));
    let Value::Array(items) = v else {
        problems.push(format!("config `journeys`: {expected}; using the default"));
        return OFFERABLE.to_vec();
    };
    let mut offered = Vec::new();
    for item in items {
        match OFFERABLE.iter().find(|o| item.as_str() == Some(**o)) {
            Some(o) if !offered.contains(o) => offered.push(*o),
            Some(_) => {}
            None => problems.push(format!(
                "config `journeys`: unknown journey {item}, {expected}; it is left out"
            )),
        }
    }
    if offered.is_empty() {
        problems.push(format!(
            "config `journeys`: no known journey listed, {expected}; using the default"
        ));
        return OFFERABLE.to_vec();
    }
    offered
}
