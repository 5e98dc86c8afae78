//! Opt-in: keep answers on this device after the tab closes, with a clear
//! warning of who else could see them. Off by default.

use super::state::Check;
use leptos::prelude::*;

#[component]
pub fn KeepAnswers(check: Check) -> impl IntoView {
    check.config.keep_answers.then(|| {
        view! {
            <div class="cs-keep">
                <label class="cs-check">
                    <input
                        type="checkbox"
                        prop:checked=move || check.keep.get()
                        on:change=move |ev| check.set_keep(event_target_checked(&ev))
                        aria-describedby="cs-keep-warning"
                    />
                    <span>{check.t("ui.keep.label")}</span>
                </label>
                <p id="cs-keep-warning" class="cs-muted">{check.t("ui.keep.warning")}</p>
            </div>
        }
    })
}
