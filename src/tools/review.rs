//! Review sheets for native speakers (`docs/translations/<code>.md`): every
//! safety-critical string with the English, the translation and a
//! back-translation into English, the glossary and the open doubts. The
//! back-translations live in `content/translations/review/<code>.json`, each
//! with the translation it was made from, so a changed translation is caught
//! (tests/translation_review.rs) until someone back-translates it again.
//! `cargo run --bin translation-review` writes the sheets. Not in the app.

use crate::domain::text::Texts;
use crate::tools::glossary::Glossary;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The safety-critical strings, by topic, in the order a reviewer reads them.
pub const SAFETY_CRITICAL: &[(&str, &[&str])] = &[
    (
        "Quick exit",
        &[
            "exit.button",
            "exit.progress",
            "ui.start.exit",
            "ui.staying_safe.exit",
            "ui.safety.point_exit",
        ],
    ),
    (
        "Privacy and keeping answers",
        &[
            "ui.start.private",
            "ui.keep.warning",
            "ui.staying_safe.private",
        ],
    ),
    (
        "Safety advice",
        &[
            "ui.safety.body",
            "ui.safety.point_phone",
            "ui.safety.point_danger",
            "ui.help.emergency",
            "ui.help.emergency_caution",
            "ui.safety.point_danger_caution",
            "ui.rights.caution.body",
            "ui.rights.caution.card",
            "q.now",
        ],
    ),
    (
        "Under 18",
        &["q.under18", "level.minor", "level.minor_unsure"],
    ),
    (
        "Result levels",
        &[
            "ui.result.not_finding",
            "level.strong.title",
            "level.strong.body",
            "level.some.title",
            "level.some.body",
            "level.few.body",
            "level.none.title",
            "level.none.body",
        ],
    ),
    (
        "Non-punishment rights",
        &[
            "right.non_punishment.title",
            "right.non_punishment.body",
            "right.not_automatic.title",
            "right.not_automatic.body",
            "ui.rights.legal_note",
        ],
    ),
    ("Translation status", &["ui.language.draft"]),
];

/// More strings a person acts on, by topic, named by pattern: a key, a key
/// prefix ending in "." or "_", or `a.*.b` (any one middle part). Every key
/// of the English file that matches is reviewed, so a new card line, police
/// text or journey question is covered as soon as it is written.
pub const REVIEWED_BY_PATTERN: &[(&str, &[&str])] = &[
    ("The card a person shows officials", &["ui.card."]),
    (
        "Police and officials advice",
        &[
            "right.police_",
            "right.ew_police.",
            "right.sct_police.",
            "right.ni_police.",
            "right.us_police.",
            "right.th_police.",
            "caution.",
            "ui.rights.police",
            "ui.rights.no_place",
            "ui.rights.caution.",
            "ui.help.police",
            "ui.help.police_only",
            "ui.help.not_police",
            "ui.help.note.police",
        ],
    ),
    (
        "Help lines: what happens, and who hears what you say",
        &[
            "ui.help.shares.",
            "line.*.what_happens",
            "ui.help.emergency",
        ],
    ),
    ("Exit and the page shown when the check stops", &["exit."]),
    (
        "Safety and staying safe",
        &["ui.safety.", "ui.staying_safe."],
    ),
    ("The check's questions", &["q."]),
    ("Results", &["level.", "ui.result."]),
    ("Worried about someone", &["worried."]),
    ("Checking a job offer", &["job."]),
    ("Hard words explained", &["term.*.means"]),
];

/// Does `key` match a `REVIEWED_BY_PATTERN` pattern?
pub fn matches(pattern: &str, key: &str) -> bool {
    match pattern.split_once(".*.") {
        Some((head, tail)) => key
            .strip_prefix(head)
            .and_then(|k| k.strip_prefix('.'))
            .and_then(|k| k.split_once('.'))
            .is_some_and(|(middle, rest)| !middle.is_empty() && rest == tail),
        None if pattern.ends_with('.') || pattern.ends_with('_') => key.starts_with(pattern),
        None => key == pattern,
    }
}

/// Every reviewed key, by topic, in the order a reviewer reads them: the
/// named safety-critical keys first, then each pattern's keys in key order,
/// each key once.
pub fn reviewed_topics(english: &Texts) -> Vec<(&'static str, Vec<String>)> {
    let mut seen = std::collections::BTreeSet::new();
    let mut topics: Vec<(&'static str, Vec<String>)> = Vec::new();
    for (topic, keys) in SAFETY_CRITICAL {
        let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        seen.extend(keys.iter().cloned());
        topics.push((topic, keys));
    }
    for (topic, patterns) in REVIEWED_BY_PATTERN {
        let keys: Vec<String> = english
            .keys()
            .filter(|k| patterns.iter().any(|p| matches(p, k)))
            .filter(|k| seen.insert(k.to_string()))
            .cloned()
            .collect();
        if !keys.is_empty() {
            topics.push((topic, keys));
        }
    }
    topics
}

/// Every reviewed key.
pub fn safety_critical_keys(english: &Texts) -> Vec<String> {
    reviewed_topics(english)
        .into_iter()
        .flat_map(|(_, keys)| keys)
        .collect()
}

/// One language's back-translations and open doubts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub format_version: u32,
    pub items: BTreeMap<String, Item>,
    /// Questions for the native reviewer, in plain English.
    pub doubts: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The translation this back-translation was made from.
    pub translation: String,
    /// The translation put back into English, word for word where it matters.
    pub back: String,
}

