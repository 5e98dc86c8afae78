//! The embedder's configuration: every kind of mistake is reported on one
//! line naming the field, falls back to the default, and the rest applies.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::config::{
    contrast, parse, read_json, safe_url, Config, CURLY_NOTE, DEFAULT_EXIT_URL,
};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use proptest::prelude::*;

fn check(json: &str) -> (Config, Vec<String>) {
    let help = Content::load(DEFAULT_LANGUAGE).unwrap().help;
    parse(json, &help)
}

#[test]
fn a_full_valid_config_applies_without_problems() {
    let (config, problems) = check(
        r##"{
          "organisation": {"name": "Safe Harbour NGO", "contact": "Call us on weekdays"},
          "languages": ["vi", "en"], "default_language": "vi", "default_place": "th",
          "help_lines": [{"name": "Our line", "police": false, "free": true,
                          "contacts": [{"kind": "tel", "value": "+66991301300", "display": "099 130 1300"}],
                          "about": {"en": "We answer in Vietnamese.", "vi": "Chúng tôi trả lời bằng tiếng Việt."}}],
          "replace_help_lines": false,
          "exit": {"url": "https://example.org/news", "shift": true, "escape": true},
          "theme": {"primary": "#004488", "primary_text": "#ffffff", "background": "#ffffff", "text": "#111111", "radius": "12px"},
          "keep_answers": false
        }"##,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(config.organisation.unwrap().name, "Safe Harbour NGO");
    assert_eq!(config.languages, Some(vec!["vi", "en"]));
    assert_eq!(config.default_language, Some("vi"));
    assert_eq!(config.default_place.as_deref(), Some("th"));
    assert_eq!(config.help_lines.len(), 1);
    assert_eq!(config.exit.url, "https://example.org/news");
    assert!(config.exit.escape);
    assert!(!config.keep_answers);
    assert!(config
        .theme
        .properties()
        .contains(&("--cs-primary", "#004488".to_string())));
}

