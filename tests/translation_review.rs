//! The native speakers' review sheets: every translated language has a
//! back-translation of every safety-critical string, made from the current
//! translation, and docs/translations/<code>.md is up to date.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::content::{DEFAULT_LANGUAGE, LANGUAGES};
use clear_signs::domain::text::Texts;
use clear_signs::tools::glossary::Glossary;
use clear_signs::tools::review::{self, safety_critical_keys, Review};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn review_for(code: &str) -> Review {
    let path = format!("{ROOT}/content/translations/review/{code}.json");
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Review::parse(&json).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn translated() -> impl Iterator<Item = &'static clear_signs::domain::content::Language> {
    LANGUAGES.iter().filter(|l| l.code != DEFAULT_LANGUAGE)
}

#[test]
fn every_safety_critical_string_has_a_current_back_translation() {
    let english = Texts::parse(LANGUAGES[0].json).unwrap();
    for key in safety_critical_keys(&english) {
        assert!(english.has(&key), "`{key}` is not a text key");
    }
    let mut problems = Vec::new();
    for language in translated() {
        let review = review_for(language.code);
        assert_eq!(review.format_version, 1, "{}", language.code);
        problems.extend(review.problems(
            language.code,
            &Texts::parse(language.json).unwrap(),
            &english,
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_changed_translation_needs_a_new_back_translation() {
    let fr = translated().find(|l| l.code == "fr").unwrap();
    let changed = fr
        .json
        .replacen("\"exit.button\": \"", "\"exit.button\": \"Vite ! ", 1);
    let english = Texts::parse(LANGUAGES[0].json).unwrap();
    let problems = review_for("fr").problems("fr", &Texts::parse(&changed).unwrap(), &english);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("exit.button"));
}

#[test]
fn review_sheets_are_up_to_date() {
    let glossary =
        Glossary::parse(&std::fs::read_to_string(format!("{ROOT}/content/glossary.json")).unwrap())
            .unwrap();
    let english = Texts::parse(LANGUAGES[0].json).unwrap();
    for language in translated() {
        let texts = Texts::parse(language.json).unwrap();
        let expected = review::render(
            language.code,
            &texts,
            &english,
            &review_for(language.code),
            &glossary,
        );
        let path = format!("{ROOT}/docs/translations/{}.md", language.code);
        assert!(
            std::fs::read_to_string(&path).unwrap_or_default() == expected,
            "{path} is stale: run `cargo run --bin translation-review`"
        );
    }
}

#[test]
fn the_review_covers_what_a_person_acts_on() {
    let english = Texts::parse(LANGUAGES[0].json).unwrap();
    let keys = safety_critical_keys(&english);
    for key in [
        "ui.card.victim",
        "ui.rights.police",
        "right.ew_police.body",
        "right.police_victim.body",
        "caution.kh",
        "ui.help.shares.police",
        "line.us_hotline.what_happens",
        "exit.fallback.title",
        "worried.advice.rights.body",
        "job.result.some",
        "term.waived.means",
        "q.made_to",
        "level.strong.body",
    ] {
        assert!(keys.iter().any(|k| k == key), "`{key}` is not reviewed");
    }
    assert!(!keys.iter().any(|k| k == "term.waived.word"));
    assert!(review::matches(
        "line.*.what_happens",
        "line.uk_helpline.what_happens"
    ));
    assert!(!review::matches(
        "line.*.what_happens",
        "line.uk_helpline.about"
    ));
    assert!(!review::matches("ui.help.police", "ui.help.police_only"));
}
