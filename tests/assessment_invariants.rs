//! Invariants of the assessment over the whole answer space (issue 11):
//! properties that must hold for every combination of answers, checked on
//! thousands of random answer sets per activity.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::assessment::{assess, Level};
use clear_signs::domain::catalogue::{Catalogue, Element, QuestionKind};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey;
use proptest::prelude::*;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::load(DEFAULT_LANGUAGE).unwrap())
}

fn catalogue() -> &'static Catalogue {
    &content().catalogue
}

fn reply() -> impl Strategy<Value = Answer> {
    prop_oneof![
        Just(Answer::Yes),
        Just(Answer::No),
        Just(Answer::Unsure),
        Just(Answer::Skip)
    ]
}

/// An answer for every question in the catalogue (those off the path simply
/// do not count), with one or more activities chosen, or the choice skipped.
fn answers() -> impl Strategy<Value = Answers> {
    let c = catalogue();
    let ids: Vec<String> = c
        .questions
        .iter()
        .filter(|q| q.kind != QuestionKind::Activity)
        .map(|q| q.id.clone())
        .collect();
    let activities = c.activities.clone();
    (
        proptest::collection::vec(any::<bool>(), activities.len()),
        proptest::collection::vec(reply(), ids.len()),
    )
        .prop_map(move |(chosen, replies)| {
            let mut a: Answers = ids.iter().cloned().zip(replies).collect();
            let picked: Vec<String> = activities
                .iter()
                .zip(&chosen)
                .filter(|(_, on)| **on)
                .map(|(id, _)| id.clone())
                .collect();
            let activity = if picked.is_empty() {
                Answer::Skip
            } else {
                Answer::Activities(picked)
            };
            a.insert("activity".into(), activity);
            a
        })
}

/// A question whose "yes" is evidence of force, deception or control.
fn about_force_deception_or_control(c: &Catalogue, id: &str) -> bool {
    c.question(id)
        .and_then(|q| q.raises.as_deref())
        .and_then(|s| c.sign(s))
        .is_some_and(|s| {
            matches!(
                s.element,
                Element::Forced | Element::Control | Element::Deception | Element::Directed
            )
        })
}

fn level(a: &Answers) -> Level {
    assess(catalogue(), a).level
}

