//! The facts the static files repeat (index.html, exit.js, embed.js, the
//! configurator), which must work before and without the `.wasm`: what the
//! app stores, the default exit page, the lines listed when the check cannot
//! run, the browser-language aliases and the console note on curly quotes.
//! Defined here once: the app uses them (re-exported where they belong), and
//! build.rs writes them to a JSON file that the post-build step fills into
//! the static files' markers (scripts/facts.mjs). Nothing reads Rust source.

use serde::{Deserialize, Deserializer};
use serde_json::{json, Value};

/// The one key the app stores under. Its prefix is what the quick exit wipes.
pub const STORAGE_KEY: &str = "clear-signs.v1";
pub const KEY_PREFIX: &str = "clear-signs";
/// Present in localStorage when the person chose to keep answers on the device.
pub const KEEP_KEY: &str = "clear-signs.keep";

/// The console line when curly quotes were read as straight ones.
pub const CURLY_NOTE: &str = "config: curly quotes “ ” or ‘ ’ or no-break spaces (as a word processor writes them) were read as straight quotes \" and spaces; write the settings in a plain-text editor to be sure";

/// Browser language codes read as a shipped language (primary subtag, lower
/// case). exit.js uses the same list (written in by the build).
pub const ALIASES: &[(&str, &str)] = &[
    // Chinese by script, then by where it is written in Traditional
    // characters: a tag, or the start of one, before any region.
    ("zh-hans", "zh"),
    ("zh-hant", "zh-Hant"),
    ("zh-tw", "zh-Hant"),
    ("zh-hk", "zh-Hant"),
    ("zh-mo", "zh-Hant"),
    // Tagalog and Filipino share one file; old Indonesian code.
    ("tl", "fil"),
    ("in", "id"),
    // Only Brazilian Portuguese is shipped: closer than English.
    ("pt", "pt-BR"),
];

/// The quick exit's pages by place.
pub const EXIT_PAGES_JSON: &str = include_str!("../exit-pages.json");

/// The neutral page the quick exit opens when neither the embedder nor the
/// place chooses one (shows nothing personalised): `default.url` in
/// content/exit-pages.json, read when this compiles (a const fn: the app
/// carries no JSON parser for it). A URL with an escape, or a file without
/// the key, stops the build; tests/exit_pages.rs checks it against a parse.
pub const DEFAULT_EXIT_URL: &str = default_url(EXIT_PAGES_JSON);

