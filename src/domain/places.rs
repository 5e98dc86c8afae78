//! Where the person is: a suggestion from browser settings, and the rights
//! and help lines for a place, ordered to match their answers.

use super::assessment::Outcome;
use super::help::{HelpData, Jurisdiction, Line, Right, INTERNATIONAL};
use std::collections::BTreeSet;

/// Suggest a jurisdiction from the browser's time zone (where the device is
/// now), else from the region of its preferred languages. Never required.
pub fn suggest<'h>(
    help: &'h HelpData,
    time_zone: &str,
    languages: &[String],
) -> Option<&'h Jurisdiction> {
    let by_zone = |exact: bool| {
        help.jurisdictions.iter().find(|j| {
            j.time_zones.iter().any(|z| {
                if exact {
                    z == time_zone
                } else {
                    z.ends_with('/') && time_zone.starts_with(z.as_str())
                }
            })
        })
    };
    by_zone(true).or_else(|| by_zone(false)).or_else(|| {
        languages.iter().find_map(|tag| {
            let region = tag
                .split(['-', '_'])
                .skip(1)
                .find(|p| p.len() == 2)?
                .to_ascii_uppercase();
            help.jurisdictions
                .iter()
                .find(|j| j.countries.contains(&region))
        })
    })
}

/// Topics to put first for these answers, most important first.
pub fn priority_topics<'h>(help: &'h HelpData, outcome: Option<&Outcome>) -> Vec<&'h str> {
    let Some(outcome) = outcome else {
        return Vec::new();
    };
    let mut topics: Vec<&str> = Vec::new();
    for p in &help.priorities {
        if p.minor.is_some_and(|m| m != outcome.minor) {
            continue;
        }
        let by_activity = outcome
            .activity
            .as_ref()
            .is_some_and(|a| p.activities.contains(a));
        let by_sign = p.signs.iter().any(|s| outcome.has_sign(s));
        if by_activity || by_sign {
            for t in &p.topics {
                if !topics.contains(&t.as_str()) {
                    topics.push(t);
                }
            }
        }
    }
    topics
}

/// Rights in order: matching topics first (stable), the rest as the data lists them.
fn ranked<'h>(rights: Vec<&'h Right>, topics: &[&str]) -> Vec<&'h Right> {
    let rank = |r: &Right| {
        r.topics
            .iter()
            .filter_map(|t| topics.iter().position(|p| p == t))
            .min()
            .unwrap_or(usize::MAX)
    };
    let mut rights = rights;
    rights.sort_by_key(|r| rank(r));
    rights
}

/// The rights for a place: (rights where you are, rights everywhere).
/// With no place chosen, only the international rights.
pub fn rights_for<'h>(
    help: &'h HelpData,
    place: Option<&Jurisdiction>,
    outcome: Option<&Outcome>,
) -> (Vec<&'h Right>, Vec<&'h Right>) {
    let topics = priority_topics(help, outcome);
    let local = place
        .map(|j| {
            j.scopes
                .iter()
                .flat_map(|scope| help.rights.iter().filter(move |r| &r.scope == scope))
                .collect()
        })
        .unwrap_or_default();
    let everywhere = help
        .rights
        .iter()
        .filter(|r| r.scope == INTERNATIONAL)
        .collect();
    (ranked(local, &topics), ranked(everywhere, &topics))
}

/// The lines a jurisdiction lists, in its order.
pub fn lines_for<'h>(help: &'h HelpData, place: &Jurisdiction) -> Vec<&'h Line> {
    place.lines.iter().filter_map(|id| help.line(id)).collect()
}

/// Every other jurisdiction with lines, for "help in other countries":
/// never an empty help screen, even where we found no line. Places whose
/// lines are all shown already (the UK's three share one) appear once.
pub fn other_places<'h>(help: &'h HelpData, except: &[&str]) -> Vec<&'h Jurisdiction> {
    let mut shown: BTreeSet<&str> = help
        .jurisdictions
        .iter()
        .filter(|j| except.contains(&j.id.as_str()))
        .flat_map(|j| j.lines.iter().map(String::as_str))
        .collect();
    help.jurisdictions
        .iter()
        .filter(|j| {
            let fresh = j.lines.iter().any(|l| !shown.contains(l.as_str()));
            shown.extend(j.lines.iter().map(String::as_str));
            fresh && !except.contains(&j.id.as_str())
        })
        .collect()
}
