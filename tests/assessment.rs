//! The assessment rule and the question graph, tested natively.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::assessment::{assess, dimension_present, Level};
use clear_signs::domain::catalogue::{Catalogue, QuestionKind, Strength};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey::{self, Screen};
use clear_signs::domain::scenarios;
use std::collections::BTreeSet;

fn catalogue() -> Catalogue {
    Content::load(DEFAULT_LANGUAGE)
        .expect("content loads")
        .catalogue
}

#[test]
fn dimension_rule_follows_the_ilo_combinations() {
    use Strength::*;
    let cases: &[(&[Strength], bool)] = &[
        (&[], false),
        (&[Strong], false),
        (&[Strong, Strong], true),
        (&[Strong, Medium], true),
        (&[Strong, Weak], true),
        (&[Medium, Medium], false),
        (&[Medium, Medium, Medium], true),
        (&[Medium, Medium, Weak], true),
        (&[Medium, Weak, Weak], false),
        (&[Weak, Weak, Weak, Weak], false),
    ];
    for (weights, expected) in cases {
        assert_eq!(dimension_present(weights), *expected, "{weights:?}");
    }
}

#[test]
fn scenarios_get_the_expected_level() {
    let c = catalogue();
    let all = scenarios::load().expect("scenarios parse");
    assert!(all.len() >= 4);
    for s in &all {
        let outcome = assess(&c, &s.answers);
        assert_eq!(outcome.level.id(), s.expected, "scenario `{}`", s.id);
        // Every scenario answers every question on its own path, so it is realistic.
        for q in journey::path(&c, &s.answers) {
            assert!(
                s.answers.contains_key(&q.id),
                "scenario `{}` skips `{}`",
                s.id,
                q.id
            );
        }
    }
}

#[test]
fn safety_question_puts_safety_first_even_when_unsure() {
    let c = catalogue();
    for reply in [Answer::Yes, Answer::Unsure] {
        let answers: Answers = [("now".to_string(), reply.clone())].into_iter().collect();
        assert!(assess(&c, &answers).safety_first, "{reply:?}");
    }
    for reply in [Answer::No, Answer::Skip] {
        let answers: Answers = [("now".to_string(), reply.clone())].into_iter().collect();
        assert!(!assess(&c, &answers).safety_first, "{reply:?}");
    }
}

#[test]
fn unsure_counts_less_than_yes_and_skip_counts_nothing() {
    let c = catalogue();
    let with = |a: Answer| -> Answers {
        [
            "job_lie",
            "terms_lie",
            "money",
            "hours",
            "documents",
            "confined",
        ]
        .iter()
        .map(|q| (q.to_string(), a.clone()))
        .collect()
    };
    assert_eq!(assess(&c, &with(Answer::Yes)).level, Level::Strong);
    assert!(assess(&c, &with(Answer::Unsure)).level < Level::Strong);
    assert_eq!(assess(&c, &with(Answer::Skip)).level, Level::None);
    assert!(assess(&c, &with(Answer::Skip)).raised.is_empty());
}

#[test]
fn answers_off_the_current_path_do_not_count() {
    let c = catalogue();
    // `ransom` is only asked on the scams path.
    let mut answers: Answers = [
        ("activity".to_string(), Answer::Activity("scams".into())),
        ("ransom".to_string(), Answer::Yes),
    ]
    .into_iter()
    .collect();
    assert!(assess(&c, &answers).has_sign("ransom"));
    answers.insert("activity".into(), Answer::Activity("sex".into()));
    assert!(
        !assess(&c, &answers).has_sign("ransom"),
        "changing the activity drops its questions"
    );
}

#[test]
fn a_minor_selling_sex_shows_strong_signs_without_any_means() {
    let c = catalogue();
    let answers: Answers = [
        ("activity".to_string(), Answer::Activity("sex".into())),
        ("under18".to_string(), Answer::Yes),
    ]
    .into_iter()
    .collect();
    let outcome = assess(&c, &answers);
    assert!(outcome.minor);
    assert_eq!(outcome.level, Level::Strong);
    assert!(outcome.has_sign("minor_sex"));
    // The same activity for an adult, with nothing else, shows no signs.
    let adult: Answers = [
        ("activity".to_string(), Answer::Activity("sex".into())),
        ("under18".to_string(), Answer::No),
    ]
    .into_iter()
    .collect();
    assert_eq!(assess(&c, &adult).level, Level::None);
}

