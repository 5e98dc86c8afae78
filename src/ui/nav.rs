//! Section buttons on every screen, "Delete my answers" and the language,
//! after the screen (see `app.rs`): on a phone the screen's own heading comes
//! first, right under the header with the quick exit.
//! Buttons, not links: screens change without adding browser history.
//! Rendered once (not per screen or language): its texts follow the language
//! reactively, so the control the person is using keeps focus. On the
//! standalone page a link in the header leads here in one tap (index.html).

use super::clear_button::ClearButton;
use super::language_picker::LanguagePicker;
use super::state::{use_lang, use_progress, Progress};
use crate::domain::journey::{self, Screen};
use leptos::prelude::*;

#[component]
pub fn Nav() -> impl IntoView {
    let (lang, progress) = (use_lang(), use_progress());
    let live = move |key: &'static str| {
        move || {
            lang.code.track();
            lang.t(key)
        }
    };
    let section =
        move |label: &'static str, target: fn(&Progress) -> Screen, active: fn(Screen) -> bool| {
            view! {
                <li>
                    <button
                        type="button"
                        class="cs-nav__button"
                        aria-current=move || active(progress.screen.get()).then_some("page")
                        on:click=move |_| progress.go(target(progress))
                    >
                        {live(label)}
                    </button>
                </li>
            }
        };
    view! {
        // Focusable (not in the Tab order) for the standalone page's header
        // shortcut (index.html, static/exit.js).
        <nav class="cs-nav" id="cs-sections" tabindex="-1" aria-label=live("ui.nav.label")>
            <ul>
                {section(
                    "ui.nav.check",
                    |p| p.answers.with_untracked(|a| {
                        if a.is_empty() { Screen::Start } else { journey::first_unanswered(p.catalogue, a) }
                    }),
                    |s| matches!(s, Screen::Start | Screen::Question(_) | Screen::Result),
                )}
                {section("ui.nav.rights", |_| Screen::Rights, |s| matches!(s, Screen::Rights | Screen::Card))}
                {section("ui.nav.help", |_| Screen::Help, |s| s == Screen::Help)}
                {section("ui.nav.safety", |_| Screen::StayingSafe, |s| s == Screen::StayingSafe)}
            </ul>
            <ClearButton />
            <LanguagePicker />
        </nav>
    }
}
