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
        ("activity".to_string(), Answer::activity("scams")),
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
        ("{\"version\":1,\"answers\":{\"activity\":\"scams+scams\"},\"screen\":{\"screen\":\"start\"}}", "not valid"),
        ("{\"version\":1,\"answers\":{\"activity\":\"sex+scams\"},\"screen\":{\"screen\":\"start\"}}", "not valid"),
        ("{\"version\":1,\"answers\":{\"activity\":\"scams+\"},\"screen\":{\"screen\":\"start\"}}", "not valid"),
        ("{\"version\":1,\"answers\":{\"activity\":\"scams+skip\"},\"screen\":{\"screen\":\"start\"}}", "not valid"),
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

#[test]
fn several_activities_are_stored_in_one_readable_answer() {
    let content = content();
    let c = &content.catalogue;
    let answers: Answers = [(
        "activity".to_string(),
        Answer::Activities(vec!["scams".into(), "sex".into()]),
    )]
    .into_iter()
    .collect();
    let saved = Stored::new(answers, Screen::Question(1));
    assert!(
        saved.encode().contains("\"activity\":\"scams+sex\""),
        "{}",
        saved.encode()
    );
    assert_eq!(
        Stored::decode(c, &content.help, &saved.encode()).unwrap(),
        saved
    );
}

#[test]
fn a_check_saved_by_an_earlier_release_keeps_its_other_answers() {
    let content = content();
    let c = &content.catalogue;
    // `sold_on` and `papers` were asked before December 2026.
    let raw = "{\"version\":1,\"answers\":{\"activity\":\"scams\",\"sold_on\":\"yes\",\"papers\":\"no\",\"debt\":\"yes\"},\"screen\":{\"screen\":\"result\"}}";
    let stored = Stored::decode(c, &content.help, raw).unwrap();
    assert_eq!(stored.answers.len(), 2);
    assert_eq!(stored.answers["debt"], Answer::Yes);
    assert_eq!(stored.answers["activity"], Answer::activity("scams"));
}
