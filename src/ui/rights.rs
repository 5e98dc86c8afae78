//! Rights, non-punishment first, each with its sources and a not-legal-advice note.

use super::sources::SourceList;
use super::state::Check;
use crate::domain::help::Mark;
use crate::domain::journey::Screen;
use leptos::prelude::*;

#[component]
pub fn RightsScreen(check: Check) -> impl IntoView {
    let help = &check.content.help;
    let checked = check.fill("ui.rights.checked", &[("date", &help.checked)]);
    let rights = help
        .rights
        .iter()
        .map(|right| {
            let key = |part: &str| format!("right.{}.{part}", right.id);
            view! {
                <li class="cs-card">
                    <h2>{check.t(&key("title"))}</h2>
                    <p class="cs-tag">{check.t(&format!("ui.rights.scope.{}", right.scope))}</p>
                    <p>{check.t(&key("body"))}</p>
                    {(right.mark == Mark::S).then(|| view! { <p class="cs-muted">{check.t("ui.rights.secondary")}</p> })}
                    <SourceList check sources=&right.sources />
                    <p class="cs-muted">{checked.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{check.t("ui.rights.title")}</h1>
            <p class="cs-note">{check.t("ui.rights.legal_note")}</p>
            <ul class="cs-cards">{rights}</ul>
            <div class="cs-actions">
                <button type="button" class="cs-button" on:click=move |_| check.go(Screen::Help)>
                    {check.t("ui.result.help_button")}
                </button>
            </div>
        </section>
    }
}
