//! The calm first screen: what this is, that it is private, how to leave.

use super::journeys::JourneyLinks;
use super::state::Check;
use crate::domain::journey::{self, Screen};
use leptos::prelude::*;

#[component]
pub fn StartScreen(check: Check) -> impl IntoView {
    let started = move || check.answers.with(|a| !a.is_empty());
    let resume = move |_| {
        let screen = check
            .answers
            .with_untracked(|a| journey::first_unanswered(&check.content.catalogue, a));
        check.go(screen);
    };
    let restart = move |_| {
        check.clear();
        check.go(Screen::Question(0));
    };
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{check.t("ui.start.title")}</h1>
            {check.config.organisation.as_ref().map(|org| view! {
                <p class="cs-org">
                    {check.fill("ui.embed.shared_by", &[("org", &org.name)])}
                    {org.contact_for(check.lang.get_untracked()).map(|(written_in, c)| {
                        view! { " " <span lang=written_in>{c.to_string()}</span> }
                    })}
                </p>
            })}
            <p class="cs-lead">{check.t("ui.start.intro")}</p>
            <ul class="cs-points">
                <li>{check.t("ui.start.time")}</li>
                <li><strong>{check.t("ui.start.private")}</strong></li>
                <li>{check.t("ui.start.exit")}</li>
                <li>{check.t("ui.start.skip")}</li>
            </ul>
            // The page's own start text ends here (index.html): the rest may
            // follow in a task of its own, below it (see `Check::settled`).
            <Show when=move || check.settled.get()>
            // An embedder may offer only the other journeys.
            <Show when=move || check.config.journeys.contains(&"check")>
                <div class="cs-actions">
                    <Show
                        when=started
                        fallback=move || view! {
                            <button type="button" class="cs-button" on:click=move |_| start(check)>
                                {check.t("ui.start.button")}
                            </button>
                        }
                    >
                        <button type="button" class="cs-button" on:click=resume>{check.t("ui.start.resume")}</button>
                        <button type="button" class="cs-button cs-button--secondary" on:click=restart>
                            {check.t("ui.restart")}
                        </button>
                    </Show>
                </div>
            </Show>
            <JourneyLinks check />
            <p class="cs-links">
                <button type="button" class="cs-link" on:click=move |_| check.go(Screen::Help)>
                    {check.t("ui.start.help_link")}
                </button>
                <button type="button" class="cs-link" on:click=move |_| check.go(Screen::StayingSafe)>
                    {check.t("ui.start.safety_link")}
                </button>
            </p>
            </Show>
        </section>
    }
}

fn start(check: Check) {
    if cfg!(feature = "test-build") && crate::browser::page::hash() == "#panic" {
        panic!("test panic: this build has the `test-build` feature");
    }
    check.go(Screen::Question(0));
}
