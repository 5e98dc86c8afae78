//! The reviewers' report (docs/assessment.md), generated from the content so it
//! can never drift from what the app does.

use super::answers::{Answer, Answers};
use super::assessment::assess;
use super::cases::{self, CaseBank};
use super::catalogue::{Catalogue, CONTEXT, SAFETY};
use super::content::{Content, DEFAULT_LANGUAGE};
use super::journey;
use super::scenarios;
use super::text::Texts;
use std::fmt::Write;

/// The rule in words; kept beside the code in `assessment.rs`.
const RULE: &str = "\
1. A sign raised by **yes** counts at its strength. **Not sure** counts one step weaker
   (strong → medium → weak → nothing). **No** and **I'd rather not say** count for nothing.
   Signs with no weight (context, safety) are shown for *yes* and *not sure* alike, so a person
   unsure whether they are watched gets the safety advice.
2. A dimension is **present** with: two strong signs; or one strong and one medium or weak;
   or three medium; or two medium and one weak. Weak signs alone never count.
   (ILO/EC operational indicators, 2009, WCMS_105023; the rule's wording comes from a secondary
   write-up and is not yet checked against the original.) A sign raised by two answers counts
   once, at its highest weight.
3. Anyone's answers show **strong signs** when a recruitment dimension, the exploitation
   dimension and a coercion dimension (coercion or abuse of vulnerability at destination)
   are all present. On the crime paths, being made to commit the crimes, or someone else
   taking the money from them, raises `used_for_gain` in the exploitation dimension: EU
   Directive 2011/36 Art. 2(3) lists \"the exploitation of criminal activities\" and \"the
   exploitation of the prostitution of others\" as exploitation, so a person made to run scams
   for a small wage still shows exploitation. *Changed in this release: before, only hours
   and money counted, and a paid compound victim got \"some signs\".*
4. For someone **under 18** the means are not needed (Palermo Protocol Art. 3(c); the UK Modern
   Slavery Act s.45(4) has no compulsion test for children; the wording of EU Directive 2011/36
   Art. 2(5) was not retrieved, so it is not relied on).
   Strong signs follow from any one of:
   - a *yes* to a sign listed below as sufficient for minors;
   - on a **crime path**, a *yes* to any sign that someone else directed the crimes or gained
     from them (listed below): *changed in this release*, because before, only selling sex or a
     *yes* to \"made to\" reached strong, and a groomed 15-year-old drug runner got \"a few signs\";
   - on **other paths**, the exploitation dimension together with a *yes* to a sign that someone
     moved, held or controlled them (listed below), so that hard work in a family business
     alone is not called trafficking (Palermo needs an act: recruitment, transport, transfer,
     harbouring or receipt).
5. Otherwise any present dimension shows **some signs**, and any weighted sign **a few signs**.
6. **Skipping is never reassurance** (*new in this release*). Some questions are *key*
   (marked below). When no sign rests on a plain *yes* and half or more of the key questions
   on the path are skipped or *not sure*, the result is **not enough answers to say**, with help
   shown first. **No warning signs** needs a *no* to every key question: when nothing raised a
   sign but a key question was skipped or *not sure*, the result is \"not enough answers\" too.
7. If the safety sign is raised, the result leads with safety advice and the quick exit.
8. The headline names a crime only when a crime activity was chosen (never for selling sex:
   Vera 2014 found survivors were hurt when forced sex was named as work), and no headline
   says \"forced\". The under-18 line shows only with strong signs.

No level is a legal finding. Every level shows rights and help.";

/// What the rule cannot do, for reviewers; each limit is shown by a case.
const LIMITS: &str = "\
- **When** something happened is not asked. Violence, threats, documents taken, being locked in,
  debts and fear about papers raise both a recruitment sign and a destination sign (the ILO lists
  each at both stages), always the recruitment one at medium weight or less.
