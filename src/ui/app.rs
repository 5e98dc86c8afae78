//! The root component: loads content, restores the check, shows one screen.

use super::journeys;
use super::lang::Lang;
use super::languages;
use super::persist;
use super::state::{self, Progress, Site, State};
use super::staying_safe::StayingSafeScreen;
use super::{card::CardScreen, rights::RightsScreen, start::StartScreen};
use super::{help::HelpScreen, nav::Nav, question::QuestionScreen, result::ResultScreen};
use crate::browser::{console, locale, page, storage, wait};
use crate::domain::config::Config;
use crate::domain::content::{self, Content, DEFAULT_LANGUAGE};
use crate::domain::early;
use crate::domain::journey::Screen;
use crate::domain::session;
use crate::domain::settings;
use crate::domain::stored::Stored;
use leptos::prelude::*;

/// Start the app in `root`, in steps, each a task of its own: the content;
/// the settings; the language (its file, if it is not built in); the
/// check's state; the app; then, in `app`, its first screen in place of the
/// page's own start text. On a cheap phone no one step holds the page, or
/// the quick exit's keys, long.
pub fn begin(root: web_sys::HtmlElement) {
    wasm_bindgen_futures::spawn_local(start(root));
}

async fn start(root: web_sys::HtmlElement) {
    wait::next_task().await;
    let Some(content) = load_content() else {
        return;
    };
    wait::next_task().await;
    let (config, debug) = read_settings(content);
    wait::next_task().await;
    let (lang, notice) = settle_language(content, config).await;
    // With the place to suggest, read in a worker as the app starts (see
    // `read_settings`) and nearly always here by now.
    locale::time_zone_known(PLACE_WAIT_MS).await;
    // The check's state now, the view in the next task.
    let state = restore(Site { content, config }, lang, notice);
    wait::next_task().await;
    page::keep_start_text();
    leptos::mount::mount_to(root, move || app(debug, state)).forget();
}

fn load_content() -> Option<&'static Content> {
    match Content::load(DEFAULT_LANGUAGE) {
        // Leaked on purpose: content lives as long as the page, and a
        // 'static reference keeps every closure simple.
        Ok(content) => Some(Box::leak(Box::new(content))),
        Err(reason) => {
            console::error(&reason);
            page::show_fallback();
            None
        }
    }
}

/// The embedder's settings, and with `"debug": true` on the standalone page
/// their problems, to show the embedder above the app.
fn read_settings(content: &'static Content) -> (&'static Config, Option<Vec<String>>) {
    // The embedder's configuration (settings.json or the page's block): each
    // problem is one console line, the bad part falls back to its default and
    // the rest applies. With "debug": true the embedder sees them on the page.
    let settings = settings::read(&page::config_sources(), &content.help);
    for p in &settings.problems {
        console::warn(p);
    }
    let debug = (settings.debug && page::is_standalone()).then_some(settings.problems);
    let config: &'static Config = Box::leak(Box::new(settings.config));
    // For the place to suggest, read in a worker while the app starts.
    if config.default_place.is_none() {
        locale::ask_time_zone();
    }
    (config, debug)
}

/// How long the check may wait for the time zone (the place it suggests,
/// and the quick exit's page for it) before it shows without.
const PLACE_WAIT_MS: i32 = 500;

/// How long the check waits for its language's file before it shows in
/// another (a stalled connection must not leave only the loading text).
const LANGUAGE_WAIT_MS: i32 = 10_000;

/// The language the check shows in, and a calm note (a locale key) if it is
/// not the one the person would have had. First the one the browser and
/// settings pick (one request, the same a visitor with that browser always
/// makes), then every other language in a fixed order; a kept language from
/// an earlier visit waits for its turn in that order. After
/// [`LANGUAGE_WAIT_MS`], or if the file cannot be had, the first language if
/// it is here, else English.
async fn settle_language(
    content: &'static Content,
    config: &'static Config,
) -> (&'static str, Option<&'static str>) {
    languages::offer(state::offered_languages(config));
    let first = state::first_language(config, None);
    let shown = state::first_language(config, state::stored_language(content).as_deref());
    let here = |code: &'static str| languages::texts_for(code).is_some().then_some(code);
    let settled = wait::Once::new();
    page::after(LANGUAGE_WAIT_MS, settled.callback());
    let arrived = settled.callback();
    languages::request_first(first, move || {
        if here(shown).is_none() {
            languages::request_rest();
        }
        languages::when_settled(shown, move |_| arrived());
    });
    settled.await;
    let lang = here(shown).or(here(first)).unwrap_or(DEFAULT_LANGUAGE);
    (lang, (lang != shown).then_some("ui.language.unavailable"))
}

