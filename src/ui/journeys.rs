//! The two journeys beside the check: "I'm worried about someone" and
//! "Check a job offer". Questions as native radio groups, then advice or a
//! result with the answers that raised it, each piece with its sources, and
//! the lines for the person's place. Logic lives in `domain::journeys`.

use super::help::contact_links;
use super::lang::Lang;
use super::listen::Listen;
use super::place_picker::PlacePicker;
use super::question_form::{Choice, QuestionForm};
use super::sources::SourceList;
use super::state::{use_journeys, use_lang, use_places, use_progress, use_site, Progress, Site};
use crate::domain::help::Jurisdiction;
use crate::domain::journey::Screen;
use crate::domain::journeys::{self, advice_key, label_key, question_key, Advice, Kind};
use crate::domain::places;
use crate::domain::text::line_name;
use leptos::prelude::*;

/// The view for a journey screen (the app's own screens are matched first).
pub fn screen_view(screen: Screen) -> AnyView {
    match screen {
        Screen::Worried(index) => view! { <JourneyQuestion kind=Kind::Worried index /> }.into_any(),
        Screen::JobOffer(index) => {
            view! { <JourneyQuestion kind=Kind::JobOffer index /> }.into_any()
        }
        Screen::WorriedAdvice => view! { <WorriedAdvice /> }.into_any(),
        Screen::JobOfferResult => view! { <JobOfferResult /> }.into_any(),
        _ => ().into_any(),
    }
}

/// Links to the journeys the embedder offers, for the start screen.
#[component]
pub fn JourneyLinks() -> impl IntoView {
    let (site, lang, progress) = (use_site(), use_lang(), use_progress());
    let offered = &site.config.journeys;
    let links = Kind::ALL
        .into_iter()
        .filter(|k| offered.contains(&k.id()))
        .map(|kind| {
            view! {
                <button type="button" class="cs-button cs-button--secondary" on:click=move |_| progress.go(kind.question(0))>
                    {lang.t(&kind.key("start_link"))}
                </button>
            }
        })
        .collect_view();
    let any = Kind::ALL.iter().any(|k| offered.contains(&k.id()));
    any.then(|| {
        view! {
            <h2>{lang.t("journeys.heading")}</h2>
            <div class="cs-actions">{links}</div>
        }
    })
}

#[component]
fn JourneyQuestion(kind: Kind, index: usize) -> impl IntoView {
    let (lang, progress) = (use_lang(), use_progress());
    let replies = use_journeys().replies;
    let data = journeys::shipped();
    let questions = &data.journey(kind).questions;
    let Some(question) = questions.get(index) else {
        progress.go(kind.end());
        return ().into_any();
    };
    let total = questions.len();
    let id = question.id.to_string();
    let step = lang.fill(
        "ui.progress",
        &[
            ("n", &(index + 1).to_string()),
            ("total", &total.to_string()),
        ],
    );
    let next_label = lang.t(if index + 1 >= total {
        "ui.see_result"
    } else {
        "ui.next"
    });
    let answered = {
        let id = id.clone();
        Signal::derive(move || replies.with(|r| r.contains_key(&id)))
    };
    let choices = question
        .options
        .iter()
        .map(|code| {
            let checked = {
                let (id, code) = (id.clone(), code.to_string());
                Signal::derive(move || replies.with(|r| r.get(&id) == Some(&code)))
            };
            let choose = {
                let (id, code) = (id.clone(), code.to_string());
                Callback::new(move |()| {
                    replies.update(|r| {
                        r.insert(id.clone(), code.clone());
                    });
                })
            };
            Choice {
                value: code.to_string(),
                label: lang.t(&label_key(kind, code)),
                checked,
                choose,
            }
        })
        .collect();
    view! {
        <QuestionForm
            progress=Signal::stored(step)
            percent=Signal::stored(format!("{}%", (index + 1) * 100 / total.max(1)))
            title=lang.t(&question_key(kind, &question.id))
            // The first question says what this is for and that nothing is sent.
            hint=(index == 0).then(|| lang.t(&kind.key("intro")))
            name=id
            choices
            choose_one=lang.t("journeys.choose_one")
            next_label=Signal::stored(next_label)
            answered
            on_next=Callback::new(move |()| progress.go(journeys::next(kind.question(index))))
            on_back=Callback::new(move |()| progress.go(journeys::back(kind.question(index))))
        />
    }
    .into_any()
}

