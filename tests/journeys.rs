//! The two journeys beside the check: their data validates, every text
//! exists in every language, advice follows the answers, and screens move
//! and come back from storage as expected.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::config;
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE, LANGUAGES};
use clear_signs::domain::help::Mark;
use clear_signs::domain::journey::Screen;
use clear_signs::domain::journeys::{self, Journeys, Kind, Replies, JOURNEYS_JSON};
use clear_signs::domain::stored::Stored;
use clear_signs::domain::text::Texts;

fn replies(pairs: &[(&str, &str)]) -> Replies {
    pairs
        .iter()
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect()
}

fn advice_ids(kind: Kind, r: &Replies) -> Vec<&'static str> {
    journeys::shipped()
        .advice_for(kind, r)
        .into_iter()
        .map(|a| a.id.as_str())
        .collect()
}

#[test]
fn shipped_journeys_parse_with_no_problem() {
    let j = Journeys::parse(JOURNEYS_JSON).expect("journeys.json parses");
    assert!(j.problems().is_empty(), "{:?}", j.problems());
    // Content::load checks them too, so a bad file shows the fallback page.
    assert!(Content::load(DEFAULT_LANGUAGE).is_ok());
}

#[test]
fn every_piece_of_advice_and_every_warning_sign_has_sources() {
    let j = journeys::shipped();
    for kind in Kind::ALL {
        for a in &j.journey(kind).advice {
            assert!(!a.cited.is_empty(), "{} advice `{}`", kind.id(), a.id);
            for c in &a.cited {
                assert!(c.url.starts_with("https://") && !c.title.is_empty());
            }
        }
    }
    for q in &j.job_offer.questions {
        assert!(!q.cited.is_empty(), "job question `{}` has no source", q.id);
    }
    // Marks are those of the fact sheets: only [V] and [S] ship.
    assert!(j
        .sources
        .values()
        .all(|s| matches!(s.mark, Mark::V | Mark::S)));
}

#[test]
fn every_text_exists_in_every_language() {
    let keys = journeys::shipped().text_keys();
    assert!(keys.contains("worried.q.where") && keys.contains("job.flag.passport"));
    assert!(keys.contains("worried.option.abroad") && !keys.contains("worried.option.yes"));
    for language in LANGUAGES {
        let texts = Texts::parse(language.json).unwrap();
        for key in &keys {
            assert!(texts.has(key), "{}: missing `{key}`", language.code);
        }
    }
}

#[test]
fn bad_data_is_reported_with_every_problem() {
    let broken = JOURNEYS_JSON
        .replacen("\"mark\": \"V\"", "\"mark\": \"V\", \"extra\": 1", 1)
        .to_string();
    assert!(Journeys::parse(&broken)
        .unwrap_err()
        .contains("unknown field"));

    let mut j: Journeys = serde_json::from_str(JOURNEYS_JSON).unwrap();
    j.worried.advice[0].sources.to_mut().push("nowhere".into());
    j.worried.advice[1].when[0]
        .answers
        .to_mut()
        .push("maybe".into());
    j.worried.advice[1].when[0].question = "nope".into();
    j.job_offer.questions[0].sources.to_mut().clear();
    j.job_offer.questions[1].id = "where".into();
    j.sources.get_mut("mea_2022").unwrap().url = "http://example.org".into();
    let problems = j.problems().join("\n");
    for expected in [
        "unknown source `nowhere`",
        "names unknown question `nope`",
        "question `pay` has no source",
        "question id `where` is used twice",
        "source `mea_2022` needs a title and an https:// url",
    ] {
        assert!(problems.contains(expected), "{expected}\n{problems}");
    }
}

#[test]
fn worried_advice_follows_the_answers() {
    // With nothing worrying said: the advice for everyone, rights last.
    let calm = replies(&[
        ("where", "here"),
        ("cannot_leave", "no"),
        ("documents", "no"),
        ("money", "no"),
        ("child", "no"),
    ]);
    assert_eq!(
        advice_ids(Kind::Worried, &calm),
        ["not_alone", "record", "rights"]
    );
    // Held abroad, phone taken, money asked: contact, ransom, embassy, caution, going home.
    let held = replies(&[
        ("where", "abroad"),
        ("cannot_leave", "yes"),
        ("documents", "unsure"),
        ("money", "yes"),
        ("child", "no"),
    ]);
    assert_eq!(
        advice_ids(Kind::Worried, &held),
        [
            "not_alone",
            "contact_safely",
            "ransom",
            "record",
            "embassy",
            "suspects",
            "going_home",
            "rights"
        ]
    );
    // A child with money and phones nobody can explain, at home.
    let child = replies(&[("where", "here"), ("child", "yes")]);
    assert!(advice_ids(Kind::Worried, &child).contains(&"child"));
    assert!(!advice_ids(Kind::Worried, &child).contains(&"embassy"));
    // Not knowing where they are still shows the embassy and its caution.
    let unknown = replies(&[("where", "unknown")]);
    assert!(advice_ids(Kind::Worried, &unknown).contains(&"suspects"));
}

