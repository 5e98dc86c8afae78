//! One question at a time, as a radio group with Back and Next.

use super::question_form::{Choice, QuestionForm};
use super::state::{use_lang, use_progress, Progress};
use crate::domain::answers::Answer;
use crate::domain::catalogue::QuestionKind;
use crate::domain::journey::{self, question_key};
use leptos::prelude::*;

#[component]
pub fn QuestionScreen(
    /// Position on the person's current path, from 0.
    index: usize,
) -> impl IntoView {
    let (lang, progress) = (use_lang(), use_progress());
    let catalogue = progress.catalogue;
    let Some(question) = progress
        .answers
        .with_untracked(|a| journey::path(catalogue, a).get(index).copied())
    else {
        // A stale index (cannot happen after `clamp`): go to the result safely.
        progress.go(crate::domain::journey::Screen::Result);
        return ().into_any();
    };
    let id = question.id.to_string();
    // The total can change once the first question picks a path.
    let total = move || progress.answers.with(|a| journey::path(catalogue, a).len());
    let step = Signal::derive(move || {
        let (n, total) = ((index + 1).to_string(), total().to_string());
        lang.fill("ui.progress", &[("n", &n), ("total", &total)])
    });
    let percent = Signal::derive(move || format!("{}%", (index + 1) * 100 / total().max(1)));
    let next_label = Signal::derive(move || {
        lang.t(if index + 1 >= total() {
            "ui.see_result"
        } else {
            "ui.next"
        })
    });
    let answered = {
        let id = id.clone();
        Signal::derive(move || progress.answers.with(|a| a.contains_key(&id)))
    };
    // A gentle word before a hard question (e.g. sexual harm): it can be skipped.
    let hint_key = format!("{}.hint", question_key(question.kind, &question.id));
    let hint = lang.texts().has(&hint_key).then(|| lang.t(&hint_key));
    let multiple = question.kind == QuestionKind::Activity;
    let choices = journey::options(catalogue, question)
        .into_iter()
        .map(|option| {
            let checked = {
                let (id, chosen) = (id.clone(), option.clone());
                Signal::derive(move || {
                    progress.answers.with(|a| match (a.get(&id), &chosen) {
                        // One of several activities: ticked when among those chosen.
                        (Some(Answer::Activities(ids)), Answer::Activities(one)) => {
                            one.iter().all(|o| ids.contains(o))
                        }
                        (answer, chosen) => answer == Some(chosen),
                    })
                })
            };
            let choose = {
                let (id, option) = (id.clone(), option.clone());
                Callback::new(move |()| match &option {
                    // Ticking or unticking an activity keeps the others;
                    // "rather not say" stands alone (GOV.UK's "or" checkbox).
                    Answer::Activities(one) => {
                        let current = progress.answers.with_untracked(|a| a.get(&id).cloned());
                        match journey::toggle_activity(catalogue, current.as_ref(), &one[0]) {
                            Some(answer) => progress.answer(&id, answer),
                            None => progress.unanswer(&id),
                        }
                    }
                    Answer::Skip if multiple && checked_now(progress, &id, &Answer::Skip) => {
                        progress.unanswer(&id)
                    }
                    other => progress.answer(&id, other.clone()),
                })
            };
            Choice {
                value: option.code().into_owned(),
                label: lang.t(&option.label_key()),
                checked,
                choose,
            }
        })
        .collect();

    view! {
        <QuestionForm
            progress=step
            percent
            title=lang.t(&question_key(question.kind, &question.id))
            hint
            name=id
            multiple
            choices
            choose_one=lang.t("ui.choose_one")
            next_label
            answered
            on_next=Callback::new(move |()| progress.next())
            on_back=Callback::new(move |()| progress.back())
        />
    }
    .into_any()
}

/// Whether this answer is the one recorded now (read without tracking).
fn checked_now(progress: &'static Progress, id: &str, answer: &Answer) -> bool {
    progress
        .answers
        .with_untracked(|a| a.get(id) == Some(answer))
}
