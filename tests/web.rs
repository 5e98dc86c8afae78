//! Components in headless Chromium (wasm-bindgen-test): mount the app, act
//! as a person would, and check the DOM and storage. Nothing is stored unless
//! the person chose "Keep my answers on this device": most tests start with
//! that choice made, to see what is kept; one checks the default.
#![cfg(target_arch = "wasm32")]

use clear_signs::ui::mount_widget;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use leptos::task::tick;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container with the app mounted in it, after emptying storage,
/// with "Keep my answers on this device" chosen.
async fn mount() -> HtmlElement {
    SessionStorage::clear();
    LocalStorage::clear();
    LocalStorage::raw()
        .set_item("clear-signs.keep", "yes")
        .unwrap();
    mount_keeping_storage().await
}

/// Mount without touching storage, to test what a reload reads back. The
/// real start (`app::begin`, as the `<clear-signs>` widget starts it): the
/// content, the settings, the language, the check's state, then the app.
async fn mount_keeping_storage() -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let page = document().document_element().unwrap();
    page.remove_attribute("data-cs-ready").unwrap();
    mount_widget(
        container.clone(),
        container.clone(),
        None,
        None,
        None,
        None,
        JsValue::NULL,
    );
    // The first view comes in steps, each a task of its own (src/ui/app.rs);
    // the place may wait up to 0.5 s for the time zone.
    for _ in 0..2000 {
        if page.has_attribute("data-cs-ready") {
            tick().await;
            return container;
        }
        next_task().await;
    }
    panic!("the app did not finish starting");
}

async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(later).await.unwrap();
}

