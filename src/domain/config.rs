//! An embedding NGO's configuration (JSON). Parsing never fails and never
//! panics: each problem becomes one line naming the field and what is
//! expected, that field falls back to its default, and the rest applies.

use super::content;
use super::help::{well_formed_number, Contact, ContactKind, HelpData};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The neutral page the quick exit opens when neither the embedder nor the
/// place chooses one (shows nothing personalised). Data in
/// content/exit-pages.json (`default.url`), read from it when this compiles;
/// tests/exit_pages.rs checks the reading against a full JSON parse.
pub const DEFAULT_EXIT_URL: &str = default_url(include_str!("../../content/exit-pages.json"));

/// The string after `"url":` in the `"default"` object of exit-pages.json, at
/// compile time (a const fn: no JSON parser). A URL with an escape, or a file
/// without the key, stops the build.
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

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub organisation: Option<Organisation>,
    /// Languages offered, in the embedder's order; `None` offers all.
    pub languages: Option<Vec<&'static str>>,
    /// Used when the browser's preferences match no offered language.
    pub default_language: Option<&'static str>,
    /// A jurisdiction id shown before the person chooses.
    pub default_place: Option<String>,
    /// The embedder's own lines, shown first.
    pub help_lines: Vec<NgoLine>,
    /// Show only the embedder's lines, not the built-in ones.
    pub replace_help_lines: bool,
    pub exit: Exit,
    pub theme: Theme,
    /// Offer "keep my answers on this device".
    pub keep_answers: bool,
    /// The journeys offered on the start screen (see `journeys::OFFERABLE`).
    pub journeys: Vec<&'static str>,
    /// Show the embedder the problems in these settings on the page.
    pub debug: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: None,
            languages: None,
            default_language: None,
            default_place: None,
            help_lines: Vec::new(),
            replace_help_lines: false,
            exit: Exit::default(),
            theme: Theme::default(),
            keep_answers: true,
            journeys: super::journeys::OFFERABLE.to_vec(),
            debug: false,
        }
    }
}

impl Config {
    /// The languages on offer, in the embedder's order ("in your order" in
    /// the reference); every shipped language, English first, otherwise.
    pub fn offered_languages(&self) -> Vec<&'static content::Language> {
        match &self.languages {
            Some(codes) => codes.iter().filter_map(|c| content::language(c)).collect(),
            None => content::languages().iter().collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub name: String,
    /// A short contact line: one for every language (under `ANY_LANGUAGE`),
    /// or one per language code.
    pub contact: BTreeMap<String, String>,
}

/// The key of a text written once for every language.
pub const ANY_LANGUAGE: &str = "*";

impl Organisation {
    /// The contact line to show in `lang`: its own, else the one for every
    /// language, else the first given; with the language it is written in
    /// when that is not `lang` (so it can be marked for screen readers).
    pub fn contact_for(&self, lang: &str) -> Option<(Option<&str>, &str)> {
        if let Some(text) = self.contact.get(lang) {
            return Some((None, text));
        }
        if let Some(text) = self.contact.get(ANY_LANGUAGE) {
            return Some((None, text));
        }
        self.contact
            .iter()
            .next()
            .map(|(code, text)| (Some(code.as_str()), text.as_str()))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NgoLine {
    pub name: String,
    pub operator: Option<String>,
    pub police: Option<bool>,
    pub free: Option<bool>,
    pub contacts: Vec<Contact>,
    /// Description by language code; shown in the person's language, else the first.
    pub about: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Exit {
    pub url: String,
    pub escape: bool,
}

impl Default for Exit {
    fn default() -> Self {
        Exit {
            url: DEFAULT_EXIT_URL.into(),
            escape: false,
        }
    }
}

/// Colours (`#rrggbb` or `#rgb`) and corner radius, as CSS custom properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Theme {
    pub primary: Option<String>,
    pub primary_text: Option<String>,
    pub background: Option<String>,
    pub text: Option<String>,
    pub radius: Option<String>,
}

/// The built-in colours, used for any colour the theme leaves out.
pub const DEFAULT_COLOURS: [(&str, &str); 4] = [
    ("primary", "#1d5b79"),
    ("primary_text", "#ffffff"),
    ("background", "#ffffff"),
    ("text", "#1b1b1b"),
];

impl Theme {
    /// (CSS custom property, value) pairs to set.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        [
            ("--cs-primary", &self.primary),
            ("--cs-primary-text", &self.primary_text),
            ("--cs-background", &self.background),
            ("--cs-text", &self.text),
            ("--cs-radius", &self.radius),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.clone().map(|v| (name, v)))
        .collect()
    }

    fn colour(&self, name: &str) -> String {
        let chosen = match name {
            "primary" => &self.primary,
            "primary_text" => &self.primary_text,
            "background" => &self.background,
            _ => &self.text,
        };
        let default = DEFAULT_COLOURS
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("#000000", |(_, v)| v);
        chosen.clone().unwrap_or_else(|| default.to_string())
    }
}

/// One console line per problem, naming the field.
fn problem(field: &str, expected: &str) -> String {
    format!("config `{field}`: {expected}; using the default")
}

pub fn parse(json: &str, help: &HelpData) -> (Config, Vec<String>) {
    parse_at(json, help, 1)
}

/// [`parse`], for settings that sit inside a page: `first_line` is the line of
/// the HTML file on which the settings text begins (the line of the
/// `<script type="application/json">` tag when the JSON starts right after
/// it), so a JSON syntax error names the line of the HTML file.
pub fn parse_at(json: &str, help: &HelpData, first_line: usize) -> (Config, Vec<String>) {
    let (config, problems) = check(json, help, first_line);
    (config, problems.iter().map(Problem::to_string).collect())
}

/// One problem with the settings: the field it is about (a path such as
/// `help_lines[0].contacts[0].value`; `None` for the whole text), what is
/// wrong in plain words, and for a syntax error the line it is on.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub field: Option<String>,
    pub message: String,
    pub line: Option<usize>,
}

