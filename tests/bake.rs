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
        format!("{:?}", baked::HELP),
        format!("{:?}", HelpData::parse(HELP_JSON).unwrap()),
        "help",
    );
    same(
        format!("{:?}", baked::CATALOGUE),
        format!("{:?}", Catalogue::parse(ASSESSMENT_JSON).unwrap()),
        "assessment",
    );
    same(
        format!("{:?}", baked::JOURNEYS),
        format!("{:?}", Journeys::parse(JOURNEYS_JSON).unwrap()),
        "journeys",
    );
}

#[test]
fn each_value_is_written_as_a_constant_rust_expression() {
    use clear_signs::domain::help::{Contact, ContactKind, ContactNote};
    use clear_signs_content::{List, Table, Text};
    let contact = Contact {
        kind: ContactKind::Tel,
        value: Text::from("+44 \"1\"\\ \u{200b}"),
        display: "0800".into(),
        body: None,
        note: Some(ContactNote::FromAbroad),
    };
    assert_eq!(
        bake::rust_expression(&contact),
        r#"Contact{kind:ContactKind::Tel,value:T(B("+44 \"1\"\\ \u{200b}")),display:T(B("0800")),body:None,note:Some(ContactNote::FromAbroad),}"#
    );
    let table: Table<List<Text>> =
        Table(vec![(Text::from("k"), List::from(vec![Text::from("x")]))].into());
    assert_eq!(
        bake::rust_expression(&table),
        r#"Table(L(B(&[(T(B("k")),L(B(&[T(B("x")),]))),])))"#
    );
}

/// The file is a static: its data sits in the .wasm, no code builds it.
#[test]
fn the_generated_file_is_a_static() {
    let files = bake::files().unwrap();
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        ["baked_help.rs", "baked_catalogue.rs", "baked_journeys.rs"]
    );
    for (name, code) in &files {
        assert!(code.contains("\npub static "), "{name}");
        assert!(
            !code.contains("fn "),
            "{name} must build nothing at run time"
        );
    }
}
