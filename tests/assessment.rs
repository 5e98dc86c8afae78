//! The assessment rule and the question graph, tested natively.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::assessment::{assess, Level};
use clear_signs::domain::catalogue::{Catalogue, Element, QuestionKind};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::journey::{self, Screen};
use clear_signs::tools::scenarios;
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

/// Answers on one activity's path: every question "no", then these.
fn adult(c: &Catalogue, activity: &str, yes: &[&str]) -> Answers {
    let mut a = journey::answer_every(c, activity, Answer::No);
    for id in yes {
        a.insert(id.to_string(), Answer::Yes);
    }
    a
}

fn level_of(c: &Catalogue, a: &Answers) -> Level {
    assess(c, a).level
}

#[test]
fn an_adult_made_to_do_it_under_a_penalty_shows_strong_signs_without_recruitment() {
    let c = catalogue();
    // Forced labour needs no recruitment step (ILO C29 Art. 2; MSA s.1).
    for control in [
        "debt",
        "documents",
        "confined",
        "violence",
        "sexual_abuse",
        "threats",
        "quota",
        "unknown_place",
        "vulnerability",
        "now",
    ] {
        for forced in ["made_to", "job_lie"] {
            let a = adult(&c, "growing", &[forced, control]);
            assert_eq!(level_of(&c, &a), Level::Strong, "{forced} + {control}");
        }
    }
    // Either half alone is some signs, never strong.
    assert_eq!(level_of(&c, &adult(&c, "drugs", &["made_to"])), Level::Some);
    assert_eq!(level_of(&c, &adult(&c, "drugs", &["debt"])), Level::Some);
    // Lies about pay, being told what to say or made to recruit others are
    // signs of control, but not the penalty or control the adult picture needs.
    for other in ["terms_lie", "told_to_lie", "recruit_others"] {
        let a = adult(&c, "other", &["made_to", other]);
        assert_eq!(level_of(&c, &a), Level::Some, "made_to + {other}");
    }
    // Hard conditions with no control: a few signs.
    assert_eq!(
        level_of(&c, &adult(&c, "other", &["hours", "living", "money"])),
        Level::Few
    );
}

#[test]
fn a_child_shows_strong_signs_when_someone_else_is_in_control() {
    let c = catalogue();
    let child = |activity: &str, yes: &[&str]| {
        let mut a = adult(&c, activity, yes);
        a.insert("under18".into(), Answer::Yes);
        level_of(&c, &a)
    };
    // No means needed: someone else took the money, housed or directed them.
    assert_eq!(child("drugs", &["money"]), Level::Strong);
    assert_eq!(
        child("drugs", &["hazardous"]),
        Level::Strong,
        "drugs carried in the body"
    );
    assert_eq!(child("drugs", &["living"]), Level::Strong, "a trap house");
    assert_eq!(
        child("growing", &["unknown_place"]),
        Level::Strong,
        "moved by others"
    );
    // A child acting alone, or with friends for their own money: a few signs.
    assert_eq!(child("stealing", &[]), Level::Few);
    assert_eq!(child("drugs", &["hours"]), Level::Few);
    // The same answers from an adult.
    assert_eq!(level_of(&c, &adult(&c, "drugs", &["money"])), Level::Few);
    assert_eq!(level_of(&c, &adult(&c, "stealing", &[])), Level::None);
}

#[test]
fn not_sure_of_age_is_read_as_possibly_under_18_and_the_result_says_so() {
    let c = catalogue();
    let mut a = adult(&c, "growing", &["money", "debt"]);
    a.insert("under18".into(), Answer::Unsure);
    let o = assess(&c, &a);
    assert_eq!(o.level, Level::Strong);
    assert!(o.minor && o.age_unsure);
    assert!(!o.shows_minor_line(), "not \"you said you were under 18\"");
    // Skipped age is read as adult.
    a.insert("under18".into(), Answer::Skip);
    assert_eq!(level_of(&c, &a), Level::Some);
}

#[test]
fn not_sure_to_the_whole_picture_is_some_signs_and_never_hides_a_yes() {
    let c = catalogue();
    let mut a = journey::answer_every(&c, "scams", Answer::Unsure);
    a.insert("under18".into(), Answer::No);
    assert_eq!(
        level_of(&c, &a),
        Level::Some,
        "unsure about what matters most"
    );
    // A "yes" to control is never "not enough answers".
    let mut a = journey::answer_every(&c, "drugs", Answer::Skip);
    a.insert("confined".into(), Answer::Yes);
    assert_eq!(level_of(&c, &a), Level::Some);
    // "Not sure" to neither half, beside answered questions, changes nothing.
    let mut a = adult(&c, "other", &["hours"]);
    a.insert("money".into(), Answer::Unsure);
    assert_eq!(level_of(&c, &a), Level::Few);
}

