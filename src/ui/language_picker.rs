//! The language switcher: every shipped language, named in itself. Changing
//! it keeps the answers; nothing is stored unless answers are kept.

use super::state::{offered_languages, Check};
use crate::domain::content::languages;
use leptos::prelude::*;

#[component]
pub fn LanguagePicker(check: Check) -> impl IntoView {
    let current = check.lang.get_untracked();
    let offered = offered_languages(check.config);
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
            check.lang.set(language.code);
        }
    };
    view! {
        <div class="cs-language">
            <label for="cs-language">{check.t("ui.language.label")}</label>
            <select id="cs-language" on:change=choose>{options}</select>
        </div>
    }
}