fn with(a: &Answers, id: &str, answer: Answer) -> Answers {
    let mut b = a.clone();
    b.insert(id.into(), answer);
    b
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Turning any answer from "no", "rather not say" or "not sure" into
    /// "yes" never lowers the level ("not sure" never scores above "yes").
    #[test]
    fn a_yes_never_lowers_the_level(a in answers(), pick in any::<prop::sample::Index>()) {
        let c = catalogue();
        let ids: Vec<&String> = a.keys().filter(|id| c.question(id).unwrap().kind != QuestionKind::Activity).collect();
        let id = ids[pick.index(ids.len())].clone();
        if a[&id] != Answer::Yes {
            let b = with(&a, &id, Answer::Yes);
            prop_assert!(level(&b) >= level(&a), "{id}: {:?} -> yes lowered {:?} to {:?}", a[&id], level(&a), level(&b));
        }
    }

    /// Being kept or controlled now is a sign of control: never below
    /// "some signs", and safety comes first.
    #[test]
    fn controlled_now_is_never_below_some(a in answers()) {
        let b = with(&a, "now", Answer::Yes);
        let o = assess(catalogue(), &b);
        prop_assert!(o.level >= Level::Some, "{:?}", o.level);
        prop_assert!(o.safety_first);
    }

    /// The same answers from someone under 18 never score lower than from an
    /// adult; "not sure" about age (the presumption of childhood) is never
    /// lower than an adult and never higher than a plain "under 18".
    #[test]
    fn not_sure_of_age_sits_between_adult_and_child(a in answers()) {
        let adult = level(&with(&a, "under18", Answer::No));
        let unsure = level(&with(&a, "under18", Answer::Unsure));
        let child = level(&with(&a, "under18", Answer::Yes));
        prop_assert!(adult <= unsure && unsure <= child, "{adult:?} {unsure:?} {child:?}");
        prop_assert!(child >= adult);
    }

    /// Skipping never gives "no warning signs": that needs every key
    /// question on the path answered.
    #[test]
    fn skipping_a_key_question_never_gives_no_warning_signs(a in answers()) {
        let c = catalogue();
        let skipped_key = journey::path(c, &a)
            .iter()
            .any(|q| q.key && matches!(a.get(&q.id), Some(Answer::Skip) | None));
        if skipped_key {
            prop_assert_ne!(level(&a), Level::None);
        }
    }

    /// "Not enough answers" is never shown when a "yes" to control exists.
    #[test]
    fn a_yes_to_control_is_never_not_enough_answers(a in answers()) {
        let o = assess(catalogue(), &a);
        if o.yes_to(Element::Control) || o.yes_to(Element::Forced) {
            prop_assert!(o.level >= Level::Some, "{:?}", o.level);
        }
    }

    /// An adult who said nothing about force, deception or control (only "no"
    /// or "rather not say" there) never gets strong signs.
    #[test]
    fn an_adult_with_no_force_deception_or_control_is_never_strong(a in answers()) {
        let c = catalogue();
        let mut a = with(&a, "under18", Answer::No);
        for q in &c.questions {
            if about_force_deception_or_control(c, &q.id)
                && matches!(a.get(&q.id), Some(Answer::Yes | Answer::Unsure))
            {
                a.insert(q.id.clone(), Answer::No);
            }
        }
        prop_assert_ne!(level(&a), Level::Strong);
    }

    /// One answer never raises the same legal element twice: each answer on
    /// the path raises at most one sign, and each sign is raised by one answer.
    #[test]
    fn one_answer_raises_one_sign_once(a in answers()) {
        let o = assess(catalogue(), &a);
        let mut questions: Vec<&str> = o.raised.iter().map(|r| r.question.id.as_str()).collect();
        let mut signs: Vec<&str> = o.raised.iter().map(|r| r.sign.id.as_str()).collect();
        let n = questions.len();
        questions.sort_unstable();
        questions.dedup();
        signs.sort_unstable();
        signs.dedup();
        prop_assert_eq!(questions.len(), n);
        prop_assert_eq!(signs.len(), n);
    }

    /// A threat or violence by a stranger changes nothing. The check asks
    /// only about the people in control, so a person harmed by a robber,
    /// a rival gang, a customer or the police answers "no" there; what
    /// changes nothing is then everything else they might add: their other
    /// answers off the path, and any answer to a question the check does
    /// not have.
    #[test]
    fn a_stranger_s_threat_or_violence_changes_nothing(a in answers()) {
        let c = catalogue();
        let mut b = a.clone();
        b.insert("violence_by_others".into(), Answer::Yes);
        b.insert("threats_by_others".into(), Answer::Yes);
        for q in &c.questions {
            if !journey::path(c, &a).iter().any(|p| p.id == q.id) {
                b.remove(&q.id);
            }
        }
        prop_assert_eq!(level(&a), level(&b));
    }

    /// Every level, whatever the answers, has a headline and a body in English.
    #[test]
    fn every_outcome_has_its_texts(a in answers()) {
        let c = catalogue();
        let texts = &content().texts;
        let o = assess(c, &a);
        prop_assert!(texts.has(&o.title_key()) && texts.has(&o.body_key()));
        // Never a crime claim without a crime activity.
        if !o.crime {
            prop_assert!(!texts.get(&o.title_key()).contains("crime"));
        }
    }
}

/// The questions about violence, threats and control name the people in
/// control, so a stranger's harm is answered "no"; "they" is defined before
/// the first of them on every path.
#[test]
fn control_questions_ask_only_about_the_people_in_control() {
    let c = catalogue();
    let texts = &content().texts;
    let hint = texts.get("q.made_to.hint");
    assert!(
        hint.contains("the people in control") && hint.contains("Not strangers"),
        "{hint}"
    );
    let first_control = c
        .questions
        .iter()
        .position(|q| {
            q.raises
                .as_deref()
                .and_then(|s| c.sign(s))
                .is_some_and(|s| s.element == Element::Control)
        })
        .unwrap();
    let made_to = c.questions.iter().position(|q| q.id == "made_to").unwrap();
    assert!(made_to < first_control, "the definition comes first");
    for id in [
        "debt",
        "documents",
        "confined",
        "violence",
        "sexual_abuse",
        "threats",
        "quota",
        "told_to_lie",
        "vulnerability",
    ] {
        let key = format!("q.{id}");
        let q = texts.get(&key);
        assert!(
            q.contains("the people in control") || q.starts_with("Did they "),
            "q.{id} must ask about the people in control: {q}"
        );
    }
}

/// Skipping everything, on any path, says there are not enough answers.
#[test]
fn skipping_everything_is_not_enough_to_say() {
    let c = catalogue();
    for choice in journey::options(
        c,
        c.questions
            .iter()
            .find(|q| q.kind == QuestionKind::Activity)
            .unwrap(),
    ) {
        let mut a: Answers = c
            .questions
            .iter()
            .map(|q| (q.id.clone(), Answer::Skip))
            .collect();
        a.insert("activity".into(), choice.clone());
        assert_eq!(level(&a), Level::Unclear, "{choice:?}");
    }
}
