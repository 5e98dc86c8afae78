//! Rights and help by place: suggestions, ordering by the answers, and no
//! empty screen anywhere.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::assessment::assess;
use clear_signs::domain::content::language;
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::help::{Mark, Shares};
use clear_signs::domain::places::{
    best_line, card_languages, has_local_non_punishment, lines_for, other_places, police_first,
    police_guidance, rights_for, suggest, CardLanguages,
};
use clear_signs::tools::scenarios;

fn content() -> Content {
    Content::load(DEFAULT_LANGUAGE).expect("content loads")
}

#[test]
fn the_first_jurisdictions_are_all_covered() {
    let c = content();
    for id in [
        "us", "gb-ew", "gb-sct", "gb-nir", "eu", "ca", "au", "th", "ph", "kh", "vn", "my", "id",
        "br", "ke", "ng",
    ] {
        assert!(
            c.help.jurisdiction(id).is_some(),
            "missing jurisdiction {id}"
        );
    }
}

#[test]
fn suggestions_come_from_the_time_zone_then_the_language_region() {
    let help = content().help;
    let id = |tz: &str, langs: &[&str]| {
        let langs: Vec<String> = langs.iter().map(|s| s.to_string()).collect();
        suggest(&help, tz, &langs).map(|j| j.id.to_string())
    };
    assert_eq!(id("Asia/Bangkok", &["en-US"]).as_deref(), Some("th"));
    assert_eq!(id("Australia/Perth", &[]).as_deref(), Some("au"));
    assert_eq!(
        id("America/Indiana/Indianapolis", &[]).as_deref(),
        Some("us")
    );
    assert_eq!(id("Europe/London", &[]).as_deref(), Some("gb-ew"));
    assert_eq!(id("Europe/Berlin", &[]).as_deref(), Some("eu"));
    assert_eq!(id("Europe/Paris", &[]).as_deref(), Some("fr"));
    assert_eq!(id("Atlantic/Canary", &[]).as_deref(), Some("es"));
    assert_eq!(id("Asia/Yangon", &[]).as_deref(), Some("mm"));
    assert_eq!(id("Etc/UTC", &["hi-IN"]).as_deref(), Some("in"));
    assert_eq!(id("Etc/UTC", &["vi-VN", "en"]).as_deref(), Some("vn"));
    assert_eq!(id("Etc/UTC", &["fil-PH"]).as_deref(), Some("ph"));
    assert_eq!(id("Etc/UTC", &["en", "fr"]), None);
    assert_eq!(id("", &[]), None);
}

#[test]
fn every_level_and_place_gives_rights_and_help() {
    let c = content();
    let scenarios = scenarios::load().unwrap();
    let places: Vec<_> = c
        .help
        .jurisdictions
        .iter()
        .map(Some)
        .chain([None])
        .collect();
    for s in &scenarios {
        let outcome = assess(&c.catalogue, &s.answers);
        for place in &places {
            let (here, everywhere) = rights_for(&c.help, *place, Some(&outcome));
            assert!(!everywhere.is_empty(), "no international rights");
            let shown = here.len() + everywhere.len();
            assert!(
                shown >= 3,
                "{} / {:?}: only {shown} rights",
                s.id,
                place.map(|p| &p.id)
            );
            for r in here.iter().chain(&everywhere) {
                assert!(c.texts.has(&format!("right.{}.title", r.id)));
            }
            // The help screen is never empty: lines here, or lines elsewhere.
            let except: Vec<&str> = place.iter().map(|p| p.id.as_str()).collect();
            let here_lines = place.map(|p| lines_for(&c.help, p).len()).unwrap_or(0);
            assert!(here_lines + other_places(&c.help, &except).len() > 0);
        }
    }
}

#[test]
fn rights_match_the_situation() {
    let c = content();
    let scenario = |id: &str| {
        scenarios::load()
            .unwrap()
            .into_iter()
            .find(|s| s.id == id)
            .unwrap()
    };
    let first = |place: &str, scenario_id: &str| {
        let s = scenario(scenario_id);
        let outcome = assess(&c.catalogue, &s.answers);
        let (here, everywhere) = rights_for(&c.help, c.help.jurisdiction(place), Some(&outcome));
        (
            here.first().map(|r| r.id.to_string()),
            everywhere.first().map(|r| r.id.to_string()),
        )
    };
    // A charged minor in the US sees Safe Harbor and record relief first.
    assert_eq!(
        first("us", "minor_solicitation").0.as_deref(),
        Some("us_safe_harbor")
    );
    // Someone held in a scam compound sees embassy help and screening first.
    assert_eq!(
        first("th", "scam_graduate").0.as_deref(),
        Some("th_screening")
    );
    assert_eq!(first("th", "scam_graduate").1.as_deref(), Some("help_home"));
    // Without matching answers, non-punishment leads.
    assert_eq!(
        first("us", "own_terms").1.as_deref(),
        Some("non_punishment")
    );
}

