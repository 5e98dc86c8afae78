//! What the answers show: safety first if needed, the level, and why.

use super::lang::Lang;
use super::listen::Listen;
use super::state::{use_lang, use_places, use_progress};
use super::terms::Terms;
use crate::domain::assessment::{assess, Level, Raised};
use crate::domain::catalogue::Element;
use crate::domain::journey::question_key;
use crate::domain::journey::Screen;
use leptos::prelude::*;

#[component]
pub fn ResultScreen() -> impl IntoView {
    let (lang, places, progress) = (use_lang(), use_places(), use_progress());
    let catalogue = progress.catalogue;
    let outcome = progress.answers.with_untracked(|a| assess(catalogue, a));
    let level = outcome.level.id();
    let (title_key, body_key) = (outcome.title_key(), outcome.body_key());
    let minor_line = outcome.shows_minor_line();
    // Where the emergency number is police who may not be safe, it says so.
    let point_danger = if crate::domain::places::officials_caution(places.current()) {
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
        .map(|k| lang.t(&k))
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
            let items = items.into_iter().map(|r| why_item(lang, r)).collect_view();
            Some(view! {
                <h2 class="cs-why-heading">{lang.t(&format!("dim.{}", element.id()))}</h2>
                <ul class="cs-why">{items}</ul>
            })
        })
        .collect_view();
    // Skipping is never held against the person, but they should know it counts.
    let skipped = (!outcome.skipped.is_empty()).then(|| {
        let items = outcome
            .skipped
            .iter()
            .map(|q| view! { <li>{lang.t(&question_key(q.kind, &q.id))}</li> })
            .collect_view();
        view! {
            <p>{lang.t("ui.result.skipped")}</p>
            <ul class="cs-why">{items}</ul>
        }
    });
    // The hard words of the headline and the reasons, explained under them.
    let why_texts: Vec<String> = [lang.t(&title_key), lang.t(&body_key)]
        .into_iter()
        .chain(
            outcome
                .raised
                .iter()
                .map(|r| lang.t(&format!("sign.{}", r.sign.id))),
        )
        .collect();
    let safety = outcome.safety_first.then(|| {
        view! {
            <div class="cs-safety" role="note">
                <h2>{lang.t("ui.safety.title")}</h2>
                <p>{lang.t("ui.safety.body")}</p>
                <ul>
                    <li>{lang.t("ui.safety.point_exit")}</li>
                    <li>{lang.t("ui.safety.point_phone")}</li>
                    <li>{lang.t(point_danger)}</li>
                </ul>
                <button type="button" class="cs-button" on:click=move |_| progress.go(Screen::Help)>
                    {lang.t("ui.result.help_button")}
                </button>
            </div>
        }
    });

    let rights = move || {
        view! {
            <button type="button" class="cs-button" on:click=move |_| progress.go(Screen::Rights)>
                {lang.t("ui.result.rights_button")}
            </button>
        }
    };
    let help = move || {
        view! {
            <button type="button" class="cs-button" on:click=move |_| progress.go(Screen::Help)>
                {lang.t("ui.result.help_button")}
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
            <h1 id="cs-heading" tabindex="-1">{lang.t("ui.result.title")}</h1>
            {safety}
            <p class="cs-lead" data-level=level>{lang.t(&title_key)}</p>
            <p>{lang.t(&body_key)}</p>
            {minor_line.then(|| view! { <p>{lang.t("level.minor")}</p> })}
            {outcome.age_unsure.then(|| view! { <p>{lang.t("level.minor_unsure")}</p> })}
            <p class="cs-muted">{lang.t("ui.result.not_finding")}</p>
            <Listen text=spoken />
            <div class="cs-actions">{actions}</div>
            <details class="cs-details">
                <summary>{lang.t("ui.result.why")}</summary>
                <p>{lang.t("ui.result.why_intro")}</p>
                {if outcome.raised.is_empty() {
                    view! { <p>{lang.t("ui.result.no_signs")}</p> }.into_any()
                } else {
                    groups.into_any()
                }}
                {skipped}
                <Terms shown=why_texts />
            </details>
            <button type="button" class="cs-button cs-button--secondary" on:click=move |_| progress.back()>
                {lang.t("ui.result.change")}
            </button>
        </section>
    }
}

/// One sign, with the question and answer that raised it.
fn why_item(lang: &'static Lang, raised: &Raised) -> impl IntoView {
    let q = raised.question;
    let asked = lang.t(&question_key(q.kind, &q.id));
    view! {
        <li>
            <p>{lang.t(&format!("sign.{}", raised.sign.id))}</p>
            <p class="cs-muted">
                {lang.fill("ui.result.your_answer", &[("question", &asked)])}
                " "
                {lang.fill("ui.result.you_said", &[("answer", &lang.t(&raised.answer.label_key()))])}
            </p>
        </li>
    }
}
