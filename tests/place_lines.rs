//! Help lines by place: the police never first, numbers from abroad that
//! work from abroad, lines for people abroad kept for them, and what each
//! call button says beside its number. (Split from tests/places.rs.)

#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::help::Shares;
use clear_signs::domain::places::{best_line, lines_for, rights_for};

fn content() -> Content {
    Content::load(DEFAULT_LANGUAGE).expect("content loads")
}

/// A line that is the police, or passes every report to them, never comes
/// before one that is not.
#[test]
fn a_police_line_never_comes_before_another_line() {
    let c = content();
    for place in &c.help.jurisdictions {
        let lines = lines_for(&c.help, place);
        let first_enforcement = lines.iter().position(|l| l.is_enforcement());
        if let Some(at) = first_enforcement {
            assert!(
                lines[at..].iter().all(|l| l.is_enforcement()),
                "{}: a police line comes before another line",
                place.id
            );
        }
        if let Some(best) = best_line(&c.help, place, "en") {
            let any_other = lines.iter().any(|l| !l.is_enforcement());
            assert!(!any_other || !best.is_enforcement(), "{}", place.id);
        }
    }
}

/// A number offered "from abroad" must be callable from abroad: never a
/// national short code.
#[test]
fn a_number_from_abroad_is_never_a_short_code() {
    use clear_signs::domain::help::ContactNote;
    let c = content();
    for line in &c.help.lines {
        for contact in &line.contacts {
            if contact.note == Some(ContactNote::FromAbroad) {
                assert!(
                    contact.value.starts_with('+'),
                    "{}: `{}` is marked from abroad but is a national number",
                    line.id,
                    contact.value
                );
            }
        }
    }
}

/// China's 12308 is the foreign ministry's line for Chinese citizens abroad
/// (FACTS-3 section 3): it is offered to Chinese people elsewhere ("Help from
/// China", other countries), never as the line for a person in China. The
/// same holds for every line kept for a country's people abroad (India's
/// embassy in Cambodia).
#[test]
fn lines_for_people_abroad_are_never_offered_inside_the_country() {
    use clear_signs::domain::places::home_lines;
    let c = content();
    let help = &c.help;
    let cn = help.jurisdiction("cn").unwrap();
    let line = help.line("cn_12308").unwrap();
    assert!(line.for_abroad, "12308 must stay a line for people abroad");
    assert!(best_line(help, cn, "zh").is_none_or(|l| l.id != "cn_12308"));
    assert!(lines_for(help, cn).iter().all(|l| l.id != "cn_12308"));
    // From abroad, it comes first, with the number that works from abroad first.
    assert_eq!(home_lines(help, cn)[0].id, "cn_12308");
    assert!(line.contacts[0].value.starts_with('+'));
    let india = help.jurisdiction("in").unwrap();
    assert!(help.line("in_embassy_kh").unwrap().for_abroad);
    assert_eq!(home_lines(help, india)[0].id, "in_embassy_kh");
    for place in &help.jurisdictions {
        assert!(
            lines_for(help, place).iter().all(|l| !l.for_abroad),
            "{}: a line for people abroad is offered inside",
            place.id
        );
        for lang in ["en", "zh", "hi"] {
            if let Some(best) = best_line(help, place, lang) {
                assert!(!best.for_abroad, "{}: {} offered first", place.id, best.id);
            }
        }
        // Every line a place lists is still shown to someone from there.
        assert_eq!(
            home_lines(help, place).len(),
            place.lines.len(),
            "{}",
            place.id
        );
    }
}

