//! Who can help, for a crisis: the line that fits best where the person is
//! (not the police, in their language), then the emergency number, then the
//! rest behind one control. Tap to call or text.

use super::place_picker::PlacePicker;
use super::sources::SourceList;
use super::state::Check;
use super::terms::Terms;
use crate::domain::help::{Contact, ContactKind, Jurisdiction, Line, Mark, Shares};
use crate::domain::places;
use crate::domain::text::{line_name, line_operator};
use leptos::prelude::*;

#[component]
pub fn HelpScreen(check: Check) -> impl IntoView {
    let help = &check.content.help;
    let sections = move || {
        let place = check.current_place();
        let home = check.home_place();
        // The embedder's own lines come first; they may replace ours.
        let ngo = ngo_lines(check);
        if check.config.replace_help_lines {
            return view! { {place.map(|p| emergency(check, p))} {ngo} }.into_any();
        }
        let lang = check.lang.get_untracked();
        let mut except: Vec<&str> = Vec::new();
        let mut rest_here = Vec::new();
        let here = place.map(|p| {
            except.push(&p.id);
            let name = check.t(&format!("jur.{}", p.id));
            // Where every line is the police, none is offered first: the
            // screen leads with the embassy and IOM, and the police line
            // waits with the others.
            let police_only = places::police_only(help, p);
            let best = places::best_line(help, p, lang).filter(|_| !police_only);
            rest_here = places::lines_for(help, p)
                .into_iter()
                .filter(|l| best.is_none_or(|b| b.id != l.id))
                .collect();
            view! {
                <h2>{check.fill("ui.help.here", &[("place", &name)])}</h2>
                {note(check, p)}
                {match (best, police_only) {
                    (Some(line), _) => view! { <ul class="cs-cards">{line_card(check, line)}</ul> }.into_any(),
                    (None, true) => view! { <p class="cs-note">{check.t("ui.help.police_only")}</p> }.into_any(),
                    (None, false) => view! { <p>{check.t("ui.help.none_here")}</p> }.into_any(),
                }}
                {emergency(check, p)}
            }
        });
        let no_place = place
            .is_none()
            .then(|| view! { <p class="cs-note">{check.t("ui.help.emergency")}</p> });
        let from_home = home.map(|h| {
            except.push(&h.id);
            let name = check.t(&format!("jur.{}", h.id));
            view! {
                <h2>{check.fill("ui.help.from_home", &[("place", &name)])}</h2>
                {line_list(check, places::home_lines(help, h))}
            }
        });
        let others = places::other_places(help, &except)
            .into_iter()
            .map(|j| {
                view! {
                    <h3>{check.t(&format!("jur.{}", j.id))}</h3>
                    {line_list(check, places::home_lines(help, j))}
                }
            })
            .collect_view();
        let rest_here = (!rest_here.is_empty()).then(|| line_list(check, rest_here));
        view! {
            {ngo}
            {here}
            {no_place}
            {from_home}
            <details class="cs-details cs-more">
                <summary>{check.t("ui.help.more")}</summary>
                {rest_here}
                <h2>{check.t("ui.help.others")}</h2>
                {others}
            </details>
        }
        .into_any()
    };
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{check.t("ui.help.title")}</h1>
            <p class="cs-lead">{check.t("ui.help.intro")}</p>
            <PlacePicker check />
            {sections}
        </section>
    }
}

fn emergency(check: Check, place: &'static Jurisdiction) -> impl IntoView {
    match &place.emergency {
        Some(e) => view! {
            <div class="cs-note cs-emergency">
                <p>{check.t("ui.help.emergency_here")}</p>
                {place
                    .officials_caution
                    .is_some()
                    .then(|| view! { <p>{check.t("ui.help.emergency_caution")}</p> })}
                <ul class="cs-contacts">{contact_links(check, &e.contacts, None)}</ul>
                {(e.mark == Mark::S).then(|| view! { <p class="cs-muted">{check.t("ui.help.secondary")}</p> })}
                <SourceList check sources=&e.sources />
            </div>
        }
        .into_any(),
        None => view! {
            <div class="cs-note">
                <p>{check.t("ui.help.emergency")}</p>
                {place
                    .officials_caution
                    .is_some()
                    .then(|| view! { <p>{check.t("ui.help.emergency_caution")}</p> })}
            </div>
        }
        .into_any(),
    }
}

fn note(check: Check, place: &Jurisdiction) -> Option<impl IntoView> {
    let key = format!("jur.{}.note", place.id);
    check
        .content
        .texts
        .has(&key)
        .then(|| view! { <p>{check.t(&key)}</p> })
}

fn line_list(check: Check, lines: Vec<&'static Line>) -> impl IntoView {
    let cards = lines
        .into_iter()
        .map(|l| line_card(check, l))
        .collect_view();
    view! { <ul class="cs-cards">{cards}</ul> }
}

