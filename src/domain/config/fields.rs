//! The check of each field: its type, its length, the language codes it
//! names, and one console line per problem, naming the field (with "did you
//! mean" for a misspelt field name or language code). Each problem leaves
//! that field at its default and the rest applies. Phone numbers and exit
//! addresses have their own advice (`numbers`, `url`); the theme its own
//! check (`theme`).

use super::numbers::{number_advice, shows_number};
use super::url::{safe_url, url_advice};
use super::{Exit, NgoLine, Organisation, ANY_LANGUAGE};
use crate::domain::content;
use crate::domain::help::{well_formed_number, Contact, ContactKind};
use crate::domain::language;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One console line per problem, naming the field.
pub(super) fn problem(field: &str, expected: &str) -> String {
    format!("config `{field}`: {expected}; using the default")
}
/// One line for each field the schema does not know; it is ignored.
pub(super) fn unknown_fields(
    map: &Map<String, Value>,
    prefix: &str,
    allowed: &[&str],
    problems: &mut Vec<String>,
) {
    for key in map.keys().filter(|k| !allowed.contains(&k.as_str())) {
        let hint = closest_field(key, allowed)
            .map(|f| format!("did you mean `{prefix}{f}`? "))
            .unwrap_or_default();
        problems.push(format!(
            "config: unknown field `{prefix}{key}` ignored ({hint}expected one of {})",
            allowed.join(", ")
        ));
    }
}

/// The allowed field a misspelt one most likely meant ("helplines",
/// "Help-Lines" and "help_line" all mean `help_lines`): the same letters
/// apart from case, `_` and `-`, or at most two letters different.
fn closest_field<'a>(typed: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let plain = |s: &str| -> Vec<char> {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let typed = plain(typed);
    allowed
        .iter()
        .map(|f| (edit_distance(&typed, &plain(f)), *f))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f)
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

pub(super) fn boolean(
    map: &Map<String, Value>,
    key: &str,
    default: bool,
    problems: &mut Vec<String>,
) -> bool {
    match map.get(key) {
        None => default,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            problems.push(problem(key, "expected true or false"));
            default
        }
    }
}

/// Characters that change how text reads without being seen: bidi
/// controls (which can show "08000 121 700" as "700 121 08000", or hide
/// part of a name) and zero-width characters.
pub fn invisible(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// A short plain string: NGO text is shown as text, never as HTML.
fn text(v: Option<&Value>, field: &str, max: usize, problems: &mut Vec<String>) -> Option<String> {
    if let Some(Value::String(s)) = v {
        if let Some(c) = s.chars().find(|c| invisible(*c)) {
            problems.push(problem(
                field,
                &format!(
                    "holds an invisible character (U+{:04X}) that can change how the text reads; \
                     left out: type it again in a plain-text editor",
                    c as u32
                ),
            ));
            return None;
        }
    }
    match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if !s.trim().is_empty() && s.trim().chars().count() <= max => {
            Some(s.trim().to_string())
        }
        Some(Value::String(s)) if s.trim().is_empty() => {
            problems.push(problem(
                field,
                &format!("is empty, expected text of 1 to {max} characters"),
            ));
            None
        }
        Some(Value::String(s)) => {
            let n = s.trim().chars().count();
            problems.push(problem(
                field,
                &format!("is {n} characters long, the most is {max}: shorten it"),
            ));
            None
        }
        Some(_) => {
            problems.push(problem(
                field,
                &format!("expected text of 1 to {max} characters in quotes"),
            ));
            None
        }
    }
}

pub(super) fn organisation(v: &Value, problems: &mut Vec<String>) -> Option<Organisation> {
    let Value::Object(map) = v else {
        problems.push(problem(
            "organisation",
            "expected {\"name\": \"…\", \"contact\": \"…\"}",
        ));
        return None;
    };
    unknown_fields(map, "organisation.", &["name", "contact"], problems);
    let name = text(map.get("name"), "organisation.name", 80, problems);
    if name.is_none() && !map.contains_key("name") {
        problems.push(problem(
            "organisation.name",
            "expected the organisation's name",
        ));
    }
    let contact = match map.get("contact") {
        Some(Value::Object(_)) => {
            per_language(map.get("contact"), "organisation.contact", 200, problems)
        }
        v => text(v, "organisation.contact", 200, problems)
            .map(|t| {
                // Inserted, not `BTreeMap::from`: that sorts, with 3 KB of .wasm.
                let mut texts = BTreeMap::new();
                texts.insert(ANY_LANGUAGE.to_string(), t);
                texts
            })
            .unwrap_or_default(),
    };
    name.map(|name| Organisation { name, contact })
}

