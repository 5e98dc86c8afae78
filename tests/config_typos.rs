//! Typos never fail silently: word-processor quotes are read where that is
//! unambiguous (and said), near-miss language codes get a suggestion, each
//! bad value an NGO webmaster types gets a specific message, and a syntax
//! error names the line of the HTML file. Also: the embedder's language order
//! is kept.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::config::{check, parse, parse_at, suggest_language, Config, Problem};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};

fn help() -> clear_signs::domain::help::HelpData {
    Content::load(DEFAULT_LANGUAGE).unwrap().help
}

fn problems(json: &str) -> Vec<String> {
    parse(json, &help()).1
}

fn problem_for(json: &str, field: &str) -> Problem {
    let (_, problems) = check(json, &help(), 1);
    problems
        .into_iter()
        .find(|p| p.field.as_deref() == Some(field))
        .unwrap_or_else(|| panic!("no problem for `{field}` in {json}"))
}

#[test]
fn languages_keep_the_embedders_order() {
    let (config, problems) = parse(r#"{"languages": ["vi", "en"]}"#, &help());
    assert!(problems.is_empty(), "{problems:?}");
    let codes: Vec<&str> = config.offered_languages().iter().map(|l| l.code).collect();
    assert_eq!(codes, ["vi", "en"]);
    let (config, _) = parse(r#"{"languages": ["sw", "ar", "fr"]}"#, &help());
    let codes: Vec<&str> = config.offered_languages().iter().map(|l| l.code).collect();
    assert_eq!(codes, ["sw", "ar", "fr"]);
    // Nothing listed: every shipped language, English (the source) first.
    let all = Config::default().offered_languages();
    assert_eq!(all.len(), 24);
    assert_eq!(all[0].code, "en");
}

#[test]
fn curly_quotes_from_a_word_processor_are_read_and_said() {
    let json = "{\u{201c}organisation\u{201d}: {\u{201c}name\u{201d}: \u{201c}Safe Harbour\u{201d}},\u{a0}\u{201c}languages\u{201d}: [\u{201c}vi\u{201d}, \u{201c}en\u{201d}]}";
    let (config, problems) = parse(json, &help());
    assert_eq!(config.organisation.unwrap().name, "Safe Harbour");
    assert_eq!(config.languages, Some(vec!["vi", "en"]));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("curly quotes"), "{problems:?}");
    // Valid JSON with curly quotes inside a text is left exactly as written.
    let (config, problems) = parse(
        r#"{"organisation": {"name": "The “Harbour” group"}}"#,
        &help(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.organisation.unwrap().name, "The “Harbour” group");
}

#[test]
fn a_near_miss_language_code_gets_a_suggestion() {
    for (typed, meant) in [
        ("vn", "vi"),
        ("VI", "vi"),
        ("cn", "zh"),
        ("en-GB", "en"),
        ("pt", "pt-BR"),
        ("tl", "fil"),
        ("Vietnamese", "vi"),
        ("Tiếng Việt", "vi"),
        ("zh-TW", "zh-Hant"),
        ("zh_hk", "zh-Hant"),
        ("Burmese", "my"),
        ("khmer", "km"),
        ("urdu", "ur"),
        ("Bangla", "bn"),
        ("ខ្មែរ", "km"),
    ] {
        assert_eq!(suggest_language(typed), Some(meant), "{typed}");
    }
    assert_eq!(suggest_language("klingon"), None);
    let p = problem_for(r#"{"languages": ["vn", "en"]}"#, "languages");
    assert!(p.message.contains("did you mean \"vi\"?"), "{p:?}");
    let p = problem_for(r#"{"default_language": "vn"}"#, "default_language");
    assert!(p.message.contains("did you mean \"vi\"?"), "{p:?}");
}

#[test]
fn each_bad_value_a_webmaster_types_gets_a_specific_message() {
    let line = |number: &str| {
        format!(
            r#"{{"help_lines": [{{"name": "Our line", "contacts": [{{"kind": "tel", "value": "{number}"}}]}}]}}"#
        )
    };
    let field = "help_lines[0].contacts[0].value";
    let p = problem_for(&line("081-234-5678"), field);
    assert!(p.message.contains("starts with 0"), "{p:?}");
    assert!(p.message.contains("international form"), "{p:?}");
    let p = problem_for(&line("+66 (0)2 123 4567"), field);
    assert!(p.message.contains("0 in brackets"), "{p:?}");
    assert!(p.message.contains("\"+6621234567\""), "{p:?}");
    let p = problem_for(&line("+1 555 0100 22"), field);
    assert!(p.message.contains("spaces"), "{p:?}");
    let p = problem_for(&line("call us"), field);
    assert!(p.message.contains("letters"), "{p:?}");
    let p = problem_for(&line("+0441234567"), field);
    assert!(p.message.contains("never starts with 0"), "{p:?}");

    let long = "A".repeat(90);
    let p = problem_for(
        &format!(r#"{{"organisation": {{"name": "{long}"}}}}"#),
        "organisation.name",
    );
    assert!(
        p.message.contains("is 90 characters long, the most is 80"),
        "{p:?}"
    );

    let p = problem_for(r#"{"exit": {"url": "www.accuweather.com"}}"#, "exit.url");
    assert!(
        p.message.contains("write https://www.accuweather.com"),
        "{p:?}"
    );
    let p = problem_for(r#"{"exit": {"url": "http://example.org"}}"#, "exit.url");
    assert!(p.message.contains("https://example.org"), "{p:?}");
}

#[test]
fn a_syntax_error_names_its_line_and_what_to_fix() {
    let json = "{\n  \"organisation\": {\"name\": \"Us\"},\n  \"languages\": [\"vi\", \"en\"],\n}";
    let found = problems(json);
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("line 4"), "{found:?}");
    assert!(found[0].contains("comma after the last item"), "{found:?}");
    assert!(found[0].contains("in `}`"), "the line is quoted: {found:?}");
    let found = problems("{\n  \"languages\": [\"vi\" \"en\"]\n}");
    assert!(
        found[0].contains("line 2") && found[0].contains(r#"in `"languages": ["vi" "en"]`"#),
        "{found:?}"
    );
    // The settings block starts on line 20 of the HTML file.
    let (config, found) = parse_at(json, &help(), 20);
    assert_eq!(
        config,
        Config::default(),
        "a syntax error keeps the defaults"
    );
    assert!(found[0].contains("line 23 of the page"), "{found:?}");
    let (_, problems) = check(json, &help(), 20);
    assert_eq!(problems[0].line, Some(23));
    assert_eq!(problems[0].field, None);
}

#[test]
fn every_problem_names_its_field_for_the_configurator() {
    let (_, problems) = check(
        r##"{"colour": "red", "organisation": {"name": ""}, "theme": {"primary": "blue"},
            "help_lines": [{"name": "X", "contacts": [{"kind": "fax", "value": "1300"}]}]}"##,
        &help(),
        1,
    );
    let fields: Vec<Option<&str>> = problems.iter().map(|p| p.field.as_deref()).collect();
    for expected in [
        "colour",
        "organisation.name",
        "theme.primary",
        "help_lines[0].contacts[0].kind",
    ] {
        assert!(fields.contains(&Some(expected)), "{expected}: {problems:?}");
    }
}

#[test]
fn a_shown_number_that_is_not_the_dialled_one_is_replaced_by_it() {
    let json = r#"{"help_lines": [{"name": "Harbour", "contacts": [
        {"kind": "tel", "value": "+442079460000", "display": "020 7946 0001"}]}]}"#;
    let p = problem_for(json, "help_lines[0].contacts[0].display");
    assert!(p.message.contains("does not have the digits"), "{p:?}");
    let (config, _) = check(json, &Content::load(DEFAULT_LANGUAGE).unwrap().help, 1);
    assert_eq!(config.help_lines[0].contacts[0].display, "+442079460000");
    // The national form of the same number is fine, in any language's layout.
    let ok = r#"{"help_lines": [{"name": "Harbour", "contacts": [
        {"kind": "tel", "value": "+442079460000", "display": "020 7946 0000"}]}]}"#;
    let (config, problems) = check(ok, &Content::load(DEFAULT_LANGUAGE).unwrap().help, 1);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.help_lines[0].contacts[0].display, "020 7946 0000");
}