/// One piece of advice: a heading, the text, and its sources.
fn advice_card(
    lang: &'static Lang,
    progress: &'static Progress,
    kind: Kind,
    advice: &'static Advice,
    sub: bool,
) -> impl IntoView {
    let data = journeys::shipped();
    let secondary = data.secondary(&advice.sources);
    let rights = (kind == Kind::Worried && advice.id == "rights").then(|| {
        view! {
            <button type="button" class="cs-button" on:click=move |_| progress.go(Screen::Rights)>
                {lang.t("worried.rights_button")}
            </button>
        }
    });
    let title = lang.t(&advice_key(kind, &advice.id, "title"));
    let heading = if sub {
        view! { <h3>{title}</h3> }.into_any()
    } else {
        view! { <h2>{title}</h2> }.into_any()
    };
    view! {
        <li class="cs-card">
            {heading}
            <p>{lang.t(&advice_key(kind, &advice.id, "body"))}</p>
            {rights}
            {secondary.then(|| view! { <p class="cs-muted">{lang.t("journeys.secondary")}</p> })}
            <SourceList sources=&advice.cited />
        </li>
    }
}

#[component]
fn WorriedAdvice() -> impl IntoView {
    let (lang, progress) = (use_lang(), use_progress());
    let data = journeys::shipped();
    let replies = use_journeys().replies.get_untracked();
    let advice = data.advice_for(Kind::Worried, &replies);
    let spoken = [
        lang.t("worried.advice.title"),
        lang.t("worried.advice.lead"),
    ]
    .into_iter()
    .chain(advice.iter().flat_map(|a| {
        [
            lang.t(&advice_key(Kind::Worried, &a.id, "title")),
            lang.t(&advice_key(Kind::Worried, &a.id, "body")),
        ]
    }))
    .collect::<Vec<_>>()
    .join(" ");
    let cards = advice
        .into_iter()
        .map(|a| advice_card(lang, progress, Kind::Worried, a, false))
        .collect_view();
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{lang.t("worried.advice.title")}</h1>
            <p class="cs-lead">{lang.t("worried.advice.lead")}</p>
            <Listen text=spoken />
            <ul class="cs-cards">{cards}</ul>
            <Lines />
            <button type="button" class="cs-button cs-button--secondary" on:click=move |_| progress.go(journeys::back(Screen::WorriedAdvice))>
                {lang.t("ui.result.change")}
            </button>
        </section>
    }
}

#[component]
fn JobOfferResult() -> impl IntoView {
    let (lang, progress) = (use_lang(), use_progress());
    let data = journeys::shipped();
    let kind = Kind::JobOffer;
    let replies = use_journeys().replies.get_untracked();
    let outcome = data.job_outcome(&replies);
    let count = lang.fill(
        "job.result.count",
        &[
            ("n", &outcome.raised.len().to_string()),
            ("total", &outcome.total.to_string()),
        ],
    );
    let summary = if outcome.raised.is_empty() {
        lang.t("job.result.none")
    } else {
        lang.t("job.result.some")
    };
    let you_said = |code: &str| {
        lang.fill(
            "ui.result.you_said",
            &[("answer", &lang.t(&label_key(kind, code)))],
        )
    };
    let flag_item = move |q: &'static journeys::JourneyQuestion, code: &'static str| {
        let secondary = data.secondary(&q.sources);
        view! {
            <li>
                <p>{lang.t(&kind.key(&format!("flag.{}", q.id)))}</p>
                <p class="cs-muted">
                    {lang.fill("ui.result.your_answer", &[("question", &lang.t(&question_key(kind, &q.id)))])}
                    " "
                    {you_said(code)}
                </p>
                {secondary.then(|| view! { <p class="cs-muted">{lang.t("journeys.secondary")}</p> })}
                <SourceList sources=&q.cited />
            </li>
        }
    };
    let raised = (!outcome.raised.is_empty()).then(|| {
        let items = outcome
            .raised
            .iter()
            .copied()
            .map(|q| flag_item(q, "yes"))
            .collect_view();
        view! {
            <h2>{lang.t("job.result.raised")}</h2>
            <ul class="cs-why">{items}</ul>
        }
    });
    let unsure = (!outcome.unsure.is_empty()).then(|| {
        let items = outcome
            .unsure
            .iter()
            .copied()
            .map(|q| flag_item(q, "unsure"))
            .collect_view();
        view! {
            <h2>{lang.t("job.result.unsure")}</h2>
            <p>{lang.t("job.result.not_sure_note")}</p>
            <ul class="cs-why">{items}</ul>
        }
    });
    let spoken = [lang.t("job.result.title"), count.clone(), summary.clone()].join(" ");
    let next_steps = data
        .advice_for(kind, &replies)
        .into_iter()
        .map(|a| advice_card(lang, progress, kind, a, true))
        .collect_view();
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{lang.t("job.result.title")}</h1>
            <p class="cs-lead" data-count=outcome.raised.len().to_string()>{count}</p>
            <p>{summary}</p>
            <Listen text=spoken />
            {raised}
            {unsure}
            <h2>{lang.t("job.next.title")}</h2>
            <ul class="cs-cards">{next_steps}</ul>
            <Lines />
            <button type="button" class="cs-button cs-button--secondary" on:click=move |_| progress.go(journeys::back(Screen::JobOfferResult))>
                {lang.t("ui.result.change")}
            </button>
        </section>
    }
}

