//! The language control: every offered language, named in itself, and a
//! "Change language" button. The page changes only when the button is pressed:
//! moving through the list with the arrow keys changes nothing (WCAG 3.2.2),
//! and touch, mouse and keyboard work the same way. The control is not
//! re-created when the language changes (see `app.rs`), so focus stays on the
//! button; the status line then says the new language, in that language.
//! Changing keeps the answers; nothing is stored unless answers are kept.
//! A language whose file has not arrived yet is applied when it does (every
//! file is already on its way: see `languages.rs`); nothing is fetched here.

use super::languages::{self, texts_for};
use super::state::{offered_languages, use_lang, use_progress, use_site};
use crate::domain::content::languages;
use leptos::prelude::*;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let (site, lang, progress) = (use_site(), use_lang(), use_progress());
    let current = lang.code.get_untracked();
    // The language chosen in the list, not yet applied.
    let pending = RwSignal::new(current);
    let offered = offered_languages(site.config);
    // In the embedder's order (`languages` in the configuration).
    let options = offered
        .iter()
        .filter_map(|code| crate::domain::content::language(code))
        .map(|l| {
            view! {
                <option value=l.code lang=l.code selected=l.code == current>{l.name}</option>
            }
        })
        .collect_view();
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(language) = languages().iter().find(|l| l.code == code) {
            pending.set(language.code);
        }
    };
    let apply = move |_| {
        let code = pending.get_untracked();
        if code == lang.code.get_untracked() {
            return;
        }
        if texts_for(code).is_none() {
            progress.notice.set(Some("ui.language.loading"));
        }
        languages::when_settled(code, move |ok| {
            // Unless the person chose another language meanwhile.
            if pending.get_untracked() != code {
                return;
            }
            if ok {
                lang.code.set(code);
                // Shown and announced (role="status") in the new language.
                progress.notice.set(Some("ui.language.changed"));
            } else {
                progress.notice.set(Some("ui.language.unavailable"));
            }
        });
    };
    // The button speaks the language it leads to, once that is here.
    let button_lang = move || {
        languages::track();
        let code = pending.get();
        if texts_for(code).is_some() {
            code
        } else {
            lang.code.get_untracked()
        }
    };
    let live = move |key: &'static str| {
        move || {
            lang.code.track();
            lang.t(key)
        }
    };
    let draft = move || {
        let code = lang.code.get();
        let is_draft = texts_for(code).is_some_and(|t| t.get("meta.status") == "draft");
        is_draft.then(
            || view! { <p class="cs-muted cs-language__draft">{lang.t("ui.language.draft")}</p> },
        )
    };
    view! {
        <div class="cs-language">
            <label for="cs-language">{live("ui.language.label")}</label>
            <select id="cs-language" on:change=choose>{options}</select>
            <button
                type="button"
                class="cs-language__change"
                lang=button_lang
                on:click=apply
            >
                {move || texts_for(button_lang()).map_or("", |t| t.get("ui.language.change")).to_string()}
            </button>
            {draft}
        </div>
    }
}
