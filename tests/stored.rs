//! The storage schema: what a reload reads back, and what it refuses.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey::{self, Screen};
use clear_signs::domain::stored::Stored;

fn content() -> Content {
    Content::load(DEFAULT_LANGUAGE).unwrap()
}

#[test]
fn a_saved_check_round_trips() {
    let content = content();
    let c = &content.catalogue;
    let answers: Answers = [
        ("activity".to_string(), Answer::Activity("scams".into())),
        ("job_lie".to_string(), Answer::Unsure),
    ]
    .into_iter()
    .collect();
    let saved =
        Stored::new(answers, Screen::Question(2)).with_places(Some("th".into()), Some("vn".into()));
    assert_eq!(
        Stored::decode(c, &content.help, &saved.encode()).unwrap(),
        saved
    );
}

#[test]
fn corrupt_or_edited_values_are_rejected_with_a_reason() {
    let content = content();
    let c = &content.catalogue;
    let cases = [
        ("", "unreadable"),
        ("not json", "unreadable"),
        ("{\"version\":0,\"answers\":{},\"screen\":{\"screen\":\"start\"}}", "version"),
        ("{\"version\":1,\"answers\":{\"nope\":\"yes\"},\"screen\":{\"screen\":\"start\"}}", "unknown question"),
        ("{\"version\":1,\"answers\":{\"activity\":\"flying\"},\"screen\":{\"screen\":\"start\"}}", "not valid"),
        ("{\"version\":1,\"answers\":{\"job_lie\":\"scams\"},\"screen\":{\"screen\":\"start\"}}", "not valid"),
        ("{\"version\":1,\"answers\":{},\"screen\":{\"screen\":\"start\"},\"extra\":1}", "unreadable"),
        ("{\"version\":1,\"answers\":[],\"screen\":{\"screen\":\"start\"}}", "unreadable"),
        ("{\"version\":1,\"answers\":{},\"screen\":{\"screen\":\"help\"},\"place\":\"mars\"}", "not a known jurisdiction"),
    ];
    for (raw, reason) in cases {
        let err = Stored::decode(c, &content.help, raw).expect_err(raw);
        assert!(err.contains(reason), "{raw}: {err}");
        assert!(!err.contains('\n'), "one console line");
    }
}

#[test]
fn a_stored_screen_past_the_path_is_pulled_back() {
    let content = content();
    let c = &content.catalogue;
    let raw = "{\"version\":1,\"answers\":{},\"screen\":{\"screen\":\"question\",\"index\":99}}";
    let stored = Stored::decode(c, &content.help, raw).unwrap();
    // With no answers yet, the path holds the questions asked on every path:
    // the stored screen is pulled back to the last of them, exactly.
    let last = journey::path(c, &Answers::new()).len() - 1;
    assert_eq!(stored.screen, Screen::Question(last));
}
