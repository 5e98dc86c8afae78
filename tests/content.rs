//! The shipped content: it parses, every id resolves, every fact is sourced,
//! every text key exists, and the reviewers' report is current.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::assessment::Level;
use clear_signs::domain::catalogue::Catalogue;
use clear_signs::domain::content::{
    Content, ASSESSMENT_JSON, DEFAULT_LANGUAGE, HELP_JSON, LANGUAGES,
};
use clear_signs::domain::help::{well_formed_number, HelpData};
use clear_signs::domain::text::Texts;
use clear_signs::tools::report;
use std::collections::BTreeSet;

fn content() -> Content {
    Content::load(DEFAULT_LANGUAGE).expect("content loads")
}

/// Every text key the app can look up for this content.
fn required_keys(c: &Content) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let cat = &c.catalogue;
    for q in &cat.questions {
        keys.insert(match q.kind {
            clear_signs::domain::catalogue::QuestionKind::Activity => "activity.question".into(),
            _ => format!("q.{}", q.id),
        });
    }
    keys.extend(cat.activities.iter().map(|a| format!("activity.{a}")));
    keys.extend(cat.signs.iter().map(|s| format!("sign.{}", s.id)));
    keys.extend(cat.signs.iter().map(|s| format!("dim.{}", s.element.id())));
    for q in &cat.questions {
        if q.kind == clear_signs::domain::catalogue::QuestionKind::Minor {
            keys.insert(format!("q.{}.hint", q.id));
            keys.insert("level.minor_unsure".into());
        }
    }
    keys.insert("q.made_to.hint".into());
    for level in Level::ALL {
        keys.insert(format!("level.{}.title", level.id()));
        keys.insert(format!("level.{}.body", level.id()));
    }
    keys.insert("level.strong.title_other".into());
    keys.insert("level.strong.body_other".into());
    for r in &c.help.rights {
        keys.insert(format!("right.{}.title", r.id));
        keys.insert(format!("right.{}.body", r.id));
    }
    for l in &c.help.lines {
        keys.insert(format!("line.{}.about", l.id));
        if !l.what_happens.is_empty() {
            keys.insert(format!("line.{}.what_happens", l.id));
        }
    }
    for j in &c.help.jurisdictions {
        keys.insert(format!("jur.{}", j.id));
        if j.officials_caution.is_some() {
            keys.insert(format!("caution.{}", j.id));
        }
    }
    keys.extend(clear_signs::domain::journeys::shipped().text_keys());
    keys
}

#[test]
fn shipped_content_parses_and_validates() {
    let c = content();
    assert!(c.catalogue.problems().is_empty());
    assert!(c.help.problems().is_empty());
    // What puts rights first names signs and activities the check has.
    for p in &c.help.priorities {
        for s in &p.signs {
            assert!(
                c.catalogue.sign(s).is_some(),
                "priority names unknown sign `{s}`"
            );
        }
        for a in &p.activities {
            assert!(
                c.catalogue.activities.contains(a),
                "priority names unknown activity `{a}`"
            );
        }
    }
}

#[test]
fn a_child_arrested_for_anything_reaches_safe_harbor_and_record_relief() {
    use clear_signs::domain::answers::{Answer, Answers};
    use clear_signs::domain::assessment::assess;
    use clear_signs::domain::places::priority_topics;
    let c = content();
    // Running away or selling sex: a child who was arrested, on any path.
    for activity in ["other", "sex", "stealing"] {
        let answers: Answers = [
            ("activity".to_string(), Answer::activity(activity)),
            ("under18".to_string(), Answer::Yes),
            ("punished".to_string(), Answer::Yes),
        ]
        .into_iter()
        .collect();
        let outcome = assess(&c.catalogue, &answers);
        let topics = priority_topics(&c.help, Some(&outcome));
        assert_eq!(
            topics[..2],
            ["safe_harbor", "record_relief"],
            "{activity}: {topics:?}"
        );
    }
}

#[test]
fn every_required_text_exists_in_every_language() {
    let c = content();
    for language in LANGUAGES {
        let (code, texts) = (language.code, Texts::parse(language.json).unwrap());
        for key in required_keys(&c) {
            assert!(texts.has(&key), "{code}: missing `{key}`");
        }
        for (key, value) in texts.entries() {
            assert!(!value.trim().is_empty(), "{code}: `{key}` is empty");
        }
    }
}