/// Every combination of activity and reply pattern, walked screen by screen
/// with Next, reaches the result within the path limit.
#[test]
fn every_path_reaches_a_result_within_the_limit() {
    let c = catalogue();
    let activity_q = c
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Activity)
        .unwrap();
    let mut asked: BTreeSet<String> = BTreeSet::new();
    let choices = journey::options(&c, activity_q);
    for choice in &choices {
        for reply in Answer::REPLIES {
            let mut answers = Answers::new();
            let mut screen = journey::next(&c, &answers, Screen::Start);
            let mut steps = 0;
            while let Screen::Question(i) = screen {
                let q = journey::path(&c, &answers)[i];
                asked.insert(q.id.clone());
                let a = if q.kind == QuestionKind::Activity {
                    choice.clone()
                } else {
                    reply.clone()
                };
                answers.insert(q.id.clone(), a);
                screen = journey::next(&c, &answers, screen);
                steps += 1;
                assert!(
                    steps <= c.max_path_length,
                    "path for {choice:?} is longer than the limit"
                );
            }
            assert_eq!(screen, Screen::Result);
            let _ = assess(&c, &answers); // never panics
        }
    }
    let all: BTreeSet<String> = c.questions.iter().map(|q| q.id.clone()).collect();
    assert_eq!(asked, all, "every question is reachable");
}

#[test]
fn every_sign_is_raised_by_a_question_or_the_rule() {
    let c = catalogue();
    for sign in &c.signs {
        let by_question = c.questions.iter().any(|q| q.raises.contains(&sign.id));
        let by_rule = c
            .rule
            .minor_activity_signs
            .iter()
            .any(|m| m.sign == sign.id);
        assert!(
            by_question || by_rule,
            "sign `{}` can never be raised",
            sign.id
        );
    }
}

#[test]
fn back_and_next_are_inverse_on_the_path() {
    let c = catalogue();
    let answers: Answers = [("activity".to_string(), Answer::Activity("drugs".into()))]
        .into_iter()
        .collect();
    let len = journey::path(&c, &answers).len();
    for i in 0..len {
        let s = Screen::Question(i);
        assert_eq!(
            journey::back(&c, &answers, journey::next(&c, &answers, s)),
            s
        );
    }
    assert_eq!(
        journey::back(&c, &answers, Screen::Question(0)),
        Screen::Start
    );
}

#[test]
fn changing_an_answer_updates_the_result() {
    let c = catalogue();
    let mut s = scenarios::load()
        .unwrap()
        .into_iter()
        .find(|s| s.id == "unpaid_free_to_leave")
        .unwrap();
    assert_eq!(assess(&c, &s.answers).level, Level::Some);
    for q in ["job_lie", "documents", "threats"] {
        s.answers.insert(q.into(), Answer::Yes);
    }
    assert_eq!(assess(&c, &s.answers).level, Level::Strong);
}

/// Every dimension of the rule can actually be reached by answering yes on
/// some path: otherwise a part of the rule would silently never apply.
#[test]
fn every_dimension_can_be_present_on_some_path() {
    let c = catalogue();
    for dim in &c.dimensions {
        let reachable = c.activities.iter().any(|activity| {
            let mut answers: Answers =
                [("activity".to_string(), Answer::Activity(activity.clone()))]
                    .into_iter()
                    .collect();
            for q in journey::path(&c, &answers.clone()) {
                if q.kind == QuestionKind::YesNo {
                    answers.insert(q.id.clone(), Answer::Yes);
                }
            }
            assess(&c, &answers).present.contains(&dim.id)
        });
        assert!(reachable, "dimension `{}` can never be present", dim.id);
    }
}
