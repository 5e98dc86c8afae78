//! One question as a form: progress, a radio group (or checkboxes where
//! more than one answer fits), "choose one" when nothing is chosen, Back and Next. Shared by the check and the journeys,
//! which differ only in where answers live and where Back and Next go.

use super::listen::Listen;
use super::state::use_lang;
use leptos::ev::SubmitEvent;
use leptos::html::span;
use leptos::prelude::*;

/// One answer the person can choose.
pub struct Choice {
    /// The input's value (the stored answer's code).
    pub value: String,
    pub label: String,
    pub checked: Signal<bool>,
    /// Record this answer.
    pub choose: Callback<()>,
}

#[component]
pub fn QuestionForm(
    /// "Question 3 of 18", in the person's language.
    progress: Signal<String>,
    /// How far along, for the bar: "17%".
    percent: Signal<String>,
    title: String,
    /// A word before the question (what it is for, or that it can be skipped).
    hint: Option<String>,
    /// The group's name: the question's id.
    name: String,
    /// Checkboxes (choose all that fit) instead of radio buttons.
    #[prop(optional)]
    multiple: bool,
    choices: Vec<Choice>,
    /// The text shown when Next is pressed with nothing chosen.
    choose_one: String,
    next_label: Signal<String>,
    /// Whether this question has an answer.
    answered: Signal<bool>,
    on_next: Callback<()>,
    on_back: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let missing = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if answered.get_untracked() {
            on_next.run(());
        } else {
            missing.set(true);
        }
    };
    // The hint, and the "choose one" message while it shows, describe the group.
    let has_hint = hint.is_some();
    let described_by = move || {
        let ids: Vec<&str> = [(has_hint, "cs-hint"), (missing.get(), "cs-error")]
            .into_iter()
            .filter_map(|(on, id)| on.then_some(id))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let spoken = {
        let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
        let hint = hint.as_deref().map(|h| format!(" {h}")).unwrap_or_default();
        format!(
            "{} {title}{hint} {}.",
            progress.get_untracked(),
            labels.join(". ")
        )
    };
    let options = choices
        .into_iter()
        .map(|choice| {
            let Choice {
                value,
                label,
                checked,
                choose,
            } = choice;
            view! {
                <label class="cs-option">
                    <input
                        type=if multiple { "checkbox" } else { "radio" }
                        name=name.clone()
                        value=value
                        prop:checked=checked
                        aria-invalid=move || missing.get().then_some("true")
                        on:change=move |_| {
                            choose.run(());
                            missing.set(false);
                        }
                    />
                    <span class="cs-option__label">{label}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <form class="cs-screen cs-question" on:submit=on_submit novalidate>
            <p id="cs-progress" class="cs-progress">{progress}</p>
            <div class="cs-bar" aria-hidden="true">
                <div class="cs-bar__fill" style:width=percent></div>
            </div>
            <fieldset class="cs-fieldset" aria-describedby=described_by>
                <legend>
                    // Focus lands here on each question: the progress is read with it.
                    <h1 tabindex="-1" aria-describedby="cs-progress">{title}</h1>
                </legend>
                {hint.map(|text| view! { <p id="cs-hint" class="cs-hint">{text}</p> })}
                <div class="cs-options">{options}</div>
            </fieldset>
            <Listen text=spoken />
            <Show when=move || missing.get()>
                <p id="cs-error" class="cs-error" role="alert">{choose_one.clone()}</p>
            </Show>
            <div class="cs-actions">
                <button type="button" class="cs-button cs-button--secondary" on:click=move |_| on_back.run(())>
                    // Built node by node, not as fixed markup: see "Trusted Types" in ui.rs.
                    {span().aria_hidden("true").class("cs-arrow-back")}
                    {lang.t("ui.back")}
                </button>
                <button type="submit" class="cs-button">{next_label}</button>
            </div>
        </form>
    }
}
