//! The lines listed when the check cannot run (content/help.json `fallback`,
//! written into index.html and embed.js at build time by scripts/facts.mjs):
//! each is a shipped line with a phone number, and names its place.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE, HELP_JSON};
use clear_signs::domain::help::ContactKind;
use serde_json::Value;

#[test]
fn every_fallback_line_is_a_shipped_line_with_a_phone_number() {
    let help = Content::load(DEFAULT_LANGUAGE).expect("content loads").help;
    let json: Value = serde_json::from_str(HELP_JSON).unwrap();
    for list in ["page", "noscript"] {
        let entries = json["fallback"][list].as_array().expect("a fallback list");
        assert!(!entries.is_empty(), "fallback.{list} is empty");
        for entry in entries {
            let id = entry["line"].as_str().expect("a line id");
            let line = help.lines.iter().find(|l| l.id == id);
            let line = line.unwrap_or_else(|| panic!("fallback.{list}: no line {id}"));
            assert!(
                line.contacts.iter().any(|c| c.kind == ContactKind::Tel),
                "fallback.{list}: {id} has no phone number"
            );
            let place = entry["place"].as_str().unwrap_or_default();
            assert!(!place.is_empty(), "fallback.{list}: {id} needs a place");
            assert!(
                entry
                    .get("name")
                    .is_none_or(|n| n.is_null() || n.is_string()),
                "fallback.{list}: {id}'s name is text or null"
            );
        }
    }
    // Every line the no-JavaScript note gives is also on the fallback page.
    let page: Vec<&Value> = json["fallback"]["page"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["line"])
        .collect();
    for entry in json["fallback"]["noscript"].as_array().unwrap() {
        assert!(
            page.contains(&&entry["line"]),
            "{} is not on the fallback page",
            entry["line"]
        );
    }
}