#[test]
fn ui_keys_used_in_the_code_exist() {
    // Every "ui.*" or "answer.*" literal in src/ must be in the English file.
    let texts = content().texts;
    let mut missing = Vec::new();
    for entry in walk(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))) {
        let src = std::fs::read_to_string(&entry).unwrap();
        for piece in src.split('"').skip(1).step_by(2) {
            let looks_like_key = (piece.starts_with("ui.") || piece.starts_with("answer."))
                && piece
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '.' || ch == '_');
            if looks_like_key && !piece.ends_with('.') && !texts.has(piece) {
                missing.push(format!("{}: {piece}", entry.display()));
            }
        }
    }
    assert!(missing.is_empty(), "missing text keys: {missing:#?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn unknown_fields_and_bad_references_are_rejected() {
    let with_unknown = ASSESSMENT_JSON.replacen(
        "\"max_path_length\"",
        "\"surprise\": 1, \"max_path_length\"",
        1,
    );
    assert!(Catalogue::parse(&with_unknown)
        .unwrap_err()
        .contains("unknown field"));

    let dangling = ASSESSMENT_JSON.replacen(
        "\"raises\": \"deceived_job\"",
        "\"raises\": \"no_such_sign\"",
        1,
    );
    assert!(Catalogue::parse(&dangling)
        .unwrap_err()
        .contains("no_such_sign"));

    let duplicate = ASSESSMENT_JSON.replacen("{ \"id\": \"terms_lie\"", "{ \"id\": \"job_lie\"", 1);
    assert!(Catalogue::parse(&duplicate)
        .unwrap_err()
        .contains("used twice"));

    let unsourced =
        ASSESSMENT_JSON.replacen("\"source\": \"ilo_2012\"", "\"source\": \"nowhere\"", 1);
    assert!(Catalogue::parse(&unsourced)
        .unwrap_err()
        .contains("unknown source"));

    let bad_number = HELP_JSON.replacen("\"+18883737888\"", "\"1-888-373-7888\"", 1);
    assert!(HelpData::parse(&bad_number).unwrap_err().contains("E.164"));

    // Every source shows its own date, so an old source never reads as fresh.
    let undated = HELP_JSON.replacen("\"date\": \"", "\"was\": \"", 1);
    assert!(HelpData::parse(&undated).is_err());
    let vague = HELP_JSON.replacen("\"date\": \"", "\"date\": \"recently ", 1);
    assert!(HelpData::parse(&vague).unwrap_err().contains("own date"));

    let http = HELP_JSON.replacen("https://www.uscis.gov", "http://www.uscis.gov", 1);
    assert!(HelpData::parse(&http).unwrap_err().contains("https://"));
}

#[test]
fn phone_numbers_are_e164_or_short_codes() {
    for ok in ["+18883737888", "+448000121700", "1343", "111", "233733"] {
        assert!(well_formed_number(ok), "{ok}");
    }
    for bad in [
        "",
        "+",
        "12",
        "+0123456789",
        "1-888-373-7888",
        "+1 888 373 7888",
        "1234567",
    ] {
        assert!(!well_formed_number(bad), "{bad}");
    }
}

#[test]
fn every_number_shown_has_the_digits_it_dials() {
    use clear_signs::domain::config::shows_number;
    for (dialled, shown) in [
        ("+448000121700", "08000 121 700"),
        ("+18774474847", "1-877-4-HSI-TIP"),
        ("+60380008000", "03-8000 8000"),
        ("+15551234567", "555-123-4567"),
        ("1343", "1343"),
    ] {
        assert!(shows_number(dialled, shown), "{dialled} {shown}");
    }
    for (dialled, shown) in [
        ("+448000121700", "08000 121 701"),
        ("+448000121700", "020 7946 0000"),
        ("1343", "1344"),
        ("+18883737888", "888 373 788"),
    ] {
        assert!(!shows_number(dialled, shown), "{dialled} {shown}");
    }
    let c = content();
    let contacts = c.help.lines.iter().flat_map(|l| l.contacts.iter()).chain(
        c.help
            .jurisdictions
            .iter()
            .flat_map(|j| j.emergency.iter().flat_map(|e| e.contacts.iter())),
    );
    for contact in contacts {
        assert!(
            shows_number(&contact.value, &contact.display),
            "help.json: {} is shown as {}",
            contact.value,
            contact.display
        );
    }
}

#[test]
fn help_covers_the_first_countries_with_call_links() {
    let c = content();
    for place in ["us", "gb-ew", "ca", "ph", "th"] {
        let j = c
            .help
            .jurisdiction(place)
            .unwrap_or_else(|| panic!("no jurisdiction {place}"));
        let line = j.lines.first().and_then(|id| c.help.line(id));
        let line = line.unwrap_or_else(|| panic!("no help line for {place}"));
        assert!(
            line.contacts.iter().any(|k| k.href().starts_with("tel:")),
            "{place} has a tel: link"
        );
    }
    assert_eq!(
        c.help.rights.first().map(|r| r.id.as_str()),
        Some("non_punishment")
    );
}

#[test]
fn text_keys_are_all_used_by_some_content() {
    // A key no screen can show is a translation burden and a sign of a typo.
    let c = content();
    let required = required_keys(&c);
    // `exit.*` keys are read by scripts/exit-strings.mjs for the static quick exit.
    let dynamic = [
        "ui.",
        "answer.",
        "meta.",
        "level.minor",
        "jur.",
        "exit.",
        "term.",
    ];
    for key in c.texts.keys() {
        // An optional hint under a question: `q.<id>.hint`.
        let hint = key
            .strip_suffix(".hint")
            .is_some_and(|q| required.contains(q));
        let used = required.contains(key) || hint || dynamic.iter().any(|p| key.starts_with(p));
        assert!(used, "`{key}` is not used by any content");
    }
}

#[test]
fn english_text_is_plain_and_never_labels_the_person() {
    let texts = content().texts;
    for (key, value) in texts.entries() {
        let lower = value.to_lowercase();
        for banned in [
            "you are a victim",
            "you are a criminal",
            "sex work",
            "you are trafficked",
        ] {
            assert!(!lower.contains(banned), "`{key}` says “{banned}”");
        }
        for sentence in value.split(['.', '?', '!']) {
            let words = sentence.split_whitespace().count();
            assert!(
                words <= 30,
                "`{key}` has a {words}-word sentence: {sentence}"
            );
        }
    }
}

#[test]
fn reviewers_report_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/assessment.md");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == report::render().unwrap(),
        "docs/assessment.md is stale: run `cargo run --bin assessment-report`"
    );
}