/// A line whose own text says calls are passed to 112 or the police is not
/// labelled as if no source said where calls go (India's 181 and 1098 are
/// joined to ERSS-112, FACTS-3 section 3), and such a line never comes before
/// one not known to reach the police.
#[test]
fn no_line_whose_text_says_it_reaches_the_police_is_labelled_unknown() {
    let c = content();
    let help = &c.help;
    let passes = [
        "passed to 112",
        "passed to the police",
        "go to the police",
        "goes to the police",
        "sent to the police",
        "can send the police",
    ];
    let mut checked = 0;
    for line in &help.lines {
        let about = c
            .texts
            .find(&format!("line.{}.about", line.id))
            .unwrap_or("");
        if passes.iter().any(|p| about.contains(p)) {
            checked += 1;
            assert!(
                line.shares == Shares::MayReachPolice || line.shares.reaches_enforcement(),
                "{}: its text says calls reach the police, but shares is {:?}",
                line.id,
                line.shares
            );
            assert!(!matches!(line.shares, Shares::Unknown | Shares::Consent));
        }
    }
    assert!(checked >= 3, "the check found only {checked} lines");
    for id in ["in_181", "in_1098"] {
        let line = help.line(id).unwrap();
        assert_eq!(line.shares, Shares::MayReachPolice, "{id}");
        assert!(!line.shares_sources.is_empty(), "{id}");
    }
    for place in &help.jurisdictions {
        let lines = lines_for(help, place);
        let ranks: Vec<u8> = lines.iter().map(|l| l.police_rank()).collect();
        assert!(
            ranks.windows(2).all(|w| w[0] <= w[1]),
            "{}: {ranks:?}",
            place.id
        );
        if let Some(best) = best_line(help, place, "en") {
            assert_eq!(best.police_rank(), ranks[0], "{}", place.id);
        }
    }
    // India: no line inside is free of the police, but none is the police
    // itself, so the women's line is still offered, and says where calls go.
    let india = help.jurisdiction("in").unwrap();
    assert!(!clear_signs::domain::places::police_only(help, india));
    assert_eq!(
        best_line(help, india, "hi").map(|l| l.id.as_str()),
        Some("in_181")
    );
}

/// 116 006 works in only some EU countries (FACTS-3 section 3): its call
/// button always says so beside the number, in every language.
#[test]
fn eu_116006_never_reads_as_working_everywhere() {
    use clear_signs::domain::help::ContactNote;
    let c = content();
    let line = c.help.line("eu_116006").unwrap();
    assert!(line
        .contacts
        .iter()
        .all(|k| k.note == Some(ContactNote::SomeEuCountries)));
    assert_eq!(
        c.texts.get(ContactNote::SomeEuCountries.key()),
        "only in some EU countries"
    );
    for lang in clear_signs::domain::content::LANGUAGES {
        let t = Content::load(lang.code).unwrap().texts;
        assert!(
            t.find(ContactNote::SomeEuCountries.key())
                .is_some_and(|s| !s.trim().is_empty()),
            "{}",
            lang.code
        );
    }
}

/// The EU's 2024 amendments (Directive 2024/1712) are named where EU rights
/// are shown, with the official text and the transposition date, and never
/// as if they already applied everywhere.
#[test]
fn eu_places_name_the_2024_amendments() {
    let c = content();
    let right = c
        .help
        .rights
        .iter()
        .find(|r| r.id == "eu_2024_1712")
        .unwrap();
    assert_eq!(right.scope, "eu");
    assert!(right
        .sources
        .iter()
        .any(|s| s.url.contains("eur-lex.europa.eu") && s.url.contains("32024L1712")));
    let body = c.texts.get("right.eu_2024_1712.body");
    assert!(body.contains("15 July 2026") && body.contains("not legal advice"));
    for id in ["eu", "fr", "es"] {
        let place = c.help.jurisdiction(id).unwrap();
        let (here, _) = rights_for(&c.help, Some(place), None);
        assert!(here.iter().any(|r| r.id == "eu_2024_1712"), "{id}");
    }
}

/// Families: the ransom advice keeps its warnings (FACTS-3 section 5): no
/// guarantee, raised demands, and fake "rescuers" who ask for money.
#[test]
fn ransom_advice_warns_of_no_guarantee_more_demands_and_fake_rescuers() {
    let c = content();
    let body = c.texts.get("worried.advice.ransom.body");
    for must in [
        "does not guarantee",
        "asked for more money",
        "fake “rescuers”",
        "never encouraged families to pay ransoms",
    ] {
        assert!(body.contains(must), "the ransom advice lost “{must}”");
    }
}

/// Indonesia's SAPA WhatsApp number is given in the form that works from
/// abroad as well as the national one.
#[test]
fn sapa_whatsapp_is_given_in_a_form_that_works_from_abroad() {
    let c = content();
    for lang in clear_signs::domain::content::LANGUAGES {
        let t = Content::load(lang.code).unwrap().texts;
        let about = t.get("line.id_sapa129.about");
        assert!(about.contains("+62 811-1129-129"), "{}", lang.code);
        assert!(about.contains("08111-129-129"), "{}", lang.code);
    }
    assert!(c.help.line("id_sapa129").is_some());
}
