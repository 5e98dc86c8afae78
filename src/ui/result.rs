//! What the answers show: safety first if needed, the level, and why.

use super::listen::Listen;
use super::state::Check;
use super::terms::Terms;
use crate::domain::assessment::{assess, Level, Raised};
use crate::domain::catalogue::Element;
use crate::domain::journey::question_key;
use crate::domain::journey::Screen;
use leptos::prelude::*;

#[component]
pub fn ResultScreen(check: Check) -> impl IntoView {
    let catalogue = &check.content.catalogue;
    let outcome = check.answers.with_untracked(|a| assess(catalogue, a));
    let level = outcome.level.id();
    let (title_key, body_key) = (outcome.title_key(), outcome.body_key());
    let minor_line = outcome.shows_minor_line();
    // Where the emergency number is police who may not be safe, it says so.
    let point_danger = if crate::domain::places::officials_caution(check.current_place()) {
        "ui.safety.point_danger_caution"
    } else {
        "ui.safety.point_danger"
    };
    // "Listen" reads what the screen shows, in the same order.
    let safety_keys = [
        "ui.safety.title",
        "ui.safety.body",
        "ui.safety.point_exit",
        "ui.safety.point_phone",
        point_danger,
    ];
    let spoken = safety_keys
        .iter()
        .filter(|_| outcome.safety_first)
        .map(|k| k.to_string())
        .chain([title_key.clone(), body_key.clone()])
        .chain(minor_line.then(|| "level.minor".to_string()))
        .chain(outcome.age_unsure.then(|| "level.minor_unsure".to_string()))
        .chain(["ui.result.not_finding".to_string()])
        .map(|k| check.t(&k))
        .collect::<Vec<_>>()
        .join(" ");

    // The answers behind each legal element ("made to do it", "control"...),
    // in the order the rule reads them.
    let groups = Element::ALL
        .into_iter()
        .filter_map(|element| {
            let items: Vec<&Raised> = outcome
                .raised
                .iter()
                .filter(|r| r.sign.element == element)
                .collect();
            if items.is_empty() {
                return None;
            }
            let items = items.into_iter().map(|r| why_item(check, r)).collect_view();
            Some(view! {
                <h2 class="cs-why-heading">{check.t(&format!("dim.{}", element.id()))}</h2>
                <ul class="cs-why">{items}</ul>
            })
        })
        .collect_view();
    // Skipping is never held against the person, but they should know it counts.
    let skipped = (!outcome.skipped.is_empty()).then(|| {
        let items = outcome
            .skipped
            .iter()
            .map(|q| view! { <li>{check.t(&question_key(q.kind, &q.id))}</li> })
            .collect_view();
        view! {
            <p>{check.t("ui.result.skipped")}</p>
            <ul class="cs-why">{items}</ul>
        }
    });
    // The hard words of the headline and the reasons, explained under them.
    let why_texts: Vec<String> = [check.t(&title_key), check.t(&body_key)]
        .into_iter()
        .chain(
            outcome
                .raised
                .iter()
                .map(|r| check.t(&format!("sign.{}", r.sign.id))),
        )
        .collect();
    let safety = outcome.safety_first.then(|| {
        view! {
            <div class="cs-safety" role="note">
                <h2>{check.t("ui.safety.title")}</h2>
                <p>{check.t("ui.safety.body")}</p>
                <ul>
                    <li>{check.t("ui.safety.point_exit")}</li>
                    <li>{check.t("ui.safety.point_phone")}</li>
                    <li>{check.t(point_danger)}</li>
                </ul>
                <button type="button" class="cs-button" on:click=move |_| check.go(Screen::Help)>
                    {check.t("ui.result.help_button")}
                </button>
            </div>
        }
    });

    let rights = move || {
        view! {
            <button type="button" class="cs-button" on:click=move |_| check.go(Screen::Rights)>
                {check.t("ui.result.rights_button")}
            </button>
        }
    };
    let help = move || {
        view! {
            <button type="button" class="cs-button" on:click=move |_| check.go(Screen::Help)>
                {check.t("ui.result.help_button")}
            </button>
        }
    };
    // With no signs, or too few answers to say, who can help comes first.
    let actions = if outcome.level <= Level::Unclear {
        (help(), rights()).into_any()
    } else {
        (rights(), help()).into_any()
    };

    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{check.t("ui.result.title")}</h1>
            {safety}
            <p class="cs-lead" data-level=level>{check.t(&title_key)}</p>
            <p>{check.t(&body_key)}</p>
            {minor_line.then(|| view! { <p>{check.t("level.minor")}</p> })}
            {outcome.age_unsure.then(|| view! { <p>{check.t("level.minor_unsure")}</p> })}
            <p class="cs-muted">{check.t("ui.result.not_finding")}</p>
            <Listen check text=spoken />
            <div class="cs-actions">{actions}</div>
            <details class="cs-details">
                <summary>{check.t("ui.result.why")}</summary>
                <p>{check.t("ui.result.why_intro")}</p>
                {if outcome.raised.is_empty() {
                    view! { <p>{check.t("ui.result.no_signs")}</p> }.into_any()
                } else {
                    groups.into_any()
                }}
                {skipped}
                <Terms check shown=why_texts />
            </details>
            <button type="button" class="cs-button cs-button--secondary" on:click=move |_| check.back()>
                {check.t("ui.result.change")}
            </button>
        </section>
    }
}

/// One sign, with the question and answer that raised it.
fn why_item(check: Check, raised: &Raised) -> impl IntoView {
    let q = raised.question;
    let asked = check.t(&question_key(q.kind, &q.id));
    view! {
        <li>
            <p>{check.t(&format!("sign.{}", raised.sign.id))}</p>
            <p class="cs-muted">
                {check.fill("ui.result.your_answer", &[("question", &asked)])}
                " "
                {check.fill("ui.result.you_said", &[("answer", &check.t(&raised.answer.label_key()))])}
            </p>
        </li>
    }
}
