//! Plain words (issue 18): every word a 12-year-old may not know is explained
//! where it appears, in every language.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::content::{Content, LANGUAGES};
use clear_signs::domain::terms::{contains_word, explained_in, TERMS};

/// Words found in the audit (and since) that need an explanation wherever
/// they show. Adding a text with one of these needs a term for it.
const HARD_WORDS: &[&str] = &[
    "trafficked",
    "trafficking",
    "exploitation",
    "unfair recruitment",
    "Council of Europe",
    "prosecutor",
    "legal defence",
    "Continued Presence",
    "Safe Harbor",
    "T visa",
    "bridging visa",
    "IOM",
    "waived",
    "Lord Advocate",
    "testify",
    "advocate",
    "consent",
    "vacatur",
    "National Referral Mechanism",
    "Criminal Cases Review Commission",
    "non-punishment",
    "reasonable grounds",
    "public order",
    "bad faith",
    "convicted",
    "interpreter",
    "embassy",
];

/// Keys the person never reads as running text.
fn shown(key: &str) -> bool {
    !["meta.", "term.", "exit.strings"]
        .iter()
        .any(|p| key.starts_with(p))
}

#[test]
fn every_term_is_defined_in_every_language() {
    for lang in LANGUAGES {
        let t = Content::load(lang.code).unwrap().texts;
        for id in TERMS {
            for part in ["word", "means"] {
                let key = format!("term.{id}.{part}");
                assert!(
                    t.find(&key).is_some_and(|s| !s.trim().is_empty()),
                    "{}: missing `{key}`",
                    lang.code
                );
            }
        }
    }
}

#[test]
fn no_hard_word_is_left_unexplained_in_english() {
    let en = Content::load("en").unwrap().texts;
    let mut missing = Vec::new();
    for (key, text) in en.entries() {
        if !shown(key) {
            continue;
        }
        let lower = text.to_lowercase();
        let found = explained_in(&en, &[text]);
        for word in HARD_WORDS {
            if !contains_word(&lower, &word.to_lowercase()) {
                continue;
            }
            // The terms the bare word is explained by must be explained here.
            let needed = explained_in(&en, &[word]);
            // ("advocate" is covered where "Lord Advocate" is explained.)
            let covered = |n: &clear_signs::domain::terms::Explained| {
                found
                    .iter()
                    .any(|e| e.id == n.id || e.word.to_lowercase().contains(&n.word.to_lowercase()))
            };
            if needed.is_empty() || !needed.iter().all(covered) {
                missing.push(format!("`{key}` says “{word}” with no explanation"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_language_explains_what_its_english_explains() {
    let en = Content::load("en").unwrap().texts;
    let mut missing = Vec::new();
    for lang in LANGUAGES.iter().filter(|l| l.code != "en") {
        let t = Content::load(lang.code).unwrap().texts;
        for (key, text) in en.entries() {
            if !shown(key) {
                continue;
            }
            let Some(translated) = t.find(key) else {
                continue;
            };
            let theirs: Vec<&str> = explained_in(&t, &[translated])
                .iter()
                .map(|e| e.id)
                .collect();
            for e in explained_in(&en, &[text]) {
                if !theirs.contains(&e.id) {
                    missing.push(format!(
                        "{} `{key}`: none of the forms in `term.{}.word` appears, so “{}” is not explained",
                        lang.code, e.id, e.word
                    ));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} gaps:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn words_match_whole_words_only() {
    let en = Content::load("en").unwrap().texts;
    let ids = |s: &str| -> Vec<&str> { explained_in(&en, &[s]).iter().map(|e| e.id).collect() };
    assert!(ids("a tourist visa").is_empty());
    assert!(ids("call the police office").is_empty());
    assert_eq!(ids("Ask about a T visa."), vec!["t_visa"]);
    assert_eq!(ids("The Lord Advocate decides."), vec!["lord_advocate"]);
}

#[test]
fn a_word_is_never_found_inside_another_word_in_any_script() {
    use clear_signs::domain::terms::{contains_word, starts_word};
    // Latin: whole words (hard words); word starts with endings (glossary).
    assert!(!contains_word("la inmigración", "migración"));
    assert!(!starts_word("la inmigración", "migración"));
    assert!(starts_word("les victimes de la traite", "victime"));
    assert!(!contains_word("les victimes", "victime"));
    assert!(!contains_word("call the police", "ice"));
    // Other spaced scripts: the start of a word, endings allowed.
    assert!(starts_word("तस्करी के पीड़ितों को", "पीड़ित"));
    assert!(!starts_word("अपीड़ित", "पीड़ित"));
    // Arabic: "the", "and", "by"… may be joined in front, nothing longer.
    assert!(starts_word("اتصل بالسفارة", "سفارة"));
    assert!(starts_word("والسفارة", "سفارة"));
    assert!(!starts_word("مستشفى", "شفى"));
    // Scripts without spaces: anywhere; a Latin form beside them is a word.
    assert!(contains_word("申请t签证", "t签证"));
    assert!(contains_word("ได้รับการยกเว้นค่าธรรมเนียม", "ได้รับการยกเว้น"));
}

/// In scripts without spaces a form matches anywhere, so it must be a whole
/// phrase, never a short piece that ordinary words contain (Thai "ยกเว้น",
/// "except", showed "waived" under three hotline cards).
#[test]
fn forms_in_scripts_without_spaces_are_whole_phrases() {
    for lang in LANGUAGES {
        let t = Content::load(lang.code).unwrap().texts;
        for id in TERMS {
            let Some(forms) = t.find(&format!("term.{id}.word")) else {
                continue;
            };
            for form in forms.split('|').filter(|f| !f.is_ascii()) {
                let cjk = form.chars().any(|c| ('\u{3400}'..='\u{9FFF}').contains(&c));
                let unspaced = form.chars().any(|c| {
                    ('\u{0E00}'..='\u{0EFF}').contains(&c)
                        || ('\u{1000}'..='\u{109F}').contains(&c)
                        || ('\u{1780}'..='\u{17FF}').contains(&c)
                });
                let min = if cjk {
                    2
                } else if unspaced {
                    4
                } else {
                    1
                };
                assert!(
                    form.chars().count() >= min,
                    "{} `term.{id}.word`: “{form}” is too short to be found only where it is meant",
                    lang.code
                );
            }
        }
    }
    // The reviewed false hits stay fixed.
    let vi = Content::load("vi").unwrap().texts;
    let ids = |t: &clear_signs::domain::text::Texts, s: &str| -> Vec<&'static str> {
        explained_in(t, &[s]).iter().map(|e| e.id).collect()
    };
    assert!(!ids(&vi, "Gọi miễn phí 24 giờ.").contains(&"waived"));
    let th = Content::load("th").unwrap().texts;
    assert!(!ids(&th, "เปิดทุกวัน ยกเว้นวันหยุด").contains(&"waived"));
    let hi = Content::load("hi").unwrap().texts;
    assert!(!ids(&hi, "एक संदेश भेजना").contains(&"referral"));
    let id = Content::load("id").unwrap().texts;
    assert!(!ids(&id, "Anda tidak boleh dihukum").contains(&"convicted"));
}
