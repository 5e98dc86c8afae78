//! Languages: the first choice from the browser, and every shipped file complete.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::content::{Content, LANGUAGES};
use clear_signs::domain::language::pick;
use clear_signs::domain::text::{is_line_label_key, Texts};
use std::collections::BTreeSet;

fn prefs(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| t.to_string()).collect()
}

#[test]
fn the_first_language_comes_from_the_browser_preferences() {
    let available = ["en", "zh", "vi", "fil", "pt-BR", "ar", "id"];
    let cases: &[(&[&str], Option<&str>)] = &[
        (&["vi-VN", "en"], Some("vi")),
        (&["de-DE", "en-GB"], Some("en")),
        (&["zh-Hans-CN"], Some("zh")),
        (&["zh_TW"], Some("zh")), // no Traditional file offered here
        (&["de", "ja"], None),
        (&["tl"], Some("fil")),
        (&["fil-PH"], Some("fil")),
        (&["pt-PT"], Some("pt-BR")),
        (&["PT-br"], Some("pt-BR")),
        (&["in"], Some("id")),
        (&["ar-EG"], Some("ar")),
        (&[], None),
    ];
    for (tags, expected) in cases {
        assert_eq!(pick(&prefs(tags), &available), *expected, "{tags:?}");
    }
}

#[test]
fn chinese_is_chosen_by_script_then_by_place() {
    let available = ["en", "zh", "zh-Hant"];
    let cases: &[(&[&str], &str)] = &[
        (&["zh-TW"], "zh-Hant"),
        (&["zh_HK"], "zh-Hant"),
        (&["zh-MO"], "zh-Hant"),
        (&["zh-Hant"], "zh-Hant"),
        (&["zh-Hant-CN"], "zh-Hant"),
        (&["zh-Hans-HK"], "zh"),
        (&["zh-Hans-TW"], "zh"),
        (&["zh-CN"], "zh"),
        (&["zh-SG"], "zh"),
        (&["zh"], "zh"),
        (&["ZH-tw"], "zh-Hant"),
        (&["zh-twx"], "zh"),
    ];
    for (tags, expected) in cases {
        assert_eq!(pick(&prefs(tags), &available), Some(*expected), "{tags:?}");
    }
}

/// The same table as the static exit's pick in exit.js (tests/facts/rules.test.mjs).
#[test]
fn the_pick_agrees_with_the_static_exits_table() {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("facts/language-picks.json")).unwrap();
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    let all: Vec<String> = strings(&table["offered"]["all"]);
    let shipped: BTreeSet<&str> = clear_signs::domain::content::LANGUAGES
        .iter()
        .map(|l| l.code)
        .collect();
    assert_eq!(
        all.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        shipped,
        "`all` is every shipped language"
    );
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= 40);
    for case in cases {
        // `pick` takes the app's static codes.
        let offered: Vec<&'static str> = strings(&table["offered"][case[0].as_str().unwrap()])
            .into_iter()
            .map(|code| &*Box::leak(code.into_boxed_str()))
            .collect();
        let preferences = strings(&case[1]);
        assert_eq!(
            pick(&preferences, &offered),
            case[2].as_str(),
            "{preferences:?} from {}",
            case[0]
        );
    }
}

