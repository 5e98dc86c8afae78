//! "Listen": reads a screen's main text aloud with a local voice. Hidden when
//! this device has no local voice for the language.

use super::state::use_lang;
use crate::browser::speech;
use leptos::html::span;
use leptos::prelude::*;

#[component]
pub fn Listen(
    /// What to read, in the current language.
    text: String,
) -> impl IntoView {
    let lang = use_lang();
    let code = lang.code.get_untracked();
    // Voices often arrive after the page loads: `voices` ticks when they do.
    let available = move || {
        lang.voices.track();
        speech::local_voice(code).is_some()
    };
    let speaking = RwSignal::new(false);
    on_cleanup(speech::stop);
    let toggle = move |_| {
        if speaking.get_untracked() && speech::speaking() {
            speech::stop();
            speaking.set(false);
        } else {
            // `try_set`: the screen may be gone by the time speech ends.
            let started = speech::speak(&text, code, move || {
                let _ = speaking.try_set(false);
            });
            speaking.set(started);
        }
    };
    view! {
        <Show when=available>
            <button type="button" class="cs-button cs-button--secondary cs-listen" on:click=toggle.clone()>
                // Built node by node, not as fixed markup: see "Trusted Types" in ui.rs.
                {span().aria_hidden("true").child("🔊 ")}
                {move || if speaking.get() { lang.t("ui.listen_stop") } else { lang.t("ui.listen") }}
            </button>
        </Show>
    }
}
