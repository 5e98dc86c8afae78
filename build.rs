//! Packs the locale files for the app (issue 16): every key once, then each
//! language's texts in that key order, so the wasm carries no JSON to parse
//! at start-up or on a language change, and 11 fewer copies of the keys.
//! A locale file that is not a flat JSON map of strings fails the build
//! here, with its name; the native tests check the rest.
//!
//! Only English is compiled into the app. The other languages are packed the
//! same way into `lang/<code>.txt` beside it, by scripts/pack-locales.mjs at
//! build time, each starting with `keys-id.txt` (below), so a file from
//! another release is refused rather than read against the wrong keys. A
//! native test (tests/language.rs) checks that script against this one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Between entries; and the value of a key a language does not have. Both are
/// control characters, which no text may contain (checked below).
const SEPARATOR: char = '\u{1f}';
const ABSENT: &str = "\u{18}";
/// The card's sentences (src/ui/card.rs `SENTENCES`).
const CARD_KEYS: [&str; 3] = ["ui.card.victim", "ui.card.lawyer", "ui.card.referral"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let dir = Path::new("content/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut locales = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("content/locales") {
        let path = entry.expect("a locale file").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("a readable locale file");
        let texts: BTreeMap<String, String> = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a flat JSON map of texts: {e}", path.display()));
        for (key, value) in &texts {
            if key
                .chars()
                .chain(value.chars())
                .any(|c| c.is_control() && c != '\n')
            {
                panic!("{}: `{key}` holds a control character", path.display());
            }
        }
        locales.insert(code, texts);
    }
    let keys: BTreeSet<&String> = locales.values().flat_map(|t| t.keys()).collect();
    // ASCII keys sort the same by bytes (here) and by UTF-16 (the script).
    if let Some(key) = keys.iter().find(|k| !k.is_ascii()) {
        panic!("locale key `{key}` is not ASCII");
    }
    let join = |items: Vec<&str>| items.join(&SEPARATOR.to_string());
    let all_keys = join(keys.iter().map(|k| k.as_str()).collect());
    std::fs::write(Path::new(&out).join("keys-id.txt"), keys_id(&all_keys)).expect("write keys id");
    std::fs::write(Path::new(&out).join("keys.txt"), all_keys).expect("write keys");
    // Each language's `meta.status` (source, draft, reviewed), for the
    // configurator, which no longer has the other languages' texts.
    let statuses: Vec<String> = locales
        .iter()
        .map(|(code, texts)| {
            format!(
                "{code} {}",
                texts.get("meta.status").map_or("", String::as_str)
            )
        })
        .collect();
    std::fs::write(Path::new(&out).join("statuses.txt"), statuses.join("\n"))
        .expect("write statuses");
    // The card's three sentences in every language, in the app: the card
    // shows them in the officials' language of any place, and a site that
    // offers only some languages fetches only those files.
    let card: Vec<String> = locales
        .iter()
        .map(|(code, texts)| {
            let line = CARD_KEYS.map(|k| texts.get(k).map_or(ABSENT, String::as_str));
            format!("{code}{SEPARATOR}{}", line.join(&SEPARATOR.to_string()))
        })
        .collect();
    std::fs::write(Path::new(&out).join("card.txt"), card.join("\n")).expect("write card");
    for (code, texts) in &locales {
        let values = keys
            .iter()
            .map(|k| texts.get(*k).map_or(ABSENT, String::as_str));
        std::fs::write(
            Path::new(&out).join(format!("{code}.txt")),
            join(values.collect()),
        )
        .expect("write a packed locale");
    }
}

/// Names one set of keys: FNV-1a (32 bits) of the packed keys' UTF-8, in hex.
/// scripts/pack-locales.mjs computes the same.
fn keys_id(keys: &str) -> String {
    let hash = keys.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}
