//! The app builds its content from Rust (src/domain/*/baked.rs) instead of
//! parsing JSON (issue 16). The files must be current, and must build exactly
//! what parsing content/*.json gives.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::catalogue::{self, Catalogue};
use clear_signs::domain::content::{ASSESSMENT_JSON, HELP_JSON};
use clear_signs::domain::help::{self, HelpData};
use clear_signs::domain::{bake, journeys};

#[test]
fn the_baked_content_files_are_current() {
    for (path, expected) in bake::files().unwrap() {
        let path_in_repo = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
        assert!(
            std::fs::read_to_string(&path_in_repo).unwrap_or_default() == expected,
            "{path} is stale: run `cargo run --bin bake-content`"
        );
    }
}

#[test]
fn the_baked_content_is_what_parsing_the_files_gives() {
    let same =
        |a: String, b: String, what: &str| assert!(a == b, "{what}: baked and parsed differ");
    same(
        format!("{:?}", help::baked::help()),
        format!("{:?}", HelpData::parse(HELP_JSON).unwrap()),
        "help",
    );
    same(
        format!("{:?}", catalogue::baked::catalogue()),
        format!("{:?}", Catalogue::parse(ASSESSMENT_JSON).unwrap()),
        "assessment",
    );
    same(
        format!("{:?}", journeys::baked::journeys()),
        format!("{:?}", journeys::load().unwrap()),
        "journeys",
    );
}

#[test]
fn debug_text_becomes_rust() {
    let enums: bake::EnumFields = &[("Line", "mark", "Mark"), ("Line", "note", "Option<Note>")];
    let rust = bake::rust_expression(
        r#"Line { id: "a\"b", mark: V, note: None, tags: ["x"], map: {"k": Line { mark: S, note: Some(Police) }}, n: 1 }"#,
        enums,
    )
    .unwrap();
    assert_eq!(
        rust,
        r#"Line { id: s("a\"b"), mark: Mark::V, note: None, tags: ss(&["x"]), map: BTreeMap::from([(s("k"), Line { mark: Mark::S, note: Some(Note::Police) })]), n: 1 }"#
    );
    assert!(bake::rust_expression("Line { id: \"unterminated }", enums).is_err());
}
