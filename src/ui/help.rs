//! Who can help, for a crisis: the line that fits best where the person is
//! (not the police, in their language), then the emergency number, then the
//! rest behind one control. Tap to call or text.

use super::lang::Lang;
use super::place_picker::PlacePicker;
use super::sources::SourceList;
use super::state::{use_lang, use_places, use_site, Site};
use super::terms::Terms;
use crate::domain::help::{Contact, ContactKind, Jurisdiction, Line, Mark, Shares};
use crate::domain::places;
use crate::domain::text::{line_name, line_operator};
use leptos::prelude::*;

#[component]
pub fn HelpScreen() -> impl IntoView {
    let (site, lang, places) = (use_site(), use_lang(), use_places());
    let help = &site.content.help;
    let sections = move || {
        let place = places.current();
        let home = places.home_place();
        // The embedder's own lines come first; they may replace ours.
        let ngo = ngo_lines(site, lang);
        if site.config.replace_help_lines {
            return view! { {place.map(|p| emergency(lang, p))} {ngo} }.into_any();
        }
        let code = lang.code.get_untracked();
        let mut except: Vec<&str> = Vec::new();
        let mut rest_here = Vec::new();
        let here = place.map(|p| {
            except.push(&p.id);
            let name = lang.t(&format!("jur.{}", p.id));
            // Where every line is the police, none is offered first: the
            // screen leads with the embassy and IOM, and the police line
            // waits with the others.
            let police_only = places::police_only(help, p);
            let best = places::best_line(help, p, code).filter(|_| !police_only);
            rest_here = places::lines_for(help, p)
                .into_iter()
                .filter(|l| best.is_none_or(|b| b.id != l.id))
                .collect();
            view! {
                <h2>{lang.fill("ui.help.here", &[("place", &name)])}</h2>
                {note(site, lang, p)}
                {match (best, police_only) {
                    (Some(line), _) => view! { <ul class="cs-cards">{line_card(lang, line)}</ul> }.into_any(),
                    (None, true) => view! { <p class="cs-note">{lang.t("ui.help.police_only")}</p> }.into_any(),
                    (None, false) => view! { <p>{lang.t("ui.help.none_here")}</p> }.into_any(),
                }}
                {emergency(lang, p)}
            }
        });
        let no_place = place
            .is_none()
            .then(|| view! { <p class="cs-note">{lang.t("ui.help.emergency")}</p> });
        let from_home = home.map(|h| {
            except.push(&h.id);
            let name = lang.t(&format!("jur.{}", h.id));
            view! {
                <h2>{lang.fill("ui.help.from_home", &[("place", &name)])}</h2>
                {line_list(lang, places::home_lines(help, h))}
            }
        });
        let others = places::other_places(help, &except)
            .into_iter()
            .map(|j| {
                view! {
                    <h3>{lang.t(&format!("jur.{}", j.id))}</h3>
                    {line_list(lang, places::home_lines(help, j))}
                }
            })
            .collect_view();
        let rest_here = (!rest_here.is_empty()).then(|| line_list(lang, rest_here));
        view! {
            {ngo}
            {here}
            {no_place}
            {from_home}
            <details class="cs-details cs-more">
                <summary>{lang.t("ui.help.more")}</summary>
                {rest_here}
                <h2>{lang.t("ui.help.others")}</h2>
                {others}
            </details>
        }
        .into_any()
    };
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{lang.t("ui.help.title")}</h1>
            <p class="cs-lead">{lang.t("ui.help.intro")}</p>
            <PlacePicker />
            {sections}
        </section>
    }
}

fn emergency(lang: &'static Lang, place: &'static Jurisdiction) -> impl IntoView {
    match &place.emergency {
        Some(e) => view! {
            <div class="cs-note cs-emergency">
                <p>{lang.t("ui.help.emergency_here")}</p>
                {place
                    .officials_caution
                    .is_some()
                    .then(|| view! { <p>{lang.t("ui.help.emergency_caution")}</p> })}
                <ul class="cs-contacts">{contact_links(lang, &e.contacts, None)}</ul>
                {(e.mark == Mark::S).then(|| view! { <p class="cs-muted">{lang.t("ui.help.secondary")}</p> })}
                <SourceList sources=&e.sources />
            </div>
        }
        .into_any(),
        None => view! {
            <div class="cs-note">
                <p>{lang.t("ui.help.emergency")}</p>
                {place
                    .officials_caution
                    .is_some()
                    .then(|| view! { <p>{lang.t("ui.help.emergency_caution")}</p> })}
            </div>
        }
        .into_any(),
    }
}

fn note(site: &'static Site, lang: &'static Lang, place: &Jurisdiction) -> Option<impl IntoView> {
    let key = format!("jur.{}.note", place.id);
    site.content
        .texts
        .has(&key)
        .then(|| view! { <p>{lang.t(&key)}</p> })
}