/// The app: one screen at a time, then the sections. `debug`: the
/// settings' problems, to show the embedder (`"debug": true`). A plain
/// function, not a `#[component]`: it is mounted once, and has no props to build.
/// It provides the state, for every component under it (see `state.rs`).
fn app(debug: Option<Vec<String>>, state: &'static State) -> impl IntoView {
    state.provide();
    let (content, config) = (state.site.content, state.site.config);
    let (lang, progress) = (&state.lang, &state.progress);
    if let Some(problems) = debug {
        page::show_config_notice(&problems);
    }
    page::set_theme(&config.theme.properties());

    // The first view comes in steps, each a task of its own (see `start`):
    // the app itself (now), its screen in place of the page's start text,
    // then what may follow (`Progress::settled`) and the other languages.
    let screen_here = RwSignal::new(false);
    let owner = Owner::current();
    page::after(0, move || {
        let both = move || {
            follow(progress, lang);
            persist::follow(state);
        };
        match owner {
            Some(owner) => owner.with(both),
            None => both(),
        }
        // The person may have started on the page's own screens: go on
        // from there, with what they ticked, in this same task (no click
        // can fall between reading the form and replacing it).
        let early = page::take_early().and_then(|r| early::read(&content.catalogue, &r));
        if let Some(early) = &early {
            progress.take_over(config, early);
        }
        page::remove_start_text();
        screen_here.set(true);
        if let Some(early) = early.filter(|e| e.step != early::Step::Start) {
            // Once the screen is drawn (its view comes in this task's microtasks).
            page::after(0, move || match (early.step, &early.focus) {
                (early::Step::Question, Some(value)) => page::focus_choice(value),
                (early::Step::Question, None) => {}
                _ => page::focus_heading(),
            });
        }
        page::after(0, move || {
            progress.settled.set(true);
            page::mark_ready();
            // Step 2 of the languages (languages.rs), once the app shows.
            page::after(0, languages::request_rest);
        });
    });
    // The section links, "Delete my answers" and the language come after the
    // screen, on every screen: on a phone the screen's heading is the first
    // thing under the header (issue 27). On the start screen they come once
    // the first view has settled (they move nothing, being below it); on any
    // other screen at once.
    let nav_here =
        move || progress.settled.get() || progress.screen.get_untracked() != Screen::Start;
    view! {
        <p class="cs-notice" role="status">
            {move || {
                lang.code.track();
                progress.notice.get().map(|key| lang.t(key))
            }}
        </p>
        // Keyed by screen and language, so each screen gets fresh elements in
        // the right language: reusing one question's radio buttons for the
        // next would also carry stale checked state.
        <For each=move || screen_here.get().then(|| (progress.screen.get(), lang.code.get())) key=|k| *k let:key>
            {screen_view(key.0)}
        </For>
        // After the screen, so the app takes over the page's static start
        // text (index.html) in place: the first view does not jump when the
        // wasm arrives. Rendered once, not per screen or language, so the
        // language control keeps focus when the language changes.
        <Show when=nav_here>
            <Nav />
        </Show>
    }
}

/// The check's state, from what the device holds (`domain::session`
/// decides; `browser::storage` reads and writes), kept for the page's life:
/// it is made before the view, so it has an owner of its own. `notice`: the
/// language's note, which comes before a note about unreadable answers.
fn restore(site: Site, lang: &'static str, notice: Option<&'static str>) -> &'static State {
    let Site { content, config } = site;
    let raw = storage::load();
    let (stored, opened) = match session::open(&content.catalogue, &content.help, raw.as_deref()) {
        session::Opening::Fresh => {
            storage::wipe_tab();
            (Stored::default(), None)
        }
        session::Opening::Kept(stored) => (stored, None),
        session::Opening::Unreadable { reason, notice } => {
            console::warn(&reason);
            storage::wipe();
            (Stored::default(), Some(notice))
        }
    };
    // An embedder who does not offer keeping also ends an old choice to keep.
    let chose = storage::kept();
    let keep = session::keeps(config.keep_answers, chose);
    if chose && !keep {
        storage::set_kept(false);
    }
    let owner = Owner::new();
    let state = owner.with(|| State::new(site, lang, stored, notice.or(opened), keep));
    state.places.suggest(config);
    // Never dropped: dropping the owner would dispose of the state.
    std::mem::forget(owner);
    state
}

/// The page follows the check: focus and the document's language.
fn follow(progress: &'static Progress, lang: &'static Lang) {
    // Focus the new heading on every screen change (not on first load, so the
    // page opens at the top with the exit button first).
    Effect::new(move |previous: Option<Screen>| {
        let screen = progress.screen.get();
        if previous.is_some_and(|p| p != screen) {
            page::focus_heading();
        }
        screen
    });

    // The document's language and direction follow the choice (the static
    // quick exit watches `lang` and translates itself too).
    Effect::new(move |_| {
        let code = lang.code.get();
        let dir = content::language(code).map_or("ltr", |l| l.dir);
        page::set_language(code, dir);
    });
}

fn screen_view(screen: Screen) -> AnyView {
    match screen {
        Screen::Start => view! { <StartScreen /> }.into_any(),
        Screen::Question(index) => view! { <QuestionScreen index /> }.into_any(),
        Screen::Result => view! { <ResultScreen /> }.into_any(),
        Screen::Rights => view! { <RightsScreen /> }.into_any(),
        Screen::Card => view! { <CardScreen /> }.into_any(),
        Screen::Help => view! { <HelpScreen /> }.into_any(),
        Screen::StayingSafe => view! { <StayingSafeScreen /> }.into_any(),
        other => journeys::screen_view(other),
    }
}