impl Problem {
    /// Read back a console line made by this module.
    fn from_console(line: &str) -> Problem {
        let field = line
            .strip_prefix("config `")
            .or_else(|| line.strip_prefix("config: unknown field `"))
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string);
        Problem {
            field,
            message: line.to_string(),
            line: None,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Curly quotes and no-break spaces, as word processors write them.
const WORD_PROCESSOR: [char; 5] = ['\u{201c}', '\u{201d}', '\u{201e}', '\u{201f}', '\u{a0}'];
/// Single curly quotes: only read as `"` when that alone makes the text valid
/// (an apostrophe in a text, as in "We’re open", then stays as it is).
const SINGLE_CURLY: [char; 2] = ['\u{2018}', '\u{2019}'];

/// The console line when curly quotes were read as straight ones.
pub const CURLY_NOTE: &str = "config: curly quotes “ ” or ‘ ’ or no-break spaces (as a word processor writes them) were read as straight quotes \" and spaces; write the settings in a plain-text editor to be sure";

/// Parse settings as JSON, tolerating a word processor's quotes when that is
/// unambiguous: first as written; then with “ ” „ ‟ as `"` and no-break
/// spaces as spaces; then also with ‘ ’ as `"`. The first reading that is
/// valid JSON wins; `true` says curly quotes were read as straight.
/// static/exit.js (`read`) follows the same steps, for the quick exit.
pub fn read_json(json: &str) -> (Result<Value, serde_json::Error>, bool) {
    let error = match serde_json::from_str::<Value>(json) {
        Ok(value) => return (Ok(value), false),
        Err(error) => error,
    };
    if json.contains(WORD_PROCESSOR) || json.contains(SINGLE_CURLY) {
        let straight = json
            .replace(['\u{201c}', '\u{201d}', '\u{201e}', '\u{201f}'], "\"")
            .replace('\u{a0}', " ");
        if let Ok(value) = serde_json::from_str::<Value>(&straight) {
            return (Ok(value), true);
        }
        if let Ok(value) = serde_json::from_str::<Value>(&straight.replace(SINGLE_CURLY, "\"")) {
            return (Ok(value), true);
        }
    }
    (Err(error), false)
}

/// What a JSON syntax error means, in plain words.
fn syntax_hint(e: &serde_json::Error) -> &'static str {
    let text = e.to_string();
    if text.contains("trailing comma") {
        "there is a comma after the last item of a list or group: remove it"
    } else if text.contains("EOF while parsing") {
        "the settings end too early: a closing } or ] or a closing quote is missing"
    } else if text.contains("key must be a string") {
        "a field name must be in straight double quotes, like \"name\""
    } else if text.contains("expected `,` or `}`") || text.contains("expected `,` or `]`") {
        "a comma is missing between two items, or a closing } or ] is missing"
    } else if text.contains("control character") {
        "a text runs over two lines or holds a tab: keep each text on one line"
    } else if text.contains("expected value") {
        "a value is missing or not in straight double quotes (write \"…\", true, false or a number)"
    } else {
        "check the quotes, commas and brackets around this place"
    }
}

/// Parse the settings; every problem found, with its field.
/// The most settings the check reads: far more than any real configuration
/// (the largest example is under 3 KB), and small enough that reading them
/// never delays the quick exit on a cheap phone.
pub const MAX_SETTINGS_BYTES: usize = 64 * 1024;
pub const MAX_SETTINGS_LINES: usize = 2000;

pub fn check(json: &str, help: &HelpData, first_line: usize) -> (Config, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut config = Config::default();
    let first_line = first_line.max(1);
    let lines = json.lines().count();
    if json.len() > MAX_SETTINGS_BYTES || lines > MAX_SETTINGS_LINES {
        problems.push(Problem {
            field: None,
            message: format!(
                "config: the settings are {} KB and {lines} lines long, more than the {} KB and {MAX_SETTINGS_LINES} lines the check reads; using the defaults. \
                 Real settings are a few KB: check that nothing else was pasted in",
                json.len().div_ceil(1024),
                MAX_SETTINGS_BYTES / 1024
            ),
            line: None,
        });
        return (config, problems);
    }
    // Word processors turn " into curly quotes: read them as straight ones,
    // but only when that makes the whole text valid.
    let (parsed, curly) = read_json(json);
    if curly {
        problems.push(Problem {
            field: None,
            message: CURLY_NOTE.into(),
            line: None,
        });
    }
    let root = match parsed {
        Ok(Value::Object(map)) => map,
        Ok(_) => {
            problems.push(Problem {
                field: None,
                message:
                    "config: expected a JSON object like {\"organisation\": {...}}; using the defaults"
                        .into(),
                line: None,
            });
            return (config, problems);
        }
        Err(e) => {
            let line = first_line + e.line().saturating_sub(1);
            let place = if first_line > 1 {
                format!("line {line} of the page")
            } else {
                format!("line {line}, column {}", e.column())
            };
            // The line itself, so it can be found with the editor's search.
            let text: String = json
                .lines()
                .nth(e.line().saturating_sub(1))
                .unwrap_or_default()
                .trim()
                .chars()
                .take(60)
                .collect();
            let near = if text.is_empty() {
                String::new()
            } else {
                format!(", in `{text}`")
            };
            problems.push(Problem {
                field: None,
                message: format!(
                    "config: not valid JSON at {place}{near}: {} ({e}); using the defaults",
                    syntax_hint(&e)
                ),
                line: Some(line),
            });
            return (config, problems);
        }
    };
    let mut problems: Vec<String> = problems.into_iter().map(|p| p.message).collect();
    unknown_fields(&root, "", &top_level_fields(), &mut problems);

    if let Some(v) = root.get("organisation") {
        config.organisation = organisation(v, &mut problems);
    }
    if let Some(v) = root.get("languages") {
        config.languages = languages(v, &mut problems);
    }
    if let Some(v) = root.get("default_language") {
        match v.as_str().and_then(content::language) {
            Some(l)
                if config
                    .languages
                    .as_ref()
                    .is_none_or(|offered| offered.contains(&l.code)) =>
            {
                config.default_language = Some(l.code)
            }
            _ => problems.push(problem(
                "default_language",
                &format!(
                    "expected one of the offered language codes{}",
                    v.as_str()
                        .and_then(suggest_language)
                        .map(|code| format!(" (did you mean \"{code}\"?)"))
                        .unwrap_or_default()
                ),
            )),
        }
    }
    if let Some(v) = root.get("default_place") {
        match v.as_str().filter(|id| help.jurisdiction(id).is_some()) {
            Some(id) => config.default_place = Some(id.to_string()),
            None => {
                let ids: Vec<&str> = help.jurisdictions.iter().map(|j| j.id.as_str()).collect();
                problems.push(problem(
                    "default_place",
                    &format!("expected one of {}", ids.join(", ")),
                ));
            }
        }
    }
    if let Some(v) = root.get("help_lines") {
        config.help_lines = ngo_lines(v, &mut problems);
    }
    config.replace_help_lines = boolean(&root, "replace_help_lines", false, &mut problems);
    if config.replace_help_lines && config.help_lines.is_empty() {
        problems.push(problem(
            "replace_help_lines",
            "needs at least one valid entry in help_lines",
        ));
        config.replace_help_lines = false;
    }
    if let Some(v) = root.get("exit") {
        config.exit = exit(v, &mut problems);
    }
    if let Some(v) = root.get("theme") {
        config.theme = theme(v, &mut problems);
    }
    config.keep_answers = boolean(&root, "keep_answers", true, &mut problems);
    if let Some(v) = root.get("journeys") {
        config.journeys = super::journeys::parse_offered(v, &mut problems);
    }
    config.debug = boolean(&root, "debug", false, &mut problems);
    // A console (or a notice) of hundreds of lines helps nobody: the first
    // ones, and how many more.
    if problems.len() > MAX_PROBLEMS {
        let more = problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
        problems.push(format!(
            "config: {more} more problems not listed: fix the ones above first, then check again"
        ));
    }
    let problems = problems.iter().map(|p| Problem::from_console(p)).collect();
    (config, problems)
}

/// The most problems listed for one set of settings.
pub const MAX_PROBLEMS: usize = 30;

/// One line for each field the schema does not know; it is ignored.
fn unknown_fields(
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

fn boolean(map: &Map<String, Value>, key: &str, default: bool, problems: &mut Vec<String>) -> bool {
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

fn organisation(v: &Value, problems: &mut Vec<String>) -> Option<Organisation> {
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
            .map(|t| BTreeMap::from([(ANY_LANGUAGE.to_string(), t)]))
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

fn languages(v: &Value, problems: &mut Vec<String>) -> Option<Vec<&'static str>> {
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

fn ngo_lines(v: &Value, problems: &mut Vec<String>) -> Vec<NgoLine> {
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
                value: value.to_string(),
                display,
                body: None,
                note: None,
            })
        })
        .collect()
}

