//! The quick exit's neutral pages by place (content/exit-pages.json, written
//! into exit-strings.js at build time): every place exists, every address is
//! safe, no place is listed twice, and the default matches the config's.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::config::{safe_url, DEFAULT_EXIT_URL};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use serde_json::Value;
use std::collections::BTreeSet;

fn pages() -> Value {
    serde_json::from_str(include_str!("../content/exit-pages.json"))
        .expect("exit-pages.json parses")
}

#[test]
fn every_exit_page_is_safe_documented_and_for_a_known_place() {
    let help = Content::load(DEFAULT_LANGUAGE).expect("content loads").help;
    let pages = pages();
    assert_eq!(pages["default"]["url"], DEFAULT_EXIT_URL);
    let mut seen = BTreeSet::new();
    let list = pages["pages"].as_array().expect("a list of pages");
    for page in list.iter().chain([&pages["default"]]) {
        let url = page["url"].as_str().expect("url");
        assert!(safe_url(url), "{url} is not a safe https address");
        for field in ["what", "why"] {
            let text = page[field].as_str().unwrap_or_default();
            assert!(
                text.len() > 10,
                "{url} needs a `{field}` that says what it is and why"
            );
        }
    }
    for page in list {
        for place in page["places"].as_array().expect("places") {
            let id = place.as_str().expect("a place id");
            assert!(
                help.jurisdiction(id).is_some(),
                "{id} is not a place in help.json"
            );
            assert!(seen.insert(id.to_string()), "{id} is listed twice");
        }
    }
}

#[test]
fn the_embedding_guide_lists_every_exit_page() {
    let guide = include_str!("../docs/embedding.md");
    let pages = pages();
    let list = pages["pages"].as_array().expect("a list of pages");
    for page in list.iter().chain([&pages["default"]]) {
        let url = page["url"].as_str().expect("url");
        assert!(
            guide.contains(&format!("| {url} |")),
            "docs/embedding.md does not list {url} in its table of exit pages"
        );
    }
}