fn button(root: &HtmlElement, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.get(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button “{label}”"))
}

fn radio(root: &HtmlElement, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    (0..labels.length())
        .filter_map(|i| labels.get(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|l| l.text_content().unwrap_or_default().trim() == label)
        .and_then(|l| l.query_selector("input").unwrap())
        .map(|i| i.unchecked_into())
        .unwrap_or_else(|| panic!("no answer “{label}”"))
}

fn heading(root: &HtmlElement) -> String {
    root.query_selector("h1")
        .unwrap()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn answering_a_question_updates_the_dom_and_the_kept_answers() {
    let root = mount().await;
    tick().await;
    assert_eq!(heading(&root), "A private check for warning signs");

    button(&root, "Start the check").click();
    tick().await;
    assert!(heading(&root).starts_with("What is this about?"));
    assert!(root.text_content().unwrap().contains("Question 1 of 20"));

    radio(&root, "Carrying or selling drugs").click();
    tick().await;
    // The path for drugs is known now: it adds one question.
    assert!(root.text_content().unwrap().contains("Question 1 of 21"));
    // More than one activity can be chosen; "rather not say" stands alone.
    radio(&root, "Online scams or fraud").click();
    tick().await;
    let stored = || {
        LocalStorage::raw()
            .get_item("clear-signs.v1")
            .unwrap()
            .expect("answers stored")
    };
    assert!(
        stored().contains("\"activity\":\"scams+drugs\""),
        "{}",
        stored()
    );
    radio(&root, "I'd rather not say").click();
    tick().await;
    assert!(!radio(&root, "Online scams or fraud").checked());
    assert!(!radio(&root, "Carrying or selling drugs").checked());
    assert!(stored().contains("\"activity\":\"skip\""), "{}", stored());
    radio(&root, "Online scams or fraud").click();
    tick().await;
    assert!(!radio(&root, "I'd rather not say").checked());
    assert!(stored().contains("\"activity\":\"scams\""), "{}", stored());

    button(&root, "Next").click();
    tick().await;
    assert_eq!(heading(&root), "Were you under 18 when this started?");

    radio(&root, "I'd rather not say").click();
    button(&root, "Back").click();
    tick().await;
    assert!(
        radio(&root, "Online scams or fraud").checked(),
        "the earlier answer is still chosen"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn delete_my_answers_empties_memory_and_storage() {
    let root = mount().await;
    tick().await;
    button(&root, "Start the check").click();
    tick().await;
    radio(&root, "Something else").click();
    tick().await;
    assert!(LocalStorage::raw()
        .get_item("clear-signs.v1")
        .unwrap()
        .is_some());

    button(&root, "Delete my answers").click();
    tick().await;
    // One stray tap deletes nothing: it asks first.
    assert!(LocalStorage::raw()
        .get_item("clear-signs.v1")
        .unwrap()
        .is_some());
    button(&root, "Yes, delete them").click();
    tick().await;
    assert_eq!(heading(&root), "A private check for warning signs");
    assert!(root
        .text_content()
        .unwrap()
        .contains("Your answers are deleted."));
    assert_eq!(
        LocalStorage::raw().get_item("clear-signs.v1").unwrap(),
        None
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_corrupt_stored_value_starts_fresh_without_panicking() {
    LocalStorage::raw()
        .set_item("clear-signs.keep", "yes")
        .unwrap();
    LocalStorage::raw()
        .set_item("clear-signs.v1", "{\"version\":99}")
        .unwrap();
    let container = mount_keeping_storage().await;
    tick().await;
    assert_eq!(heading(&container), "A private check for warning signs");
    assert!(container
        .text_content()
        .unwrap()
        .contains("We could not read your saved answers"));
    assert_eq!(
        LocalStorage::raw().get_item("clear-signs.v1").unwrap(),
        None
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn the_job_check_counts_the_answers_and_keeps_them_when_asked() {
    let root = mount().await;
    tick().await;
    button(&root, "Check a job offer").click();
    tick().await;
    assert!(heading(&root).starts_with("Is the pay much higher"));
    for n in 1..=7 {
        let text = root.text_content().unwrap();
        assert!(text.contains(&format!("Question {n} of 7")), "{text}");
        radio(&root, if n <= 2 { "Yes" } else { "No" }).click();
        tick().await;
        let label = if n == 7 {
            "See what my answers mean"
        } else {
            "Next"
        };
        button(&root, label).click();
        tick().await;
    }
    assert_eq!(heading(&root), "What we found in this offer");
    let text = root.text_content().unwrap();
    assert!(text.contains("in this offer: 2 of 7."), "{text}");
    assert!(text.contains("Offered through social media"), "{text}");
    let stored = LocalStorage::raw()
        .get_item("clear-signs.v1")
        .unwrap()
        .expect("answers stored");
    assert!(stored.contains("\"pay\":\"yes\""), "{stored}");
    assert!(
        stored.contains("\"screen\":\"job_offer_result\""),
        "{stored}"
    );
}

#[wasm_bindgen_test]
async fn by_default_answers_stay_in_memory_and_nothing_is_stored() {
    SessionStorage::clear();
    LocalStorage::clear();
    let root = mount_keeping_storage().await;
    tick().await;
    button(&root, "Start the check").click();
    tick().await;
    radio(&root, "Something else").click();
    tick().await;
    button(&root, "Next").click();
    tick().await;
    assert_eq!(heading(&root), "Were you under 18 when this started?");
    assert_eq!(SessionStorage::length(), 0);
    assert_eq!(LocalStorage::length(), 0);
    root.remove();
}

/// Two widgets on one page (two `<clear-signs>`): each app's components read
/// the state their own app provides (src/ui/state.rs), never the other's.
#[wasm_bindgen_test]
async fn two_apps_on_one_page_keep_their_own_answers() {
    SessionStorage::clear();
    LocalStorage::clear();
    let first = mount_keeping_storage().await;
    let second = mount_keeping_storage().await;
    tick().await;
    button(&first, "Start the check").click();
    tick().await;
    radio(&first, "Something else").click();
    tick().await;
    button(&first, "Next").click();
    tick().await;
    assert_eq!(heading(&first), "Were you under 18 when this started?");
    assert_eq!(heading(&second), "A private check for warning signs");
    button(&second, "Start the check").click();
    tick().await;
    assert!(!radio(&second, "Something else").checked());
    button(&first, "Back").click();
    tick().await;
    assert!(radio(&first, "Something else").checked());
    first.remove();
    second.remove();
}
