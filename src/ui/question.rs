//! One question at a time, as a radio group with Back and Next.

use super::listen::Listen;
use super::state::Check;
use crate::domain::catalogue::QuestionKind;
use crate::domain::journey;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The question's text key: the branching question has its own.
pub fn question_key(kind: QuestionKind, id: &str) -> String {
    match kind {
        QuestionKind::Activity => "activity.question".into(),
        _ => format!("q.{id}"),
    }
}

#[component]
pub fn QuestionScreen(
    check: Check,
    /// Position on the person's current path, from 0.
    index: usize,
) -> impl IntoView {
    let catalogue = &check.content.catalogue;
    let Some(question) = check
        .answers
        .with_untracked(|a| journey::path(catalogue, a).get(index).copied())
    else {
        // A stale index (cannot happen after `clamp`): go to the result safely.
        check.go(crate::domain::journey::Screen::Result);
        return ().into_any();
    };
    let id = question.id.clone();
    // The total can change once the first question picks a path.
    let total = move || check.answers.with(|a| journey::path(catalogue, a).len());
    let progress = move || {
        let (n, total) = ((index + 1).to_string(), total().to_string());
        check.fill("ui.progress", &[("n", &n), ("total", &total)])
    };
    let percent = move || format!("{}%", (index + 1) * 100 / total().max(1));
    let is_last = move || index + 1 >= total();
    let missing = RwSignal::new(false);
    let answered = {
        let id = id.clone();
        move || check.answers.with(|a| a.contains_key(&id))
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if answered() {
            check.next();
        } else {
            missing.set(true);
        }
    };

    // A gentle word before a hard question (e.g. sexual harm): it can be skipped.
    let hint_key = format!("{}.hint", question_key(question.kind, &question.id));
    let hint = check.texts().has(&hint_key).then(|| check.t(&hint_key));
    // The hint, and the "choose one" message while it shows, describe the group.
    let has_hint = hint.is_some();
    let described_by = move || {
        let ids: Vec<&str> = [(has_hint, "cs-hint"), (missing.get(), "cs-error")]
            .into_iter()
            .filter_map(|(on, id)| on.then_some(id))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let spoken = {
        let labels: Vec<String> = journey::options(catalogue, question)
            .iter()
            .map(|o| check.t(&o.label_key()))
            .collect();
        let text = check.t(&question_key(question.kind, &question.id));
        let hint = hint.as_deref().map(|h| format!(" {h}")).unwrap_or_default();
        format!("{} {text}{hint} {}.", progress(), labels.join(". "))
    };
    let options = journey::options(catalogue, question)
        .into_iter()
        .map(|option| {
            let (id, chosen) = (id.clone(), option.clone());
            let checked = {
                let id = id.clone();
                move || check.answers.with(|a| a.get(&id) == Some(&chosen))
            };
            let label = check.t(&option.label_key());
            view! {
                <label class="cs-option">
                    <input
                        type="radio"
                        name=id.clone()
                        value=option.code().to_string()
                        prop:checked=checked
                        aria-invalid=move || missing.get().then_some("true")
                        on:change=move |_| {
                            check.answer(&id, option.clone());
                            missing.set(false);
                        }
                    />
                    <span class="cs-option__label">{label}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <form class="cs-screen cs-question" on:submit=on_submit novalidate>
            <p id="cs-progress" class="cs-progress">{progress}</p>
            <div class="cs-bar" aria-hidden="true">
                <div class="cs-bar__fill" style:width=percent></div>
            </div>
            <fieldset class="cs-fieldset" aria-describedby=described_by>
                <legend>
                    // Focus lands here on each question: the progress is read with it.
                    <h1 tabindex="-1" aria-describedby="cs-progress">
                        {check.t(&question_key(question.kind, &question.id))}
                    </h1>
                </legend>
                {hint.clone().map(|text| view! { <p id="cs-hint" class="cs-hint">{text}</p> })}
                <div class="cs-options">{options}</div>
            </fieldset>
            <Listen check text=spoken />
            <Show when=move || missing.get()>
                <p id="cs-error" class="cs-error" role="alert">{check.t("ui.choose_one")}</p>
            </Show>
            <div class="cs-actions">
                <button type="button" class="cs-button cs-button--secondary" on:click=move |_| check.back()>
                    <span aria-hidden="true" class="cs-arrow-back"></span>
                    {check.t("ui.back")}
                </button>
                <button type="submit" class="cs-button">
                    {move || if is_last() { check.t("ui.see_result") } else { check.t("ui.next") }}
                </button>
            </div>
        </form>
    }
    .into_any()
}