#[test]
fn the_uk_line_is_listed_once_among_other_countries() {
    let c = content();
    let others = other_places(&c.help, &["th"]);
    let uk = others.iter().filter(|j| j.lines.has("uk_helpline")).count();
    assert_eq!(uk, 1);
    assert!(others.iter().all(|j| j.id != "th"));
    assert!(others.iter().all(|j| !j.lines.is_empty()));
}

/// Hosts of official or primary sources: governments, legislatures, courts,
/// prosecutors, treaty bodies and UN agencies, and the help lines' own sites.
/// A suffix starting with `.` matches any host under it.
const OFFICIAL_HOSTS: &[&str] = &[
    // official domains by their suffix
    ".gov",
    ".gov.uk",
    ".police.uk",
    ".parliament.uk",
    ".gov.au",
    ".gc.ca",
    ".gov.br",
    ".go.ke",
    ".gov.my",
    ".gov.ph",
    ".go.id",
    ".gov.vn",
    ".gov.in",
    ".int",
    ".europa.eu",
    ".iom.int",
    // the same, at the top level
    "legislation.gov.uk",
    "gov.uk",
    "copfs.gov.uk",
    "ccrc.gov.uk",
    "coe.int",
    "iom.int",
    "ilo.org",
    "ilo.ch",
    "ohchr.org",
    "unodc.org",
    "un.org",
    "canada.ca",
    "gov.br",
    "dhs.gov",
    "uscis.gov",
    "congress.gov",
    "govinfo.gov",
    "ice.gov",
    "state.gov",
    // help lines' own sites
    "humantraffickinghotline.org",
    "canadianhumantraffickinghotline.ca",
    "unseenuk.org",
    "modernslaveryhelpline.org",
    "1343actionline.ph",
    "crimestoppers-uk.org",
];

fn official(host: &str) -> bool {
    OFFICIAL_HOSTS.iter().any(|h| match h.strip_prefix('.') {
        Some(suffix) => host.ends_with(&format!(".{suffix}")),
        None => host == *h || host.ends_with(&format!(".{h}")),
    })
}

