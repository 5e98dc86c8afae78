//! The glossary: wherever the English text of a key uses a key term, the
//! translation uses the language's chosen term (or a listed form of it), and
//! no language uses a word it must avoid. Also: help-line names and operators
//! are translated in every language, with the English source as fallback.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE, LANGUAGES};
use clear_signs::domain::text::{is_line_label_key, line_name, line_operator, line_text, Texts};
use clear_signs::tools::glossary::Glossary;

const GLOSSARY_JSON: &str = include_str!("../content/glossary.json");

fn glossary() -> Glossary {
    Glossary::parse(GLOSSARY_JSON).expect("glossary parses")
}

/// Every (key, English text) a translation is checked against: the English
/// file, plus help-line names and operators from content/help.json.
fn english_texts() -> Vec<(String, String)> {
    let content = Content::load(DEFAULT_LANGUAGE).unwrap();
    let mut texts: Vec<(String, String)> = content
        .texts
        .entries()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for line in &content.help.lines {
        texts.push((format!("line.{}.name", line.id), line.name.to_string()));
        texts.push((
            format!("line.{}.operator", line.id),
            line.operator.to_string(),
        ));
    }
    texts
}

#[test]
fn every_term_has_a_chosen_word_in_every_language() {
    let g = glossary();
    assert_eq!(g.format_version, 1);
    for term in &g.terms {
        assert!(
            !term.english.is_empty(),
            "`{}` has no English words",
            term.term
        );
        for language in LANGUAGES.iter().filter(|l| l.code != DEFAULT_LANGUAGE) {
            let forms = term.languages.get(language.code);
            assert!(
                forms.is_some_and(|f| !f.is_empty() && f.iter().all(|w| !w.trim().is_empty())),
                "`{}` has no chosen word in {}",
                term.term,
                language.code
            );
        }
        for code in term.languages.keys() {
            assert!(
                LANGUAGES.iter().any(|l| l.code == code),
                "`{}`: unknown language {code}",
                term.term
            );
        }
    }
    for code in g.avoid.keys() {
        assert!(
            LANGUAGES.iter().any(|l| l.code == code),
            "avoid: unknown language {code}"
        );
    }
}

#[test]
fn translations_use_the_chosen_terms() {
    let g = glossary();
    let english = english_texts();
    let mut wrong = Vec::new();
    for language in LANGUAGES.iter().filter(|l| l.code != DEFAULT_LANGUAGE) {
        let texts = Texts::parse(language.json).unwrap();
        for (key, source) in &english {
            if key.starts_with("meta.") || !texts.has(key) {
                continue;
            }
            let translation = texts.get(key);
            for term in g.terms.iter().filter(|t| t.used_in_english(source)) {
                if !term.used_in(language.code, translation) {
                    wrong.push(format!(
                        "{} `{key}`: the English says “{}”, so use “{}”: {translation}",
                        language.code,
                        term.term,
                        term.chosen(language.code).unwrap_or("?")
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} texts miss a glossary term:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn no_language_uses_a_word_it_must_avoid() {
    let g = glossary();
    let mut found = Vec::new();
    for (code, rules) in &g.avoid {
        let language = LANGUAGES.iter().find(|l| l.code == code).unwrap();
        let texts = Texts::parse(language.json).unwrap();
        for (key, text) in texts.entries() {
            for rule in rules.iter().filter(|r| r.found_in(text)) {
                found.push(format!("{code} `{key}` uses “{}”: {}", rule.text, rule.why));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_glossary_check_catches_a_missing_term() {
    let g = glossary();
    let police = g.terms.iter().find(|t| t.term == "police").unwrap();
    assert!(police.used_in_english("Did anyone say they would report you to the police?"));
    assert!(!police.used_in_english("Our policy"));
    assert!(police.used_in("fr", "à la police"));
    assert!(!police.used_in("fr", "aux autorités"));
    let trafficking = g.terms.iter().find(|t| t.term == "trafficking").unwrap();
    assert!(trafficking.used_in("ar", "الاتجار بالبشر"));
    assert!(
        trafficking.used_in("ar", "المتاجَر بهم"),
        "Arabic is compared without vowel marks"
    );
    let avoid = &g.avoid["pt-BR"][0];
    assert!(avoid.found_in("vítimas de tráfico."));
    assert!(!avoid.found_in("vítimas de tráfico de pessoas."));
}

#[test]
fn help_line_names_and_operators_are_translated_everywhere() {
    let content = Content::load(DEFAULT_LANGUAGE).unwrap();
    let lines = &content.help.lines;
    let mut missing = Vec::new();
    for language in LANGUAGES {
        let texts = Texts::parse(language.json).unwrap();
        for key in texts.keys().filter(|k| is_line_label_key(k)) {
            let id = key.trim_start_matches("line.").rsplit_once('.').unwrap().0;
            assert!(
                lines.iter().any(|l| l.id == id),
                "{}: `{key}` names no line in help.json",
                language.code
            );
        }
        if language.code == DEFAULT_LANGUAGE {
            continue;
        }
        for line in lines {
            for field in ["name", "operator"] {
                let key = format!("line.{}.{field}", line.id);
                if !texts.has(&key) {
                    missing.push(format!("{}: `{key}`", language.code));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "untranslated help-line labels:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_line_label_falls_back_to_the_english_source_marked_as_english() {
    let content = Content::load(DEFAULT_LANGUAGE).unwrap();
    let line = &content.help.lines[0];
    let english = &content.texts;
    let name = line_name(english, line);
    assert_eq!((name.text, name.lang), (line.name.as_str(), Some("en")));
    let fr = Texts::parse(LANGUAGES.iter().find(|l| l.code == "fr").unwrap().json).unwrap();
    let name = line_name(&fr, line);
    assert_eq!(
        name.lang, None,
        "a translated name is in the page's language"
    );
    assert_eq!(name.text, fr.get(&format!("line.{}.name", line.id)));
    assert_ne!(line_operator(&fr, line).text, line.operator);
    let absent = line_text(&fr, "no_such_line", "name", "Some Line");
    assert_eq!((absent.text, absent.lang), ("Some Line", Some("en")));
}
