//! Rights where the person is, then everywhere; those matching the answers
//! first. "If police or officials stop you" comes first for someone who said
//! they were arrested or charged. Each with its sources, a date, and a
//! not-legal-advice note.

use super::lang::Lang;
use super::place_picker::PlacePicker;
use super::sources::SourceList;
use super::state::{use_lang, use_places, use_progress, use_site, Progress, Site};
use super::terms::Terms;
use crate::domain::assessment::assess;
use crate::domain::help::{Jurisdiction, Mark, Right};
use crate::domain::journey::Screen;
use crate::domain::places;
use leptos::prelude::*;

#[component]
pub fn RightsScreen() -> impl IntoView {
    let (site, lang, places, progress) = (use_site(), use_lang(), use_places(), use_progress());
    let help = &site.content.help;
    let lists = move || {
        let place = places.current();
        let answers = progress.answers.get();
        let outcome = (!answers.is_empty()).then(|| assess(&site.content.catalogue, &answers));
        let matched = !places::priority_topics(help, outcome.as_ref()).is_empty();
        let police_first = places::police_first(help, outcome.as_ref());
        let (here, everywhere) = places::rights_for(help, place, outcome.as_ref());
        let here_section = place.map(|p| {
            let name = lang.t(&format!("jur.{}", p.id));
            let no_law = !places::has_local_non_punishment(help, p);
            view! {
                <h2>{lang.fill("ui.rights.here", &[("place", &name)])}</h2>
                {no_law.then(|| view! { <p class="cs-note">{lang.t("ui.rights.no_law")}</p> })}
                {if here.is_empty() {
                    (!no_law).then(|| view! { <p>{lang.t("ui.rights.none_here")}</p> }).into_any()
                } else {
                    view! { <ul class="cs-cards">{cards(lang, here)}</ul> }.into_any()
                }}
            }
        });
        let held_now = outcome.as_ref().is_some_and(|o| o.safety_first);
        let police = police_section(site, lang, progress, place, held_now);
        let (before, after) = if police_first {
            (Some(police), None)
        } else {
            (None, Some(police))
        };
        view! {
            {before}
            {matched.then(|| view! { <p>{lang.t("ui.rights.matched")}</p> })}
            {here_section}
            <h2>{lang.t("ui.rights.everywhere")}</h2>
            <ul class="cs-cards">{cards(lang, everywhere)}</ul>
            {after}
        }
    };
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{lang.t("ui.rights.title")}</h1>
            <p class="cs-note">{lang.t("ui.rights.legal_note")}</p>
            <PlacePicker />
            {lists}
            <div class="cs-actions">
                <button type="button" class="cs-button" on:click=move |_| progress.go(Screen::Help)>
                    {lang.t("ui.result.help_button")}
                </button>
            </div>
        </section>
    }
}

/// "If police or officials stop you". Someone still held reads how to
/// contact help safely first. Where officials may be complicit, or treat
/// victims as suspects, the caution and who to contact first come before any
/// advice, and the card is only an option, with that caution. Before a place
/// is known, a short general caution stands in for the place's advice.
fn police_section(
    site: &'static Site,
    lang: &'static Lang,
    progress: &'static Progress,
    place: Option<&'static Jurisdiction>,
    held_now: bool,
) -> impl IntoView {
    let help = &site.content.help;
    let guidance = places::police_guidance(help, place);
    let caution = place.and_then(|p| p.officials_caution.as_ref().map(|c| (p, c)));
    let held = held_now.then(|| {
        view! {
            <div class="cs-safety" role="note">
                <h3>{lang.t("ui.rights.held_now.title")}</h3>
                <p>{lang.t("ui.rights.held_now.body")}</p>
            </div>
        }
    });
    let warning = caution.map(|(p, c)| {
        let why = format!("caution.{}", p.id);
        let checked = lang.fill("ui.rights.checked", &[("date", &lang.date(&c.checked))]);
        view! {
            <div class="cs-note cs-caution">
                <h3>{lang.t("ui.rights.caution.title")}</h3>
                <p>{lang.t("ui.rights.caution.body")}</p>
                {lang.texts().has(&why).then(|| view! { <p>{lang.t(&why)}</p> })}
                <p>{lang.t("ui.rights.caution.first")}</p>
                <p>{lang.t("ui.rights.caution.leak")}</p>
                {(c.mark == Mark::S).then(|| view! { <p class="cs-muted">{lang.t("ui.rights.secondary")}</p> })}
                <SourceList sources=&c.sources />
                <p class="cs-muted">{checked}</p>
            </div>
        }
    });
    let no_place = place
        .is_none()
        .then(|| view! { <p class="cs-note">{lang.t("ui.rights.no_place")}</p> });
    let card_caution = caution.map(|_| view! { <p>{lang.t("ui.rights.caution.card")}</p> });
    let card_class = if caution.is_some() {
        "cs-button cs-button--secondary"
    } else {
        "cs-button"
    };
    view! {
        <section class="cs-police" aria-labelledby="cs-police-heading">
            <h2 id="cs-police-heading">{lang.t("ui.rights.police")}</h2>
            {held}
            {warning}
            {no_place}
            <ul class="cs-cards">{cards(lang, guidance)}</ul>
            {card_caution}
            <div class="cs-actions">
                <button type="button" class=card_class on:click=move |_| progress.go(Screen::Card)>
                    {lang.t("ui.card.open")}
                </button>
            </div>
        </section>
    }
}

fn cards(lang: &'static Lang, rights: Vec<&'static Right>) -> impl IntoView {
    rights
        .into_iter()
        .map(|right| {
            let key = |part: &str| format!("right.{}.{part}", right.id);
            let checked = lang.fill("ui.rights.checked", &[("date", &lang.date(&right.checked))]);
            let (title, body) = (lang.t(&key("title")), lang.t(&key("body")));
            let shown = vec![title.clone(), body.clone()];
            view! {
                <li class="cs-card">
                    <h3>{title}</h3>
                    <p>{body}</p>
                    <Terms shown />
                    {(right.mark == Mark::S).then(|| view! { <p class="cs-muted">{lang.t("ui.rights.secondary")}</p> })}
                    <SourceList sources=&right.sources />
                    <p class="cs-muted">{checked}</p>
                </li>
            }
        })
        .collect_view()
}
