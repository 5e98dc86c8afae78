//! What the quick exit does and does not do, and how to stay safer online.

use super::keep_answers::KeepAnswers;
use super::state::{use_lang, use_site};
use leptos::prelude::*;

#[component]
pub fn StayingSafeScreen() -> impl IntoView {
    let (site, lang) = (use_site(), use_lang());
    let points = [
        "exit",
        "history",
        "restore",
        "private",
        "one_entry",
        "phone",
        "screen_reader",
    ]
    .into_iter()
    .map(|p| view! { <li>{lang.t(&format!("ui.staying_safe.{p}"))}</li> })
    .collect_view();
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{lang.t("ui.staying_safe.title")}</h1>
            <ul class="cs-points">{points}</ul>
            {site.config.keep_answers.then(|| view! { <h2>{lang.t("ui.keep.title")}</h2> })}
            <KeepAnswers />
        </section>
    }
}