/// Text per language: `{"en": "…", "vi": "…"}`, each a known language code
/// and a short text; anything else is named and left out.
fn per_language(
    v: Option<&Value>,
    field: &str,
    max: usize,
    problems: &mut Vec<String>,
) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    match v {
        None => {}
        Some(Value::Object(map)) => {
            for (lang, value) in map {
                let f = format!("{field}.{lang}");
                if content::language(lang).is_none() {
                    let hint = suggest_language(lang)
                        .map(|code| format!(" (did you mean \"{code}\"?)"))
                        .unwrap_or_default();
                    problems.push(format!("config `{f}`: unknown language{hint}; ignored"));
                } else if let Some(t) = text(Some(value), &f, max, problems) {
                    texts.insert(lang.clone(), t);
                }
            }
        }
        Some(_) => problems.push(problem(field, "expected {\"en\": \"…\", \"vi\": \"…\"}")),
    }
    texts
}

pub(super) fn languages(v: &Value, problems: &mut Vec<String>) -> Option<Vec<&'static str>> {
    let known: Vec<&str> = content::LANGUAGES.iter().map(|l| l.code).collect();
    let Value::Array(items) = v else {
        problems.push(problem(
            "languages",
            &format!("expected a list of codes from {}", known.join(", ")),
        ));
        return None;
    };
    let mut offered = Vec::new();
    for item in items {
        match item.as_str().and_then(content::language) {
            Some(l) if !offered.contains(&l.code) => offered.push(l.code),
            Some(_) => {}
            None => problems.push(format!(
                "config `languages`: unknown language {item}{}, expected one of {}; it is left out",
                item.as_str()
                    .and_then(suggest_language)
                    .map(|code| format!(" (did you mean \"{code}\"?)"))
                    .unwrap_or_default(),
                known.join(", ")
            )),
        }
    }
    if offered.is_empty() {
        problems.push(problem("languages", "no known language listed"));
        None
    } else {
        Some(offered)
    }
}

pub(super) fn ngo_lines(v: &Value, problems: &mut Vec<String>) -> Vec<NgoLine> {
    let Value::Array(items) = v else {
        problems.push(problem("help_lines", "expected a list of lines"));
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let field = format!("help_lines[{i}]");
            let Value::Object(map) = item else {
                problems.push(format!(
                    "config `{field}`: expected an object; this line is left out"
                ));
                return None;
            };
            let allowed = ["name", "operator", "police", "free", "contacts", "about"];
            unknown_fields(map, &format!("{field}."), &allowed, problems);
            let Some(name) = text(map.get("name"), &format!("{field}.name"), 120, problems) else {
                problems.push(format!(
                    "config `{field}.name`: a line needs a name; this line is left out"
                ));
                return None;
            };
            let contacts = contacts(map.get("contacts"), &field, problems);
            if contacts.is_empty() {
                problems.push(format!(
                    "config `{field}.contacts`: a line needs a valid number; this line is left out"
                ));
                return None;
            }
            let flag = |key: &str, problems: &mut Vec<String>| match map.get(key) {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => {
                    problems.push(problem(
                        &format!("{field}.{key}"),
                        "expected true, false or null",
                    ));
                    None
                }
            };
            let police = flag("police", problems);
            let free = flag("free", problems);
            let about = per_language(map.get("about"), &format!("{field}.about"), 300, problems);
            let operator = text(
                map.get("operator"),
                &format!("{field}.operator"),
                120,
                problems,
            );
            Some(NgoLine {
                name,
                operator,
                police,
                free,
                contacts,
                about,
            })
        })
        .collect()
}

