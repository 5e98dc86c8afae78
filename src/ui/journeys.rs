//! The two journeys beside the check: "I'm worried about someone" and
//! "Check a job offer". Questions as native radio groups, then advice or a
//! result with the answers that raised it, each piece with its sources, and
//! the lines for the person's place. Logic lives in `domain::journeys`.

use super::help::contact_links;
use super::listen::Listen;
use super::place_picker::PlacePicker;
use super::question_form::{Choice, QuestionForm};
use super::sources::SourceList;
use super::state::Check;
use crate::domain::help::Jurisdiction;
use crate::domain::journey::Screen;
use crate::domain::journeys::{self, advice_key, label_key, question_key, Advice, Kind};
use crate::domain::places;
use crate::domain::text::line_name;
use leptos::prelude::*;

/// The view for a journey screen (the app's own screens are matched first).
pub fn screen_view(check: Check, screen: Screen) -> AnyView {
    match screen {
        Screen::Worried(index) => {
            view! { <JourneyQuestion check kind=Kind::Worried index /> }.into_any()
        }
        Screen::JobOffer(index) => {
            view! { <JourneyQuestion check kind=Kind::JobOffer index /> }.into_any()
        }
        Screen::WorriedAdvice => view! { <WorriedAdvice check /> }.into_any(),
        Screen::JobOfferResult => view! { <JobOfferResult check /> }.into_any(),
        _ => ().into_any(),
    }
}

/// Links to the journeys the embedder offers, for the start screen.
#[component]
pub fn JourneyLinks(check: Check) -> impl IntoView {
    let offered = &check.config.journeys;
    let links = Kind::ALL
        .into_iter()
        .filter(|k| offered.contains(&k.id()))
        .map(|kind| {
            view! {
                <button type="button" class="cs-button cs-button--secondary" on:click=move |_| check.go(kind.question(0))>
                    {check.t(&kind.key("start_link"))}
                </button>
            }
        })
        .collect_view();
    let any = Kind::ALL.iter().any(|k| offered.contains(&k.id()));
    any.then(|| {
        view! {
            <h2>{check.t("journeys.heading")}</h2>
            <div class="cs-actions">{links}</div>
        }
    })
}

#[component]
fn JourneyQuestion(check: Check, kind: Kind, index: usize) -> impl IntoView {
    let data = journeys::shipped();
    let questions = &data.journey(kind).questions;
    let Some(question) = questions.get(index) else {
        check.go(kind.end());
        return ().into_any();
    };
    let total = questions.len();
    let id = question.id.to_string();
    let progress = check.fill(
        "ui.progress",
        &[
            ("n", &(index + 1).to_string()),
            ("total", &total.to_string()),
        ],
    );
    let next_label = check.t(if index + 1 >= total {
        "ui.see_result"
    } else {
        "ui.next"
    });
    let answered = {
        let id = id.clone();
        Signal::derive(move || check.journeys.with(|r| r.contains_key(&id)))
    };
    let choices = question
        .options
        .iter()
        .map(|code| {
            let checked = {
                let (id, code) = (id.clone(), code.to_string());
                Signal::derive(move || check.journeys.with(|r| r.get(&id) == Some(&code)))
            };
            let choose = {
                let (id, code) = (id.clone(), code.to_string());
                Callback::new(move |()| {
                    check.journeys.update(|r| {
                        r.insert(id.clone(), code.clone());
                    });
                })
            };
            Choice {
                value: code.to_string(),
                label: check.t(&label_key(kind, code)),
                checked,
                choose,
            }
        })
        .collect();
    view! {
        <QuestionForm
            check
            progress=Signal::stored(progress)
            percent=Signal::stored(format!("{}%", (index + 1) * 100 / total.max(1)))
            title=check.t(&question_key(kind, &question.id))
            // The first question says what this is for and that nothing is sent.
            hint=(index == 0).then(|| check.t(&kind.key("intro")))
            name=id
            choices
            choose_one=check.t("journeys.choose_one")
            next_label=Signal::stored(next_label)
            answered
            on_next=Callback::new(move |()| check.go(journeys::next(kind.question(index))))
            on_back=Callback::new(move |()| check.go(journeys::back(kind.question(index))))
        />
    }
    .into_any()
}