fn exit(v: &Value, problems: &mut Vec<String>) -> Exit {
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

/// Does `shown` show the number `dialled`? The same digits, where letters
/// count as the keypad's digits (1-877-4-HSI-TIP), or the national form of an
/// international number: the digits after the country code, with or without
/// a leading 0 ("08000 121 700" for "+448000121700").
pub fn shows_number(dialled: &str, shown: &str) -> bool {
    let keypad = |c: char| -> Option<char> {
        let c = c.to_ascii_uppercase();
        let digit = match c {
            '0'..='9' => return Some(c),
            'A'..='C' => '2',
            'D'..='F' => '3',
            'G'..='I' => '4',
            'J'..='L' => '5',
            'M'..='O' => '6',
            'P'..='S' => '7',
            'T'..='V' => '8',
            'W'..='Z' => '9',
            _ => return None,
        };
        Some(digit)
    };
    let dialled_digits: String = dialled.chars().filter(char::is_ascii_digit).collect();
    let shown_digits: String = shown.chars().filter_map(keypad).collect();
    if shown_digits == dialled_digits {
        return true;
    }
    let national = shown_digits.trim_start_matches('0');
    dialled.trim_start().starts_with('+')
        && !national.is_empty()
        && dialled_digits
            .strip_suffix(national)
            .is_some_and(|code| (1..=3).contains(&code.len()))
}

/// What is wrong with a phone number, in plain words, with the fix when it is clear.
pub fn number_advice(value: &str) -> String {
    let value = value.trim();
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !"-.()/".contains(*c))
        .collect();
    let digits = compact.trim_start_matches('+');
    if value.is_empty() {
        return "the number is missing".into();
    }
    if value.starts_with('+') && value.contains("(0)") {
        let fixed: String = value
            .replace("(0)", "")
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        return format!(
            "{value:?} has a 0 in brackets: in international form it is left out, so write {fixed:?}"
        );
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) || compact.matches('+').count() > 1 {
        return format!(
            "{value:?} holds letters or signs: write only digits, with + and the country code in front, like +15550100 or a short code like 1300"
        );
    }
    if !compact.starts_with('+') && compact.starts_with('0') && compact.len() > 6 {
        return format!(
            "{value:?} starts with 0, so it only works for calls from inside one country: write it in international form, + and the country code, then the number without its first 0 (in Thailand, +66, 081-234-5678 becomes +66812345678)"
        );
    }
    if compact != value && well_formed_number(&compact) {
        return format!(
            "{value:?} has spaces, dashes or brackets: write {compact:?} here and put the spaced form in `display`"
        );
    }
    if let Some(rest) = compact.strip_prefix('+') {
        if rest.starts_with('0') {
            return format!(
                "{value:?}: after the + comes the country code, which never starts with 0"
            );
        }
        return format!(
            "{value:?} has {} digits after the +: an international number has 7 to 15",
            rest.len()
        );
    }
    format!(
        "{value:?} is neither an international number (+ and the country code, 7 to 15 digits, like +15550100) nor a short code of 3 to 6 digits like 1300"
    )
}

