//! The calm first screen: what this is, that it is private, how to leave.

use super::journeys::JourneyLinks;
use super::persist::use_forget;
use super::state::{use_lang, use_progress, use_site, Progress};
use crate::domain::journey::{self, Screen};
use leptos::prelude::*;

#[component]
pub fn StartScreen() -> impl IntoView {
    let (site, lang, progress, forget) = (use_site(), use_lang(), use_progress(), use_forget());
    let started = move || progress.answers.with(|a| !a.is_empty());
    let resume = move |_| {
        let screen = progress
            .answers
            .with_untracked(|a| journey::first_unanswered(&site.content.catalogue, a));
        progress.go(screen);
    };
    let restart = move |_| {
        forget.clear();
        progress.go(Screen::Question(0));
    };
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{lang.t("ui.start.title")}</h1>
            {site.config.organisation.as_ref().map(|org| view! {
                <p class="cs-org">
                    {lang.fill("ui.embed.shared_by", &[("org", &org.name)])}
                    {org.contact_for(lang.code.get_untracked()).map(|(written_in, c)| {
                        view! { " " <span lang=written_in>{c.to_string()}</span> }
                    })}
                </p>
            })}
            <p class="cs-lead">{lang.t("ui.start.intro")}</p>
            <ul class="cs-points">
                <li>{lang.t("ui.start.time")}</li>
                <li><strong>{lang.t("ui.start.private")}</strong></li>
                <li>{lang.t("ui.start.exit")}</li>
                <li>{lang.t("ui.start.skip")}</li>
            </ul>
            // The page's own start text ends here (index.html): the rest may
            // follow in a task of its own, below it (see `Progress::settled`).
            <Show when=move || progress.settled.get()>
            // An embedder may offer only the other journeys.
            <Show when=move || site.config.journeys.contains(&"check")>
                <div class="cs-actions">
                    <Show
                        when=started
                        fallback=move || view! {
                            <button type="button" class="cs-button" on:click=move |_| start(progress)>
                                {lang.t("ui.start.button")}
                            </button>
                        }
                    >
                        <button type="button" class="cs-button" on:click=resume>{lang.t("ui.start.resume")}</button>
                        <button type="button" class="cs-button cs-button--secondary" on:click=restart>
                            {lang.t("ui.restart")}
                        </button>
                    </Show>
                </div>
            </Show>
            <JourneyLinks />
            <p class="cs-links">
                <button type="button" class="cs-link" on:click=move |_| progress.go(Screen::Help)>
                    {lang.t("ui.start.help_link")}
                </button>
                <button type="button" class="cs-link" on:click=move |_| progress.go(Screen::StayingSafe)>
                    {lang.t("ui.start.safety_link")}
                </button>
            </p>
            </Show>
        </section>
    }
}

fn start(progress: &'static Progress) {
    if cfg!(feature = "test-build") && crate::browser::page::hash() == "#panic" {
        panic!("test panic: this build has the `test-build` feature");
    }
    progress.go(Screen::Question(0));
}
