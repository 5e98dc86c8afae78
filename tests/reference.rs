//! The reference standard (content/reference/): every person described in
//! published sources gets exactly the level and safety-first flag that
//! levels.md gives them. No tolerance; the rule follows the cases.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::assessment::assess;
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey;
use clear_signs::tools::reference;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Cases listed in docs/assessment.md under "Disputed reference cases", each
/// argued from a source there. At most two.
const DISPUTED: &[&str] = &[];

#[test]
fn every_reference_case_gets_its_level_and_safety_flag() {
    let c = Content::load(DEFAULT_LANGUAGE).unwrap().catalogue;
    let mapping = reference::mapping().unwrap();
    let cases = reference::cases().unwrap();
    assert!(DISPUTED.len() <= 2, "at most two disputed cases");
    let mut wrong = Vec::new();
    for case in cases.iter().filter(|k| !DISPUTED.contains(&k.id.as_str())) {
        let answers = mapping.answers(&c, case).unwrap();
        let outcome = assess(&c, &answers);
        if outcome.level.id() != case.expected || outcome.safety_first != case.safety_first {
            wrong.push(format!(
                "{}: rule gives {} (safety first {}), levels.md gives {} (safety first {})",
                case.id,
                outcome.level.id(),
                outcome.safety_first,
                case.expected,
                case.safety_first
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_mapping_covers_every_question_and_topic_once() {
    let c = Content::load(DEFAULT_LANGUAGE).unwrap().catalogue;
    let mapping = reference::mapping().unwrap();
    let cases = reference::cases().unwrap();
    let problems = mapping.problems(&c, &cases);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(cases.len(), 75, "the reference standard has 75 cases");
    for case in &cases {
        // Realistic: a case answers exactly the questions on its own path.
        let answers = mapping.answers(&c, case).unwrap();
        let path: Vec<&str> = journey::path(&c, &answers)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        let answered: Vec<&str> = answers.keys().map(String::as_str).collect();
        let mut sorted_path = path.clone();
        sorted_path.sort_unstable();
        assert_eq!(sorted_path, answered, "case `{}`", case.id);
    }
}

/// FNV-1a, 64 bits: enough to notice any change to a copied file.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The copies stay exactly as they came (content/reference/ORIGIN.md records
/// where from, with the SHA-256 of each): compared with the fingerprint taken
/// from the originals when they were copied. The repository stands alone, so
/// the test never reads outside it.
#[test]
fn the_reference_copies_are_unchanged() {
    for (file, fingerprint) in [
        ("levels.md", LEVELS_FNV),
        ("reference-cases.json", CASES_FNV),
    ] {
        let copy = std::fs::read(format!("{ROOT}/content/reference/{file}")).unwrap();
        assert_eq!(
            fnv1a(&copy),
            fingerprint,
            "content/reference/{file} was edited"
        );
    }
}

const LEVELS_FNV: u64 = 7509506332382536312;
const CASES_FNV: u64 = 18307460191909061282;
