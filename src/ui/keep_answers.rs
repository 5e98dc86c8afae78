//! Opt-in: keep answers on this device after the tab closes, with a clear
//! warning of who else could see them. Off by default.

use super::state::{use_keep, use_lang, use_site};
use leptos::prelude::*;

#[component]
pub fn KeepAnswers() -> impl IntoView {
    let (site, lang, keep) = (use_site(), use_lang(), use_keep());
    site.config.keep_answers.then(|| {
        view! {
            <div class="cs-keep">
                <label class="cs-check">
                    <input
                        type="checkbox"
                        prop:checked=move || keep.chosen.get()
                        on:change=move |ev| keep.choose(event_target_checked(&ev))
                        aria-describedby="cs-keep-warning"
                    />
                    <span>{lang.t("ui.keep.label")}</span>
                </label>
                <p id="cs-keep-warning" class="cs-muted">{lang.t("ui.keep.warning")}</p>
            </div>
        }
    })
}
