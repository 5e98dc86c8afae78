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

/// `needle` in `haystack` as a word or phrase of its own, never inside a
/// longer word: "ice" is not in "police", "t visa" not in "tourist visa",
/// Spanish "migración" not in "inmigración".
/// - Latin letters: a whole word at both ends (list plurals as forms).
/// - Other scripts written with spaces (Arabic, Devanagari, Bengali,
///   Sinhala, Ethiopic…): at the start of a word, endings allowed, since
///   these languages add endings to nouns (Hindi "पीड़ितों" is a form of
///   "पीड़ित"); in Arabic, "the", "and", "by", "for", "as" (ال و ب ل ف ك)
///   and in Amharic "of", "to", "by", "from" (የ ለ በ ከ) may be joined in
///   front.
/// - Scripts without spaces between words (Thai, Lao, Khmer, Burmese,
///   Chinese, Japanese): anywhere, so those languages list whole phrases
///   only (tests/terms.rs). A Latin form next to another script ("T签证",
///   Amharic "የICE") is a word of its own.
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    found(haystack, needle, false)
}

/// `needle` at the start of a word, with any ending, in every script: the
/// glossary's check that a translation uses its chosen term in some form
/// (French "victimes" for "victime"), never inside another word.
pub fn starts_word(haystack: &str, needle: &str) -> bool {
    found(haystack, needle, true)
}

fn found(haystack: &str, needle: &str, endings: bool) -> bool {
    let (Some(first), Some(last)) = (needle.chars().next(), needle.chars().next_back()) else {
        return false;
    };
    let arabic = ('\u{0600}'..='\u{06FF}').contains(&first);
    let ethiopic = ('\u{1200}'..='\u{137F}').contains(&first);
    let clitic = |c: &char| matches!(c, 'ا' | 'ل' | 'و' | 'ب' | 'ف' | 'ك');
    // Amharic: "of", "to", "by", "from", "about" (የ ለ በ ከ ስለ) are written
    // joined to the front of the next word.
    let ethiopic_clitic = |c: &char| matches!(c, 'የ' | 'ለ' | 'በ' | 'ከ' | 'ስ');
    haystack.match_indices(needle).any(|(at, m)| {
        // A change between Latin and another script is a word boundary too
        // (Amharic "የICE", "IOMን").
        let run: Vec<char> = haystack[..at]
            .chars()
            .rev()
            .take_while(|&c| glued(c) && latin(c) == latin(first))
            .collect();
        let starts = !glued(first)
            || run.is_empty()
            || (arabic && run.len() <= 3 && run.iter().all(clitic))
            || (ethiopic && run.len() <= 2 && run.iter().all(ethiopic_clitic));
        let after = haystack[at + m.len()..].chars().next();
        let ends = endings
            || !(latin(last) && glued(last))
            || !after.is_some_and(|c| glued(c) && latin(c));
        starts && ends
    })
}

/// A character that joins its neighbours into one word: a letter, digit or
/// joining mark of a script written with spaces.
fn glued(c: char) -> bool {
    in_word(c) && !unspaced(c)
}

fn latin(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{00C0}'..='\u{024F}').contains(&c)
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// A character that belongs to a word: a letter or digit, or a mark that
/// joins letters (combining accents, Arabic vowel marks, Indic signs).
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || joins(c)
}

/// Combining marks that are not "alphabetic" in Unicode but sit inside words:
/// accents, Arabic vowel marks, and the Indic virama and nukta.
fn joins(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{093C}' | '\u{094D}'
        | '\u{09BC}' | '\u{09CD}'
        | '\u{0DCA}'
        | '\u{200C}' | '\u{200D}')
}

/// Letters of scripts written without spaces between words.
pub(crate) fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
        | '\u{1000}'..='\u{109F}'   // Myanmar
        | '\u{1780}'..='\u{17FF}'   // Khmer
        | '\u{3040}'..='\u{30FF}'   // Japanese kana
        | '\u{3400}'..='\u{9FFF}'   // CJK
        | '\u{F900}'..='\u{FAFF}')
}
