//! Who can help: lines by country, tap to call or text.

use super::sources::SourceList;
use super::state::Check;
use crate::domain::help::{ContactKind, Line, Mark};
use leptos::prelude::*;

#[component]
pub fn HelpScreen(check: Check) -> impl IntoView {
    let lines = &check.content.help.lines;
    // Countries in the order the data lists them.
    let mut countries: Vec<&str> = Vec::new();
    for line in lines {
        if !countries.contains(&line.country.as_str()) {
            countries.push(&line.country);
        }
    }
    let groups = countries
        .into_iter()
        .map(|country| {
            let entries = lines
                .iter()
                .filter(|l| l.country == country)
                .map(|l| line_card(check, l))
                .collect_view();
            view! {
                <h2>{check.t(&format!("country.{country}"))}</h2>
                <ul class="cs-cards">{entries}</ul>
            }
        })
        .collect_view();
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{check.t("ui.help.title")}</h1>
            <p class="cs-lead">{check.t("ui.help.intro")}</p>
            <p class="cs-note">{check.t("ui.help.emergency")}</p>
            {groups}
        </section>
    }
}

fn line_card(check: Check, line: &'static Line) -> impl IntoView {
    let contacts = line
        .contacts
        .iter()
        .map(|c| {
            let label = match (c.kind, &c.body) {
                (ContactKind::Sms, Some(body)) => {
                    check.fill("ui.help.text", &[("body", body), ("number", &c.display)])
                }
                (ContactKind::Sms, None) => {
                    check.fill("ui.help.text_number", &[("number", &c.display)])
                }
                (ContactKind::Tel, _) => check.fill("ui.help.call", &[("number", &c.display)]),
            };
            view! { <li><a class="cs-call" href=c.href()>{label}</a></li> }
        })
        .collect_view();
    let police = if line.police {
        "ui.help.police"
    } else {
        "ui.help.not_police"
    };
    view! {
        <li class="cs-card">
            <h3>{line.name.clone()}</h3>
            <p class="cs-muted">{line.operator.clone()}</p>
            <ul class="cs-contacts">{contacts}</ul>
            <p>{check.t(&format!("line.{}.about", line.id))}</p>
            <p><strong>{check.t(police)}</strong></p>
            {(line.free == Some(true)).then(|| view! { <p>{check.t("ui.help.free")}</p> })}
            {(line.mark == Mark::S).then(|| view! { <p class="cs-muted">{check.t("ui.help.secondary")}</p> })}
            <SourceList check sources=&line.sources />
        </li>
    }
}
