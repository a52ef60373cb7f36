//! In-browser tests: the storage module against real localStorage, and one
//! render of the app. Run with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use netstyle::domain::attempt::Attempt;
use netstyle::domain::documents::{ATTEMPT_KEY, CHECKLIST_KEY, HISTORY_KEY};
use netstyle::domain::history::Record;
use netstyle::domain::scoring::score;
use netstyle::domain::Answer;
use netstyle::storage::{Notice, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn backups(key: &str) -> Vec<String> {
    let storage = local();
    let len = storage.length().unwrap();
    (0..len)
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&format!("{key}.backup.")))
        .collect()
}

#[wasm_bindgen_test]
fn round_trip_through_local_storage() {
    local().clear().unwrap();
    let store = Store::open();
    assert!(store.is_available());
    let mut attempt = Attempt::new(42);
    attempt.choose(Answer::Choice(2));
    attempt.advance();
    let history = vec![Record {
        finished_at: 1_700_000_000_000,
        outcome: score(&attempt.answers),
    }];
    let checked = ["pro-three".to_owned()].into_iter().collect();

    store.save_attempt(Some(&attempt)).unwrap();
    store.save_history(&history).unwrap();
    store.save_checklist(&checked).unwrap();

    let loaded = Store::open().load();
    assert!(loaded.notices.is_empty());
    assert_eq!(loaded.attempt, Some(attempt));
    assert_eq!(loaded.history, history);
    assert_eq!(loaded.checked, checked);

    store.save_attempt(None).unwrap();
    assert_eq!(local().get_item(ATTEMPT_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn corrupt_data_is_set_aside_not_deleted() {
    local().clear().unwrap();
    local().set_item(HISTORY_KEY, "{not json").unwrap();
    let loaded = Store::open().load();
    assert!(loaded.notices.contains(&Notice::Corrupt));
    assert!(loaded.history.is_empty());
    let saved = backups(HISTORY_KEY);
    assert_eq!(saved.len(), 1);
    assert_eq!(
        local().get_item(&saved[0]).unwrap().as_deref(),
        Some("{not json")
    );
    assert_eq!(local().get_item(HISTORY_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn newer_data_is_left_untouched() {
    local().clear().unwrap();
    let newer = r#"{"schema":99,"data":["pro-three"]}"#;
    local().set_item(CHECKLIST_KEY, newer).unwrap();
    let store = Store::open();
    let loaded = store.load();
    assert!(loaded.notices.contains(&Notice::Newer));
    store.save_checklist(&Default::default()).unwrap();
    assert_eq!(
        local().get_item(CHECKLIST_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
async fn app_renders_the_welcome_screen() {
    local().clear().unwrap();
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<netstyle::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let h1 = root.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(
        h1.text_content().unwrap(),
        "What kind of networker are you?"
    );
    let buttons = root.query_selector_all("button").unwrap();
    let names: Vec<String> = (0..buttons.length())
        .filter_map(|i| buttons.item(i).and_then(|b| b.text_content()))
        .collect();
    assert!(names.contains(&"Start the quiz".to_owned()), "{names:?}");
}
