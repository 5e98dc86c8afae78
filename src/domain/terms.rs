//! Words a 12-year-old may not know ("T visa", "prosecutor", "vacatur"…),
//! explained where they appear. Each term lives in every locale file as
//! `term.<id>.word` (the forms it takes in that language's texts, separated
//! by "|") and `term.<id>.means` (a short plain explanation), so the words
//! found in a card's text can be listed under it in the same language.

use super::text::Texts;

/// Every explained term, by id.
pub const TERMS: &[&str] = &[
    "trafficking",
    "exploitation",
    "recruitment",
    "prosecutor",
    "legal_defence",
    "immigration",
    "referral",
    "nrm",
    "interpreter",
    "advocate",
    "waived",
    "iom",
    "council_of_europe",
    "convicted",
    "plead",
    "t_visa",
    "continued_presence",
    "safe_harbor",
    "vacatur",
    "embassy",
    "lord_advocate",
    "compensation",
    "non_punishment",
    "reasonable_grounds",
    "public_order",
    "bad_faith",
    "confidential",
    "ccrc",
    "testify",
    "bridging_visa",
    "ice",
    "consent",
];

/// A term found in a text: the form as written there, and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained<'t> {
    pub id: &'static str,
    pub word: &'t str,
    pub means: &'t str,
}

/// The terms that appear in any of `texts` (case-insensitive), in the order
/// of `TERMS`, each once. A term whose form lies inside a longer term's form
/// found at the same time ("advocate" in "Lord Advocate") is left out.
pub fn explained_in<'t>(texts: &'t Texts, shown: &[&str]) -> Vec<Explained<'t>> {
    let haystack: String = shown
        .iter()
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    let mut found: Vec<Explained<'t>> = Vec::new();
    for &id in TERMS {
        let Some(forms) = texts.find(&format!("term.{id}.word")) else {
            continue;
        };
        let hit = forms
            .split('|')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .find(|f| contains_word(&haystack, &f.to_lowercase()));
        if let Some(word) = hit {
            found.push(Explained {
                id,
                word,
                means: texts.find(&format!("term.{id}.means")).unwrap_or_default(),
            });
        }
    }
    let all = found.clone();
    found.retain(|t| {
        !all.iter().any(|o| {
            o.id != t.id
                && o.word.len() > t.word.len()
                && o.word.to_lowercase().contains(&t.word.to_lowercase())
        })
    });
    found
}

/// `needle` in `haystack`, not inside a longer Latin-letter word ("t visa" is
/// not in "tourist visa", "ice" not in "police"). Scripts written without
/// spaces (Chinese, Thai) match anywhere.
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let starts = needle.starts_with(|c: char| c.is_ascii_alphabetic());
    let ends = needle.ends_with(|c: char| c.is_ascii_alphabetic());
    haystack.match_indices(needle).any(|(at, m)| {
        let glued_before = starts && letter(haystack[..at].chars().next_back());
        let glued_after = ends && letter(haystack[at + m.len()..].chars().next());
        !glued_before && !glued_after
    })
}
