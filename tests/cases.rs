//! The case bank: the rule against levels written from published sources and
//! `content/reference/levels.md` without the rule (`content/cases.json`).
//! Every case must get exactly its expected level: no tolerance, no exceptions.
//! Every case is a published account of a person, or a group of people, with
//! a source that describes them: no patterns, no reprints of a report that
//! was not retrieved, no blogs, no design notes.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::Answer;
use clear_signs::domain::assessment::{assess, Level};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey;
use clear_signs::tools::cases;
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
    assert!(all.len() >= 15, "at least 15 cases");
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
        let problems = source_problems(&case.source);
        assert!(problems.is_empty(), "{}: {}", case.id, problems.join("; "));
        for text in [&case.story, &case.why] {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("pattern") && !lower.contains("typology"),
                "{}: a pattern is not a published account of a person",
                case.id
            );
        }
        assert!(!case.why.trim().is_empty(), "{}: no why", case.id);
        // The why is written from the story and levels.md, not in the
        // rule's own terms (sign or question ids, `the rule`).
        assert!(
            !case.why.contains('`') && !case.why.to_lowercase().contains("the rule"),
            "{}: the why uses the rule's own words",
            case.id
        );
        // Realistic: every question on the case's own path is answered, and
        // nothing off it.
        let path: BTreeSet<&str> = journey::path(&c, &case.answers)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        let answered: BTreeSet<&str> = case.answers.keys().map(String::as_str).collect();
        assert_eq!(path, answered, "case `{}`", case.id);
    }
    // Published accounts are almost all of people who were exploited, so most
    // cases are strong; the other levels are held by the reference cases
    // (tests/reference.rs). At least one published account is not strong.
    assert!(
        all.iter().any(|c| c.expected != "strong"),
        "at least one case that is not strong"
    );
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

/// Hosts that only reprint or summarise others' reporting, and blog
/// platforms: a case needs the source that describes the person itself.
const REPRINT_OR_BLOG_HOSTS: &[&str] = &[
    "scamsnow.com",
    "coinblock.asia",
    "world-economist.com",
    "vietnamhumanrightsdefenders.net",
    "humantraffickingsearch.org",
    "hackernoon.com",
    "radiofree.org",
    "blogspot.",
    "wordpress.com",
    "medium.com",
    "substack.com",
];

/// What makes a source unfit for the bank: a report that was not retrieved,
/// a pattern or contrast case instead of a person, a reprint or blog host,
/// or the project's own design notes.
fn source_problems(source: &str) -> Vec<String> {
    let lower = source.to_lowercase();
    let mut problems = Vec::new();
    for phrase in ["not retrieved", "pattern", "typology", "design note"] {
        if lower.contains(phrase) {
            problems.push(format!("the source says `{phrase}`"));
        }
    }
    for url in lower
        .split_whitespace()
        .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
    {
        let host = url
            .split("//")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_default();
        if let Some(bad) = REPRINT_OR_BLOG_HOSTS.iter().find(|b| host.contains(*b)) {
            problems.push(format!("{url} is on a reprint or blog host ({bad})"));
        }
        if host.is_empty() {
            problems.push(format!("{url} has no host"));
        }
    }
    problems
}

#[test]
fn sources_that_are_not_published_accounts_are_refused() {
    let refused = [
        "UNODC policy report (report itself not retrieved), summarised by https://example.org/a",
        "Home Office guidance, https://www.gov.uk/x. Contrast pattern.",
        "INTERPOL notice, reproduced at https://scamsnow.com/interpol-issues-warning/",
        "Straits Times report at https://www.coinblock.asia/2023/06/07/x",
        "The Guardian, copy at http://www.vietnamhumanrightsdefenders.net/2019/08/06/x",
        "A story at https://someone.blogspot.com/2019/07/x.html",
        "The project's design note, https://example.org/notes",
    ];
    for source in refused {
        assert!(!source_problems(source).is_empty(), "accepted: {source}");
    }
    let accepted = "R v AAD, AAH, AAI [2022] EWCA Crim 106, https://www.bailii.org/ew/cases/EWCA/Crim/2022/106.html";
    assert!(source_problems(accepted).is_empty());
}