fn line_list(lang: &'static Lang, lines: Vec<&'static Line>) -> impl IntoView {
    let cards = lines.into_iter().map(|l| line_card(lang, l)).collect_view();
    view! { <ul class="cs-cards">{cards}</ul> }
}

/// Call and text links. `inside` is the id of a line's country: a national
/// number or short code says it works only from a phone there (beside the
/// link, so the link's name stays "Call …").
pub(super) fn contact_links(
    lang: &'static Lang,
    contacts: &'static [Contact],
    inside: Option<&str>,
) -> impl IntoView {
    // `inside`: the place's id. Its name as it reads inside a sentence
    // (`jur.<id>.inside`, "a European Union country"), else its name.
    let inside_note = inside.map(|id| {
        let key = format!("jur.{id}.inside");
        let place = if lang.texts().has(&key) {
            lang.t(&key)
        } else {
            lang.t(&format!("jur.{id}"))
        };
        lang.fill("ui.help.inside", &[("place", &place)])
    });
    contacts
        .iter()
        .map(|c| {
            let label = match (c.kind, &c.body) {
                (ContactKind::Sms, Some(body)) => {
                    lang.fill("ui.help.text", &[("body", body), ("number", &c.display)])
                }
                (ContactKind::Sms, None) => {
                    lang.fill("ui.help.text_number", &[("number", &c.display)])
                }
                (ContactKind::Tel, _) => lang.fill("ui.help.call", &[("number", &c.display)]),
            };
            let label = match c.note {
                Some(note) => format!("{label} ({})", lang.t(note.key())),
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

fn line_card(lang: &'static Lang, line: &'static Line) -> impl IntoView {
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
                <summary>{lang.t("ui.help.what_happens")}</summary>
                <p>{lang.t(&format!("line.{}.what_happens", line.id))}</p>
                <SourceList sources=&line.what_happens />
            </details>
        }
    });
    // Names and operators in the person's language, else the English source (marked).
    let (name, operator) = (
        line_name(lang.texts(), line),
        line_operator(lang.texts(), line),
    );
    let about = lang.t(&format!("line.{}.about", line.id));
    let shown = vec![
        about.clone(),
        lang.t(&format!("line.{}.what_happens", line.id)),
        operator.text.to_string(),
    ];
    view! {
        <li class="cs-card">
            <h3 lang=name.lang>{name.text.to_string()}</h3>
            <p class="cs-muted" lang=operator.lang>{operator.text.to_string()}</p>
            <ul class="cs-contacts">{contact_links(lang, &line.contacts, Some(&line.jurisdiction))}</ul>
            <p>{about}</p>
            {police.map(|key| view! { <p><strong>{lang.t(key)}</strong></p> })}
            <p><strong>{lang.t(line.shares.key())}</strong></p>
            <Terms shown />
            {(line.free == Some(true)).then(|| view! { <p>{lang.t("ui.help.free")}</p> })}
            {what_happens}
            {(line.mark == Mark::S).then(|| view! { <p class="cs-muted">{lang.t("ui.help.secondary")}</p> })}
            <SourceList sources=&line.sources more=&line.shares_sources />
            <p class="cs-muted">{lang.fill("ui.rights.checked", &[("date", &lang.date(&line.checked))])}</p>
        </li>
    }
}

/// The embedder's lines. Their text is shown as text, never as HTML.
fn ngo_lines(site: &'static Site, lang: &'static Lang) -> Option<impl IntoView> {
    let lines = &site.config.help_lines;
    if lines.is_empty() {
        return None;
    }
    let heading = match &site.config.organisation {
        Some(org) => lang.fill("ui.help.from_org", &[("org", &org.name)]),
        None => lang.t("ui.help.title"),
    };
    let code = lang.code.get_untracked();
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
            let about = line.about.get(code).map(|t| (code.to_string(), t));
            let about = about.or_else(|| line.about.iter().next().map(|(l, t)| (l.clone(), t)));
            view! {
                <li class="cs-card">
                    <h3>{line.name.clone()}</h3>
                    {line.operator.clone().map(|o| view! { <p class="cs-muted">{o}</p> })}
                    <ul class="cs-contacts">{contact_links(lang, &line.contacts, None)}</ul>
                    {about.map(|(l, t)| view! { <p lang=l>{t.clone()}</p> })}
                    {police.map(|key| view! { <p><strong>{lang.t(key)}</strong></p> })}
                    {(line.free == Some(true)).then(|| view! { <p>{lang.t("ui.help.free")}</p> })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h2>{heading}</h2>
        <ul class="cs-cards">{cards}</ul>
    })
}
