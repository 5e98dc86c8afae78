//! The reviewers' report (docs/assessment.md), generated from the content so it
//! can never drift from what the app does.

use crate::domain::answers::{Answer, Answers};
use crate::domain::assessment::assess;
use crate::domain::catalogue::{Catalogue, Element};
use crate::domain::content::{Content, DEFAULT_LANGUAGE};
use crate::domain::journey;
use crate::domain::text::Texts;
use crate::tools::cases::{self, CaseBank};
use crate::tools::reference;
use std::fmt::Write;

/// The rule in words; kept beside the code in `assessment.rs`.
const RULE: &str = "\
The rule is written as the legal elements of the reference standard
(`content/reference/levels.md`, copied unchanged from the project's shared assessment folder).
Each question raises one sign, and each sign is evidence of one element, so no answer counts
twice. Only a plain **yes** makes a sign count; **not sure** counts in two places only (the whole
picture, and age); **no** and **I'd rather not say** count for nothing.

**Who \"the people in control\" are.** The people who recruit, move, house, direct or profit from
the person. Control, threats and violence count only from them: not from strangers, robbers,
rival gangs, customers or the police. The questions ask about them alone (\"they\", \"the people
in control\"), and the first of them says so.

1. **Strong signs**, for an adult: a *yes* to being **made to do it** against their will
   (forced, afraid to say no, or tricked into it) **and** a *yes* to a **penalty or control** by
   the people in control (violence, sexual violence, threats to them or their family or to report
   them, locking in, guarding or checking the phone, passport taken, a debt they cannot pay off,
   punishment for refusing, being taken somewhere they did not agree to or sold on, use of a
   vulnerability, being controlled now). No recruitment step is needed: forced labour is work \"exacted under the menace of any
   penalty\" and not offered voluntarily (ILO C29 Art. 2), and the Modern Slavery Act 2015 s.1
   offence needs no movement or recruitment.
2. **Strong signs**, for someone **under 18**, or **not sure** of their age (the presumption of
   childhood: MSA 2015 s.51, EU Directive 2011/36 Art. 13(2)): a *yes* to any sign that someone
   else recruited, moved, housed, directed or took the money from their crimes, sex or work
   (listed below as *child*). No force or deception is needed (Palermo Protocol Art. 3(c); MSA
   s.45(4)). Hard conditions that show someone else directs or houses them count here: drugs
   carried inside the body, and living where they chose (a house taken over for dealing). Being
   with friends of the same age, for their own money, is none of these.
3. **Some signs**: a *yes* to any sign of force, deception or control by the people in control
   (every sign of elements *forced*, *control*, *deception* (lies about pay or hours) and
   *directed* (told what to say, made to recruit or hurt others)); or *not sure* (or *yes*) to being made to do it **and** *not
   sure* (or *yes*) to a sign of control: the person is unsure about exactly what matters.
   Being controlled now is a sign of control, so it is never below *some*.
4. **Not enough answers**: more than half of the key questions on the path skipped or *not sure*,
   and nothing above. Never shown when a *yes* to control exists.
5. **A few signs**: a *yes* to a hard condition only (long hours, no free time, very low pay or
   most of the money going to someone else, bad housing, dangerous work); or someone under 18 (or not sure) on a crime path with no other sign:
   age is itself a vulnerability.
6. **No warning signs**: every key question answered (*not sure* is an answer; on one or two
   questions it neither raises nor lowers the level), and none of the above. A key question
   skipped here gives **not enough answers**: skipping is never reassurance.
7. **Safety first**: a *yes* to being kept or controlled now puts safety advice and the quick exit
   first on the result, whatever the level.
8. The headline names a crime only when a crime activity was chosen (never selling sex alone:
   Vera 2014 found survivors were hurt when forced sex was named as work), and no headline says
   \"forced\". The under-18 line shows only with strong signs; a person not sure of their age is
   told the check treated them as possibly under 18.

No level is a legal finding. Every level shows rights and help.";

/// What the rule cannot do, for reviewers.
const LIMITS: &str = "\
- **When** something happened is not asked; how the person was first recruited does not matter
  to the adult rule, so this loses nothing the law needs.
- **Who** the people in control are is left to the person, helped by the words of the questions.
  A person who counts a robber's threats as \"theirs\" raises a sign the law would not.
- Several topics share one question where they are the same element: locked in or guarded, and
  phone taken or checked; threats to them, to their family, or to report them; taken somewhere
  unknown, and sold or handed on; very low pay, long hours and no free time.
- More than one activity can be chosen; the questions of each are asked, at most 22 in all.";

pub fn render() -> Result<String, String> {
    let content = Content::load(DEFAULT_LANGUAGE)?;
    let (c, t) = (&content.catalogue, &content.texts);
    let mapping = reference::mapping()?;
    let cases = reference::cases()?;
    let mut md = String::new();
    let w = &mut md;
    let _ = writeln!(w, "# Clear Signs: the assessment, for reviewers\n");
    let _ = writeln!(w, "_Generated by `cargo run --bin assessment-report` from `content/`. Do not edit by hand; a test fails if this file is out of date._\n");
    let _ = writeln!(w, "## The rule, as legal elements\n\n{RULE}\n");
    let _ = writeln!(w, "### Known limits\n\n{LIMITS}\n");

    let _ = writeln!(w, "## Signs by element\n");
    for element in Element::ALL {
        let law = c
            .elements
            .iter()
            .find(|e| e.id == element)
            .map_or("", |e| e.law.as_str());
        let _ = writeln!(
            w,
            "### {} (`{}`)\n\n{law}\n",
            t.get(&format!("dim.{}", element.id())),
            element.id()
        );
        let _ = writeln!(w, "| sign | raised by a yes to | child | indicator | what the person reads | source |\n|---|---|---|---|---|---|");
        for s in c.signs.iter().filter(|s| s.element == element) {
            let source = c
                .sources
                .get(&s.source)
                .map(|s| cite(&s.title, s.url.as_deref()))
                .unwrap_or_default();
            let asked: Vec<String> = c
                .questions
                .iter()
                .filter(|q| q.raises.as_ref() == Some(&s.id))
                .map(|q| format!("`{}`", q.id))
                .collect();
            let _ = writeln!(
                w,
                "| `{}` | {} | {} | {} | {} | {} |",
                s.id,
                asked.join(", "),
                if s.child { "child" } else { "" },
                s.note,
                t.get(&format!("sign.{}", s.id)),
                source
            );
        }
        let _ = writeln!(w);
    }
    let _ = writeln!(w, "Crime paths: {}.\n", c.crime_activities.join(", "));

    let _ = writeln!(w, "## Questions\n");
    let _ = writeln!(
        w,
        "Every question offers: {}.\nThe first question offers, and more than one can be chosen: {}.\n",
        replies(t),
        activities(c, t)
    );
    let _ = writeln!(
        w,
        "| # | id | question | asked for | only after yes / not sure to | key | a yes raises |\n|---|---|---|---|---|---|---|"
    );
    for (i, q) in c.questions.iter().enumerate() {
        let paths = if q.paths.is_empty() {
            "everyone".to_string()
        } else {
            q.paths.join(", ")
        };
        let raises = q
            .raises
            .as_deref()
            .and_then(|id| c.sign(id))
            .map(|s| format!("`{}` ({})", s.id, s.element.id()))
            .unwrap_or_default();
        let after: Vec<String> = q.after.iter().map(|a| format!("`{a}`")).collect();
        let _ = writeln!(
            w,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            i + 1,
            q.id,
            question_text(t, &q.id),
            paths,
            after.join(", "),
            if q.key { "key" } else { "" },
            raises
        );
    }

    let _ = writeln!(w, "\n## Path lengths (limit {})\n", c.max_path_length);
    let _ = writeln!(
        w,
        "| activity | questions with every follow-up closed | with every follow-up open |\n|---|---|---|"
    );
    for a in &c.activities {
        let _ = writeln!(
            w,
            "| {} | {} | {} |",
            t.get(&format!("activity.{a}")),
            journey::path(c, &journey::answer_every(c, a, Answer::No)).len(),
            journey::path(c, &journey::answer_every(c, a, Answer::Yes)).len()
        );
    }

    let _ = writeln!(w, "\n## The reference standard\n");
    let _ = writeln!(
        w,
        "`content/reference/reference-cases.json`: {} people described in published sources, with the answers each would give by topic and the level `levels.md` gives them, written without looking at this rule. `tests/reference.rs` requires every case's exact level and safety-first flag, with no tolerance.\n",
        cases.len()
    );
    let _ = writeln!(
        w,
        "### Mapping from the reference topics to the questions\n\n{}\n\n{}\n",
        mapping.about, mapping.unasked
    );
    let _ = writeln!(
        w,
        "| question | reference topics | asked the other way round |\n|---|---|---|"
    );
    for m in &mapping.questions {
        let list = |v: &[String]| {
            v.iter()
                .map(|t| format!("`{t}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            w,
            "| `{}` {} | {} | {} |",
            m.question,
            question_text(t, &m.question),
            list(&m.topics),
            list(&m.inverted)
        );
    }
    let activity_map: Vec<String> = mapping
        .activities
        .iter()
        .map(|(from, to)| format!("`{from}` → `{to}`"))
        .collect();
    let _ = writeln!(w, "\nActivities: {}.\n", activity_map.join(", "));
    let _ = writeln!(
        w,
        "### Disputed reference cases\n\nNone. Every case gets its level.\n"
    );

    let _ = writeln!(w, "### Every case\n");
    let _ = writeln!(
        w,
        "| case | activity | under 18 | expected (levels.md) | rule gives | safety first expected / given |\n|---|---|---|---|---|---|"
    );
    let mut worked = String::new();
    for k in &cases {
        let answers = mapping.answers(c, k)?;
        let outcome = assess(c, &answers);
        let got = outcome.level.id();
        let mark = if got == k.expected && outcome.safety_first == k.safety_first {
            ""
        } else {
            " ⚠"
        };
        let code = |q: &str| {
            answers
                .get(q)
                .map(|a| a.code().into_owned())
                .unwrap_or_default()
        };
        let _ = writeln!(
            w,
            "| [`{}`](#case-{}) | {} | {} | {} | {got}{mark} | {} / {} |",
            k.id,
            k.id,
            code("activity"),
            code("under18"),
            k.expected,
            yes_no(k.safety_first),
            yes_no(outcome.safety_first)
        );
        let _ = writeln!(worked, "### case `{}`\n\n{}\n", k.id, k.who);
        let _ = writeln!(
            worked,
            "- Source: {}",
            cite(&k.source.title, Some(&k.source.url))
        );
        let _ = writeln!(
            worked,
            "- Expected (levels.md): **{}**. {}",
            k.expected, k.why
        );
        let _ = writeln!(worked, "{}", explain(c, t, &answers));
    }
    let _ = writeln!(w, "\n## Worked cases\n\n{worked}");

    let bank: CaseBank =
        serde_json::from_str(cases::CASES_JSON).map_err(|e| format!("cases.json: {e}"))?;
    let _ = writeln!(w, "## The older case bank\n\n{}\n", bank.about);
    let _ = writeln!(
        w,
        "| case | activity | under 18 | expected | rule gives | source |\n|---|---|---|---|---|---|"
    );
    for k in &bank.cases {
        let got = assess(c, &k.answers).level.id();
        let mark = if got == k.expected { "" } else { " ⚠" };
        let code = |q: &str| {
            k.answers
                .get(q)
                .map(|a| a.code().into_owned())
                .unwrap_or_default()
        };
        let _ = writeln!(
            w,
            "| `{}` | {} | {} | {} | {got}{mark} | {} |",
            k.id,
            code("activity"),
            code("under18"),
            k.expected,
            k.source.replace('|', "/")
        );
    }
    let _ = writeln!(w);

    let _ = writeln!(w, "## Sources\n");
    for (id, s) in &c.sources {
        let _ = writeln!(w, "- `{id}`: {}", cite(&s.title, s.url.as_deref()));
    }
    Ok(md)
}

/// One worked case: the answers that matter, the signs by element, the level.
fn explain(c: &Catalogue, t: &Texts, answers: &Answers) -> String {
    let outcome = assess(c, answers);
    let mut out = String::new();
    let w = &mut out;
    let not_no: Vec<String> = answers
        .iter()
        .filter(|(_, a)| !matches!(a, Answer::No))
        .map(|(q, a)| format!("`{q}`: {}", a.code()))
        .collect();
    let _ = writeln!(w, "- Answers other than *no*: {}", not_no.join(", "));
    let raised: Vec<String> = outcome
        .raised
        .iter()
        .map(|r| {
            format!(
                "`{}` ({}, {})",
                r.sign.id,
                r.sign.element.id(),
                r.answer.code()
            )
        })
        .collect();
    let or_none = |v: Vec<String>| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    let _ = writeln!(w, "- Signs raised: {}", or_none(raised));
    let _ = writeln!(
        w,
        "- Under 18 or not sure: {}; safety first: {}; key questions not answered yes or no: {}",
        yes_no(outcome.minor),
        yes_no(outcome.safety_first),
        outcome.unanswered_key
    );
    let _ = writeln!(
        w,
        "- **Level: {}** ({})",
        outcome.level.id(),
        t.get(&outcome.title_key())
    );
    out
}

fn question_text(t: &Texts, id: &str) -> String {
    if t.has(&format!("q.{id}")) {
        t.get(&format!("q.{id}")).to_string()
    } else {
        t.get(&format!("{id}.question")).to_string()
    }
}

fn replies(t: &Texts) -> String {
    Answer::REPLIES
        .iter()
        .map(|a| t.get(&a.label_key()).to_string())
        .collect::<Vec<_>>()
        .join(" / ")
}

fn activities(c: &Catalogue, t: &Texts) -> String {
    c.activities
        .iter()
        .map(|a| t.get(&format!("activity.{a}")).to_string())
        .collect::<Vec<_>>()
        .join(" / ")
}

fn cite(title: &str, url: Option<&str>) -> String {
    match url {
        Some(u) => format!("[{title}]({u})"),
        None => title.to_string(),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}
