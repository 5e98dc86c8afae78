//! A "Sources" list of outside links. `noreferrer` so the site they open
//! does not learn where the person came from; the same tab (no new window),
//! so the quick exit never leaves a tab about trafficking law open behind it.

use super::state::use_lang;
use crate::domain::help::{Cited, UNDATED};
use leptos::prelude::*;

/// `more`: further sources of the same entry (a line's sharing policy).
/// A source flagged secondary says so.
#[component]
pub fn SourceList(
    sources: &'static [Cited],
    #[prop(optional)] more: &'static [Cited],
) -> impl IntoView {
    let lang = use_lang();
    let items = sources
        .iter()
        .chain(more)
        .map(|s| {
            let secondary = s
                .secondary
                .then(|| format!(" ({})", lang.t("ui.rights.secondary_source")));
            // The source's own date, so an old source never reads as fresh.
            let date = s.date.as_deref().map(|d| match d {
                UNDATED => format!(" ({})", lang.t("ui.rights.undated")),
                d => format!(" ({})", lang.source_date(d)),
            });
            view! {
                <li>
                    // A new tab, so the check's own tab never has the source
                    // in its history (Forward after the exit cannot reach it).
                    <a href=s.url.as_str() target="_blank" rel="noopener noreferrer" lang="en">
                        {s.title.as_str()}
                        <span class="cs-visually-hidden" lang=lang.code.get_untracked()>
                            {format!(" {}", lang.t("ui.source.new_tab"))}
                        </span>
                    </a>
                    {date}
                    {secondary}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="cs-sources">
            <summary>{lang.t("ui.rights.sources")}</summary>
            <ul>{items}</ul>
        </details>
    }
}
