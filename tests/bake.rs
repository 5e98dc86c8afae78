//! The app builds its content from Rust (`domain::baked`, written by build.rs
//! with `clear_signs_content::bake`) instead of parsing JSON (issue 16). It
//! must build exactly what parsing content/*.json gives.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::baked;
use clear_signs::domain::catalogue::Catalogue;
use clear_signs::domain::content::{ASSESSMENT_JSON, HELP_JSON};
use clear_signs::domain::help::HelpData;
use clear_signs::domain::journeys::{Journeys, JOURNEYS_JSON};
use clear_signs_content::bake;

#[test]
fn the_baked_content_is_what_parsing_the_files_gives() {
    let same =
        |a: String, b: String, what: &str| assert!(a == b, "{what}: baked and parsed differ");
    same(
        format!("{:?}", baked::help()),
        format!("{:?}", HelpData::parse(HELP_JSON).unwrap()),
        "help",
    );
    same(
        format!("{:?}", baked::catalogue()),
        format!("{:?}", Catalogue::parse(ASSESSMENT_JSON).unwrap()),
        "assessment",
    );
    same(
        format!("{:?}", baked::journeys::journeys()),
        format!("{:?}", Journeys::parse(JOURNEYS_JSON).unwrap()),
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