fn contacts(v: Option<&Value>, field: &str, problems: &mut Vec<String>) -> Vec<Contact> {
    let Some(Value::Array(items)) = v else {
        problems.push(format!("config `{field}.contacts`: expected a list like [{{\"kind\": \"tel\", \"value\": \"+18883737888\", \"display\": \"1-888-373-7888\"}}]"));
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let f = format!("{field}.contacts[{i}]");
            let kind = match item.get("kind").and_then(Value::as_str) {
                Some("tel") => ContactKind::Tel,
                Some("sms") => ContactKind::Sms,
                _ => {
                    problems.push(format!(
                        "config `{f}.kind`: expected \"tel\" or \"sms\"; left out"
                    ));
                    return None;
                }
            };
            let value = item
                .get("value")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !well_formed_number(value) {
                problems.push(format!(
                    "config `{f}.value`: {}; left out",
                    number_advice(value)
                ));
                return None;
            }
            let display = text(item.get("display"), &format!("{f}.display"), 40, problems)
                .filter(|shown| {
                    let same = shows_number(value, shown);
                    if !same {
                        problems.push(format!(
                            "config `{f}.display`: \"{shown}\" does not have the digits of the number dialled, \"{value}\": \
                             a person who copies it by eye would call another number; showing \"{value}\" instead"
                        ));
                    }
                    same
                })
                .unwrap_or(value.to_string());
            Some(Contact {
                kind,
                value: value.to_string().into(),
                display: display.into(),
                body: None,
                note: None,
            })
        })
        .collect()
}

pub(super) fn exit(v: &Value, problems: &mut Vec<String>) -> Exit {
    let mut exit = Exit::default();
    let Value::Object(map) = v else {
        problems.push(problem(
            "exit",
            "expected {\"url\": \"https://…\", \"shift\": true, \"escape\": false}",
        ));
        return exit;
    };
    unknown_fields(map, "exit.", &["url", "shift", "escape"], problems);
    match map.get("url") {
        None => {}
        Some(Value::String(url)) if safe_url(url) => exit.url = url.clone(),
        Some(Value::String(url)) => problems.push(problem("exit.url", &url_advice(url))),
        Some(_) => problems.push(problem("exit.url", "expected an https:// address")),
    }
    // Every screen tells people to press Shift 3 times: it cannot be turned off.
    if map.get("shift").is_some_and(|v| v != &Value::Bool(true)) {
        problems.push(
            "config `exit.shift`: Shift pressed 3 times is always on, because the check's own text tells people to use it"
                .into(),
        );
    }
    exit.escape = boolean(map, "escape", false, problems);
    exit
}

/// The shipped language code a mistyped one most likely means: a country code
/// used for a language ("vn"), another case ("VI"), a region ("en-GB"), a
/// language's name ("Vietnamese", "Tiếng Việt").
pub fn suggest_language(code: &str) -> Option<&'static str> {
    let lower = code.trim().replace('_', "-").to_lowercase();
    let known = |c: &str| {
        content::languages()
            .iter()
            .find(|l| l.code.eq_ignore_ascii_case(c))
    };
    if let Some(l) = known(&lower) {
        return Some(l.code);
    }
    // The browser's aliases (tl, in, pt: language::ALIASES), else likely slips.
    let browser = language::ALIASES
        .iter()
        .find(|(from, _)| *from == lower)
        .map(|(_, to)| *to);
    let alias = browser.unwrap_or(match lower.as_str() {
        "vn" | "vietnamese" => "vi",
        "cn" | "zh-cn" | "zh-hans" | "chinese" | "mandarin" => "zh",
        "ind" | "indonesian" | "bahasa" => "id",
        "ph" | "filipino" | "tagalog" => "fil",
        "thai" => "th",
        "hindi" => "hi",
        "arabic" => "ar",
        "french" => "fr",
        "sp" | "spanish" => "es",
        "br" | "portuguese" => "pt-BR",
        "ke" | "tz" | "swahili" => "sw",
        "eng" | "english" | "gb" | "uk" | "us" => "en",
        "mm" | "burmese" | "myanmar" => "my",
        "kh" | "khmer" | "cambodian" => "km",
        "lao" | "laotian" => "lo",
        "tw" | "hk" | "traditional chinese" | "taiwanese" | "cantonese" => "zh-Hant",
        "malay" | "melayu" | "bahasa melayu" => "ms",
        "bd" | "bengali" | "bangla" => "bn",
        "np" | "nepali" => "ne",
        "lk" | "sinhala" | "sinhalese" => "si",
        "pk" | "urdu" => "ur",
        "et" | "amharic" => "am",
        "al" | "albanian" => "sq",
        "md" | "romanian" | "moldovan" => "ro",
        other => other.split('-').next().unwrap_or(other),
    });
    known(alias).map(|l| l.code).or_else(|| {
        content::languages()
            .iter()
            .find(|l| l.name.to_lowercase() == lower)
            .map(|l| l.code)
    })
}