/// One piece of advice: a heading, the text, and its sources.
fn advice_card(check: Check, kind: Kind, advice: &'static Advice, sub: bool) -> impl IntoView {
    let data = journeys::shipped();
    let secondary = data.secondary(&advice.sources);
    let rights = (kind == Kind::Worried && advice.id == "rights").then(|| {
        view! {
            <button type="button" class="cs-button" on:click=move |_| check.go(Screen::Rights)>
                {check.t("worried.rights_button")}
            </button>
        }
    });
    let title = check.t(&advice_key(kind, &advice.id, "title"));
    let heading = if sub {
        view! { <h3>{title}</h3> }.into_any()
    } else {
        view! { <h2>{title}</h2> }.into_any()
    };
    view! {
        <li class="cs-card">
            {heading}
            <p>{check.t(&advice_key(kind, &advice.id, "body"))}</p>
            {rights}
            {secondary.then(|| view! { <p class="cs-muted">{check.t("journeys.secondary")}</p> })}
            <SourceList check sources=&advice.cited />
        </li>
    }
}

#[component]
fn WorriedAdvice(check: Check) -> impl IntoView {
    let data = journeys::shipped();
    let replies = check.journeys.get_untracked();
    let advice = data.advice_for(Kind::Worried, &replies);
    let spoken = [
        check.t("worried.advice.title"),
        check.t("worried.advice.lead"),
    ]
    .into_iter()
    .chain(advice.iter().flat_map(|a| {
        [
            check.t(&advice_key(Kind::Worried, &a.id, "title")),
            check.t(&advice_key(Kind::Worried, &a.id, "body")),
        ]
    }))
    .collect::<Vec<_>>()
    .join(" ");
    let cards = advice
        .into_iter()
        .map(|a| advice_card(check, Kind::Worried, a, false))
        .collect_view();
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{check.t("worried.advice.title")}</h1>
            <p class="cs-lead">{check.t("worried.advice.lead")}</p>
            <Listen check text=spoken />
            <ul class="cs-cards">{cards}</ul>
            <Lines check />
            <button type="button" class="cs-button cs-button--secondary" on:click=move |_| check.go(journeys::back(Screen::WorriedAdvice))>
                {check.t("ui.result.change")}
            </button>
        </section>
    }
}

#[component]
fn JobOfferResult(check: Check) -> impl IntoView {
    let data = journeys::shipped();
    let kind = Kind::JobOffer;
    let replies = check.journeys.get_untracked();
    let outcome = data.job_outcome(&replies);
    let count = check.fill(
        "job.result.count",
        &[
            ("n", &outcome.raised.len().to_string()),
            ("total", &outcome.total.to_string()),
        ],
    );
    let summary = if outcome.raised.is_empty() {
        check.t("job.result.none")
    } else {
        check.t("job.result.some")
    };
    let you_said = |code: &str| {
        check.fill(
            "ui.result.you_said",
            &[("answer", &check.t(&label_key(kind, code)))],
        )
    };
    let flag_item = move |q: &'static journeys::JourneyQuestion, code: &'static str| {
        let secondary = data.secondary(&q.sources);
        view! {
            <li>
                <p>{check.t(&kind.key(&format!("flag.{}", q.id)))}</p>
                <p class="cs-muted">
                    {check.fill("ui.result.your_answer", &[("question", &check.t(&question_key(kind, &q.id)))])}
                    " "
                    {you_said(code)}
                </p>
                {secondary.then(|| view! { <p class="cs-muted">{check.t("journeys.secondary")}</p> })}
                <SourceList check sources=&q.cited />
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
            <h2>{check.t("job.result.raised")}</h2>
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
            <h2>{check.t("job.result.unsure")}</h2>
            <p>{check.t("job.result.not_sure_note")}</p>
            <ul class="cs-why">{items}</ul>
        }
    });
    let spoken = [check.t("job.result.title"), count.clone(), summary.clone()].join(" ");
    let next_steps = data
        .advice_for(kind, &replies)
        .into_iter()
        .map(|a| advice_card(check, kind, a, true))
        .collect_view();
    view! {
        <section class="cs-screen" aria-labelledby="cs-heading">
            <h1 id="cs-heading" tabindex="-1">{check.t("job.result.title")}</h1>
            <p class="cs-lead" data-count=outcome.raised.len().to_string()>{count}</p>
            <p>{summary}</p>
            <Listen check text=spoken />
            {raised}
            {unsure}
            <h2>{check.t("job.next.title")}</h2>
            <ul class="cs-cards">{next_steps}</ul>
            <Lines check />
            <button type="button" class="cs-button cs-button--secondary" on:click=move |_| check.go(journeys::back(Screen::JobOfferResult))>
                {check.t("ui.result.change")}
            </button>
        </section>
    }
}

