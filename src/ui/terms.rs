//! "What these words mean": short explanations of the hard words a card or
//! screen uses ("T visa", "prosecutor"…), in the person's language, right
//! under the text that uses them (see `domain::terms`).

use super::state::use_lang;
use crate::domain::terms::explained_in;
use leptos::prelude::*;

#[component]
pub fn Terms(
    /// The texts shown here, in the current language.
    shown: Vec<String>,
) -> impl IntoView {
    let lang = use_lang();
    let texts = lang.texts();
    let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
    let found = explained_in(texts, &shown);
    (!found.is_empty()).then(|| {
        let items = found
            .into_iter()
            .map(|t| view! { <li>{t.means.to_string()}</li> })
            .collect_view();
        view! {
            <details class="cs-terms">
                <summary>{lang.t("ui.terms.title")}</summary>
                <ul>{items}</ul>
            </details>
        }
    })
}
