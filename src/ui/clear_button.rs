//! "Delete my answers", with a confirmation: one stray tap must not throw
//! away a whole check, and the deletion itself cannot be undone.

use super::persist::use_forget;
use super::state::use_lang;
use leptos::prelude::*;

#[component]
pub fn ClearButton() -> impl IntoView {
    let (lang, forget) = (use_lang(), use_forget());
    let asking = RwSignal::new(false);
    // The nav is rendered once: texts follow the language reactively.
    let live = move |key: &'static str| {
        move || {
            lang.code.track();
            lang.t(key)
        }
    };
    let confirm_ref = NodeRef::<leptos::html::Button>::new();
    // Move focus to "Yes, delete" when the question appears, so keyboard and
    // screen-reader users land on it.
    Effect::new(move |_| {
        if asking.get() {
            if let Some(b) = confirm_ref.get() {
                let _ = b.focus();
            }
        }
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="cs-nav__clear" on:click=move |_| asking.set(true)>
                    {live("ui.clear")}
                </button>
            }
        >
            <div class="cs-confirm" role="group" aria-labelledby="cs-confirm-text">
                <p id="cs-confirm-text">{live("ui.clear_confirm")}</p>
                <button type="button" class="cs-nav__clear" node_ref=confirm_ref on:click=move |_| { asking.set(false); forget.clear(); }>
                    {live("ui.clear_yes")}
                </button>
                <button type="button" class="cs-nav__clear" on:click=move |_| asking.set(false)>
                    {live("ui.clear_no")}
                </button>
            </div>
        </Show>
    }
}
