//! Which settings apply (settings.json beside index.html, else the page's own
//! block), what the console says about each, and the debug flag.

use clear_signs::domain::config::read_json;
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::help::HelpData;
use clear_signs::domain::settings::{read, readable, Settings, Sources};

fn help() -> HelpData {
    Content::load(DEFAULT_LANGUAGE).expect("content").help
}

fn settings(file: Option<&str>, page: Option<(&str, usize)>) -> Settings {
    let sources = Sources {
        file: file.map(str::to_string),
        page: page.map(|(t, l)| (t.to_string(), l)),
    };
    read(&sources, &help())
}

const FILE: &str = r#"{"organisation": {"name": "Harbour NGO"}, "languages": ["vi", "en"]}"#;
const PAGE: &str = r#"{"organisation": {"name": "Old block NGO"}, "languages": ["th"]}"#;

#[test]
fn settings_json_is_the_configuration_and_the_page_block_is_ignored() {
    let s = settings(Some(FILE), Some((PAGE, 16)));
    assert_eq!(s.config.organisation.unwrap().name, "Harbour NGO");
    assert_eq!(s.config.languages, Some(vec!["vi", "en"]));
    // The embedder is told the old block no longer counts.
    assert!(
        s.problems
            .iter()
            .any(|p| p.contains("settings.json is used") && p.contains("ignored")),
        "{:?}",
        s.problems
    );
    // The release's own `{}` block is nothing to mention.
    assert!(settings(Some(FILE), Some(("{}", 16))).problems.is_empty());
}

#[test]
fn without_settings_json_the_page_block_applies() {
    let s = settings(None, Some((PAGE, 16)));
    assert_eq!(s.config.organisation.unwrap().name, "Old block NGO");
    assert!(s.problems.is_empty());
    assert_eq!(settings(None, None).config, Default::default());
    assert_eq!(settings(None, Some(("  ", 16))).config, Default::default());
}

#[test]
fn a_broken_settings_json_is_named_with_its_line_and_the_page_block_applies() {
    let broken = "{\n  \"organisation\": {\"name\": \"Harbour NGO\"},\n  \"languages\": [\"vi\", \"en\",]\n}";
    let s = settings(Some(broken), Some((PAGE, 16)));
    assert_eq!(s.config.organisation.unwrap().name, "Old block NGO");
    let first = &s.problems[0];
    assert!(
        first.starts_with("settings.json: config: not valid JSON at line 3"),
        "{first}"
    );
    assert!(first.contains("comma after the last item"), "{first}");
    assert!(
        first.ends_with("using the settings block in the page instead"),
        "{first}"
    );
    assert!(!first.contains("using the defaults"), "{first}");
    // Without a block, the defaults, and it says so.
    let s = settings(Some(broken), None);
    assert_eq!(s.config, Default::default());
    assert!(
        s.problems[0].ends_with("; using the defaults"),
        "{:?}",
        s.problems
    );
    // JSON that is not an object is not settings either.
    let s = settings(Some("[1, 2]"), Some((PAGE, 16)));
    assert_eq!(s.config.organisation.unwrap().name, "Old block NGO");
    assert!(
        s.problems[0].starts_with("settings.json: "),
        "{:?}",
        s.problems
    );
}

#[test]
fn field_problems_in_settings_json_name_the_file() {
    let s = settings(Some(r#"{"exit": {"url": "www.example.org"}}"#), None);
    assert!(
        s.problems
            .iter()
            .any(|p| p.starts_with("settings.json: config `exit.url`")),
        "{:?}",
        s.problems
    );
}

#[test]
fn a_syntax_error_in_the_page_block_names_the_line_of_the_html_file() {
    let block = "{\n  \"organisation\": {\"name\": \"Harbour NGO\"}\n  \"languages\": [\"vi\"]\n}";
    let s = settings(None, Some((block, 16)));
    assert!(
        s.problems[0].contains("line 18 of the page"),
        "{:?}",
        s.problems
    );
}

#[test]
fn debug_shows_the_notice_from_the_settings_that_apply_or_a_broken_file() {
    assert!(!settings(Some(FILE), None).debug);
    assert!(settings(Some(r#"{"debug": true}"#), None).debug);
    assert!(settings(None, Some((r#"{"debug": true}"#, 16))).debug);
    // The file wins: its debug flag, not the ignored block's.
    assert!(!settings(Some(FILE), Some((r#"{"debug": true}"#, 16))).debug);
    // A broken file that asks for debug still gets it, as do curly quotes.
    assert!(settings(Some("{\"debug\": true,}"), None).debug);
    assert!(settings(Some("{“debug” :  true, “x”: }"), None).debug);
    assert!(!settings(Some("{\"debug\": false,}"), None).debug);
    assert!(!settings(Some("{\"nodebug\": true,}"), None).debug);
    // `debug` must be true or false.
    let s = settings(Some(r#"{"debug": "yes"}"#), None);
    assert!(!s.debug);
    assert!(
        s.problems.iter().any(|p| p.contains("`debug`")),
        "{:?}",
        s.problems
    );
}

#[test]
fn curly_quotes_are_read_when_unambiguous_double_then_single() {
    let double =
        "{\u{201c}organisation\u{201d}: {\u{201c}name\u{201d}: \u{201c}We\u{2019}re here\u{201d}}}";
    let (value, curly) = read_json(double);
    assert!(curly);
    assert_eq!(value.unwrap()["organisation"]["name"], "We\u{2019}re here");
    let single = "{\u{2018}organisation\u{2019}: {\u{2018}name\u{2019}: \u{2018}Harbour\u{2019}}}";
    let (value, curly) = read_json(single);
    assert!(curly);
    assert_eq!(value.unwrap()["organisation"]["name"], "Harbour");
    // Single quotes that are also apostrophes: ambiguous, so not read.
    let (value, _) = read_json("{\u{2018}name\u{2019}: \u{2018}We\u{2019}re here\u{2019}}");
    assert!(value.is_err());
    // Valid JSON is read as written, curly quotes inside texts kept.
    let (value, curly) = read_json(r#"{"name": "‘Harbour’"}"#);
    assert!(!curly);
    assert_eq!(value.unwrap()["name"], "‘Harbour’");
    // A settings.json with curly quotes is the configuration, and the console says so.
    assert!(readable(single));
    let s = settings(Some(single), Some((PAGE, 16)));
    assert_eq!(s.config.organisation.unwrap().name, "Harbour");
    assert!(
        s.problems[0].starts_with("settings.json: config: curly quotes"),
        "{:?}",
        s.problems
    );
}