#[test]
fn invisible_characters_in_settings_are_refused() {
    for c in ['\u{202E}', '\u{200B}', '\u{2066}', '\u{FEFF}', '\u{200F}'] {
        let json = format!(
            r#"{{"organisation": {{"name": "Harbour{c} NGO"}}, "help_lines": [{{"name": "Harbour", "contacts": [
            {{"kind": "tel", "value": "+442079460000", "display": "020 7946{c} 0000"}}]}}]}}"#
        );
        let p = problem_for(&json, "organisation.name");
        assert!(p.message.contains("invisible character"), "{p:?}");
        let p = problem_for(&json, "help_lines[0].contacts[0].display");
        assert!(p.message.contains("invisible character"), "{p:?}");
    }
}

#[test]
fn settings_too_large_to_be_real_are_refused_at_once() {
    let huge = format!(
        "{{\"organisation\": {{\"name\": \"x\"}}{}}}",
        "\n".repeat(20_000)
    );
    let (config, problems) = check(&huge, &Content::load(DEFAULT_LANGUAGE).unwrap().help, 1);
    assert!(config.organisation.is_none());
    assert!(
        problems[0]
            .message
            .contains("more than the 64 KB and 2000 lines"),
        "{problems:?}"
    );
}

#[test]
fn a_misspelt_field_gets_a_did_you_mean() {
    for (typed, meant) in [
        ("helplines", "help_lines"),
        ("Help-Lines", "help_lines"),
        ("langauges", "languages"),
    ] {
        let json = format!(r#"{{"{typed}": []}}"#);
        let p = problem_for(&json, typed);
        assert!(
            p.message.contains(&format!("did you mean `{meant}`?")),
            "{p:?}"
        );
    }
    let p = problem_for(r#"{"organisation": {"nmae": "x"}}"#, "organisation.nmae");
    assert!(
        p.message.contains("did you mean `organisation.name`?"),
        "{p:?}"
    );
    let p = problem_for(r#"{"colour": "red"}"#, "colour");
    assert!(!p.message.contains("did you mean"), "{p:?}");
}

#[test]
fn hundreds_of_problems_are_cut_to_the_first_thirty() {
    let fields: Vec<String> = (0..200).map(|i| format!(r#""unknown{i}": 1"#)).collect();
    let json = format!("{{{}}}", fields.join(","));
    let (_, problems) = check(&json, &help(), 1);
    assert_eq!(problems.len(), 31);
    assert!(
        problems[30]
            .message
            .contains("170 more problems not listed"),
        "{problems:?}"
    );
}

#[test]
fn the_contact_line_can_be_given_per_language() {
    use clear_signs::domain::config::ANY_LANGUAGE;
    let (config, problems) = parse(
        r#"{"organisation": {"name": "Harbour", "contact": {"en": "Open 9 to 5.", "vi": "Mở cửa 9 giờ đến 5 giờ.", "vn": "x"}}}"#,
        &help(),
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("organisation.contact.vn")
            && problems[0].contains("did you mean \"vi\"?"),
        "{problems:?}"
    );
    let org = config.organisation.unwrap();
    assert_eq!(
        org.contact_for("vi"),
        Some((None, "Mở cửa 9 giờ đến 5 giờ."))
    );
    // Another language: the first given, marked with its language.
    assert_eq!(org.contact_for("th"), Some((Some("en"), "Open 9 to 5.")));
    // One text for every language, as before.
    let (config, problems) = parse(
        r#"{"organisation": {"name": "Harbour", "contact": "Open 9 to 5."}}"#,
        &help(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let org = config.organisation.unwrap();
    assert_eq!(
        org.contact.get(ANY_LANGUAGE).map(String::as_str),
        Some("Open 9 to 5.")
    );
    assert_eq!(org.contact_for("th"), Some((None, "Open 9 to 5.")));
}
