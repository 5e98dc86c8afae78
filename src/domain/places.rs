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
            help.jurisdictions.iter().find(|j| j.countries.has(&region))
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
        let by_activity = outcome.activities.iter().any(|a| p.activities.has(a));
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
    sort_stable(&mut rights, |r| rank(r));
    rights
}

/// The topic of "If police or officials stop you": shown as its own section,
/// not among the other rights.
pub const POLICE: &str = "police";

/// Whether the police guidance goes first: the answers say the person was
/// arrested or charged (a priority lists the `police` topic for that).
pub fn police_first(help: &HelpData, outcome: Option<&Outcome>) -> bool {
    priority_topics(help, outcome).contains(&POLICE)
}

/// Whether officials here may work with traffickers or treat victims as
/// suspects: the police advice then leads with a caution.
pub fn officials_caution(place: Option<&Jurisdiction>) -> bool {
    place.is_some_and(|j| j.officials_caution.is_some())
}

/// "If police or officials stop you": this place's guidance first, then the
/// international baseline. Advice that is safe only with trustworthy
/// officials (telling them what happened) is left out where the place
/// carries a caution, and before a place is known.
pub fn police_guidance<'h>(help: &'h HelpData, place: Option<&Jurisdiction>) -> Vec<&'h Right> {
    let trusted = place.is_some() && !officials_caution(place);
    let about_police =
        |r: &&Right| r.topics.iter().any(|t| t == POLICE) && (trusted || !r.needs_safe_officials);
    let local = place.into_iter().flat_map(|j| {
        j.scopes
            .iter()
            .flat_map(|scope| help.rights.iter().filter(move |r| &r.scope == scope))
    });
    let everywhere = help.rights.iter().filter(|r| r.scope == INTERNATIONAL);
    local.chain(everywhere).filter(about_police).collect()
}

/// Whether we found a law or rule for this place that protects victims from
/// punishment (a right with the `non_punishment` or `defence` topic). Where
/// not, the screen says so plainly.
pub fn has_local_non_punishment(help: &HelpData, place: &Jurisdiction) -> bool {
    place.scopes.iter().any(|scope| {
        help.rights.iter().any(|r| {
            &r.scope == scope
                && r.topics
                    .iter()
                    .any(|t| t == "non_punishment" || t == "defence")
        })
    })
}

/// The rights for a place: (rights where you are, rights everywhere), without
/// the police guidance (see [`police_guidance`]).
/// With no place chosen, only the international rights.
pub fn rights_for<'h>(
    help: &'h HelpData,
    place: Option<&Jurisdiction>,
    outcome: Option<&Outcome>,
) -> (Vec<&'h Right>, Vec<&'h Right>) {
    let topics = priority_topics(help, outcome);
    let not_police = |r: &&Right| !r.topics.iter().any(|t| t == POLICE);
    let local = place
        .map(|j| {
            j.scopes
                .iter()
                .flat_map(|scope| help.rights.iter().filter(move |r| &r.scope == scope))
                .filter(not_police)
                .collect()
        })
        .unwrap_or_default();
    let everywhere = help
        .rights
        .iter()
        .filter(|r| r.scope == INTERNATIONAL)
        .filter(not_police)
        .collect();
    (ranked(local, &topics), ranked(everywhere, &topics))
}

/// The lines for someone inside a place: those that are not the police (and
/// are not known to pass calls to them) first, then lines whose calls may
/// reach the police, then the police and enforcement, each in the place's
/// own order. Lines for the country's people abroad are left out.
pub fn lines_for<'h>(help: &'h HelpData, place: &Jurisdiction) -> Vec<&'h Line> {
    let mut lines: Vec<&Line> = place
        .lines
        .iter()
        .filter_map(|id| help.line(id))
        .filter(|l| !l.for_abroad)
        .collect();
    sort_stable(&mut lines, |l| l.police_rank());
    lines
}

/// The lines of a place for someone from there who is elsewhere ("Help from
/// <home>", other countries): every line, those that are not the police
/// first, and among them the lines for people abroad and numbers that can be
/// dialled from abroad first.
pub fn home_lines<'h>(help: &'h HelpData, place: &Jurisdiction) -> Vec<&'h Line> {
    let mut lines: Vec<&Line> = place.lines.iter().filter_map(|id| help.line(id)).collect();
    sort_stable(&mut lines, |l| {
        (l.police_rank(), !l.for_abroad, !l.reachable_from_abroad())
    });
    lines
}

/// There are lines here, and every one is the police or passes reports to
/// them: the help screen says so, and points to the embassy and IOM first.
pub fn police_only(help: &HelpData, place: &Jurisdiction) -> bool {
    let lines = lines_for(help, place);
    !lines.is_empty() && lines.iter().all(|l| l.is_enforcement())
}

/// The line to show first in a crisis: one no source says reaches the police
/// or immigration, then one that answers in the person's language, in the
/// place's own order; else one whose calls may reach the police. Where every
/// line is the police, the first (its card says so).
pub fn best_line<'h>(help: &'h HelpData, place: &Jurisdiction, lang: &str) -> Option<&'h Line> {
    let lines = lines_for(help, place);
    let safe = || lines.iter().filter(|l| l.police_rank() == 0);
    let speaks = |l: &&&Line| l.languages.iter().any(|c| c == lang);
    safe()
        .find(speaks)
        .or_else(|| safe().next())
        .or(lines.first())
        .copied()
}

/// The languages of the card to show officials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardLanguages<'a> {
    /// The person's language is one officials use here: one column.
    Same,
    /// The person's language beside this official language.
    Official(&'a str),
    /// No official language here is one we ship (or it varies): the
    /// person's language beside English (alone if it is English), and the
    /// card says so.
    English,
}

/// Which language to put beside the person's on the card. `shipped` says
/// whether we have a language.
pub fn card_languages<'h>(
    place: &'h Jurisdiction,
    lang: &str,
    shipped: impl Fn(&str) -> bool,
) -> CardLanguages<'h> {
    if place.languages.iter().any(|l| l == lang) {
        return CardLanguages::Same;
    }
    match place.languages.iter().find(|l| shipped(l)) {
        Some(official) => CardLanguages::Official(official),
        None => CardLanguages::English,
    }
}

/// Every other jurisdiction with lines, for "help in other countries":
/// never an empty help screen, even where we found no line. Places whose
/// lines are all shown already (the UK's three share one) appear once.
pub fn other_places<'h>(help: &'h HelpData, except: &[&str]) -> Vec<&'h Jurisdiction> {
    // Extended, not collected: collecting sorts first, with more code.
    let mut shown: BTreeSet<&str> = BTreeSet::new();
    shown.extend(
        help.jurisdictions
            .iter()
            .filter(|j| except.contains(&j.id.as_str()))
            .flat_map(|j| j.lines.iter().map(|l| l.as_str())),
    );
    help.jurisdictions
        .iter()
        .filter(|j| {
            let fresh = j.lines.iter().any(|l| !shown.contains(l.as_str()));
            shown.extend(j.lines.iter().map(|l| l.as_str()));
            fresh && !except.contains(&j.id.as_str())
        })
        .collect()
}

/// Sort, keeping equal items in their order. An insertion sort: the lists
/// are a place's few lines and rights, and the standard library's stable
/// sort would add about 20 KB to the .wasm for them (issue 28).
fn sort_stable<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
