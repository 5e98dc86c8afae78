//! Invariants of the assessment over the whole answer space (issue 11):
//! properties that must hold for every combination of answers, checked on
//! thousands of random answer sets per activity.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::assessment::{assess, Level};
use clear_signs::domain::catalogue::{Catalogue, DimensionKind, QuestionKind};
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
/// do not count), with the activity chosen or skipped.
fn answers() -> impl Strategy<Value = Answers> {
    let c = catalogue();
    let activities: Vec<Answer> = journey::options(
        c,
        c.questions
            .iter()
            .find(|q| q.kind == QuestionKind::Activity)
            .unwrap(),
    );
    let ids: Vec<String> = c
        .questions
        .iter()
        .filter(|q| q.kind != QuestionKind::Activity)
        .map(|q| q.id.clone())
        .collect();
    (
        proptest::sample::select(activities),
        proptest::collection::vec(reply(), ids.len()),
    )
        .prop_map(move |(activity, replies)| {
            let mut a: Answers = ids.iter().cloned().zip(replies).collect();
            a.insert("activity".into(), activity);
            a
        })
}

/// A question that raises a sign of force, deception or control: a
/// recruitment dimension or a coercion dimension.
fn about_force_deception_or_control(c: &Catalogue, id: &str) -> bool {
    let q = c.question(id).unwrap();
    q.raises.iter().chain(&q.crime_raises).any(|s| {
        let sign = c.sign(s).unwrap();
        c.dimension(&sign.dimension)
            .is_some_and(|d| d.kind != DimensionKind::Exploitation)
    })
}

fn level(a: &Answers) -> Level {
    assess(catalogue(), a).level
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
            let mut b = a.clone();
            b.insert(id.clone(), Answer::Yes);
            prop_assert!(level(&b) >= level(&a), "{id}: {:?} -> yes lowered {:?} to {:?}", a[&id], level(&a), level(&b));
        }
    }

    /// The same answers from someone under 18 never score lower than from an adult.
    #[test]
    fn a_minor_never_scores_lower_than_an_adult(a in answers()) {
        let mut adult = a.clone();
        adult.insert("under18".into(), Answer::No);
        let mut minor = a;
        minor.insert("under18".into(), Answer::Yes);
        prop_assert!(level(&minor) >= level(&adult));
    }

    /// Skipping never gives "no warning signs": that needs a "no" to every
    /// key question on the path.
    #[test]
    fn skipping_never_gives_no_warning_signs(a in answers()) {
        let c = catalogue();
        let skipped_key = journey::path(c, &a)
            .iter()
            .any(|q| q.key && matches!(a.get(&q.id), Some(Answer::Skip | Answer::Unsure) | None));
        if skipped_key {
            prop_assert_ne!(level(&a), Level::None);
        }
    }

    /// An adult who said nothing about force, deception or control (only "no"
    /// or "rather not say" there) never gets strong signs.
    #[test]
    fn an_adult_with_no_force_deception_or_control_is_never_strong(a in answers()) {
        let c = catalogue();
        let mut a = a;
        a.insert("under18".into(), Answer::No);
        for q in &c.questions {
            if q.kind == QuestionKind::YesNo
                && about_force_deception_or_control(c, &q.id)
                && matches!(a.get(&q.id), Some(Answer::Yes | Answer::Unsure))
            {
                a.insert(q.id.clone(), Answer::No);
            }
        }
        prop_assert_ne!(level(&a), Level::Strong);
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
