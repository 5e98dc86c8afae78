//! Rights and help by place: suggestions, ordering by the answers, and no
//! empty screen anywhere.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::assessment::assess;
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::help::Mark;
use clear_signs::domain::places::{lines_for, other_places, rights_for, suggest};
use clear_signs::domain::scenarios;

fn content() -> Content {
    Content::load(DEFAULT_LANGUAGE).expect("content loads")
}

#[test]
fn the_first_jurisdictions_are_all_covered() {
    let c = content();
    for id in [
        "us", "gb-ew", "gb-sct", "gb-nir", "eu", "ca", "au", "th", "ph", "kh", "vn", "my", "id",
        "br", "ke", "ng",
    ] {
        assert!(
            c.help.jurisdiction(id).is_some(),
            "missing jurisdiction {id}"
        );
    }
}

#[test]
fn suggestions_come_from_the_time_zone_then_the_language_region() {
    let help = content().help;
    let id = |tz: &str, langs: &[&str]| {
        let langs: Vec<String> = langs.iter().map(|s| s.to_string()).collect();
        suggest(&help, tz, &langs).map(|j| j.id.clone())
    };
    assert_eq!(id("Asia/Bangkok", &["en-US"]).as_deref(), Some("th"));
    assert_eq!(id("Australia/Perth", &[]).as_deref(), Some("au"));
    assert_eq!(
        id("America/Indiana/Indianapolis", &[]).as_deref(),
        Some("us")
    );
    assert_eq!(id("Europe/London", &[]).as_deref(), Some("gb-ew"));
    assert_eq!(id("Europe/Berlin", &[]).as_deref(), Some("eu"));
    assert_eq!(id("Etc/UTC", &["vi-VN", "en"]).as_deref(), Some("vn"));
    assert_eq!(id("Etc/UTC", &["fil-PH"]).as_deref(), Some("ph"));
    assert_eq!(id("Etc/UTC", &["en", "fr"]), None);
    assert_eq!(id("", &[]), None);
}

#[test]
fn every_level_and_place_gives_rights_and_help() {
    let c = content();
    let scenarios = scenarios::load().unwrap();
    let places: Vec<_> = c
        .help
        .jurisdictions
        .iter()
        .map(Some)
        .chain([None])
        .collect();
    for s in &scenarios {
        let outcome = assess(&c.catalogue, &s.answers);
        for place in &places {
            let (here, everywhere) = rights_for(&c.help, *place, Some(&outcome));
            assert!(!everywhere.is_empty(), "no international rights");
            let shown = here.len() + everywhere.len();
            assert!(
                shown >= 3,
                "{} / {:?}: only {shown} rights",
                s.id,
                place.map(|p| &p.id)
            );
            for r in here.iter().chain(&everywhere) {
                assert!(c.texts.has(&format!("right.{}.title", r.id)));
            }
            // The help screen is never empty: lines here, or lines elsewhere.
            let except: Vec<&str> = place.iter().map(|p| p.id.as_str()).collect();
            let here_lines = place.map(|p| lines_for(&c.help, p).len()).unwrap_or(0);
            assert!(here_lines + other_places(&c.help, &except).len() > 0);
        }
    }
}

#[test]
fn rights_match_the_situation() {
    let c = content();
    let scenario = |id: &str| {
        scenarios::load()
            .unwrap()
            .into_iter()
            .find(|s| s.id == id)
            .unwrap()
    };
    let first = |place: &str, scenario_id: &str| {
        let s = scenario(scenario_id);
        let outcome = assess(&c.catalogue, &s.answers);
        let (here, everywhere) = rights_for(&c.help, c.help.jurisdiction(place), Some(&outcome));
        (
            here.first().map(|r| r.id.clone()),
            everywhere.first().map(|r| r.id.clone()),
        )
    };
    // A charged minor in the US sees Safe Harbor and record relief first.
    assert_eq!(
        first("us", "minor_solicitation").0.as_deref(),
        Some("us_safe_harbor")
    );
    // Someone held in a scam compound sees embassy help and screening first.
    assert_eq!(
        first("th", "scam_graduate").0.as_deref(),
        Some("th_screening")
    );
    assert_eq!(first("th", "scam_graduate").1.as_deref(), Some("help_home"));
    // Without matching answers, non-punishment leads.
    assert_eq!(
        first("us", "own_terms").1.as_deref(),
        Some("non_punishment")
    );
}

#[test]
fn the_uk_line_is_listed_once_among_other_countries() {
    let c = content();
    let others = other_places(&c.help, &["th"]);
    let uk = others
        .iter()
        .filter(|j| j.lines.contains(&"uk_helpline".to_string()))
        .count();
    assert_eq!(uk, 1);
    assert!(others.iter().all(|j| j.id != "th"));
    assert!(others.iter().all(|j| !j.lines.is_empty()));
}

/// Hosts of official or primary sources: governments, legislatures, courts,
/// prosecutors, treaty bodies and UN agencies, and the help lines' own sites.
/// A suffix starting with `.` matches any host under it.
const OFFICIAL_HOSTS: &[&str] = &[
    // official domains by their suffix
    ".gov",
    ".gov.uk",
    ".police.uk",
    ".parliament.uk",
    ".gov.au",
    ".gc.ca",
    ".gov.br",
    ".go.ke",
    ".gov.my",
    ".gov.ph",
    ".go.id",
    ".gov.vn",
    ".gov.in",
    ".int",
    ".europa.eu",
    ".iom.int",
    // the same, at the top level
    "legislation.gov.uk",
    "gov.uk",
    "copfs.gov.uk",
    "ccrc.gov.uk",
    "coe.int",
    "iom.int",
    "ilo.org",
    "ilo.ch",
    "ohchr.org",
    "unodc.org",
    "un.org",
    "canada.ca",
    "gov.br",
    "dhs.gov",
    "uscis.gov",
    "congress.gov",
    "govinfo.gov",
    "ice.gov",
    "state.gov",
    // help lines' own sites
    "humantraffickinghotline.org",
    "canadianhumantraffickinghotline.ca",
    "unseenuk.org",
    "modernslaveryhelpline.org",
    "1343actionline.ph",
    "crimestoppers-uk.org",
];

fn official(host: &str) -> bool {
    OFFICIAL_HOSTS.iter().any(|h| match h.strip_prefix('.') {
        Some(suffix) => host.ends_with(&format!(".{suffix}")),
        None => host == *h || host.ends_with(&format!(".{h}")),
    })
}

#[test]
fn checked_entries_cite_official_hosts() {
    assert!(
        official("legislation.gov.uk") && official("dss.gov.au") && official("thailand.iom.int")
    );
    assert!(!official("airforceamy.org") && !official("gov.uk.example.com"));
    let help = content().help;
    let mut wrong = Vec::new();
    for (owner, mark, source) in help.marked_sources() {
        if mark == Mark::V && !source.secondary && !official(source.host()) {
            wrong.push(format!("{owner}: {}", source.url));
        }
    }
    assert!(
        wrong.is_empty(),
        "entries marked V cite hosts that are not on the official list (mark the entry S, \
         flag the source `secondary`, or cite the official page):\n{}",
        wrong.join("\n")
    );
}