impl Review {
    pub fn parse(json: &str) -> Result<Review, String> {
        serde_json::from_str(json).map_err(|e| format!("review file: {e}"))
    }

    /// What is wrong with this review file for these texts: a missing
    /// safety-critical key, or a back-translation of an older translation.
    pub fn problems(&self, code: &str, texts: &Texts, english: &Texts) -> Vec<String> {
        let mut problems = Vec::new();
        let reviewed = safety_critical_keys(english);
        for key in &reviewed {
            let key = key.as_str();
            match self.items.get(key) {
                None => problems.push(format!("{code}: `{key}` has no back-translation")),
                Some(item) if item.translation != texts.get(key) => problems.push(format!(
                    "{code}: `{key}` changed since it was back-translated: translate it back again and copy the new text into `translation`"
                )),
                Some(item) if item.back.trim().is_empty() => {
                    problems.push(format!("{code}: `{key}` has an empty back-translation"))
                }
                Some(_) => {}
            }
        }
        for key in self.items.keys() {
            if !reviewed.contains(key) {
                problems.push(format!("{code}: `{key}` is not a safety-critical key"));
            }
        }
        problems
    }
}

/// The review sheet for one language, in Markdown.
pub fn render(
    code: &str,
    texts: &Texts,
    english: &Texts,
    review: &Review,
    glossary: &Glossary,
) -> String {
    let name = texts.get("meta.language_name");
    let mut md = String::new();
    md.push_str(&format!(
        "# {name} (`{code}`): review sheet for a native speaker\n\n"
    ));
    md.push_str(&format!(
        "Status of this translation: **{}**. Generated by `cargo run --bin translation-review` from \
         `content/locales/{code}.json` and `content/translations/review/{code}.json`; do not edit by hand.\n\n",
        texts.get("meta.status")
    ));
    md.push_str(
        "## How to review\n\n\
         The people reading this may be in danger, tired, and reading on a phone someone else checks. \
         For each string below, read the translation as they would and ask:\n\n\
         1. Does it say the same as the English, no more and no less? The back-translation shows what a \
         reader of the translation would understand.\n\
         2. Is it plain (a 12-year-old understands it), calm, and free of blame? Things done *to* the \
         person are said in the passive; the person is never called a criminal or a victim.\n\
         3. Does it use the chosen words below?\n\n\
         Write corrections into `content/locales/{code}.json`, put the new text and its back-translation \
         into `content/translations/review/{code}.json`, answer the open doubts, and when the whole file \
         is checked set `meta.status` to `reviewed` (and the README's language table).\n\n",
    );
    md = md.replace("{code}", code);

    md.push_str(
        "## Chosen words (glossary)\n\n| English | Chosen | Also accepted |\n|---|---|---|\n",
    );
    for term in &glossary.terms {
        let forms = term.languages.get(code).map(Vec::as_slice).unwrap_or(&[]);
        let (chosen, others) = forms
            .split_first()
            .map_or(("", &[][..]), |(c, o)| (c.as_str(), o));
        md.push_str(&format!(
            "| {} | {} | {} |\n",
            term.term,
            chosen,
            others.join(", ")
        ));
    }
    md.push('\n');
    if let Some(rules) = glossary.avoid.get(code) {
        md.push_str("Never use:\n\n");
        for rule in rules {
            md.push_str(&format!("- “{}”: {}\n", rule.text, rule.why));
        }
        md.push('\n');
    }

    md.push_str("## Safety-critical strings\n\n");
    for (topic, keys) in reviewed_topics(english) {
        md.push_str(&format!("### {topic}\n\n"));
        for key in &keys {
            let key = key.as_str();
            md.push_str(&format!("#### `{key}`\n\n"));
            md.push_str(&format!("- English: {}\n", english.get(key)));
            md.push_str(&format!("- Translation: {}\n", texts.get(key)));
            let back = review
                .items
                .get(key)
                .map_or("(missing)", |i| i.back.as_str());
            md.push_str(&format!("- Back-translation: {back}\n\n"));
        }
    }

    md.push_str("## Open doubts\n\n");
    if review.doubts.is_empty() {
        md.push_str("None recorded.\n");
    }
    for doubt in &review.doubts {
        md.push_str(&format!("- {doubt}\n"));
    }
    md
}