/// What is wrong with an exit address, in plain words.
fn url_advice(written: &str) -> String {
    let url = written.trim();
    if let Some(rest) = url.strip_prefix("http://") {
        return format!("{url:?} starts with http://: use the secure form, https://{rest}");
    }
    if !url.contains("://") && url.contains('.') && safe_url(&format!("https://{url}")) {
        return format!("{url:?} has no https:// in front: write https://{url}");
    }
    let plain = "an address like https://www.bbc.co.uk/weather";
    match url_fault(url) {
        None => format!(
            "{written:?} has a space or line break at its start or end: write {url:?}"
        ),
        Some(UrlFault::NotHttps) => {
            format!("{url:?} is not an https:// address like https://www.bbc.co.uk/weather")
        }
        Some(UrlFault::Character(c)) => format!(
            "{url:?} has {} in it, which an address cannot have: copy it again from the browser's address bar",
            character_name(c)
        ),
        Some(UrlFault::NoHost) => format!("{url:?} has no site name after https://: write {plain}"),
        Some(UrlFault::Login) => format!(
            "{url:?} has a name or password before @ (or an @ in the site name): an exit address needs none, write {plain}"
        ),
        Some(UrlFault::Port(port)) => format!(
            "{url:?} has \":{port}\" after the site name: a port is digits only, and an ordinary address needs none, so leave out \":{port}\""
        ),
        Some(UrlFault::PortTooBig(port)) => format!(
            "{url:?} has the port {port}, but ports end at 65535: an ordinary address needs none, so leave out \":{port}\""
        ),
        Some(UrlFault::HostCharacter(host, c)) if wide(c) => format!(
            "{url:?}: the site name {host:?} has the wide character {c:?}, as an input method types it: write the address with an ordinary (half-width) keyboard"
        ),
        Some(UrlFault::HostCharacter(host, c)) => format!(
            "{url:?}: the site name {host:?} has {}, which a site name cannot have (only letters, digits, hyphens and dots): a / or ? may be missing before it",
            character_name(c)
        ),
        Some(UrlFault::EmptyLabel(host)) => format!(
            "{url:?}: the site name {host:?} has two dots in a row, or a dot at its start or end"
        ),
        Some(UrlFault::Hyphen(label)) => format!(
            "{url:?}: the part {label:?} of the site name starts or ends with a hyphen, which a site name cannot have"
        ),
        Some(UrlFault::Encoded(label)) => format!(
            "{url:?}: the part {label:?} of the site name starts with xn--, the encoded form of a name in another script, so it can only have ASCII letters, digits and hyphens: copy it again, or write the name in its own script"
        ),
        Some(UrlFault::Long(part)) => format!(
            "{url:?}: the site name is too long at {part:?} (at most 63 characters between dots, 253 in all)"
        ),
        Some(UrlFault::Ipv4(host)) => format!(
            "{url:?}: the site name {host:?} is only digits and dots, but not an IP address like 192.0.2.1 (four numbers from 0 to 255, without leading zeros)"
        ),
        Some(UrlFault::Ipv6(host)) => format!(
            "{url:?}: {host:?} in brackets is not an IPv6 address like [2001:db8::1]"
        ),
        Some(UrlFault::NumberAtEnd(host)) => format!(
            "{url:?}: the site name {host:?} ends in a part that starts with a digit, but the last part (like .org or .uk) starts with a letter"
        ),
    }
}

/// A full-width character or CJK punctuation, as an input method types it.
fn wide(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// A character named so that an NGO can find it in what they wrote.
fn character_name(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        '\t' => "a tab".into(),
        '\n' | '\r' => "a line break".into(),
        '"' | '\'' => format!("the quote mark {c}"),
        '<' | '>' => format!("the angle bracket {c}"),
        '\\' => "a backslash \\".into(),
        '`' => "a backtick `".into(),
        c if c.is_whitespace() || c.is_control() || c == '\u{feff}' => format!(
            "an invisible space or control character (U+{:04X})",
            c as u32
        ),
        c if !c.is_ascii() && !name_letter(c) => {
            format!("the special character U+{:04X}", c as u32)
        }
        c => format!("\"{c}\""),
    }
}