#[test]
fn more_than_one_activity_asks_the_questions_of_each() {
    let c = catalogue();
    let mut a = Answers::new();
    a.insert(
        "activity".into(),
        Answer::Activities(vec!["drugs".into(), "sex".into()]),
    );
    let path: Vec<String> = journey::path(&c, &a)
        .iter()
        .map(|q| q.id.to_string())
        .collect();
    assert!(path.contains(&"hazardous".to_string()));
    assert!(path.len() <= c.max_path_length);
    // Every activity at once, every follow-up open: still within the limit.
    let mut all = journey::answer_every(&c, "drugs", Answer::Yes);
    all.insert(
        "activity".into(),
        Answer::Activities(c.activities.to_strings()),
    );
    assert!(journey::path(&c, &all).len() <= c.max_path_length);
    let o = assess(&c, &all);
    assert_eq!(o.activities, c.activities.to_strings());
    assert!(o.crime);
}

#[test]
fn every_element_can_be_raised_and_each_answer_counts_once() {
    let c = catalogue();
    for element in Element::ALL {
        assert!(
            c.signs.iter().any(|s| s.element == element),
            "no sign of element `{}`",
            element.id()
        );
    }
    assert!(c.problems().is_empty(), "{:?}", c.problems());
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
                s.answers.contains_key(q.id.as_str()),
                "scenario `{}` skips `{}`",
                s.id,
                q.id
            );
        }
    }
}

#[test]
fn being_controlled_now_puts_safety_first() {
    let c = catalogue();
    let answers: Answers = [("now".to_string(), Answer::Yes)].into_iter().collect();
    assert!(assess(&c, &answers).safety_first);
    assert!(assess(&c, &answers).level >= Level::Some);
    // levels.md: safety first follows "cannot leave now" answered yes.
    for reply in [Answer::No, Answer::Skip, Answer::Unsure] {
        let answers: Answers = [("now".to_string(), reply.clone())].into_iter().collect();
        assert!(!assess(&c, &answers).safety_first, "{reply:?}");
    }
}

#[test]
fn no_warning_signs_needs_a_no_to_every_key_question() {
    let c = catalogue();
    for activity in &c.activities {
        let mut answers: Answers = [("activity".to_string(), Answer::activity(activity))]
            .into_iter()
            .collect();
        let key: Vec<String> = journey::path(&c, &answers)
            .iter()
            .filter(|q| q.key)
            .map(|q| q.id.to_string())
            .collect();
        assert!(key.len() >= 6, "{activity}: key questions {key:?}");
        for q in &key {
            answers.insert(q.clone(), Answer::No);
        }
        assert_eq!(assess(&c, &answers).level, Level::None, "{activity}");
        // One key question skipped is already not enough to reassure; one
        // "not sure" is an answer and neither raises nor lowers the level.
        let mut one = answers.clone();
        one.insert(key[0].clone(), Answer::Skip);
        assert_eq!(assess(&c, &one).level, Level::Unclear, "{activity}");
        one.insert(key[0].clone(), Answer::Unsure);
        assert_eq!(assess(&c, &one).level, Level::None, "{activity}");
    }
}

#[test]
fn answers_off_the_current_path_do_not_count() {
    let c = catalogue();
    // `hazardous` is only asked on the drugs and growing paths.
    let mut answers: Answers = [
        ("activity".to_string(), Answer::activity("drugs")),
        ("under18".to_string(), Answer::Yes),
        ("hazardous".to_string(), Answer::Yes),
    ]
    .into_iter()
    .collect();
    assert!(assess(&c, &answers).has_sign("hazardous"));
    answers.insert("activity".into(), Answer::activity("sex"));
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
            ("activity".to_string(), Answer::activity("scams")),
            ("made_to".to_string(), reply),
        ]
        .into_iter()
        .collect();
        journey::path(&c, &answers)
            .iter()
            .any(|q| q.id == "recruit_others")
    };
    assert!(on_path(Answer::Yes));
    assert!(on_path(Answer::Unsure));
    assert!(!on_path(Answer::No));
    assert!(!on_path(Answer::Skip));
}

#[test]
fn a_minor_selling_sex_alone_is_a_few_signs_and_with_someone_else_in_control_strong() {
    let c = catalogue();
    let mut answers = adult(&c, "sex", &[]);
    answers.insert("under18".into(), Answer::Yes);
    let outcome = assess(&c, &answers);
    assert!(outcome.minor);
    assert_eq!(outcome.level, Level::Few, "levels.md: a child acting alone");
    answers.insert("money".into(), Answer::Yes);
    let outcome = assess(&c, &answers);
    assert_eq!(outcome.level, Level::Strong, "someone else took the money");
    assert!(outcome.shows_minor_line());
    // The same activity for an adult who answers "no" to everything shows no signs.
    let adult = adult(&c, "sex", &[]);
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
    for a in ["scams", "drugs", "growing", "stealing", "violence", "crime"] {
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
                asked.insert(q.id.to_string());
                let a = if q.kind == QuestionKind::Activity {
                    choice.clone()
                } else {
                    reply.clone()
                };
                answers.insert(q.id.to_string(), a);
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
    let all: BTreeSet<String> = c.questions.iter().map(|q| q.id.to_string()).collect();
    assert_eq!(asked, all, "every question is reachable");
}

#[test]
fn back_and_next_are_inverse_on_the_path() {
    let c = catalogue();
    let answers: Answers = [("activity".to_string(), Answer::activity("drugs"))]
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
    for q in ["made_to", "documents"] {
        s.answers.insert(q.into(), Answer::Yes);
    }
    assert_eq!(assess(&c, &s.answers).level, Level::Strong);
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
