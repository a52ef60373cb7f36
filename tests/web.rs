//! In-browser tests: the storage module against real localStorage, and one
//! render of the app. Run with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use netstyle::domain::documents::{
    encode_attempt, encode_history, Document, ATTEMPT_KEY, CHECKLIST_KEY, HISTORY_KEY,
};
use netstyle::domain::quiz::attempt::Attempt;
use netstyle::domain::quiz::history::Record;
use netstyle::domain::quiz::scoring::score;
use netstyle::domain::Answer;
use netstyle::storage::{Notice, Store};
use wasm_bindgen::JsCast;
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
    assert!(loaded.notices.contains(Notice::Corrupt));
    assert!(loaded.history.is_empty());
    let saved = backups(HISTORY_KEY);
    assert_eq!(saved.len(), 1);
    assert_eq!(
        local().get_item(&saved[0]).unwrap().as_deref(),
        Some("{not json")
    );
    assert_eq!(local().get_item(HISTORY_KEY).unwrap(), None);
}

/// Replaces a browser function for one test, and puts it back even when the
/// test fails, so the tests after it see a normal browser.
struct Patched(&'static str);

impl Patched {
    fn new(patch: &str, undo: &'static str) -> Patched {
        js_sys::eval(patch).unwrap();
        Patched(undo)
    }

    /// `setItem` throws the error a full store throws.
    fn full_storage() -> Patched {
        Patched::new(
            "window.__setItem = Storage.prototype.setItem; \
             Storage.prototype.setItem = function () { \
               throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };",
            "Storage.prototype.setItem = window.__setItem;",
        )
    }

    /// Reading `window.localStorage` throws, as with storage blocked.
    fn blocked_storage() -> Patched {
        Patched::new(
            "window.__localStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
             Object.defineProperty(window, 'localStorage', { configurable: true, \
               get() { throw new DOMException('Access is denied.', 'SecurityError'); } });",
            "if (window.__localStorage) \
               Object.defineProperty(window, 'localStorage', window.__localStorage); \
             else delete window.localStorage;",
        )
    }
}

impl Drop for Patched {
    fn drop(&mut self) {
        let _ = js_sys::eval(self.0);
    }
}

fn sample_history() -> Vec<Record> {
    vec![Record {
        finished_at: 1_700_000_000_000,
        outcome: score(&Attempt::new(1).answers),
    }]
}

#[wasm_bindgen_test]
fn blocked_storage_leaves_a_working_store_in_memory() {
    let store = {
        let _blocked = Patched::blocked_storage();
        assert!(web_sys::window().unwrap().local_storage().is_err());
        Store::open()
    };
    assert!(!store.is_available());
    let loaded = store.load();
    assert_eq!(
        loaded.notices.iter().collect::<Vec<_>>(),
        [Notice::Unavailable]
    );
    assert_eq!(store.save_attempt(Some(&Attempt::new(3))), Ok(()));
    assert!(local().length().is_ok(), "the patch was undone");
}

#[wasm_bindgen_test]
fn a_full_store_still_reads_and_reports_that_saving_fails() {
    local().clear().unwrap();
    local()
        .set_item(HISTORY_KEY, &encode_history(&sample_history()))
        .unwrap();
    let _full = Patched::full_storage();
    let store = Store::open();
    let loaded = store.load();
    assert_eq!(
        loaded.notices.iter().collect::<Vec<_>>(),
        [Notice::SaveFailed]
    );
    assert_eq!(loaded.history, sample_history(), "what was saved is kept");
    assert_eq!(
        store.save_attempt(Some(&Attempt::new(3))),
        Err(Notice::SaveFailed)
    );
}

#[wasm_bindgen_test]
fn damaged_data_that_cannot_be_backed_up_stays_where_it_is() {
    local().clear().unwrap();
    local().set_item(ATTEMPT_KEY, "[]").unwrap();
    let _full = Patched::full_storage();
    let store = Store::open();
    assert!(store.load().notices.contains(Notice::Corrupt));
    assert_eq!(
        local().get_item(ATTEMPT_KEY).unwrap().as_deref(),
        Some("[]")
    );
    drop(_full);
    store.save_attempt(Some(&Attempt::new(3))).unwrap();
    assert_eq!(
        local().get_item(ATTEMPT_KEY).unwrap().as_deref(),
        Some("[]"),
        "never written over while it could not be set aside"
    );
    assert_eq!(store.reread(Some(ATTEMPT_KEY)).notices, [Notice::Corrupt]);
    let saved = backups(ATTEMPT_KEY);
    assert_eq!(saved.len(), 1);
    assert_eq!(local().get_item(&saved[0]).unwrap().as_deref(), Some("[]"));
    store.save_attempt(Some(&Attempt::new(3))).unwrap();
    assert_eq!(
        local().get_item(ATTEMPT_KEY).unwrap(),
        Some(encode_attempt(&Attempt::new(3)))
    );
}

#[wasm_bindgen_test]
fn newer_data_puts_the_whole_page_in_memory_mode() {
    local().clear().unwrap();
    let newer = r#"{"schema":2,"data":{"records":[]}}"#;
    local().set_item(HISTORY_KEY, newer).unwrap();
    let store = Store::open();
    let loaded = store.load();
    assert_eq!(loaded.notices.iter().collect::<Vec<_>>(), [Notice::Newer]);
    assert!(!store.is_saving());
    store.save_attempt(Some(&Attempt::new(3))).unwrap();
    store.save_history(&sample_history()).unwrap();
    assert_eq!(local().get_item(ATTEMPT_KEY).unwrap(), None);
    assert_eq!(
        local().get_item(HISTORY_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn a_document_another_tab_wrote_is_read_back() {
    local().clear().unwrap();
    let store = Store::open();
    assert!(store.load().notices.is_empty());
    let attempt = Attempt::new(77);
    local()
        .set_item(ATTEMPT_KEY, &encode_attempt(&attempt))
        .unwrap();
    let change = store.reread(Some(ATTEMPT_KEY));
    assert_eq!(change.documents, [Document::Attempt(Some(attempt))]);
    assert!(change.notices.is_empty());
    local().remove_item(ATTEMPT_KEY).unwrap();
    let change = store.reread(Some(ATTEMPT_KEY));
    assert_eq!(change.documents, [Document::Attempt(None)]);
}

/// The other tab goes on while this one handles its first change: saving
/// what this page was just given must not put the older copy back.
#[wasm_bindgen_test]
fn a_document_from_another_tab_is_not_written_back_over_a_newer_one() {
    local().clear().unwrap();
    let store = Store::open();
    assert!(store.load().notices.is_empty());
    let mut attempt = Attempt::new(77);
    attempt.choose(Answer::Choice(1));
    local()
        .set_item(ATTEMPT_KEY, &encode_attempt(&attempt))
        .unwrap();
    let change = store.reread(Some(ATTEMPT_KEY));
    assert_eq!(change.documents, [Document::Attempt(Some(attempt.clone()))]);

    let mut newer = attempt.clone();
    newer.advance();
    local()
        .set_item(ATTEMPT_KEY, &encode_attempt(&newer))
        .unwrap();
    // The app saves every document that changed in its state, including
    // the one it was just given.
    store.save_attempt(Some(&attempt)).unwrap();
    assert_eq!(
        local().get_item(ATTEMPT_KEY).unwrap(),
        Some(encode_attempt(&newer))
    );
    // A change of this page's own is still written.
    let mut ours = attempt.clone();
    ours.choose(Answer::Choice(2));
    store.save_attempt(Some(&ours)).unwrap();
    assert_eq!(
        local().get_item(ATTEMPT_KEY).unwrap(),
        Some(encode_attempt(&ours))
    );
}

#[wasm_bindgen_test]
fn damage_from_another_tab_is_set_aside_and_ours_put_back() {
    local().clear().unwrap();
    let store = Store::open();
    store.save_history(&sample_history()).unwrap();
    let ours = local().get_item(HISTORY_KEY).unwrap();
    local()
        .set_item(HISTORY_KEY, "{\"schema\":1,\"data\":7}")
        .unwrap();
    let change = store.reread(Some(HISTORY_KEY));
    assert!(change.documents.is_empty(), "this page keeps its history");
    assert_eq!(change.notices, [Notice::Corrupt]);
    assert_eq!(local().get_item(HISTORY_KEY).unwrap(), ours);
    let saved = backups(HISTORY_KEY);
    assert_eq!(saved.len(), 1);
    assert_eq!(
        local().get_item(&saved[0]).unwrap().as_deref(),
        Some("{\"schema\":1,\"data\":7}")
    );
}

#[wasm_bindgen_test]
fn newer_data_from_another_tab_stops_this_page_saving() {
    local().clear().unwrap();
    let store = Store::open();
    store.save_attempt(Some(&Attempt::new(5))).unwrap();
    let newer = r#"{"schema":9,"data":null}"#;
    local().set_item(ATTEMPT_KEY, newer).unwrap();
    let change = store.reread(None);
    assert_eq!(change.notices, [Notice::Newer]);
    assert!(
        !change.documents.contains(&Document::Attempt(None)),
        "this page keeps its attempt"
    );
    store.save_attempt(Some(&Attempt::new(6))).unwrap();
    assert_eq!(
        local().get_item(ATTEMPT_KEY).unwrap().as_deref(),
        Some(newer)
    );
    local().set_item(CHECKLIST_KEY, "garbage").unwrap();
    assert!(store.reread(Some(CHECKLIST_KEY)).notices.is_empty());
    assert_eq!(
        local().get_item(CHECKLIST_KEY).unwrap().as_deref(),
        Some("garbage")
    );
}

#[wasm_bindgen_test]
fn newer_data_is_left_untouched() {
    local().clear().unwrap();
    let newer = r#"{"schema":99,"data":["pro-three"]}"#;
    local().set_item(CHECKLIST_KEY, newer).unwrap();
    let store = Store::open();
    let loaded = store.load();
    assert!(loaded.notices.contains(Notice::Newer));
    store.save_checklist(&Default::default()).unwrap();
    assert_eq!(
        local().get_item(CHECKLIST_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

/// An attempt saved before the questions changed: an answer to a question
/// no longer asked, and a place past the end.
#[wasm_bindgen_test]
fn an_attempt_saved_with_other_questions_is_kept_and_the_person_told() {
    local().clear().unwrap();
    let mut attempt = Attempt::new(5);
    attempt.choose(Answer::Choice(2));
    let kept = attempt.answers.clone();
    assert_eq!(kept.len(), 1);
    let mut saved = attempt.clone();
    saved.position = Attempt::len() + 3;
    saved
        .answers
        .insert("scene-retired".to_owned(), Answer::Choice(1));
    let text = encode_attempt(&saved);
    local().set_item(ATTEMPT_KEY, &text).unwrap();

    let loaded = Store::open().load();
    assert_eq!(
        loaded.notices.iter().collect::<Vec<_>>(),
        [Notice::QuestionsChanged]
    );
    let attempt = loaded.attempt.expect("the attempt is kept");
    assert_eq!(attempt.answers, kept);
    assert_eq!(attempt.position, Attempt::len() - 1);
    assert!(backups(ATTEMPT_KEY).is_empty(), "not set aside as damaged");
    assert_eq!(
        local().get_item(ATTEMPT_KEY).unwrap(),
        Some(encode_attempt(&attempt)),
        "what was kept is stored, so the next visit has nothing to repair"
    );
    assert!(Store::open().load().notices.is_empty());
    assert_ne!(text, encode_attempt(&attempt));
}

#[wasm_bindgen_test]
async fn the_app_says_when_earlier_data_could_not_be_read() {
    local().clear().unwrap();
    local().set_item(CHECKLIST_KEY, "{not json").unwrap();
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<netstyle::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let status = root
        .query_selector(".notices[role=status]")
        .unwrap()
        .expect("a status region");
    assert_eq!(
        status.text_content().unwrap(),
        format!("{}Dismiss", netstyle::i18n::names::notice(Notice::Corrupt))
    );
    assert_eq!(backups(CHECKLIST_KEY).len(), 1);
    let dismiss = status.query_selector("button").unwrap().expect("Dismiss");
    dismiss.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(status.text_content().unwrap(), "");
    app.destroy();
    root.remove();
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