#[test]
fn the_job_check_counts_yes_and_lists_not_sure_apart() {
    let j = journeys::shipped();
    let none = j.job_outcome(&Replies::new());
    assert_eq!(
        (none.total, none.raised.len(), none.unsure.len()),
        (7, 0, 0)
    );
    let r = replies(&[
        ("pay", "yes"),
        ("social", "yes"),
        ("contract", "no"),
        ("visa", "unsure"),
        ("travel_paid", "yes"),
        ("route", "no"),
        ("passport", "unsure"),
    ]);
    let outcome = j.job_outcome(&r);
    let ids = |qs: &[&journeys::JourneyQuestion]| -> Vec<String> {
        qs.iter().map(|q| q.id.to_string()).collect()
    };
    assert_eq!(ids(&outcome.raised), ["pay", "social", "travel_paid"]);
    assert_eq!(ids(&outcome.unsure), ["visa", "passport"]);
    // What to do next is the same whatever the count: check before travelling.
    assert_eq!(
        advice_ids(Kind::JobOffer, &r),
        advice_ids(Kind::JobOffer, &Replies::new())
    );
}

#[test]
fn screens_move_forward_and_back_within_a_journey() {
    let (w, j) = (
        journeys::shipped().worried.questions.len(),
        journeys::shipped().job_offer.questions.len(),
    );
    assert_eq!(journeys::next(Screen::Worried(0)), Screen::Worried(1));
    assert_eq!(
        journeys::next(Screen::Worried(w - 1)),
        Screen::WorriedAdvice
    );
    assert_eq!(
        journeys::back(Screen::WorriedAdvice),
        Screen::Worried(w - 1)
    );
    assert_eq!(journeys::back(Screen::Worried(0)), Screen::Start);
    assert_eq!(
        journeys::next(Screen::JobOffer(j - 1)),
        Screen::JobOfferResult
    );
    assert_eq!(
        journeys::back(Screen::JobOfferResult),
        Screen::JobOffer(j - 1)
    );
    assert_eq!(
        journeys::clamp(Screen::JobOffer(99)),
        Screen::JobOffer(j - 1)
    );
}

#[test]
fn journey_screens_and_answers_round_trip_through_storage() {
    let content = Content::load(DEFAULT_LANGUAGE).unwrap();
    for screen in [
        Screen::Worried(2),
        Screen::WorriedAdvice,
        Screen::JobOffer(6),
        Screen::JobOfferResult,
    ] {
        let saved = Stored::new(Default::default(), screen)
            .with_journeys(replies(&[("where", "abroad"), ("pay", "unsure")]));
        let raw = saved.encode();
        assert_eq!(
            Stored::decode(&content.catalogue, &content.help, &raw).unwrap(),
            saved,
            "{raw}"
        );
    }
    // Edited values are refused whole, with one console line.
    for (raw, reason) in [
        (
            "{\"version\":1,\"answers\":{},\"screen\":{\"screen\":\"start\"},\"journeys\":{\"where\":\"mars\"}}",
            "not valid",
        ),
        (
            "{\"version\":1,\"answers\":{},\"screen\":{\"screen\":\"start\"},\"journeys\":{\"nope\":\"yes\"}}",
            "unknown question",
        ),
        (
            "{\"version\":1,\"answers\":{},\"screen\":{\"screen\":\"job_offer\",\"index\":\"x\"}}",
            "unreadable",
        ),
    ] {
        let err = Stored::decode(&content.catalogue, &content.help, raw).expect_err(raw);
        assert!(err.contains(reason), "{raw}: {err}");
    }
    // A stored question index past the end is pulled back to the last question.
    let raw = "{\"version\":1,\"answers\":{},\"screen\":{\"screen\":\"worried\",\"index\":99}}";
    let stored = Stored::decode(&content.catalogue, &content.help, raw).unwrap();
    let last = journeys::shipped().worried.questions.len() - 1;
    assert_eq!(stored.screen, Screen::Worried(last));
}

#[test]
fn an_embedder_chooses_which_journeys_to_offer() {
    let help = Content::load(DEFAULT_LANGUAGE).unwrap().help;
    let (c, problems) = config::parse("{}", &help);
    assert_eq!(c.journeys, ["check", "worried", "job_offer"]);
    assert!(problems.is_empty());

    let (c, problems) = config::parse(r#"{"journeys": ["job_offer", "worried"]}"#, &help);
    assert_eq!(c.journeys, ["job_offer", "worried"]);
    assert!(problems.is_empty());

    let (c, problems) = config::parse(r#"{"journeys": ["worried", "quiz", "worried"]}"#, &help);
    assert_eq!(c.journeys, ["worried"]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("`journeys`") && problems[0].contains("quiz"));

    for bad in [r#"{"journeys": []}"#, r#"{"journeys": "worried"}"#] {
        let (c, problems) = config::parse(bad, &help);
        assert_eq!(c.journeys, journeys::OFFERABLE, "{bad}");
        assert_eq!(problems.len(), 1, "{bad}");
        assert!(!problems[0].contains('\n'));
    }
}