const fn default_url(json: &'static str) -> &'static str {
    const fn find(hay: &[u8], needle: &[u8], from: usize) -> usize {
        let mut i = from;
        while i + needle.len() <= hay.len() {
            let mut j = 0;
            while j < needle.len() && hay[i + j] == needle[j] {
                j += 1;
            }
            if j == needle.len() {
                return i + j;
            }
            i += 1;
        }
        panic!("content/exit-pages.json: no \"default\" object with a \"url\"")
    }
    let bytes = json.as_bytes();
    let key = find(bytes, b"\"url\"", find(bytes, b"\"default\"", 0));
    let mut start = key;
    while matches!(bytes[start], b' ' | b':' | b'\n' | b'\r' | b'\t') {
        start += 1;
    }
    assert!(
        bytes[start] == b'"',
        "content/exit-pages.json: default.url is not a string"
    );
    start += 1;
    let mut end = start;
    while bytes[end] != b'"' {
        assert!(
            bytes[end] != b'\\',
            "content/exit-pages.json: default.url has an escape"
        );
        end += 1;
    }
    let (_, rest) = bytes.split_at(start);
    let (url, _) = rest.split_at(end - start);
    match std::str::from_utf8(url) {
        Ok(url) => url,
        Err(_) => panic!("content/exit-pages.json: default.url is not UTF-8"),
    }
}

/// One line listed when the check cannot run (help.json `fallback`).
#[derive(Debug, Clone, PartialEq)]
pub struct FallbackLine {
    /// How the list names the place.
    pub place: String,
    /// The line's name to show; `None`: the number says it.
    pub name: Option<String>,
    /// `tel:` and the line's first phone number.
    pub href: String,
    pub display: String,
}

#[derive(Deserialize)]
struct HelpFile {
    #[serde(default)]
    fallback: Fallbacks,
    lines: Vec<HelpLine>,
}

#[derive(Deserialize, Default)]
struct Fallbacks {
    #[serde(default)]
    page: Vec<Entry>,
    #[serde(default)]
    noscript: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    line: String,
    place: String,
    /// Left out: the line's own name; null: none.
    #[serde(default, deserialize_with = "present")]
    name: Option<Option<String>>,
}

fn present<'de, D: Deserializer<'de>>(reader: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(reader).map(Some)
}

#[derive(Deserialize)]
struct HelpLine {
    id: String,
    name: String,
    #[serde(default)]
    contacts: Vec<HelpContact>,
}

#[derive(Deserialize)]
struct HelpContact {
    kind: String,
    value: String,
    display: String,
}

/// The lines listed when the check cannot run: `which` is `page` (the page
/// shown if the app cannot start) or `noscript`.
pub fn fallback_lines(help_json: &str, which: &str) -> Result<Vec<FallbackLine>, String> {
    let help: HelpFile =
        serde_json::from_str(help_json).map_err(|e| format!("content/help.json: {e}"))?;
    let chosen = match which {
        "page" => &help.fallback.page,
        "noscript" => &help.fallback.noscript,
        _ => return Err(format!("no fallback list `{which}`")),
    };
    if chosen.is_empty() {
        return Err(format!("content/help.json has no fallback.{which} list"));
    }
    chosen
        .iter()
        .map(|entry| {
            let at = format!("content/help.json fallback.{which}: {}", entry.line);
            let line = (help.lines.iter().find(|l| l.id == entry.line))
                .ok_or_else(|| format!("{at}: no such line"))?;
            let tel = (line.contacts.iter().find(|c| c.kind == "tel"))
                .ok_or_else(|| format!("{at} has no phone number"))?;
            if entry.place.trim().is_empty() {
                return Err(format!("{at} needs a place"));
            }
            Ok(FallbackLine {
                place: entry.place.clone(),
                name: match &entry.name {
                    None => Some(line.name.clone()),
                    Some(name) => name.clone(),
                },
                href: format!("tel:{}", tel.value),
                display: tel.display.clone(),
            })
        })
        .collect()
}

/// Every fact above as one JSON object, for the static files (build.rs
/// writes it; scripts/facts.mjs reads it).
pub fn facts_json(help_json: &str) -> Result<String, String> {
    let lines = |which: &str| -> Result<Value, String> {
        Ok(fallback_lines(help_json, which)?
            .into_iter()
            .map(
                |l| json!({"place": l.place, "name": l.name, "href": l.href, "display": l.display}),
            )
            .collect())
    };
    // Pairs, in the list's order (a JSON object's order is not kept).
    let aliases: Vec<[&str; 2]> = ALIASES.iter().map(|(from, to)| [*from, *to]).collect();
    for key in [STORAGE_KEY, KEEP_KEY] {
        if !key.starts_with(KEY_PREFIX) {
            return Err(format!(
                "the storage key {key} does not start with {KEY_PREFIX}: the quick exit would not wipe it"
            ));
        }
    }
    let facts = json!({
        "about": "Written by build.rs (clear_signs_content::facts) at every build; read by scripts/facts.mjs.",
        "storage": {"prefix": KEY_PREFIX, "check": STORAGE_KEY, "keep": KEEP_KEY},
        "curly_note": CURLY_NOTE,
        "language_aliases": aliases,
        "default_exit_url": DEFAULT_EXIT_URL,
        "fallback": {"page": lines("page")?, "noscript": lines("noscript")?},
    });
    Ok(serde_json::to_string_pretty(&facts).expect("JSON") + "\n")
}