/// The place's emergency number and lines (and the home country's), from
/// `content/help.json`, with the place picker and a way to every line.
#[component]
fn Lines() -> impl IntoView {
    let (site, lang, places, progress) = (use_site(), use_lang(), use_places(), use_progress());
    let help = &site.content.help;
    let lists = move || {
        let place = places.current();
        let home = places.home_place();
        let shown: Vec<&'static Jurisdiction> = place.into_iter().chain(home).collect();
        let emergency = place.and_then(|p| p.emergency.as_ref()).map(|e| {
            view! {
                <div class="cs-note cs-emergency">
                    <p>{lang.t("ui.help.emergency_here")}</p>
                    <ul class="cs-contacts">{contact_links(lang, &e.contacts, None)}</ul>
                </div>
            }
        });
        let groups = shown
            .iter()
            .filter_map(|j| {
                let here = place.is_some_and(|p| p.id == j.id);
                let lines = if here {
                    places::lines_for(help, j)
                } else {
                    places::home_lines(help, j)
                };
                if lines.is_empty() || site.config.replace_help_lines {
                    return None;
                }
                let name = lang.t(&format!("jur.{}", j.id));
                let heading = if here {
                    lang.fill("ui.help.here", &[("place", &name)])
                } else {
                    lang.fill("ui.help.from_home", &[("place", &name)])
                };
                let cards = lines
                    .into_iter()
                    .map(|l| {
                        let line_name = line_name(lang.texts(), l);
                        view! {
                            <li class="cs-card">
                                <h4 lang=line_name.lang>{line_name.text.to_string()}</h4>
                                <ul class="cs-contacts">{contact_links(lang, &l.contacts, Some(&j.id))}</ul>
                                <p>{lang.t(&format!("line.{}.about", l.id))}</p>
                            </li>
                        }
                    })
                    .collect_view();
                Some(view! {
                    <h3>{heading}</h3>
                    <ul class="cs-cards">{cards}</ul>
                })
            })
            .collect::<Vec<_>>();
        let none = (groups.is_empty() && site.config.help_lines.is_empty())
            .then(|| view! { <p>{lang.t("journeys.lines.none")}</p> });
        view! {
            {emergency}
            {ngo_lines(site, lang)}
            {groups}
            {none}
        }
    };
    view! {
        <h2>{lang.t("journeys.lines.title")}</h2>
        <PlacePicker />
        {lists}
        <p class="cs-links">
            <button type="button" class="cs-button" on:click=move |_| progress.go(Screen::Help)>
                {lang.t("journeys.lines.all")}
            </button>
        </p>
    }
}

/// The embedder's own lines, first (their text is shown as text, never HTML).
fn ngo_lines(site: &'static Site, lang: &'static Lang) -> Option<impl IntoView> {
    let lines = &site.config.help_lines;
    if lines.is_empty() {
        return None;
    }
    let code = lang.code.get_untracked();
    let cards = lines
        .iter()
        .map(|line| {
            let about = line.about.get(code).map(|t| (code.to_string(), t));
            let about = about.or_else(|| line.about.iter().next().map(|(l, t)| (l.clone(), t)));
            view! {
                <li class="cs-card">
                    <h4>{line.name.clone()}</h4>
                    <ul class="cs-contacts">{contact_links(lang, &line.contacts, None)}</ul>
                    {about.map(|(l, t)| view! { <p lang=l>{t.clone()}</p> })}
                </li>
            }
        })
        .collect_view();
    let heading = site
        .config
        .organisation
        .as_ref()
        .map(|org| lang.fill("ui.help.from_home", &[("place", &org.name)]))
        .unwrap_or_else(|| lang.t("ui.help.title"));
    Some(view! {
        <h3>{heading}</h3>
        <ul class="cs-cards">{cards}</ul>
    })
}
