//! A card to show police or officials: three sentences in the person's
//! language and, beside them, in the language officials use where the person
//! is. Printable; nothing is typed, so nothing is stored.

use super::state::{use_lang, use_places, use_progress};
use crate::browser::print;
use crate::domain::content;
use crate::domain::journey::Screen;
use crate::domain::places::{self, CardLanguages};
use leptos::prelude::*;

/// The card's sentences, in order.
const SENTENCES: [&str; 3] = ["ui.card.victim", "ui.card.lawyer", "ui.card.referral"];

#[component]
pub fn CardScreen() -> impl IntoView {
    let (lang, places, progress) = (use_lang(), use_places(), use_progress());
    let own_lang = lang.code.get_untracked();
    // The officials' language and a note, for the place shown (which may be
    // suggested just after start: see `Places::suggested`).
    let for_place = move || {
        let shipped = |code: &str| content::language(code).is_some();
        let (other, note) = match places
            .current()
            .map(|p| places::card_languages(p, own_lang, shipped))
        {
            Some(CardLanguages::Same) => (None, None),
            Some(CardLanguages::Official(code)) => (Some(code), None),
            Some(CardLanguages::English) => (Some("en"), Some("ui.card.english")),
            None => (Some("en"), Some("ui.card.no_place")),
        };
        // English beside English says it twice: one column is enough, and no
        // note that the card is "also in English".
        let other = other.filter(|code| *code != own_lang);
        let note = note.filter(|_| other.is_some());
        (
            other.and_then(|code| content::language(code).map(|l| l.code)),
            note,
        )
    };
    let column = move |code: &'static str, sentences: [&'static str; 3]| {
        let dir = content::language(code).map_or("ltr", |l| l.dir);
        let lines = sentences
            .iter()
            .map(|text| view! { <p>{text.to_string()}</p> })
            .collect_view();
        view! { <div class="cs-card-text" lang=code dir=dir>{lines}</div> }
    };
    let own = lang.texts();
    let own = SENTENCES.map(|key| own.get(key));
    view! {
        <section class="cs-screen cs-official" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{lang.t("ui.card.title")}</h1>
            <p class="cs-lead cs-no-print">{lang.t("ui.card.intro")}</p>
            <div class="cs-official__card">
                {column(own_lang, own)}
                // The officials' language is in the app (build.rs); a
                // language without the card's sentences shows English.
                {move || {
                    let code = for_place().0?;
                    match content::card_sentences(code) {
                        Some(sentences) => Some(column(code, sentences)),
                        None if own_lang != "en" => content::card_sentences("en").map(|s| column("en", s)),
                        None => None,
                    }
                }}
            </div>
            {move || for_place().1.map(|key| view! { <p class="cs-muted">{lang.t(key)}</p> })}
            <div class="cs-actions cs-no-print">
                <button type="button" class="cs-button" on:click=move |_| print::print()>
                    {lang.t("ui.card.print")}
                </button>
                <button type="button" class="cs-button cs-button--secondary" on:click=move |_| progress.go(Screen::Rights)>
                    {lang.t("ui.card.back")}
                </button>
            </div>
        </section>
    }
}