/// Why the quick exit cannot open an address (`url_fault`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlFault<'a> {
    NotHttps,
    /// A space, control character, quote, <, >, backslash or backtick anywhere.
    Character(char),
    NoHost,
    /// `name:password@` before the host.
    Login,
    /// After the host's `:`: not digits.
    Port(&'a str),
    PortTooBig(&'a str),
    HostCharacter(&'a str, char),
    EmptyLabel(&'a str),
    Hyphen(&'a str),
    Encoded(&'a str),
    Long(&'a str),
    Ipv4(&'a str),
    Ipv6(&'a str),
    NumberAtEnd(&'a str),
}

/// Why the quick exit cannot open `url`, or `None` when it can: `https://`,
/// a host, an optional port, then an optional path, query or fragment.
///
/// - The host is a name of parts split by dots (each 1 to 63 letters, digits
///   or hyphens, not starting or ending with a hyphen; 253 characters in
///   all; the last part starts with a letter), or an IPv4 address
///   (`192.0.2.1`: four numbers to 255, no leading zeros), or an IPv6
///   address in brackets. Letters and marks may be of any script
///   (`bücher.example`), never punctuation, a symbol, an invisible character
///   or a full-width form; a part starting `xn--` (the encoded form) is ASCII.
/// - The port, after `:`, is digits up to 65535.
/// - The rest starts with `/`, `?` or `#`.
/// - Nowhere a space, a control character, a quote, `<`, `>`, a backslash
///   or a backtick: the address is written into an attribute.
///
/// A malformed address made `location.replace` throw and left the person on
/// the check (security review 2026-12 H1): every address of ASCII characters
/// that this accepts, the browser can open. The static exit (exit.js,
/// embed.js) has the same rule in JS (scripts/facts.mjs `safeUrl`) and then
/// also asks the browser's own parser (`new URL`), which alone checks names
/// in other scripts fully (this would pass a part mixing right-to-left and
/// left-to-right letters, or a broken `xn--` part; the exit then opens its
/// default page, and the notice says nothing).
fn url_fault(url: &str) -> Option<UrlFault<'_>> {
    // U+FEFF counts as a space here because JS's `\s` has it.
    let unsafe_char =
        |c: char| c.is_whitespace() || c.is_control() || "\u{feff}\"'<>\\`".contains(c);
    if let Some(c) = url.chars().find(|&c| unsafe_char(c)) {
        return Some(UrlFault::Character(c));
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(UrlFault::NotHttps);
    };
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.contains('@') {
        return Some(UrlFault::Login);
    }
    let port = if authority.starts_with('[') {
        let Some(close) = authority.find(']') else {
            return Some(UrlFault::Ipv6(authority));
        };
        let (host, after) = authority.split_at(close + 1);
        let inner = &host[1..close];
        if !ipv6(inner) {
            return Some(UrlFault::Ipv6(host));
        }
        if after.is_empty() {
            None
        } else {
            match after.strip_prefix(':') {
                Some(port) => Some(port),
                None => return Some(UrlFault::Ipv6(authority)),
            }
        }
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        if let Some(fault) = host_fault(host) {
            return Some(fault);
        }
        port
    };
    port.and_then(port_fault)
}

/// What is wrong with a port (after the host's `:`): digits up to 65535.
fn port_fault(port: &str) -> Option<UrlFault<'_>> {
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Some(UrlFault::Port(port));
    }
    let value = port.trim_start_matches('0');
    (value.len() > 5 || value.parse::<u32>().unwrap_or(0) > 65535)
        .then_some(UrlFault::PortTooBig(port))
}

/// What is wrong with a host that is not in brackets (see `url_fault`).
fn host_fault(host: &str) -> Option<UrlFault<'_>> {
    if host.is_empty() {
        return Some(UrlFault::NoHost);
    }
    let allowed = |c: char| {
        c.is_ascii_alphanumeric() || c == '-' || c == '.' || (!c.is_ascii() && name_letter(c))
    };
    if let Some(c) = host.chars().find(|&c| !allowed(c)) {
        return Some(UrlFault::HostCharacter(host, c));
    }
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return (!ipv4(host)).then_some(UrlFault::Ipv4(host));
    }
    if host.chars().count() > 253 {
        return Some(UrlFault::Long(host));
    }
    for label in host.split('.') {
        if label.is_empty() {
            return Some(UrlFault::EmptyLabel(host));
        }
        if label.chars().count() > 63 {
            return Some(UrlFault::Long(label));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Some(UrlFault::Hyphen(label));
        }
        // The encoded form of a name in another script is all ASCII.
        if label
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
            && !label.is_ascii()
        {
            return Some(UrlFault::Encoded(label));
        }
    }
    let last = host.rsplit('.').next().unwrap_or(host);
    (!last.starts_with(|c: char| c.is_ascii_alphabetic() || !c.is_ascii()))
        .then_some(UrlFault::NumberAtEnd(host))
}

/// An IPv4 address as written in an exit address: four numbers from 0 to
/// 255 split by dots, without leading zeros (a browser reads `010` as octal).
fn ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            (1..=3).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

/// An IPv6 address (inside the brackets) as browsers read it: 8 groups of 1
/// to 4 hex digits split by `:`, where one `::` stands for one or more groups
/// of zeros, and the last two groups may be written as an IPv4 address.
fn ipv6(s: &str) -> bool {
    // The number of groups in `part`, if it is well formed.
    let groups = |part: &str, last: bool| -> Option<usize> {
        if part.is_empty() {
            return Some(0);
        }
        let pieces: Vec<&str> = part.split(':').collect();
        let mut count = 0;
        for (i, piece) in pieces.iter().enumerate() {
            if last && i + 1 == pieces.len() && piece.contains('.') {
                count += if ipv4(piece) { 2 } else { return None };
            } else if (1..=4).contains(&piece.len()) && piece.bytes().all(|b| b.is_ascii_hexdigit())
            {
                count += 1;
            } else {
                return None;
            }
        }
        Some(count)
    };
    match s.split_once("::") {
        None => groups(s, true) == Some(8),
        Some((_, tail)) if tail.contains("::") => false,
        Some((head, tail)) => {
            matches!((groups(head, false), groups(tail, true)), (Some(a), Some(b)) if a + b <= 7)
        }
    }
}

/// A character beyond ASCII that may be part of a site name: a letter, digit
/// or mark of a script, so not punctuation, a symbol, an invisible character,
/// a private-use one or a full-width or compatibility form (input methods
/// type 。 ／ ： for . / :, and browsers read them differently). By Unicode
/// block; the same list is in scripts/facts.mjs `safeUrl`.
fn name_letter(c: char) -> bool {
    !matches!(c as u32,
        0..=0xBF | 0xD7 | 0xF7 | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5
        | 0x180B..=0x180F | 0x2000..=0x2BFF | 0x2E00..=0x2E7F | 0x3000..=0x3004
        | 0x3008..=0x303F | 0x3164 | 0xD800..=0xF8FF | 0xFE00..=0xFE6F | 0xFF00..=0xFFFF
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..)
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
    let browser = super::language::ALIASES
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

/// An address the quick exit can open: `https://`, a host, an optional port
/// of digits up to 65535, then an optional path, query or fragment, and
/// nothing that could break out of an attribute (see `url_fault` for the
/// whole rule). The static exit (exit.js, embed.js) has the same rule in JS
/// (scripts/facts.mjs `safeUrl`): it must work without the WASM. Both pass
/// the table in tests/facts/safe-urls.json (tests/config.rs, node --test).
pub fn safe_url(url: &str) -> bool {
    url_fault(url).is_none()
}

fn theme(v: &Value, problems: &mut Vec<String>) -> Theme {
    let mut theme = Theme::default();
    let Value::Object(map) = v else {
        problems.push(problem("theme", "expected {\"primary\": \"#1d5b79\", …}"));
        return theme;
    };
    let allowed = ["primary", "primary_text", "background", "text", "radius"];
    unknown_fields(map, "theme.", &allowed, problems);
    let colour = |key: &str, problems: &mut Vec<String>| match map.get(key) {
        None => None,
        Some(Value::String(s)) if parse_hex(s).is_some() => Some(s.to_ascii_lowercase()),
        Some(_) => {
            problems.push(problem(
                &format!("theme.{key}"),
                "expected a colour like #1d5b79",
            ));
            None
        }
    };
    theme.primary = colour("primary", problems);
    theme.primary_text = colour("primary_text", problems);
    theme.background = colour("background", problems);
    theme.text = colour("text", problems);
    theme.radius = match map.get("radius") {
        None => None,
        Some(Value::String(s)) if valid_radius(s) => Some(s.clone()),
        Some(_) => {
            problems.push(problem(
                "theme.radius",
                "expected a length from 0px to 24px, like \"6px\"",
            ));
            None
        }
    };
    // WCAG 2.2 AA: 4.5:1 for text. A theme that fails keeps the default colours.
    let pairs = [
        ("primary_text", "primary"),
        ("text", "background"),
        ("primary", "background"),
    ];
    for (fg, bg) in pairs {
        let (fg_l, bg_l) = (
            colour_luminance(&theme.colour(fg)).unwrap_or(0),
            colour_luminance(&theme.colour(bg)).unwrap_or(0),
        );
        if !meets_aa(fg_l, bg_l) {
            let ratio = hundredths(fg_l, bg_l);
            let (whole, part) = (ratio / 100, ratio % 100);
            problems.push(format!(
                "config `theme`: {fg} on {bg} has contrast {whole}.{part:02}:1, WCAG AA needs 4.5:1; the theme colours are refused and the defaults used"
            ));
            theme = Theme {
                radius: theme.radius,
                ..Theme::default()
            };
            break;
        }
    }
    theme
}

/// A length from 0px to 24px, as a number CSS and Rust's float parsing both
/// read ("6px", "2.5px", "+4px", "1e1px"). Read without floating point
/// (smaller WASM); tests/theme.rs checks it against the float reading.
fn valid_radius(s: &str) -> bool {
    let Some(number) = s.strip_suffix("px") else {
        return false;
    };
    let (negative, number) = match number.as_bytes().first() {
        Some(b'-') => (true, &number[1..]),
        Some(b'+') => (false, &number[1..]),
        _ => (false, number),
    };
    let (mantissa, exponent) = match number.find(['e', 'E']) {
        Some(at) => (&number[..at], Some(&number[at + 1..])),
        None => (number, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !digits(whole) || !digits(fraction) {
        return false;
    }
    // The exponent, capped: beyond a few digits only its sign matters.
    let exponent = match exponent {
        None => 0,
        Some(e) => {
            let (sign, e) = match e.as_bytes().first() {
                Some(b'-') => (-1, &e[1..]),
                Some(b'+') => (1, &e[1..]),
                _ => (1, e),
            };
            if e.is_empty() || !digits(e) {
                return false;
            }
            let e = e.trim_start_matches('0');
            let size = if e.len() > 6 {
                1_000_000
            } else {
                e.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0'))
            };
            sign * size
        }
    };
    // All the digits, and how many of them come before the decimal point.
    let all = [whole, fraction].concat();
    let significant = all.trim_start_matches('0');
    if significant.is_empty() {
        return true; // zero, also written -0
    }
    if negative {
        return false;
    }
    let point = whole.len() as i64 + exponent - (all.len() - significant.len()) as i64;
    match point {
        ..=1 => true, // below 10
        2 => {
            // Two digits before the point ("2" then "4", padded with zeros).
            let d = significant.as_bytes();
            let first = (d[0], d.get(1).copied().unwrap_or(b'0'));
            let rest = d.get(2..).unwrap_or_default();
            first < (b'2', b'4') || (first == (b'2', b'4') && rest.iter().all(|&b| b == b'0'))
        }
        _ => false,
    }
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let hex = s
        .strip_prefix('#')
        .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))?;
    let digits: Vec<u8> = match hex.len() {
        3 => hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
            .collect::<Option<_>>()?,
        6 => (0..3)
            .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
            .collect::<Option<_>>()?,
        _ => return None,
    };
    Some([digits[0], digits[1], digits[2]])
}

// WCAG contrast in integers: no floating point in the WASM (its formatting and
// maths code is large). Luminances are in units of 1e-22: fine enough that
// every pair of colours gets the float formula's answer (tests/theme.rs).

/// Each sRGB channel value (0 to 255) made linear, in units of 1e-18: WCAG's
/// c/12.92 up to 0.03928, else ((c+0.055)/1.055)^2.4, with c = value/255,
/// rounded. tests/theme.rs recomputes it, and checks every decision.
#[rustfmt::skip]
pub const LINEAR: [u64; 256] = [
    0, 303526983548837, 607053967097675, 910580950646512, 1214107934195350, 1517634917744187,
    1821161901293025, 2124688884841862, 2428215868390700, 2731742851939537, 3035269835488375, 3346535763899158,
    3676507324047435, 4024717018496304, 4391442037410293, 4776953480693727, 5181516702338385, 5605391624202721,
    6048833022857053, 6512090792594472, 6995410187265386, 7499032043226170, 8023192985384993, 8568125618069302,
    9134058702220786, 9721217320237844, 10329823029626937, 10960094006488241, 11612245179743881, 12286488356915867,
    12983032342173008, 13702083047289683, 14443843596092541, 15208514422912706, 15996293365509628, 16807375752887377,
    17641954488384077, 18500220128379688, 19382360956935723, 20288563056652391, 21219010376003555, 22173884793387376,
    23153366178110404, 24157632448504748, 25186859627361622, 26241221894849890, 27320891639074889, 28426039504420788,
    29556834437808797, 30713443732993622, 31896033073011516, 33104766570885046, 34339806808682166, 35601314875020322,
    36889450401100016, 38204371595346483, 39546235276732833, 40915196906853168, 42311410620809654, 43735029256973448,
    45186204385675544, 46665086336880077, 48171824226889403, 49706565984127216, 51269458374043221, 52860647023180253,
    54480276442442354, 56128490049600077, 57805430191067211, 59511238162981183, 61246054231617592, 63010017653167654,
    64803266692905761, 66625938643772875, 68478169844400158, 70360095696595872, 72271850682317472, 74213568380149619,
    76185381481307806, 78187421805186325, 80219820314468312, 82282707129814791, 84376211544148777, 86500462036549731,
    88655586285772937, 90841711183407678, 93058962846687423, 95307466630964665, 97587347141862422, 99898728247113897,
    102241733088101282, 104616484091104165, 107023102978267592, 109461710778299337, 111932427836905573, 114435373826973712,
    116970667758510810, 119538427988345597, 122138772229601846, 124771817560950466, 127437680435647420, 130136476690364278,
    132868321553817914, 135633329655205648, 138431615032451823, 141263291140271627, 144128470858057717, 147027266497594971,
    149959789810608546, 152926151996150155, 155926463707827348, 158960835060880363, 162029375639110977, 165132194501667599,
    168269400189690700, 171441100732822542, 174647403655584994, 177888415983629129, 181164244249860124, 184474994500440897,
    187820772300677772, 191201682740791357, 194617830441575717, 198069319559948815, 201556253794397080, 205078736390316892,
    208636870145255662, 212230757414055096, 215860500113899164, 219526199729269190, 223227957316808422, 226965873510098342,
    230740048524348944, 234550582161005074, 238397573812270936, 242281122465554733, 246201326707835398, 250158284729953292,
    254152094330826684, 258182852921595781, 262250657529696026, 266355604802862317, 270497791013065761, 274677312060384528,
    278894263476810327, 283148740429991964, 287440837726917428, 291770649817535885, 296138270798320928, 300543794415776405,
    304987314069886084, 309468922817508403, 313988713375717506, 318546778125091733, 323143209112950700, 327778098056542082,
    332451536346179169, 337163615048330236, 341914424908660765, 346704056355029482, 351532599500439206, 356400144145943415,
    361306779783509471, 366252595598839380, 371237680474148954, 376262122990906229, 381326011432529949, 386429433787048930,
    391572477749723070, 396755230725626786, 401977779832195602, 407240211901736624, 412542613483903596, 417885070848137239,
    423267669986071527, 428690496613906579, 434153636174748768, 439657173840918716, 445201194516227739, 450785782838223371,
    456411023180404518, 462076999654406829, 467783796112158823, 473531496148009313, 479320183100826657, 485149940056070352,
    491020849847835460, 496932995060870372, 502886458032568385, 508881320854933552, 514917665376521274, 520995573204354070,
    527115125705812980, 533276404010505004, 539479489012107016, 545724461370186550, 552011401511999863, 558340389634267664,
    564711505704928890, 571124829464872903, 577580440429650479, 584078417891163941, 590618840919336787, 597201788363763157,
    603827338855337481, 610495570807864619, 617206562419650837, 623960391675075915, 630757136346146703, 637596873994032431,
    644479681970582058, 651405637419823962, 658374817279448239, 665387298282271905, 672443156957687265, 679542469633093708,
    686685312435313212, 693871761291989784, 701101891932973115, 708375779891686675, 715693500506480502, 723055128921968915,
    730460740090353380, 737910408772730765, 745404209540387203, 752942216776077770, 760524504675292214, 768151147247506926,
    775822218317423366, 783537791526193153, 791297940332630001, 799102738014408709, 806952257669251397, 814846572216101156,
    822785754396283329, 830769876774654563, 838799011740739849, 846873231509857688, 854992608124233586, 863157213454102015,
    871367119198797029, 879622396887831685, 887923117881966420, 896269353374266563, 904661174391149107, 913098651793418913,
    921581856277294476, 930110858375423420, 938685728457887833, 947306536733199616, 955973353249285955, 964686247894465069,
    973445290398412358, 982250550333117081, 991102097113829699, 1000000000000000000,
];

/// Relative luminance of a colour, in units of 1e-22 (0.2126 R + 0.7152 G + 0.0722 B).
pub fn luminance(rgb: [u8; 3]) -> u128 {
    let [r, g, b] = rgb.map(|c| u128::from(LINEAR[c as usize]));
    2126 * r + 7152 * g + 722 * b
}

/// 0.05, the flare WCAG adds to both luminances, in the same units.
const FLARE: u128 = 500_000_000_000_000_000_000;

/// Whether two luminances reach WCAG AA for text: (hi + 0.05) / (lo + 0.05) >= 4.5.
pub fn meets_aa(a: u128, b: u128) -> bool {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    2 * (hi + FLARE) >= 9 * (lo + FLARE)
}

/// The contrast ratio in hundredths, rounded half up (2100 for black on white).
pub fn hundredths(a: u128, b: u128) -> u64 {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    let ratio = (200 * (hi + FLARE) + lo + FLARE) / (2 * (lo + FLARE));
    u64::try_from(ratio).unwrap_or(u64::MAX)
}

/// WCAG contrast ratio between two `#rgb`/`#rrggbb` colours, in hundredths.
pub fn contrast(a: &str, b: &str) -> Option<u64> {
    Some(hundredths(colour_luminance(a)?, colour_luminance(b)?))
}

/// The luminance of a `#rgb`/`#rrggbb` colour, if it is one.
pub fn colour_luminance(colour: &str) -> Option<u128> {
    parse_hex(colour).map(luminance)
}

/// One documented configuration field. The reference in docs/embedding.md is
/// generated from this list, and a test checks the parser accepts exactly it.
pub struct FieldDoc {
    pub path: &'static str,
    pub kind: &'static str,
    pub default: &'static str,
    pub meaning: &'static str,
}

pub const REFERENCE: &[FieldDoc] = &[
    FieldDoc { path: "organisation", kind: "object", default: "none", meaning: "Who shares the check. Shown on the start screen as text." },
    FieldDoc { path: "organisation.name", kind: "text, 1–80 characters", default: "required", meaning: "Your organisation's name; also heads your help lines." },
    FieldDoc { path: "organisation.contact", kind: "text, 1–200 characters, or an object: language code → text", default: "none", meaning: "A short contact line, e.g. opening hours: one text for every language, or one per language (the person's language is shown, else the first)." },
    FieldDoc { path: "languages", kind: "list of language codes", default: "all shipped", meaning: "Languages offered in the switcher, in your order (see the README's language table)." },
    FieldDoc { path: "default_language", kind: "language code", default: "English, else the first offered", meaning: "Used when the browser prefers none of the offered languages." },
    FieldDoc { path: "default_place", kind: "jurisdiction id", default: "suggested from the browser", meaning: "The place shown before the person chooses, e.g. `th`, `gb-ew`, `us` (every id is listed below)." },
    FieldDoc { path: "help_lines", kind: "list of lines", default: "none", meaning: "Your own help lines, shown first on the help screen." },
    FieldDoc { path: "help_lines[].name", kind: "text, 1–120 characters", default: "required", meaning: "The line's name." },
    FieldDoc { path: "help_lines[].operator", kind: "text", default: "none", meaning: "Who runs it." },
    FieldDoc { path: "help_lines[].police", kind: "true, false or null", default: "null", meaning: "Whether it is the police (people ask); null says nothing." },
    FieldDoc { path: "help_lines[].free", kind: "true, false or null", default: "null", meaning: "Whether calls are free." },
    FieldDoc { path: "help_lines[].contacts", kind: "list", default: "required", meaning: "Each `{\"kind\": \"tel\" or \"sms\", \"value\": E.164 like \"+12025550100\" (a number reserved for fiction) or a short code like \"1300\", \"display\": how people write it}`." },
    FieldDoc { path: "help_lines[].about", kind: "object: language code → text", default: "none", meaning: "A description per language; the person's language is shown, else the first." },
    FieldDoc { path: "replace_help_lines", kind: "true or false", default: "false", meaning: "Show only your lines, not the built-in ones (emergency numbers stay)." },
    FieldDoc { path: "exit", kind: "object", default: "see below", meaning: "The quick exit." },
    FieldDoc { path: "exit.url", kind: "https:// address: a site name or IP address, an optional port up to 65535, then a path", default: "an ordinary page for the place in use (see below)", meaning: "The neutral page the exit opens. Choose one that shows nothing personal and loads where your visitors are. An address the browser could not open (a typo such as `:443x`, a port over 65535, a % or a vertical bar in the site name, two dots in a row) is refused with a message saying what to fix, and the exit opens the default page instead; `\"debug\": true` shows it. Paste the address into a browser's address bar to test it." },
    FieldDoc { path: "exit.shift", kind: "true", default: "true", meaning: "Shift pressed three times exits. Always on: the check's text tells people to use it." },
    FieldDoc { path: "exit.escape", kind: "true or false", default: "false", meaning: "Esc exits too (off by default: Esc has other uses)." },
    FieldDoc { path: "theme", kind: "object", default: "built-in colours", meaning: "Colours must reach WCAG AA contrast (4.5:1) or the whole set is refused." },
    FieldDoc { path: "theme.primary", kind: "colour #rrggbb or #rgb", default: "#1d5b79", meaning: "Buttons and links." },
    FieldDoc { path: "theme.primary_text", kind: "colour", default: "#ffffff", meaning: "Text on buttons." },
    FieldDoc { path: "theme.background", kind: "colour", default: "#ffffff", meaning: "Page background." },
    FieldDoc { path: "theme.text", kind: "colour", default: "#1b1b1b", meaning: "Body text." },
    FieldDoc { path: "theme.radius", kind: "length 0px–24px", default: "6px", meaning: "Corner radius of buttons and cards." },
    FieldDoc { path: "keep_answers", kind: "true or false", default: "true", meaning: "Offer \"Keep my answers on this device\" (off by default for the person; this only hides the offer)." },
    FieldDoc { path: "journeys", kind: "list from `check`, `worried`, `job_offer`", default: "all three", meaning: "What the start screen offers: the self-check, \"I'm worried about someone\" and \"Check a job offer\"." },
    FieldDoc { path: "debug", kind: "true or false", default: "false", meaning: "Shows you the problems in these settings on the page, as the widget's `debug` attribute does. Remove it before going live." },
];

/// The configuration reference as a Markdown table (for docs/embedding.md).
pub fn reference_markdown() -> String {
    let mut md = String::from("| field | value | default | what it does |\n|---|---|---|---|\n");
    for f in REFERENCE {
        md.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            f.path, f.kind, f.default, f.meaning
        ));
    }
    // The `default_place` ids, from the shipped help data, with their English names.
    if let Ok(content) = super::content::Content::load("en") {
        let places: Vec<String> = content
            .help
            .jurisdictions
            .iter()
            .map(|j| {
                format!(
                    "`{}` ({})",
                    j.id,
                    content.texts.get(&format!("jur.{}", j.id))
                )
            })
            .collect();
        md.push_str(&format!("\n`default_place` ids: {}.\n", places.join(", ")));
    }
    md
}

/// The top-level fields the parser accepts.
pub fn top_level_fields() -> Vec<&'static str> {
    REFERENCE
        .iter()
        .map(|f| f.path)
        .filter(|p| !p.contains(['.', '[']))
        .collect()
}
