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

/// What build.rs writes for the static files (clear_signs_content::facts):
/// each fallback line with the number the app itself shows for that line,
/// and the very constants the app uses.
#[test]
fn the_facts_for_the_static_files_are_the_apps_own() {
    use clear_signs::domain::{config, language, stored};
    use clear_signs_content::facts::{facts_json, fallback_lines};
    let help = Content::load(DEFAULT_LANGUAGE).expect("content loads").help;
    for list in ["page", "noscript"] {
        for line in fallback_lines(HELP_JSON, list).unwrap() {
            let tel = help
                .lines
                .iter()
                .flat_map(|l| l.contacts.iter())
                .find(|c| format!("tel:{}", c.value) == line.href)
                .unwrap_or_else(|| panic!("fallback.{list}: {} is no shipped number", line.href));
            assert_eq!(tel.display, line.display.as_str());
            assert!(!line.place.is_empty());
        }
    }
    let facts: Value = serde_json::from_str(&facts_json(HELP_JSON).unwrap()).unwrap();
    assert_eq!(facts["storage"]["prefix"], stored::KEY_PREFIX);
    assert_eq!(facts["storage"]["check"], stored::STORAGE_KEY);
    assert_eq!(facts["storage"]["keep"], stored::KEEP_KEY);
    assert_eq!(facts["curly_note"], config::CURLY_NOTE);
    assert_eq!(facts["default_exit_url"], config::DEFAULT_EXIT_URL);
    let aliases: Vec<(String, String)> =
        serde_json::from_value(facts["language_aliases"].clone()).unwrap();
    let expected: Vec<(String, String)> = (language::ALIASES.iter())
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(aliases, expected, "in the same order");
}

/// A fallback entry that names no shipped line, or a line without a phone
/// number, stops the build with its name.
#[test]
fn a_broken_fallback_list_stops_the_build() {
    use clear_signs_content::facts::fallback_lines;
    let broken = HELP_JSON.replacen("\"line\": \"us_hotline\"", "\"line\": \"nowhere\"", 1);
    assert_ne!(broken, HELP_JSON, "the test edits the first fallback entry");
    let error = fallback_lines(&broken, "page").unwrap_err();
    assert!(error.contains("nowhere"), "{error}");
    assert!(fallback_lines(HELP_JSON, "other").is_err());
}
