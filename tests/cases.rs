//! The case bank: the rule against levels written from published sources and
//! `content/reference/levels.md` without the rule (`content/cases.json`).
//! Every case must get exactly its expected level: no tolerance, no exceptions.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::Answer;
use clear_signs::domain::assessment::{assess, Level};
use clear_signs::domain::cases;
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey;
use std::collections::BTreeSet;

#[test]
fn every_case_gets_exactly_its_expected_level() {
    let c = Content::load(DEFAULT_LANGUAGE).unwrap().catalogue;
    let all = cases::load().expect("cases.json parses");
    let mut wrong = Vec::new();
    for case in &all {
        let got = assess(&c, &case.answers).level.id();
        if got != case.expected {
            wrong.push(format!(
                "{}: rule gives {got}, expected {}",
                case.id, case.expected
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_bank_is_broad_and_well_formed() {
    let c = Content::load(DEFAULT_LANGUAGE).unwrap().catalogue;
    let all = cases::load().unwrap();
    assert!(all.len() >= 20, "at least 20 cases");
    let levels: Vec<&str> = Level::ALL.iter().map(|l| l.id()).collect();
    let mut ids = BTreeSet::new();
    for case in &all {
        assert!(ids.insert(&case.id), "case id `{}` twice", case.id);
        assert!(
            levels.contains(&case.expected.as_str()),
            "{}: unknown level `{}`",
            case.id,
            case.expected
        );
        assert!(
            case.source.contains("https://"),
            "{}: the source needs a published URL",
            case.id
        );
        assert!(
            !case.source.contains("/work/") && !case.source.contains("../shared"),
            "{}: the source must not point outside the repository",
            case.id
        );
        assert!(!case.why.trim().is_empty(), "{}: no why", case.id);
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
    assert!(not_strong >= 8, "at least 8 cases that are not strong");
    // The kept cases cover every activity of the catalogue, `violence` and
    // `crime` included, alone or with others.
    for activity in &c.activities {
        assert!(
            all.iter().any(|k| matches!(
                k.answers.get("activity"),
                Some(Answer::Activities(ids)) if ids.iter().any(|a| a == activity)
            )),
            "no case for `{activity}`"
        );
    }
}
