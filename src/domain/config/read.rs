//! Reading the settings: JSON as written, or with a word processor's curly
//! quotes read as straight ones when that alone makes it valid; a plain-words
//! hint for a syntax error; and `check`, which runs every field's check and
//! gathers the problems. Kept apart from the field checks because static/exit/read.js
//! follows `read_json` step by step, and the messages here are about the text
//! as a whole, not one field.

use super::fields::{
    boolean, exit, languages, ngo_lines, organisation, problem, suggest_language, unknown_fields,
};
use super::reference::top_level_fields;
use super::theme::theme;
use super::Config;
use crate::domain::content;
use crate::domain::help::HelpData;
use crate::domain::journeys;
use serde_json::Value;

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

/// The console line when curly quotes were read as straight ones (shared
/// with embed.js, so with the other such facts in the content crate).
pub use clear_signs_content::facts::CURLY_NOTE;

/// Parse settings as JSON, tolerating a word processor's quotes when that is
/// unambiguous: first as written; then with “ ” „ ‟ as `"` and no-break
/// spaces as spaces; then also with ‘ ’ as `"`. The first reading that is
/// valid JSON wins; `true` says curly quotes were read as straight.
/// static/exit/read.js (`read`) follows the same steps, for the quick exit.
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
        config.journeys = journeys::parse_offered(v, &mut problems);
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
