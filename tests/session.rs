//! What stays on the device and which language shows first: the policy in
//! `domain::session` and `domain::language::first`, tested without a browser.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey::Screen;
use clear_signs::domain::language;
use clear_signs::domain::session::{self, Opening};
use clear_signs::domain::stored::Stored;

fn content() -> Content {
    Content::load(DEFAULT_LANGUAGE).unwrap()
}

#[test]
fn nothing_kept_opens_fresh_and_a_kept_check_opens_whole() {
    let c = content();
    assert_eq!(session::open(&c.catalogue, &c.help, None), Opening::Fresh);
    let mut answers = Answers::new();
    answers.insert("job_lie".into(), Answer::Unsure);
    let kept = Stored::new(answers, Screen::Question(1));
    assert_eq!(
        session::open(&c.catalogue, &c.help, Some(&kept.encode())),
        Opening::Kept(kept)
    );
}

#[test]
fn an_unreadable_copy_is_dropped_with_a_reason_and_a_calm_note() {
    let c = content();
    for raw in ["", "{", "null", "{\"version\":99}", "<html>"] {
        match session::open(&c.catalogue, &c.help, Some(raw)) {
            Opening::Unreadable { reason, notice } => {
                assert!(reason.ends_with("starting a new check"), "{raw}: {reason}");
                assert_eq!(notice, "ui.error.stored");
                assert!(c.texts.has(notice));
            }
            other => panic!("{raw}: {other:?}"),
        }
    }
}

#[test]
fn answers_stay_only_when_the_person_keeps_them_on_a_site_that_offers_it() {
    assert!(session::keeps(true, true));
    assert!(!session::keeps(true, false));
    assert!(
        !session::keeps(false, true),
        "a site that turned keeping off ends it"
    );
    assert!(!session::keeps(false, false));
    let made = std::cell::Cell::new(false);
    let nothing = session::to_store(false, || {
        made.set(true);
        Stored::default()
    });
    assert!(
        nothing.is_none() && !made.get(),
        "not even built when not kept"
    );
    assert_eq!(
        session::to_store(true, Stored::default),
        Some(Stored::default())
    );
}

#[test]
fn the_first_language_is_the_kept_one_then_the_browser_then_the_site_then_english() {
    let offered = ["en", "vi", "th", "ar"];
    let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(
        language::first(&offered, Some("th"), &browser(&["vi"]), Some("ar")),
        "th"
    );
    // A kept language the site no longer offers is passed over.
    assert_eq!(
        language::first(&offered, Some("km"), &browser(&["vi-VN"]), None),
        "vi"
    );
    assert_eq!(
        language::first(&offered, None, &browser(&["de", "fr"]), Some("ar")),
        "ar"
    );
    assert_eq!(
        language::first(&offered, None, &browser(&["de"]), None),
        "en"
    );
    // A site that does not offer English starts in its first language.
    assert_eq!(language::first(&["th", "vi"], None, &[], None), "th");
}

#[test]
fn every_visitor_of_a_site_fetches_the_same_files_in_the_same_order() {
    use clear_signs::domain::content::LANGUAGES;
    let all = language::fetch_order(None, |_| false);
    let expected: Vec<&str> = LANGUAGES
        .iter()
        .map(|l| l.code)
        .filter(|c| *c != "en")
        .collect();
    assert_eq!(
        all, expected,
        "every shipped language but English, in the fixed order"
    );
    // A site's list decides which, never their order; English is never a file.
    let offered = ["th", "en", "vi"];
    assert_eq!(
        language::fetch_order(Some(&offered), |_| false),
        ["vi", "th"]
    );
    // What is here or on its way already is not asked for again.
    assert_eq!(language::fetch_order(Some(&offered), |c| c == "vi"), ["th"]);
}
