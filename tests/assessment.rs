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

/// "Yes" to every question on an activity's path, follow-ups included.
fn all_yes(c: &Catalogue, activity: &str) -> Answers {
    journey::answer_every(c, activity, Answer::Yes)
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
        let mut answers: Answers = [
            "job_lie",
            "terms_lie",
            "money",
            "hours",
            "documents",
            "confined",
        ]
        .iter()
        .map(|q| (q.to_string(), a.clone()))
        .collect();
        answers.insert("activity".into(), Answer::Activity("other".into()));
        answers
    };
    assert_eq!(assess(&c, &with(Answer::Yes)).level, Level::Strong);
    assert!(assess(&c, &with(Answer::Unsure)).level < Level::Strong);
    let skipped = assess(&c, &with(Answer::Skip));
    assert!(skipped.raised.is_empty());
    assert_eq!(
        skipped.level,
        Level::Unclear,
        "skipping is never reassurance"
    );
}

#[test]
fn no_warning_signs_needs_a_no_to_every_key_question() {
    let c = catalogue();
    for activity in &c.activities {
        let mut answers: Answers = [("activity".to_string(), Answer::Activity(activity.clone()))]
            .into_iter()
            .collect();
        let key: Vec<String> = journey::path(&c, &answers)
            .iter()
            .filter(|q| q.key)
            .map(|q| q.id.clone())
            .collect();
        assert!(key.len() >= 6, "{activity}: key questions {key:?}");
        for q in &key {
            answers.insert(q.clone(), Answer::No);
        }
        assert_eq!(assess(&c, &answers).level, Level::None, "{activity}");
        // One key question skipped or unsure is already not enough to reassure.
        for reply in [Answer::Skip, Answer::Unsure] {
            let mut one = answers.clone();
            one.insert(key[0].clone(), reply.clone());
            assert_ne!(assess(&c, &one).level, Level::None, "{activity} {reply:?}");
        }
    }
}

#[test]
fn answers_off_the_current_path_do_not_count() {
    let c = catalogue();
    // `hazardous` is only asked on the drugs and growing paths.
    let mut answers: Answers = [
        ("activity".to_string(), Answer::Activity("drugs".into())),
        ("hazardous".to_string(), Answer::Yes),
    ]
    .into_iter()
    .collect();
    assert!(assess(&c, &answers).has_sign("hazardous"));
    answers.insert("activity".into(), Answer::Activity("sex".into()));
    assert!(
        !assess(&c, &answers).has_sign("hazardous"),
        "changing the activity drops its questions"
    );
}

#[test]
fn a_follow_up_is_asked_only_after_yes_or_not_sure() {
    let c = catalogue();
    let on_path = |reply: Answer| {
        let answers: Answers = [
            ("activity".to_string(), Answer::Activity("scams".into())),
            ("unknown_place".to_string(), reply),
        ]
        .into_iter()
        .collect();
        journey::path(&c, &answers)
            .iter()
            .any(|q| q.id == "sold_on")
    };
    assert!(on_path(Answer::Yes));
    assert!(on_path(Answer::Unsure));
    assert!(!on_path(Answer::No));
    assert!(!on_path(Answer::Skip));
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
    assert!(outcome.shows_minor_line());
    // The same activity for an adult who answers "no" to everything shows no signs.
    let mut adult = answers.clone();
    adult.insert("under18".into(), Answer::No);
    for q in journey::path(&c, &adult) {
        if q.kind == QuestionKind::YesNo {
            adult.insert(q.id.clone(), Answer::No);
        }
    }
    let outcome = assess(&c, &adult);
    assert_eq!(outcome.level, Level::None);
    assert!(!outcome.shows_minor_line());
}

#[test]
fn the_result_names_a_crime_only_when_a_crime_activity_was_chosen() {
    let c = catalogue();
    let strong = |activity: &str| {
        let mut answers = all_yes(&c, activity);
        answers.insert("under18".into(), Answer::No);
        let outcome = assess(&c, &answers);
        assert_eq!(outcome.level, Level::Strong, "{activity}");
        (outcome.title_key(), outcome.body_key())
    };
    for a in ["scams", "drugs", "growing", "stealing", "crime"] {
        assert_eq!(
            strong(a),
            ("level.strong.title".into(), "level.strong.body".into())
        );
    }
    // Selling sex is not called a crime, but non-punishment still applies.
    assert_eq!(
        strong("sex"),
        (
            "level.strong.title_other".into(),
            "level.strong.body".into()
        )
    );
    assert_eq!(
        strong("other"),
        (
            "level.strong.title_other".into(),
            "level.strong.body_other".into()
        )
    );
    let en = Content::load(DEFAULT_LANGUAGE).unwrap().texts;
    for key in [
        "level.strong.title",
        "level.strong.title_other",
        "level.strong.body_other",
        "level.some.title",
    ] {
        assert!(
            !en.get(key).to_lowercase().contains("forced"),
            "{key} says forced"
        );
    }
    assert!(!en.get("level.strong.title_other").contains("crime"));
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
        let by_question = c
            .questions
            .iter()
            .any(|q| q.raises.contains(&sign.id) || q.crime_raises.contains(&sign.id));
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
    for q in ["job_lie", "terms_lie", "documents", "threats"] {
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
            let answers = all_yes(&c, activity);
            assess(&c, &answers).present.contains(&dim.id)
        });
        assert!(reachable, "dimension `{}` can never be present", dim.id);
    }
}

/// The path limit holds even when every follow-up opens.
#[test]
fn the_longest_path_is_within_the_limit() {
    let c = catalogue();
    assert!(c.max_path_length <= 22);
    for activity in &c.activities {
        let answers = all_yes(&c, activity);
        let len = journey::path(&c, &answers).len();
        assert!(len <= c.max_path_length, "{activity}: {len} questions");
    }
}