- **Deception** is one question on the drugs, stealing, sex and crime paths, so recruitment by
  deception alone (one strong sign) cannot make that dimension present there; recruitment then
  comes from coercion or abuse of vulnerability (see case `benefit_fraud_vulnerable_recruits`).
  Lies about pay or hours are asked only after a *yes* or *not sure* about the job, because on
  their own they are one medium sign and cannot make a dimension present.
- **Who causes** hard conditions is not asked: very long hours and bad housing make the
  exploitation dimension present even when nobody else gains (cases
  `begging_family_poverty_free`, `family_shop_teen_16`); the result then says \"some signs\" and
  claims no force or crime.
- On crime paths, **someone else taking most of the money** counts as exploitation of criminal
  activities, so an agreed share looks the same (case `cannabis_paid_grower_free`).
- Money demanded for release (ransom) is asked within the debt question and rated as debt
  bondage (strong). Which signs are enough for a minor is our reading of Palermo Art. 3(c),
  for expert review.
- Every path asks at most 22 questions; follow-ups keep most paths at 18 or 19.";

pub fn render() -> Result<String, String> {
    let content = Content::load(DEFAULT_LANGUAGE)?;
    let scenarios = scenarios::load()?;
    let bank: CaseBank =
        serde_json::from_str(cases::CASES_JSON).map_err(|e| format!("cases.json: {e}"))?;
    let (c, t) = (&content.catalogue, &content.texts);
    let mut md = String::new();
    let w = &mut md;
    let _ = writeln!(w, "# Clear Signs: the assessment, for reviewers\n");
    let _ = writeln!(w, "_Generated by `cargo run --bin assessment-report` from `content/`. Do not edit by hand; a test fails if this file is out of date._\n");
    let _ = writeln!(w, "## The rule\n\n{RULE}\n");
    let _ = writeln!(w, "### Known limits\n\n{LIMITS}\n");

    let _ = writeln!(w, "## Signs by dimension\n");
    let groups = c
        .dimensions
        .iter()
        .map(|d| d.id.as_str())
        .chain([CONTEXT, SAFETY]);
    for dim in groups {
        let _ = writeln!(w, "### {} (`{dim}`)\n", t.get(&format!("dim.{dim}")));
        let _ = writeln!(w, "| sign | strength | indicator | what the person reads | source |\n|---|---|---|---|---|");
        for s in c.signs.iter().filter(|s| s.dimension == dim) {
            let source = c
                .sources
                .get(&s.source)
                .map(|s| cite(&s.title, s.url.as_deref()))
                .unwrap_or_default();
            let _ = writeln!(
                w,
                "| `{}` | {} | {} | {} | {} |",
                s.id,
                s.strength.label(),
                s.note,
                t.get(&format!("sign.{}", s.id)),
                source
            );
        }
        let _ = writeln!(w);
    }
    let list = |ids: &[String]| {
        ids.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        w,
        "Sufficient for minors (rule 4): {}.\n",
        list(&c.rule.minor_sufficient_signs)
    );
    let _ = writeln!(
        w,
        "Someone else directed or gained, for a minor on a crime path (rule 4): {}.\n",
        list(&c.rule.minor_directed_signs)
    );
    let _ = writeln!(
        w,
        "Someone moved, held or controlled them, for a minor on another path (rule 4): {}.\n",
        list(&c.rule.minor_control_signs)
    );
    let _ = writeln!(w, "Crime paths: {}.\n", list(&c.crime_activities));
    for m in &c.rule.minor_activity_signs {
        let _ = writeln!(
            w,
            "A minor who chose activity `{}` raises `{}` on that choice alone.",
            m.activity, m.sign
        );
    }

    let _ = writeln!(w, "\n## Questions\n");
    let _ = writeln!(
        w,
        "Every question offers: {}.\nThe first question offers: {}.\n",
        replies(t),
        activities(c, t)
    );
    let _ = writeln!(
        w,
        "| # | id | question | asked for | only after yes / not sure to | key | a yes raises |\n|---|---|---|---|---|---|---|"
    );
    for (i, q) in c.questions.iter().enumerate() {
        let text = question_text(t, &q.id);
        let paths = if q.paths.is_empty() {
            "everyone".to_string()
        } else {
            q.paths.join(", ")
        };
        let sign = |id: &String, suffix: &str| {
            c.sign(id)
                .map(|s| format!("`{}` ({}){suffix}", s.id, s.strength.label()))
        };
        let raises: Vec<String> = q
            .raises
            .iter()
            .filter_map(|id| sign(id, ""))
            .chain(
                q.crime_raises
                    .iter()
                    .filter_map(|id| sign(id, " on crime paths")),
            )
            .collect();
        let after: Vec<String> = q.after.iter().map(|a| format!("`{a}`")).collect();
        let _ = writeln!(
            w,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            i + 1,
            q.id,
            text,
            paths,
            after.join(", "),
            if q.key { "key" } else { "" },
            raises.join(", ")
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

    let _ = writeln!(w, "\n## Worked examples\n");
    let _ = writeln!(
        w,
        "The project's own scenarios (`content/scenarios.json`), written with the rule.\n"
    );
    for s in &scenarios {
        let _ = writeln!(w, "### `{}`\n\n{}\n", s.id, s.story);
        let _ = writeln!(w, "{}", explain(c, t, &s.answers));
    }

    let _ = writeln!(w, "## Independent case bank\n");
    let _ = writeln!(w, "{}\n", bank.about);
    let agree = bank
        .cases
        .iter()
        .filter(|k| assess(c, &k.answers).level.id() == k.expected)
        .count();
    let _ = writeln!(
        w,
        "{} cases; the rule gives the level expected from the sources in {agree}. The others are listed with the reason.\n",
        bank.cases.len()
    );
    let _ = writeln!(
        w,
        "| case | activity | under 18 | expected from sources | rule gives |\n|---|---|---|---|---|"
    );
    for k in &bank.cases {
        let got = assess(c, &k.answers).level.id();
        let code = |q: &str| {
            k.answers
                .get(q)
                .map(|a| a.code().to_string())
                .unwrap_or_default()
        };
        let mark = if got == k.expected { "" } else { " ⚠" };
        let _ = writeln!(
            w,
            "| [`{}`](#case-{}) | {} | {} | {} | {got}{mark} |",
            k.id,
            k.id,
            code("activity"),
            code("under18"),
            k.expected
        );
    }
    let _ = writeln!(w);
    for k in &bank.cases {
        let _ = writeln!(w, "### case `{}`\n\n{}\n", k.id, k.story);
        let _ = writeln!(w, "- Source: {}", k.source);
        let _ = writeln!(
            w,
            "- Expected from the sources: **{}**. {}",
            k.expected, k.why
        );
        if let Some(note) = &k.rule_note {
            let _ = writeln!(
                w,
                "- ⚠ The rule gives **{}**: {}",
                note.rule_gives, note.why
            );
        }
        let _ = writeln!(w, "{}", explain(c, t, &k.answers));
    }

    let _ = writeln!(w, "## Sources\n");
    for (id, s) in &c.sources {
        let _ = writeln!(w, "- `{id}`: {}", cite(&s.title, s.url.as_deref()));
    }
    Ok(md)
}

/// One worked example: the answers that matter, the signs, the dimensions, the level.
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
        .map(|r| format!("`{}` ({})", r.sign.id, r.weight.label()))
        .collect();
    let present: Vec<String> = outcome.present.iter().map(|d| format!("`{d}`")).collect();
    let or_none = |v: Vec<String>| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    let _ = writeln!(w, "- Signs raised: {}", or_none(raised));
    let _ = writeln!(w, "- Dimensions present: {}", or_none(present));
    let _ = writeln!(
        w,
        "- Under 18: {}; safety first: {}; key questions not answered yes or no: {}",
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