/// The place's emergency number and lines (and the home country's), from
/// `content/help.json`, with the place picker and a way to every line.
#[component]
fn Lines(check: Check) -> impl IntoView {
    let help = &check.content.help;
    let lists = move || {
        let place = check.current_place();
        let home = check.home_place();
        let shown: Vec<&'static Jurisdiction> = place.into_iter().chain(home).collect();
        let emergency = place.and_then(|p| p.emergency.as_ref()).map(|e| {
            view! {
                <div class="cs-note cs-emergency">
                    <p>{check.t("ui.help.emergency_here")}</p>
                    <ul class="cs-contacts">{contact_links(check, &e.contacts, None)}</ul>
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
                if lines.is_empty() || check.config.replace_help_lines {
                    return None;
                }
                let name = check.t(&format!("jur.{}", j.id));
                let heading = if here {
                    check.fill("ui.help.here", &[("place", &name)])
                } else {
                    check.fill("ui.help.from_home", &[("place", &name)])
                };
                let cards = lines
                    .into_iter()
                    .map(|l| {
                        let line_name = line_name(check.texts(), l);
                        view! {
                            <li class="cs-card">
                                <h4 lang=line_name.lang>{line_name.text.to_string()}</h4>
                                <ul class="cs-contacts">{contact_links(check, &l.contacts, Some(&j.id))}</ul>
                                <p>{check.t(&format!("line.{}.about", l.id))}</p>
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
        let none = (groups.is_empty() && check.config.help_lines.is_empty())
            .then(|| view! { <p>{check.t("journeys.lines.none")}</p> });
        view! {
            {emergency}
            {ngo_lines(check)}
            {groups}
            {none}
        }
    };
    view! {
        <h2>{check.t("journeys.lines.title")}</h2>
        <PlacePicker check />
        {lists}
        <p class="cs-links">
            <button type="button" class="cs-button" on:click=move |_| check.go(Screen::Help)>
                {check.t("journeys.lines.all")}
            </button>
        </p>
    }
}

/// The embedder's own lines, first (their text is shown as text, never HTML).
fn ngo_lines(check: Check) -> Option<impl IntoView> {
    let lines = &check.config.help_lines;
    if lines.is_empty() {
        return None;
    }
    let lang = check.lang.get_untracked();
    let cards = lines
        .iter()
        .map(|line| {
            let about = line.about.get(lang).map(|t| (lang.to_string(), t));
            let about = about.or_else(|| line.about.iter().next().map(|(l, t)| (l.clone(), t)));
            view! {
                <li class="cs-card">
                    <h4>{line.name.clone()}</h4>
                    <ul class="cs-contacts">{contact_links(check, &line.contacts, None)}</ul>
                    {about.map(|(l, t)| view! { <p lang=l>{t.clone()}</p> })}
                </li>
            }
        })
        .collect_view();
    let heading = check
        .config
        .organisation
        .as_ref()
        .map(|org| check.fill("ui.help.from_home", &[("place", &org.name)]))
        .unwrap_or_else(|| check.t("ui.help.title"));
    Some(view! {
        <h3>{heading}</h3>
        <ul class="cs-cards">{cards}</ul>
    })
}