#[test]
fn every_language_has_every_key_and_placeholder() {
    let english = Texts::parse(LANGUAGES[0].json).unwrap();
    let placeholders = |s: &str| -> BTreeSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}'))
            .map(|(name, _)| name.to_string())
            .collect()
    };
    for language in LANGUAGES {
        let texts =
            Texts::parse(language.json).unwrap_or_else(|e| panic!("{}: {e}", language.code));
        // Help-line names and operators come from help.json in English; other
        // languages add them as keys (tests/glossary.rs checks every line has them).
        let keys: BTreeSet<&String> = texts.keys().filter(|k| !is_line_label_key(k)).collect();
        let expected: BTreeSet<&String> = english.keys().collect();
        let missing: Vec<_> = expected.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&expected).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: no silent fallback to English; missing {missing:?}, extra {extra:?}",
            language.code
        );
        for (key, value) in english.entries() {
            assert_eq!(
                placeholders(texts.get(key)),
                placeholders(value),
                "{}: `{key}`",
                language.code
            );
            assert!(
                !texts.get(key).trim().is_empty(),
                "{}: `{key}` is empty",
                language.code
            );
        }
        assert_eq!(
            texts.get("meta.language_name"),
            language.name,
            "{}",
            language.code
        );
        assert_eq!(texts.get("meta.dir"), language.dir, "{}", language.code);
        assert!(
            ["source", "draft", "reviewed"].contains(&texts.get("meta.status")),
            "{}",
            language.code
        );
        assert!(Content::load(language.code).is_ok());
    }
    let codes: BTreeSet<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    assert_eq!(codes.len(), LANGUAGES.len(), "a language is listed twice");
}

#[test]
fn the_readme_shows_each_language_status() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for language in LANGUAGES {
        let texts = Texts::parse(language.json).unwrap();
        let row = format!(
            "| `{}` | {} | {} | {} |",
            language.code,
            language.name,
            language.dir,
            texts.get("meta.status")
        );
        assert!(readme.contains(&row), "README lacks the row: {row}");
    }
}

/// The app reads English as build.rs packed it, and the other languages as
/// build.rs packs them into lang/<code>.txt (clear_signs_content::packing):
/// both must be exactly the locale files, missing optional keys included,
/// and a file packed against other keys must be refused.
#[test]
fn the_packed_texts_the_app_reads_equal_the_locale_files() {
    use clear_signs::domain::content::{ENGLISH_PACKED, KEYS_ID, PACKED_KEYS};
    use clear_signs_content::packing::Locales;
    let locales = Locales::read(std::path::Path::new("content/locales")).unwrap();
    let mut packed_files = 0;
    for language in LANGUAGES {
        let file = Texts::parse(language.json).unwrap();
        let packed = if language.is_built_in() {
            assert!(locales.file_codes().all(|c| c != language.code));
            Texts::unpack(PACKED_KEYS, ENGLISH_PACKED)
        } else {
            packed_files += 1;
            let text = locales
                .file(language.code)
                .unwrap_or_else(|| panic!("{}: no lang file", language.code));
            assert!(
                text.starts_with(KEYS_ID),
                "{}: the file does not start with the keys' id",
                language.code
            );
            Texts::unpack_file(&text).unwrap_or_else(|e| panic!("{}: {e}", language.code))
        };
        assert!(
            packed == file,
            "{}: packed texts differ from the file",
            language.code
        );
        assert!(!language.is_pseudo(), "{}", language.code);
        assert_eq!(
            language.status(),
            file.find("meta.status"),
            "{}",
            language.code
        );
    }
    assert_eq!(
        packed_files,
        LANGUAGES.len() - 1,
        "every language but English is a file"
    );
    // Another release's file, a cut one, or a host's "not found" page: refused.
    let vi = locales.file("vi").unwrap();
    let other_keys = vi.replacen(KEYS_ID, "0badc0de", 1);
    assert!(Texts::unpack_file(&other_keys).is_err());
    let cut = &vi[..vi.rfind('\u{1f}').unwrap()];
    assert!(Texts::unpack_file(cut).is_err());
    assert!(Texts::unpack_file("<!doctype html><title>Not found</title>").is_err());
    assert!(Texts::unpack_file("").is_err());
    // A key only some languages have stays absent in the others.
    let optional = LANGUAGES
        .iter()
        .flat_map(|l| {
            Texts::parse(l.json)
                .unwrap()
                .keys()
                .cloned()
                .collect::<Vec<_>>()
        })
        .find(|k| {
            LANGUAGES
                .iter()
                .any(|l| !Texts::parse(l.json).unwrap().has(k))
        });
    assert!(
        optional.is_some(),
        "no optional key left to check absence with"
    );
}
