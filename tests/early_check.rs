//! The check before the app arrives (issue 28): the page's own first
//! question (index.html) must be the app's, and what the person did there
//! must carry over exactly (domain::early).

use clear_signs::domain::answers::{Answer, Answers};
use clear_signs::domain::content::{Content, DEFAULT_LANGUAGE};
use clear_signs::domain::early::{self, Step};
use clear_signs::domain::journey::{self, question_key, Screen};

fn content() -> Content {
    Content::load(DEFAULT_LANGUAGE).expect("content loads")
}

fn index_html() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html")
}

/// The page's own first question: its form, from index.html.
fn page_form(html: &str) -> &str {
    let start = html
        .find("<form class=\"cs-screen cs-question\" data-cs-early-question")
        .expect("index.html has the early question form");
    let end = start + html[start..].find("</form>").expect("the form ends");
    &html[start..end]
}

/// Every `name="value"` attribute in order.
fn attributes<'a>(text: &'a str, name: &str) -> Vec<&'a str> {
    let pattern = format!(" {name}=\"");
    text.match_indices(&pattern)
        .map(|(at, _)| {
            let rest = &text[at + pattern.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn the_page_asks_the_apps_first_question_with_its_choices_in_its_order() {
    let content = content();
    let catalogue = &content.catalogue;
    let question = early::first_question(catalogue).expect("a first question");
    let html = index_html();
    let form = page_form(&html);
    let choices: Vec<(String, String)> = journey::options(catalogue, question)
        .into_iter()
        .map(|o| (o.code().into_owned(), o.label_key()))
        .collect();
    let expected: Vec<String> = choices
        .iter()
        .map(|(value, key)| {
            format!(
                "<label class=\"cs-option\"><input type=\"checkbox\" name=\"{}\" value=\"{value}\"><span class=\"cs-option__label\" data-cs-i18n=\"{key}\">{}</span></label>",
                question.id,
                content.texts.get(key)
            )
        })
        .collect();
    let total = journey::path(catalogue, &Answers::new()).len().to_string();
    let wanted = format!(
        "index.html's early question must match the app's. Its choices, one per line:\n{}\nand data-cs-total=\"{total}\"",
        expected.join("\n")
    );
    for line in &expected {
        assert!(form.contains(line.as_str()), "missing {line}\n{wanted}");
    }
    assert_eq!(
        attributes(form, "value"),
        choices.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
        "{wanted}"
    );
    assert_eq!(
        attributes(form, "data-cs-total"),
        [total.as_str()],
        "{wanted}"
    );
    assert!(
        form.contains(&format!("Question 1 of {total}<")),
        "{wanted}"
    );
    let heading = question_key(question.kind, &question.id);
    assert!(
        form.contains(&format!(
            "data-cs-i18n=\"{heading}\">{}<",
            content.texts.get(&heading)
        )),
        "the heading: {heading}"
    );
}

#[test]
fn ticked_choices_carry_over_in_the_order_the_person_sees_them() {
    let content = content();
    let c = &content.catalogue;
    let got = early::read(c, "question|drugs,scams|drugs").expect("a report");
    assert_eq!(got.step, Step::Question);
    assert_eq!(
        got.answer,
        Some(Answer::Activities(vec!["scams".into(), "drugs".into()]))
    );
    assert_eq!(got.focus.as_deref(), Some("drugs"));
    let (answers, screen) = got.take_over(c);
    assert_eq!(screen, Screen::Question(0));
    assert_eq!(answers.get("activity"), got.answer.as_ref());
    let skipped = early::read(c, "question|skip|").unwrap();
    assert_eq!(skipped.answer, Some(Answer::Skip));
    assert_eq!(skipped.focus, None);
}

#[test]
fn next_pressed_before_the_app_goes_on_only_with_an_answer() {
    let content = content();
    let c = &content.catalogue;
    let (answers, screen) = early::read(c, "next|scams|").unwrap().take_over(c);
    assert_eq!(screen, journey::next(c, &answers, Screen::Question(0)));
    assert_eq!(screen, Screen::Question(1));
    let nothing = early::read(c, "next||").unwrap();
    assert_eq!(nothing.step, Step::Question);
    assert_eq!(nothing.take_over(c), (Answers::new(), Screen::Question(0)));
    let start = early::read(c, "start||").unwrap();
    assert_eq!(start.take_over(c), (Answers::new(), Screen::Start));
}

#[test]
fn a_report_it_does_not_understand_changes_nothing() {
    let content = content();
    let c = &content.catalogue;
    for report in ["", "later|scams|", "question", "Question|scams|"] {
        let got = early::read(c, report);
        assert!(
            got.is_none()
                || got.as_ref().unwrap().step == Step::Question
                    && got.as_ref().unwrap().answer.is_none(),
            "{report}: {got:?}"
        );
    }
    // Unknown, doubled or mixed values are no answer at all, never half of one.
    for ticked in [
        "scams,unknown",
        "scams,scams",
        "skip,scams",
        "skip,skip",
        "SCAMS",
        " scams",
    ] {
        let got = early::read(c, &format!("next|{ticked}|")).unwrap();
        assert_eq!(got.answer, None, "{ticked}");
        assert_eq!(got.take_over(c).1, Screen::Question(0), "{ticked}");
    }
}
