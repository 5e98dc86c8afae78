//! Invariants of the assessment over the whole answer space (issue 11):
//! properties that must hold for every combination of answers, checked on
//! thousands of random answer sets per activity.
#![cfg(not(target_arch = "wasm32"))]

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::assessment::{assess, Level};
use clear_signs::domain::catalogue::{Catalogue, Element, Question, QuestionKind};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE, LANGUAGES};
use clear_signs::domain::journey;
use clear_signs::domain::text::Texts;
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
        .map(|q| q.id.to_string())
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
                .map(|(id, _)| id.to_string())
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
            .any(|q| q.key && matches!(a.get(q.id.as_str()), Some(Answer::Skip) | None));
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
                && matches!(a.get(q.id.as_str()), Some(Answer::Yes | Answer::Unsure))
            {
                a.insert(q.id.to_string(), Answer::No);
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

    /// A threat or violence by a stranger changes nothing. The control
    /// questions ask only about the people in control (see
    /// `control_questions_ask_only_about_the_people_in_control`), so harm by
    /// a stranger, a robber, a customer or the police has no question that
    /// counts. The answers the check does take about people who are not in
    /// control (context: being arrested or charged by police) never change
    /// the level, whatever they are.
    #[test]
    fn answers_about_people_not_in_control_never_change_the_level(a in answers()) {
        let c = catalogue();
        for q in not_about_the_people_in_control(c) {
            prop_assert!(!q.key, "{}: a key question would count when skipped", q.id);
            let levels: Vec<Level> = [Answer::Yes, Answer::No, Answer::Unsure, Answer::Skip]
                .into_iter()
                .map(|answer| level(&with(&a, &q.id, answer)))
                .collect();
            prop_assert!(levels.iter().all(|l| *l == levels[0]), "{}: {levels:?}", q.id);
        }
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

/// Questions the check asks about people who are not the people in control:
/// their sign is context (what happened afterwards), never evidence of control.
fn not_about_the_people_in_control(c: &Catalogue) -> Vec<&Question> {
    c.questions
        .iter()
        .filter(|q| !matches!(q.kind, QuestionKind::Activity | QuestionKind::Minor))
        .filter(|q| {
            q.raises
                .as_deref()
                .and_then(|s| c.sign(s))
                .is_none_or(|s| s.element == Element::Context)
        })
        .collect()
}

/// Questions whose "yes" is a penalty or control (threats, violence, locking
/// in, debt, documents, ...), and the housing question, whose "yes" is for a
/// child a sign that someone else houses them.
fn control_questions(c: &Catalogue) -> Vec<&Question> {
    c.questions
        .iter()
        .filter(|q| {
            q.raises
                .as_deref()
                .and_then(|s| c.sign(s))
                .is_some_and(|s| s.element == Element::Control || s.id == HOUSING)
        })
        .collect()
}

/// The sign of being housed where the people in control chose: poverty at
/// home is not it (levels.md: for a child, someone else housed them).
const HOUSING: &str = "bad_living";

/// Signs of being moved or handed on: the ones who took the person there are
/// by the definition itself "the people who brought you there".
const MOVED_BY_DEFINITION: &[&str] = &["unknown_place"];

const PEOPLE_IN_CONTROL: &str = "the people in control";

/// The terms a language's definition hint puts in quotation marks: “they”
/// and “the people in control”, in that language's quotation marks.
fn quoted_terms(hint: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut current: Option<String> = None;
    for ch in hint.chars() {
        match (&mut current, ch) {
            (None, '“' | '«' | '„' | '「') => current = Some(String::new()),
            (Some(term), '”' | '»' | '」') => {
                terms.push(term.trim().to_string());
                current = None;
            }
            (Some(term), ch) => term.push(ch),
            (None, _) => {}
        }
    }
    terms
}

/// Does this translation name the people in control with the language's
/// defined term? Case is ignored, and a term of three words or more may lose
/// its first word (an article or case marker: Filipino “ang” becomes “ng”).
fn names(translation: &str, term: &str) -> bool {
    let text = translation.to_lowercase();
    let term = term.to_lowercase();
    if text.contains(&term) {
        return true;
    }
    let words: Vec<&str> = term.split_whitespace().collect();
    words.len() >= 3 && text.contains(&words[1..].join(" "))
}

/// Every question whose "yes" counts as a penalty or control, and the housing
/// question, asks about the people in control: it names them, or calls them
/// “they” or “these people” after the question whose hint defines both and
/// excludes strangers, robbers and customers, on every path. So harm done
/// by anyone else is answered "no" and cannot raise a level. Each language
/// defines its own term in the hint and uses it wherever the English names
/// the people in control.
#[test]
fn control_questions_ask_only_about_the_people_in_control() {
    let c = catalogue();
    let texts = &content().texts;
    let hint = texts.get("q.made_to.hint");
    assert!(
        hint.contains(PEOPLE_IN_CONTROL)
            && hint.contains("they")
            && hint.contains("Not strangers")
            && hint.contains("brought you there"),
        "{hint}"
    );
    let questions = control_questions(c);
    assert!(
        questions.len() >= 8,
        "the catalogue's control questions: {}",
        questions.len()
    );
    assert!(
        questions
            .iter()
            .any(|q| q.raises.as_deref() == Some(HOUSING)),
        "the housing question is checked"
    );

    // English: each names the people in control, or refers to them after
    // the definition.
    let mut by_pronoun = Vec::new();
    for q in &questions {
        let key = format!("q.{}", q.id);
        let text = texts.get(&key);
        let hint_key = format!("q.{}.hint", q.id);
        let own_hint = if texts.has(&hint_key) {
            texts.get(&hint_key)
        } else {
            ""
        };
        let sign = q.raises.as_deref().unwrap();
        if text.contains(PEOPLE_IN_CONTROL) || own_hint.contains(PEOPLE_IN_CONTROL) {
            continue;
        }
        assert!(
            text.starts_with("Did they ")
                || text.contains(" these people ")
                || MOVED_BY_DEFINITION.contains(&sign),
            "q.{} must ask about the people in control: {text}",
            q.id
        );
        by_pronoun.push(q.id.as_str());
    }
    // The housing question itself names them: a crowded or poor home is
    // not a sign unless they chose it.
    let housing = questions
        .iter()
        .find(|q| q.raises.as_deref() == Some(HOUSING))
        .unwrap();
    assert!(texts
        .get(&format!("q.{}", housing.id))
        .contains(PEOPLE_IN_CONTROL));

    // On every path, the definition comes before every question that
    // refers back to it.
    let activity = c
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Activity)
        .unwrap();
    for choice in journey::options(c, activity) {
        for reply in [Answer::Yes, Answer::No] {
            let mut a: Answers = c
                .questions
                .iter()
                .map(|q| (q.id.to_string(), reply.clone()))
                .collect();
            a.insert(activity.id.to_string(), choice.clone());
            let path: Vec<&str> = journey::path(c, &a).iter().map(|q| q.id.as_str()).collect();
            let defined = path.iter().position(|id| *id == "made_to");
            for id in &by_pronoun {
                if let Some(at) = path.iter().position(|p| p == id) {
                    assert!(
                        defined.is_some_and(|d| d < at),
                        "{choice:?}: `{id}` is asked before “they” is defined"
                    );
                }
            }
        }
    }

    // Every language: the hint defines both terms, each question is
    // translated, and names the people in control with the defined term
    // wherever the English does.
    for language in LANGUAGES.iter().filter(|l| l.code != DEFAULT_LANGUAGE) {
        let t = Texts::parse(language.json).unwrap();
        let code = language.code;
        let terms = quoted_terms(t.get("q.made_to.hint"));
        assert!(
            terms.len() >= 2 && terms.iter().all(|term| !term.is_empty()),
            "{code}: the hint must define “they” and “the people in control”: {terms:?}"
        );
        let term = &terms[1];
        for q in &questions {
            let key = format!("q.{}", q.id);
            assert!(
                t.has(&key) && t.get(&key) != texts.get(&key),
                "{code}: `{key}` is not translated"
            );
            if texts.get(&key).contains(PEOPLE_IN_CONTROL) {
                assert!(
                    names(t.get(&key), term),
                    "{code}: `{key}` must name “{term}”: {}",
                    t.get(&key)
                );
            }
        }
    }
}

/// A question about someone who is not in control (strangers, robbers,
/// customers, rivals, the police) either has the people in control as the
/// ones acting, or is context that never changes the level (the property
/// test above).
#[test]
fn questions_about_others_are_context() {
    let c = catalogue();
    let texts = &content().texts;
    let context: Vec<&str> = not_about_the_people_in_control(c)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    for q in &c.questions {
        let text = texts.get(&format!("q.{}", q.id)).to_lowercase();
        let about_others = ["stranger", "robber", "customer", "rival", "police"]
            .iter()
            .any(|w| text.contains(w));
        let they_act =
            text.starts_with("did they ") || text.starts_with("did the people in control ");
        if about_others && !they_act {
            assert!(
                context.contains(&q.id.as_str()),
                "q.{}: an answer about others must never count: {text}",
                q.id
            );
        }
    }
    assert!(
        context.contains(&"punished"),
        "being arrested by police is context"
    );
}

#[test]
fn quoted_terms_and_names_work() {
    assert_eq!(
        quoted_terms("« ils » et « les personnes qui ont le contrôle » veulent dire"),
        ["ils", "les personnes qui ont le contrôle"]
    );
    assert_eq!(
        quoted_terms("„ei” și „cei care controlau” înseamnă"),
        ["ei", "cei care controlau"]
    );
    assert_eq!(
        quoted_terms("「他們」和「控制你的那些人」是指"),
        ["他們", "控制你的那些人"]
    );
    assert!(names(
        "Kinuha ba ng mga taong may kontrol ang ID mo?",
        "ang mga taong may kontrol"
    ));
    assert!(names(
        "Les personnes qui ont le contrôle ont-elles",
        "les personnes qui ont le contrôle"
    ));
    assert!(!names("Did they take it?", "the people in control"));
    assert!(!names("Were you taken by people?", "the people in control"));
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
            .map(|q| (q.id.to_string(), Answer::Skip))
            .collect();
        a.insert("activity".into(), choice.clone());
        assert_eq!(level(&a), Level::Unclear, "{choice:?}");
    }
}