#[test]
fn each_mistake_names_its_field_and_falls_back() {
    let cases: &[(&str, &str)] = &[
        ("{", "not valid JSON"),
        ("[]", "expected a JSON object"),
        (r#"{"colour": "red"}"#, "unknown field `colour`"),
        (r#"{"organisation": "Us"}"#, "`organisation`"),
        (r#"{"organisation": {"name": ""}}"#, "`organisation.name`"),
        (
            r#"{"languages": ["en", "klingon"]}"#,
            "unknown language \"klingon\"",
        ),
        (r#"{"languages": "en"}"#, "`languages`"),
        (r#"{"default_language": "de"}"#, "`default_language`"),
        (
            r#"{"languages": ["en"], "default_language": "vi"}"#,
            "`default_language`",
        ),
        (r#"{"default_place": "mars"}"#, "`default_place`"),
        (
            r#"{"help_lines": [{"name": "X", "contacts": [{"kind": "tel", "value": "call us"}]}]}"#,
            "`help_lines[0].contacts[0].value`",
        ),
        (
            r#"{"help_lines": [{"name": "X", "contacts": [{"kind": "fax", "value": "1300"}]}]}"#,
            "`help_lines[0].contacts[0].kind`",
        ),
        (
            r#"{"help_lines": [{"contacts": [{"kind": "tel", "value": "1300"}]}]}"#,
            "`help_lines[0].name`",
        ),
        (r#"{"replace_help_lines": true}"#, "`replace_help_lines`"),
        (r#"{"exit": {"url": "http://example.org"}}"#, "`exit.url`"),
        (r#"{"exit": {"url": "javascript:alert(1)"}}"#, "`exit.url`"),
        (r#"{"exit": {"shift": false}}"#, "`exit.shift`"),
        (r#"{"theme": {"primary": "blue"}}"#, "`theme.primary`"),
        (r##"{"theme": {"primary": "#ffff00"}}"##, "contrast"),
        (r#"{"theme": {"radius": "50%"}}"#, "`theme.radius`"),
        (r#"{"keep_answers": "no"}"#, "`keep_answers`"),
    ];
    for (json, expected) in cases {
        let (_, problems) = check(json);
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{json}: {problems:?}"
        );
        for p in &problems {
            assert!(!p.contains('\n'), "one console line: {p}");
        }
    }
}

#[test]
fn the_good_parts_of_a_bad_config_still_apply() {
    let (config, problems) = check(
        r##"{"organisation": {"name": "Helpers"}, "theme": {"primary": "#fff"}, "exit": {"url": "ftp://x"},
            "help_lines": [{"name": "Good", "contacts": [{"kind": "tel", "value": "1300"}]},
                           {"name": "Bad", "contacts": [{"kind": "tel", "value": "12"}]}]}"##,
    );
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert_eq!(config.organisation.unwrap().name, "Helpers");
    assert_eq!(config.exit.url, DEFAULT_EXIT_URL);
    assert!(
        config.theme.properties().is_empty(),
        "a low-contrast theme is refused"
    );
    assert_eq!(config.help_lines.len(), 1);
    assert_eq!(config.help_lines[0].name, "Good");
}

#[test]
fn contrast_follows_wcag() {
    // In hundredths (integer maths): 21:1, 1:1.
    assert_eq!(contrast("#000000", "#ffffff"), Some(2100));
    assert_eq!(contrast("#fff", "#fff"), Some(100));
    assert!(
        contrast("#1d5b79", "#ffffff").unwrap() >= 450,
        "the default theme passes"
    );
    assert!(contrast("#777777", "#ffffff").unwrap() < 450);
    assert_eq!(contrast("red", "#fff"), None);
}

#[test]
fn only_https_addresses_are_exit_destinations() {
    for ok in ["https://www.bbc.co.uk/weather", "https://example.org"] {
        assert!(safe_url(ok), "{ok}");
    }
    for bad in [
        "http://example.org",
        "https://",
        "https:///x",
        "javascript:alert(1)",
        "https://a\" onmouseover=\"x",
        "",
    ] {
        assert!(!safe_url(bad), "{bad}");
    }
}

/// The same table as the static exit's JS rule (tests/facts/one-source.test.mjs).
#[test]
fn the_safe_url_rule_agrees_with_the_static_exits_table() {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("facts/safe-urls.json")).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() > 20);
    for case in cases {
        let (url, safe) = (case[0].as_str().unwrap(), case[1].as_bool().unwrap());
        assert_eq!(safe_url(url), safe, "{url:?}");
    }
}

/// Lenient JSON, the same table as the static exit's and the configurator's
/// JS reading (tests/facts/rules.test.mjs): curly quotes read as straight
/// ones in the same steps, with the same value and the same verdict.
#[test]
fn lenient_json_agrees_with_the_static_exits_table() {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("facts/lenient-json.json")).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= 15);
    for case in cases {
        let (text, expected, curly) = (
            case[0].as_str().unwrap(),
            &case[1],
            case[2].as_bool().unwrap(),
        );
        let (value, read_curly) = read_json(text);
        match value {
            Ok(value) => assert_eq!(&value, expected, "{text:?}"),
            Err(_) => assert!(expected.is_null(), "{text:?} should read as {expected}"),
        }
        assert_eq!(read_curly, curly, "{text:?}");
        // The console says so when (and only when) curly quotes were read.
        let (_, problems) = check(text);
        assert_eq!(
            problems.iter().any(|p| p.contains(CURLY_NOTE)),
            curly,
            "{text:?}: {problems:?}"
        );
    }
}

/// An exit address with a typo is refused with a plain message naming what
/// to fix, and the exit keeps its default neutral page (issue 30: these
/// passed before, and then the exit could not leave).
#[test]
fn a_malformed_exit_address_is_refused_in_plain_words() {
    let cases = [
        ("https://www.google.com:443x/", "a port is digits only"),
        ("https://x.example:99999/", "ports end at 65535"),
        ("https://[x]/", "not an IPv6 address"),
        ("https://www.bbc.co.uk|weather", "a / or ? may be missing"),
        ("https://www.google.com%2F", "\"%\""),
        ("https://?q=1", "no site name after https://"),
        ("https://1.2.3.4.5/", "not an IP address like 192.0.2.1"),
        ("https://www..google.com/", "two dots in a row"),
        ("https://www\u{3002}google\u{3002}com/", "half-width"),
        ("https://user:pw@example.org/", "name or password before @"),
        (
            "https://www.google.123/",
            "the last part (like .org or .uk) starts with a letter",
        ),
        ("https://example.org/a b", "a space"),
        ("https://www.bbc.co.uk/weather ", "at its start or end"),
        ("\u{feff}https://www.bbc.co.uk/", "U+FEFF"),
        (
            "https://a\u{200b}b.example/",
            "the special character U+200B",
        ),
    ];
    for (url, expected) in cases {
        let json = serde_json::json!({ "exit": { "url": url } }).to_string();
        let (config, problems) = check(&json);
        assert_eq!(config.exit.url, DEFAULT_EXIT_URL, "{url:?}");
        assert_eq!(problems.len(), 1, "{url:?}: {problems:?}");
        let p = &problems[0];
        assert!(
            p.contains("`exit.url`") && p.contains(expected),
            "{url:?}: {p}"
        );
        assert!(p.ends_with("using the default"), "{p}");
        assert!(!p.contains('\n'), "one console line: {p}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_string_makes_the_parser_panic(input in ".{0,400}") {
        let _ = check(&input);
    }

    #[test]
    fn no_json_shape_makes_the_parser_panic(input in json_like()) {
        let (_, problems) = check(&input);
        for p in problems {
            prop_assert!(!p.contains('\n'));
        }
    }
}

/// Random JSON built from the config's own field names, so the fuzzing reaches deep.
fn json_like() -> impl Strategy<Value = String> {
    let keys = prop::sample::select(vec![
        "organisation",
        "name",
        "contact",
        "languages",
        "default_language",
        "default_place",
        "help_lines",
        "contacts",
        "kind",
        "value",
        "display",
        "about",
        "en",
        "replace_help_lines",
        "exit",
        "url",
        "shift",
        "escape",
        "theme",
        "primary",
        "primary_text",
        "background",
        "text",
        "radius",
        "keep_answers",
        "police",
    ]);
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        prop::sample::select(vec![
            "\"tel\"",
            "\"+18883737888\"",
            "\"#000\"",
            "\"12px\"",
            "\"https://x.org\"",
            "\"en\"",
            "\"th\"",
            "\"\""
        ])
        .prop_map(String::from),
        ".{0,12}".prop_map(|s| serde_json::to_string(&s).unwrap()),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|v| {
                let fields: Vec<String> = v
                    .into_iter()
                    .map(|(k, val)| format!("\"{k}\":{val}"))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

#[test]
fn the_embedding_reference_is_current() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/embedding.md")).unwrap();
    let block = clear_signs::domain::config::reference_markdown();
    assert!(
        doc.contains(&format!(
            "<!-- reference:start -->\n{block}<!-- reference:end -->"
        )),
        "docs/embedding.md is stale: run `cargo run --bin embedding-reference`"
    );
}

#[test]
fn the_documented_example_is_a_valid_config() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/embedding.md")).unwrap();
    let example = doc
        .split("```json\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("a json example");
    let (_, problems) = check(example);
    assert_eq!(problems, Vec::<String>::new());
}

/// One top-level field of a structured config: absent, valid or wrong.
#[derive(Debug, Clone)]
enum Field {
    Absent,
    Valid(&'static str),
    Wrong(&'static str),
}

/// (field, valid values, wrong values): wrong types, unknown ids, unsafe
/// links, bad colours, the mistakes an embedder makes.
const FIELDS: &[(&str, &[&str], &[&str])] = &[
    (
        "organisation",
        &[r#"{"name": "Safe Harbour NGO"}"#],
        &["5", r#"{"name": 7}"#, "[]"],
    ),
    (
        "languages",
        &[r#"["vi", "en"]"#, r#"["th", "en"]"#],
        &[r#"["vn"]"#, "\"en\"", "[]", "[1]"],
    ),
    ("default_language", &["\"en\""], &["\"xx\"", "3"]),
    (
        "default_place",
        &["\"th\"", "\"gb-ew\""],
        &["\"mars\"", "true"],
    ),
    (
        "help_lines",
        &[r#"[{"name": "Our line", "contacts": [{"kind": "tel", "value": "+66991301300"}]}]"#],
        &[
            r#"[{"name": ""}]"#,
            r#"[{"name": "x", "contacts": [{"kind": "tel", "value": "081-234-5678"}]}]"#,
            "{}",
        ],
    ),
    ("replace_help_lines", &["true", "false"], &["\"yes\""]),
    (
        "exit",
        &[r#"{"url": "https://example.org/weather"}"#],
        &[
            r#"{"url": "http://example.org"}"#,
            r#"{"url": "javascript:alert(1)"}"#,
            "1",
        ],
    ),
    (
        "theme",
        &[r##"{"primary": "#004488", "primary_text": "#ffffff"}"##],
        &[
            r##"{"primary": "red"}"##,
            r##"{"primary": "#ffff00", "primary_text": "#ffffff"}"##,
        ],
    ),
    ("keep_answers", &["false", "true"], &["\"no\"", "0"]),
];

fn field() -> impl Strategy<Value = Vec<Field>> {
    FIELDS
        .iter()
        .map(|(_, valid, wrong)| {
            prop_oneof![
                Just(Field::Absent),
                prop::sample::select(valid.to_vec()).prop_map(Field::Valid),
                prop::sample::select(wrong.to_vec()).prop_map(Field::Wrong),
            ]
        })
        .collect::<Vec<_>>()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// Structured configs with a mix of valid and wrong fields: every wrong
    /// field is named in a one-line problem, valid ones report nothing, and
    /// the valid ones still apply.
    #[test]
    fn each_wrong_field_is_named_and_valid_ones_still_apply(fields in field()) {
        let members: Vec<String> = FIELDS
            .iter()
            .zip(&fields)
            .filter_map(|((name, _, _), f)| match f {
                Field::Absent => None,
                Field::Valid(v) | Field::Wrong(v) => Some(format!("\"{name}\": {v}")),
            })
            .collect();
        let json = format!("{{{}}}", members.join(", "));
        let (config, problems) = check(&json);
        for p in &problems {
            prop_assert!(!p.contains('\n'), "{p}");
        }
        for ((name, _, _), f) in FIELDS.iter().zip(&fields) {
            // Problems name the field as `name`, `name.sub` or `name[i]`.
            let named = problems
                .iter()
                .any(|p| ["`", ".", "["].iter().any(|end| p.contains(&format!("`{name}{end}"))));
            match f {
                Field::Wrong(v) => prop_assert!(named, "{name}: {v} gave no problem in {problems:?}"),
                // Replacing the built-in lines needs lines of one's own.
                Field::Valid("true") if *name == "replace_help_lines"
                    && !matches!(fields[4], Field::Valid(_)) => prop_assert!(named),
                Field::Valid(v) => prop_assert!(!named, "{name}: valid {v} reported: {problems:?}"),
                Field::Absent => {}
            }
        }
        if let Field::Valid(v) = &fields[8] {
            prop_assert_eq!(config.keep_answers, *v == "true");
        }
        if let Field::Valid(_) = &fields[6] {
            prop_assert_eq!(config.exit.url.as_str(), "https://example.org/weather");
        }
        if let Field::Valid(v) = &fields[1] {
            prop_assert!(config.languages.is_some(), "{v}");
        }
    }
}
