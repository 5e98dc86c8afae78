//! The independent case bank: the rule against levels written from published
//! sources before the rule was run (`content/cases.json`).
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::assessment::{assess, Level};
use clear_signs::domain::cases;
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey;
use std::collections::BTreeSet;

#[test]
fn every_case_gets_the_level_its_sources_give() {
    let c = Content::load(DEFAULT_LANGUAGE).unwrap().catalogue;
    let all = cases::load().expect("cases.json parses");
    let mut wrong = Vec::new();
    for case in &all {
        let got = assess(&c, &case.answers).level.id();
        if got != case.level_to_match() {
            wrong.push(format!(
                "{}: rule gives {got}, expected {}",
                case.id,
                case.level_to_match()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_bank_is_broad_and_well_formed() {
    let c = Content::load(DEFAULT_LANGUAGE).unwrap().catalogue;
    let all = cases::load().unwrap();
    assert!(all.len() >= 40, "at least 40 cases");
    let levels: Vec<&str> = Level::ALL.iter().map(|l| l.id()).collect();
    let mut ids = BTreeSet::new();
    for case in &all {
        assert!(ids.insert(&case.id), "case id `{}` twice", case.id);
        assert!(levels.contains(&case.expected.as_str()), "{}", case.id);
        assert!(!case.source.trim().is_empty(), "{}: no source", case.id);
        assert!(!case.why.trim().is_empty(), "{}: no why", case.id);
        if let Some(note) = &case.rule_note {
            assert!(levels.contains(&note.rule_gives.as_str()), "{}", case.id);
            assert_ne!(note.rule_gives, case.expected, "{}: empty note", case.id);
            assert!(!note.why.trim().is_empty(), "{}", case.id);
        }
        // Realistic: every question on the case's own path is answered, and
        // nothing off it.
        let path: BTreeSet<&str> = journey::path(&c, &case.answers)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        let answered: BTreeSet<&str> = case.answers.keys().map(String::as_str).collect();
        assert_eq!(path, answered, "case `{}`", case.id);
    }
    let not_strong = all.iter().filter(|c| c.expected != "strong").count();
    assert!(not_strong >= 10, "at least 10 cases that are not strong");
    for activity in &c.activities {
        assert!(
            all.iter()
                .any(|k| k.answers.get("activity").map(|a| a.code()) == Some(activity)),
            "no case for `{activity}`"
        );
    }
    let exceptions = all.iter().filter(|c| c.rule_note.is_some()).count();
    assert!(
        exceptions * 10 <= all.len(),
        "more than 1 in 10 cases are exceptions"
    );
}