/// Call and text links. `inside` is the id of a line's country: a national
/// number or short code says it works only from a phone there (beside the
/// link, so the link's name stays "Call …").
pub(super) fn contact_links(
    check: Check,
    contacts: &'static [Contact],
    inside: Option<&str>,
) -> impl IntoView {
    // `inside`: the place's id. Its name as it reads inside a sentence
    // (`jur.<id>.inside`, "a European Union country"), else its name.
    let inside_note = inside.map(|id| {
        let key = format!("jur.{id}.inside");
        let place = if check.texts().has(&key) {
            check.t(&key)
        } else {
            check.t(&format!("jur.{id}"))
        };
        check.fill("ui.help.inside", &[("place", &place)])
    });
    contacts
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
            let label = match c.note {
                Some(note) => format!("{label} ({})", check.t(note.key())),
                None => label,
            };
            let only_inside = inside_note.clone().filter(|_| c.inside_only());
            view! {
                <li>
                    <a class="cs-call" href=c.href()>{label}</a>
                    {only_inside.map(|n| view! { <span class="cs-inside">{n}</span> })}
                </li>
            }
        })
        .collect_view()
}

fn line_card(check: Check, line: &'static Line) -> impl IntoView {
    // Is it the police, and does what you say reach police or immigration?
    let says_police = matches!(line.shares, Shares::Police | Shares::Immigration);
    let police = match line.police {
        Some(true) if !says_police => Some("ui.help.police"),
        Some(false) => Some("ui.help.not_police"),
        _ => None,
    };
    let what_happens = (!line.what_happens.is_empty()).then(|| {
        view! {
            <details class="cs-details">
                <summary>{check.t("ui.help.what_happens")}</summary>
                <p>{check.t(&format!("line.{}.what_happens", line.id))}</p>
                <SourceList check sources=&line.what_happens />
            </details>
        }
    });
    // Names and operators in the person's language, else the English source (marked).
    let (name, operator) = (
        line_name(check.texts(), line),
        line_operator(check.texts(), line),
    );
    let about = check.t(&format!("line.{}.about", line.id));
    let shown = vec![
        about.clone(),
        check.t(&format!("line.{}.what_happens", line.id)),
        operator.text.to_string(),
    ];
    view! {
        <li class="cs-card">
            <h3 lang=name.lang>{name.text.to_string()}</h3>
            <p class="cs-muted" lang=operator.lang>{operator.text.to_string()}</p>
            <ul class="cs-contacts">{contact_links(check, &line.contacts, Some(&line.jurisdiction))}</ul>
            <p>{about}</p>
            {police.map(|key| view! { <p><strong>{check.t(key)}</strong></p> })}
            <p><strong>{check.t(line.shares.key())}</strong></p>
            <Terms check shown />
            {(line.free == Some(true)).then(|| view! { <p>{check.t("ui.help.free")}</p> })}
            {what_happens}
            {(line.mark == Mark::S).then(|| view! { <p class="cs-muted">{check.t("ui.help.secondary")}</p> })}
            <SourceList check sources=&line.sources more=&line.shares_sources />
            <p class="cs-muted">{check.fill("ui.rights.checked", &[("date", &check.date(&line.checked))])}</p>
        </li>
    }
}

/// The embedder's lines. Their text is shown as text, never as HTML.
fn ngo_lines(check: Check) -> Option<impl IntoView> {
    let lines = &check.config.help_lines;
    if lines.is_empty() {
        return None;
    }
    let heading = match &check.config.organisation {
        Some(org) => check.fill("ui.help.from_org", &[("org", &org.name)]),
        None => check.t("ui.help.title"),
    };
    let lang = check.lang.get_untracked();
    let cards = lines
        .iter()
        .map(|line| {
            let police = line.police.map(|p| {
                if p {
                    "ui.help.police"
                } else {
                    "ui.help.not_police"
                }
            });
            // The description in the person's language, else the first one given.
            let about = line.about.get(lang).map(|t| (lang.to_string(), t));
            let about = about.or_else(|| line.about.iter().next().map(|(l, t)| (l.clone(), t)));
            view! {
                <li class="cs-card">
                    <h3>{line.name.clone()}</h3>
                    {line.operator.clone().map(|o| view! { <p class="cs-muted">{o}</p> })}
                    <ul class="cs-contacts">{contact_links(check, &line.contacts, None)}</ul>
                    {about.map(|(l, t)| view! { <p lang=l>{t.clone()}</p> })}
                    {police.map(|key| view! { <p><strong>{check.t(key)}</strong></p> })}
                    {(line.free == Some(true)).then(|| view! { <p>{check.t("ui.help.free")}</p> })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h2>{heading}</h2>
        <ul class="cs-cards">{cards}</ul>
    })
}