#[test]
fn checked_entries_cite_official_hosts() {
    assert!(
        official("legislation.gov.uk") && official("dss.gov.au") && official("thailand.iom.int")
    );
    assert!(!official("airforceamy.org") && !official("gov.uk.example.com"));
    let help = content().help;
    let mut wrong = Vec::new();
    for (owner, mark, source) in help.marked_sources() {
        if mark == Mark::V && !source.secondary && !official(source.host()) {
            wrong.push(format!("{owner}: {}", source.url));
        }
    }
    assert!(
        wrong.is_empty(),
        "entries marked V cite hosts that are not on the official list (mark the entry S, \
         flag the source `secondary`, or cite the official page):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn at_least_24_places_with_myanmar_and_india() {
    let help = content().help;
    assert!(
        help.jurisdictions.len() >= 24,
        "{} places",
        help.jurisdictions.len()
    );
    for id in ["mm", "in", "kh", "vn", "my", "id", "la"] {
        assert!(help.jurisdiction(id).is_some(), "missing {id}");
    }
    // No checked Myanmar hotline: none is shown, and never 191.
    let mm = help.jurisdiction("mm").unwrap();
    assert!(mm.lines.is_empty());
    // India's numbers come from news reports only.
    let india = help.jurisdiction("in").unwrap();
    assert!(lines_for(&help, india).iter().all(|l| l.mark == Mark::S));
    assert_eq!(india.emergency.as_ref().map(|e| e.mark), Some(Mark::S));
    assert!(help.lines.iter().all(|l| l.jurisdiction != "mm"));
}

#[test]
fn where_no_law_was_found_the_screen_says_so() {
    let help = content().help;
    // The ASEAN treaty only asks countries to consider it: not a law here.
    for id in ["kh", "vn", "la", "mm", "in", "cn"] {
        let place = help.jurisdiction(id).unwrap();
        assert!(!has_local_non_punishment(&help, place), "{id}");
    }
    // Indonesia (Law 21/2007 Art. 18), Thailand (s.41) and Malaysia (s.25)
    // do have one (issue 25).
    for id in [
        "gb-ew", "gb-sct", "gb-nir", "us", "eu", "fr", "es", "ph", "id", "th", "my",
    ] {
        let place = help.jurisdiction(id).unwrap();
        assert!(has_local_non_punishment(&help, place), "{id}");
    }
}

#[test]
fn every_line_says_who_runs_it_and_whether_it_shares_with_police_or_immigration() {
    let help = content().help;
    for l in &help.lines {
        assert!(!l.operator.trim().is_empty(), "{} has no operator", l.id);
        if l.police == Some(true) {
            assert!(l.shares.reaches_enforcement(), "{} is the police", l.id);
        }
    }
    let line = |id: &str| help.line(id).unwrap();
    // The US and Canada hotlines publish consent policies.
    assert_eq!(line("us_hotline").shares, Shares::Consent);
    assert_eq!(line("ca_hotline").shares, Shares::Consent);
    // HSI is part of ICE, immigration enforcement, with the number DHS gives now.
    let hsi = line("us_hsi");
    assert_eq!(hsi.shares, Shares::Immigration);
    assert!(hsi.operator.contains("ICE"));
    assert_eq!(hsi.contacts.len(), 1);
    assert_eq!(hsi.contacts[0].display, "1-877-4-HSI-TIP");
    assert!(hsi.sources.iter().any(|s| s.host() == "dhs.gov"));
    // MAPO passes reports to police and Immigration.
    assert_eq!(line("my_mapo").shares, Shares::PoliceAndImmigration);
    // Crimestoppers: anonymous.
    assert_eq!(line("uk_crimestoppers").shares, Shares::Anonymous);
    // Short codes work only inside the country.
    let code = line("vn_111")
        .contacts
        .iter()
        .find(|c| c.value == "111")
        .unwrap();
    assert!(code.inside_only());
    assert!(!line("us_hotline").contacts[0].inside_only());
}

#[test]
fn police_guidance_comes_first_for_someone_arrested_or_charged() {
    let c = content();
    let help = &c.help;
    let scenarios = scenarios::load().unwrap();
    for s in &scenarios {
        let outcome = assess(&c.catalogue, &s.answers);
        assert_eq!(
            police_first(help, Some(&outcome)),
            outcome.has_sign("punished_for_it"),
            "{}",
            s.id
        );
        // The guidance is never among the other rights.
        let (here, everywhere) = rights_for(help, help.jurisdiction("gb-ew"), Some(&outcome));
        assert!(here
            .iter()
            .chain(&everywhere)
            .all(|r| !r.topics.has("police")));
    }
    assert!(!police_first(help, None));
    let ids = |place: Option<&str>| -> Vec<String> {
        police_guidance(help, place.and_then(|p| help.jurisdiction(p)))
            .iter()
            .map(|r| r.id.to_string())
            .collect()
    };
    assert_eq!(
        ids(Some("gb-ew")),
        ["ew_police", "police_baseline", "police_victim"]
    );
    assert_eq!(
        ids(Some("us")),
        ["us_police", "police_baseline", "police_victim"]
    );
    // Where officials may be complicit, and before a place is known, nothing
    // that tells the person to tell officials what happened.
    assert_eq!(ids(Some("kh")), ["police_baseline"]);
    assert_eq!(ids(None), ["police_baseline"]);
}

#[test]
fn the_card_uses_the_language_officials_use_here() {
    let help = content().help;
    let shipped = |code: &str| language(code).is_some();
    let card =
        |place: &str, lang: &str| card_languages(help.jurisdiction(place).unwrap(), lang, shipped);
    assert_eq!(card("gb-ew", "vi"), CardLanguages::Official("en"));
    assert_eq!(card("th", "en"), CardLanguages::Official("th"));
    assert_eq!(card("th", "th"), CardLanguages::Same);
    assert_eq!(card("fr", "ar"), CardLanguages::Official("fr"));
    assert_eq!(card("in", "vi"), CardLanguages::Official("hi"));
    // The officials' languages of the places where most are held (issue 26).
    assert_eq!(card("kh", "vi"), CardLanguages::Official("km"));
    assert_eq!(card("mm", "zh"), CardLanguages::Official("my"));
    assert_eq!(card("la", "th"), CardLanguages::Official("lo"));
    assert_eq!(card("my", "id"), CardLanguages::Official("ms"));
    assert_eq!(card("lk", "bn"), CardLanguages::Official("si"));
    // Tamil is an official language there too: a Tamil reader needs one column.
    assert_eq!(card("lk", "ta"), CardLanguages::Same);
    assert_eq!(card("np", "hi"), CardLanguages::Official("ne"));
    // EU: the language varies by country.
    assert_eq!(card("eu", "sw"), CardLanguages::English);
    for j in &help.jurisdictions {
        for l in &j.languages {
            assert!(l.len() >= 2 && l.len() <= 5, "{}: language `{l}`", j.id);
        }
    }
}

#[test]
fn the_best_line_in_a_crisis_is_not_the_police() {
    let help = content().help;
    let best = |place: &str, lang: &str| {
        best_line(&help, help.jurisdiction(place).unwrap(), lang).map(|l| l.id.to_string())
    };
    assert_eq!(best("us", "es").as_deref(), Some("us_hotline"));
    assert_eq!(best("gb-ew", "vi").as_deref(), Some("uk_helpline"));
    // Malaysia's lines all reach the police: the first is shown, and says so.
    assert_eq!(best("my", "en").as_deref(), Some("my_mapo"));
    // Indonesia's line is not the police (issue 25: SAPA 129).
    assert_eq!(best("id", "id").as_deref(), Some("id_sapa129"));
    // Cambodia has only the police: it is shown, and the screen says so.
    assert!(clear_signs::domain::places::police_only(
        &help,
        help.jurisdiction("kh").unwrap()
    ));
    assert!(!clear_signs::domain::places::police_only(
        &help,
        help.jurisdiction("gb-ew").unwrap()
    ));
    // No line at all is not "police only": the screen says none was found.
    assert!(!clear_signs::domain::places::police_only(
        &help,
        help.jurisdiction("mm").unwrap()
    ));
    for j in &help.jurisdictions {
        if let Some(line) = best_line(&help, j, "en") {
            let safe_exists = lines_for(&help, j).iter().any(|l| !l.is_enforcement());
            assert!(!safe_exists || !line.is_enforcement(), "{}", j.id);
        }
    }
}

#[test]
fn ransom_is_not_used_to_order_rights() {
    let help = content().help;
    assert!(help
        .priorities
        .iter()
        .all(|p| !p.signs.iter().any(|s| s == "ransom")));
}

/// Where officials may be complicit or treat victims as suspects, the police
/// advice carries a caution, from sources, and never suggests telling them
/// what happened (issue 25). A place must not lose its caution silently.
#[test]
fn places_where_officials_may_be_complicit_carry_the_caution() {
    let c = content();
    for id in ["kh", "mm", "la", "cn"] {
        let place = c.help.jurisdiction(id).unwrap();
        let caution = place
            .officials_caution
            .as_ref()
            .unwrap_or_else(|| panic!("{id} lost its officials caution"));
        assert!(
            !caution.sources.is_empty(),
            "{id}: caution without a source"
        );
        assert!(
            c.texts.has(&format!("caution.{id}")),
            "{id}: no reason in words"
        );
        let guidance = police_guidance(&c.help, Some(place));
        assert!(
            guidance.iter().all(|r| !r.needs_safe_officials),
            "{id}: advice to tell officials is shown"
        );
        assert!(guidance.iter().any(|r| r.id == "police_baseline"), "{id}");
    }
    // Where officials can be trusted, the full advice stays.
    let uk = c.help.jurisdiction("gb-ew").unwrap();
    assert!(uk.officials_caution.is_none());
    assert!(police_guidance(&c.help, Some(uk))
        .iter()
        .any(|r| r.needs_safe_officials));
    // Before a place is known, nothing that assumes trustworthy officials.
    assert!(police_guidance(&c.help, None)
        .iter()
        .all(|r| !r.needs_safe_officials));
    // Every piece of advice that needs safe officials is about the police.
    for r in c.help.rights.iter().filter(|r| r.needs_safe_officials) {
        assert!(r.topics.iter().any(|t| t == "police"), "{}", r.id);
    }
}
