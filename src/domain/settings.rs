//! Where an embedder's settings come from, and which one applies.
//!
//! - The standalone page (and the iframe, which shows that page) reads
//!   `settings.json` from its own folder: a file no release ships, so it
//!   survives unzipping a new release over the old one. If there is none, or
//!   it cannot be read as JSON, or it does not arrive in time, the settings
//!   block inside `index.html` applies (the way before settings.json).
//! - The `<clear-signs>` widget reads only the block on the host page.
//!
//! static/exit/settings-file.js fetches the file and makes the same choice for the quick
//! exit (its `read` follows [`config::read_json`]).

use super::config::{self, Config, Problem};
use super::help::HelpData;
use serde_json::Value;

/// The file beside index.html that holds the settings.
pub const FILE: &str = "settings.json";

/// The settings texts the page has.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sources {
    /// The text of settings.json, if it was found (standalone page only).
    pub file: Option<String>,
    /// The settings block in the page: its text and the line of the HTML
    /// file on which that text begins.
    pub page: Option<(String, usize)>,
}

/// The settings that apply, and what to tell the embedder.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub config: Config,
    /// One console line per problem, naming where it is.
    pub problems: Vec<String>,
    /// Show the problems on the page (`"debug": true` in the settings that
    /// apply, or in a settings.json that could not be read).
    pub debug: bool,
}

/// Whether settings text reads as a JSON object (curly quotes tolerated as
/// [`config::read_json`] does): then it is the configuration.
pub fn readable(json: &str) -> bool {
    matches!(config::read_json(json).0, Ok(Value::Object(_)))
}

/// Choose the settings: settings.json when it is readable, else the page's
/// block, else the defaults.
pub fn read(sources: &Sources, help: &HelpData) -> Settings {
    let mut problems = Vec::new();
    let mut debug = false;
    let page = sources
        .page
        .as_ref()
        .filter(|(text, _)| !text.trim().is_empty());
    if let Some(file) = &sources.file {
        if readable(file) {
            let (config, found) = config::check(file, help, 1);
            problems.extend(found.iter().map(|p| format!("{FILE}: {p}")));
            if page.is_some_and(|(text, _)| !is_empty_object(text)) {
                problems.push(format!(
                    "{FILE} is used: the settings block in the page is ignored"
                ));
            }
            debug = config.debug;
            return Settings {
                config,
                problems,
                debug,
            };
        }
        // Not JSON: say where, and fall back to the page's own block.
        let instead = if page.is_some() {
            "; using the settings block in the page instead"
        } else {
            "; using the defaults"
        };
        for p in config::check(file, help, 1).1 {
            let message = p.message.strip_suffix("; using the defaults");
            problems.push(match message {
                Some(m) => format!("{FILE}: {m}{instead}"),
                None => format!("{FILE}: {p}"),
            });
        }
        debug = says_debug(file);
    }
    let config = match page {
        Some((text, line)) => {
            let (config, found) = config::check(text, help, *line);
            problems.extend(found.iter().map(Problem::to_string));
            config
        }
        None => Config::default(),
    };
    debug |= config.debug;
    Settings {
        config,
        problems,
        debug,
    }
}

/// `{}` (the release's own block): nothing to move.
fn is_empty_object(text: &str) -> bool {
    text.chars().filter(|c| !c.is_whitespace()).eq("{}".chars())
}

/// Settings that are not valid JSON may still say `"debug": true` (with any
/// quotes and spaces): the embedder asked to see the problems, and this is
/// the one they most need to see.
fn says_debug(text: &str) -> bool {
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '”' | '‘' | '’'))
        .collect();
    squeezed.contains("{debug:true") || squeezed.contains(",debug:true")
}
