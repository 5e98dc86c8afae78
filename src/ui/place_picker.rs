//! "Where are you now?" and, optionally, "Which country are you from?".
//! Suggested from the browser's own settings; never required.

use super::state::{use_lang, use_places, use_site};
use leptos::prelude::*;

#[component]
pub fn PlacePicker() -> impl IntoView {
    let (site, lang, places) = (use_site(), use_lang(), use_places());
    let help = &site.content.help;
    let options = move |selected: Option<String>| {
        help.jurisdictions
            .iter()
            .map(|j| {
                let chosen = selected.as_deref() == Some(j.id.as_str());
                view! { <option value=j.id.as_str() selected=chosen>{lang.t(&format!("jur.{}", j.id))}</option> }
            })
            .collect_view()
    };
    let place_value = move || places.current().map(|j| j.id.to_string());
    let to_choice = |value: String| (!value.is_empty()).then_some(value);
    view! {
        <div class="cs-place">
            <div class="cs-field">
                <label for="cs-place">{lang.t("ui.place.label")}</label>
                <select
                    id="cs-place"
                    aria-describedby="cs-place-note"
                    on:change=move |ev| places.place.set(to_choice(event_target_value(&ev)).or(Some(String::new())))
                >
                    <option value="" selected=move || place_value().is_none()>{lang.t("ui.place.none")}</option>
                    {move || options(place_value())}
                </select>
                <p id="cs-place-note" class="cs-muted">
                    {move || (places.place.get().is_none() && places.suggested.with(Option::is_some)).then(|| lang.t("ui.place.suggested"))}
                </p>
            </div>
            <div class="cs-field">
                <label for="cs-home">{lang.t("ui.place.home_label")}</label>
                <select id="cs-home" on:change=move |ev| places.home.set(to_choice(event_target_value(&ev)))>
                    <option value="" selected=move || places.home.get().is_none()>{lang.t("ui.place.home_none")}</option>
                    {move || options(places.home.get())}
                </select>
            </div>
        </div>
    }
}
