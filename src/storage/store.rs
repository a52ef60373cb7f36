//! The handle on localStorage: opening it without ever panicking, and
//! writing a document only when its text changed.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsValue;
use web_sys::Storage;

use crate::domain::documents::{
    self, ATTEMPT_KEY, CHECKLIST_KEY, GROUP_KEY, HISTORY_KEY, JOURNAL_KEY, LANGUAGE_KEY,
};
use crate::domain::group::Group;
use crate::domain::journal::Journal;
use crate::domain::quiz::attempt::Attempt;
use crate::domain::quiz::history::Record;

use crate::domain::documents::notice::Notice;

/// A handle on localStorage, or on nothing when the browser refuses it.
pub struct Store {
    pub(super) storage: Option<Storage>,
    /// What opening storage ran into, told once the page loads.
    pub(super) opened: Option<Notice>,
    /// False once a newer version's document was seen: from then on this
    /// page writes nothing, so that version's data cannot be overwritten.
    pub(super) saving: Cell<bool>,
    /// Keys holding damaged data that could not be backed up.
    pub(super) frozen: RefCell<ByKey<()>>,
    /// The text of each key as this page last read or wrote it, to put back
    /// when another tab leaves damaged data there.
    pub(super) known: RefCell<ByKey<String>>,
}

/// A value for some of the five storage keys. A short list rather than a
/// `BTreeMap`: each map type costs a few KB of wasm, and five entries need
/// no tree.
#[derive(Default)]
pub(super) struct ByKey<T>(Vec<(&'static str, T)>);

impl<T> ByKey<T> {
    pub(super) fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub(super) fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub(super) fn insert(&mut self, key: &'static str, value: T) {
        self.remove(key);
        self.0.push((key, value));
    }

    pub(super) fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| *k != key);
    }
}

fn is_quota_error(error: &JsValue) -> bool {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED")
}

/// Probes with web-sys first: gloo's `LocalStorage::raw()` panics where the
/// browser refuses storage, so it is only asked once storage answered.
fn open_storage() -> (Option<Storage>, Option<Notice>) {
    let reachable = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
    if !reachable {
        return (None, Some(Notice::Unavailable));
    }
    let storage = LocalStorage::raw();
    // Some browsers hand out a storage object that throws on every write.
    // A full one can still be read, so the person keeps what was saved.
    let probe = "netstyle.v1.probe";
    match storage.set_item(probe, "1") {
        Ok(()) => {
            let _ = storage.remove_item(probe);
            (Some(storage), None)
        }
        Err(e) if is_quota_error(&e) => (Some(storage), Some(Notice::SaveFailed)),
        Err(_) => (None, Some(Notice::Unavailable)),
    }
}

impl Store {
    pub fn open() -> Store {
        let (storage, opened) = open_storage();
        Store {
            storage,
            opened,
            saving: Cell::new(true),
            frozen: RefCell::default(),
            known: RefCell::default(),
        }
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// Whether this page still writes to storage.
    pub fn is_saving(&self) -> bool {
        self.storage.is_some() && self.saving.get()
    }

    pub(super) fn write(&self, key: &'static str, value: Option<String>) -> Result<(), Notice> {
        let Some(storage) = self.storage.as_ref() else {
            return Ok(());
        };
        if !self.saving.get() || self.frozen.borrow().contains(key) {
            return Ok(());
        }
        // What storage held when this page last read or wrote it: nothing to
        // do. This matters for a document that just came from another tab:
        // writing it back could put an older copy over a newer one that tab
        // has written since (the storage event arrives later).
        if self.known.borrow().get(key) == value.as_ref() {
            return Ok(());
        }
        let written = match &value {
            Some(text) => storage.set_item(key, text),
            None => storage.remove_item(key),
        };
        written.map_err(|_| Notice::SaveFailed)?;
        let mut known = self.known.borrow_mut();
        match value {
            Some(text) => known.insert(key, text),
            None => known.remove(key),
        }
        Ok(())
    }

    pub fn save_attempt(&self, attempt: Option<&Attempt>) -> Result<(), Notice> {
        self.write(ATTEMPT_KEY, attempt.map(documents::encode_attempt))
    }

    pub fn save_history(&self, history: &[Record]) -> Result<(), Notice> {
        self.write(HISTORY_KEY, Some(documents::encode_history(history)))
    }

    pub fn save_checklist(&self, checked: &BTreeSet<String>) -> Result<(), Notice> {
        self.write(CHECKLIST_KEY, Some(documents::encode_checklist(checked)))
    }

    pub fn save_group(&self, group: &Group) -> Result<(), Notice> {
        self.write(GROUP_KEY, Some(documents::encode_group(group)))
    }

    pub fn save_journal(&self, journal: &Journal) -> Result<(), Notice> {
        self.write(JOURNAL_KEY, Some(documents::encode_journal(journal)))
    }

    /// Stores the language the person chose in the menu.
    pub fn save_language(&self, lang: &str) -> Result<(), Notice> {
        self.write(LANGUAGE_KEY, Some(documents::encode_language(lang)))
    }

    /// The stored text of every backed-up document, for a backup file.
    pub fn backed_up(&self) -> Vec<(&'static str, Option<String>)> {
        documents::BACKED_UP
            .iter()
            .map(|(key, _)| {
                let text = self
                    .storage
                    .as_ref()
                    .and_then(|s| s.get_item(key).ok().flatten());
                (*key, text)
            })
            .collect()
    }

    /// Writes a checked backup over the stored documents. What each key
    /// held is copied to a backup key first; if any write fails, what was
    /// there is put back and nothing is changed.
    pub fn restore(&self, backup: &[(&'static str, Option<String>)]) -> Result<(), Notice> {
        let storage = self.storage.as_ref().ok_or(Notice::Unavailable)?;
        let current = self.backed_up();
        let stamp = js_sys::Date::now() as u64;
        let mut written = Vec::new();
        let outcome = (|| {
            for (key, text) in current.iter().filter_map(|(k, t)| Some((k, t.as_ref()?))) {
                let aside = free_backup_key(storage, key, stamp).ok_or(Notice::SaveFailed)?;
                storage
                    .set_item(&aside, text)
                    .map_err(|_| Notice::SaveFailed)?;
            }
            for (key, text) in backup {
                written.push(*key);
                match text {
                    Some(text) => storage.set_item(key, text),
                    None => storage.remove_item(key),
                }
                .map_err(|_| Notice::SaveFailed)?;
            }
            Ok(())
        })();
        if outcome.is_err() {
            for (key, text) in current.iter().filter(|(k, _)| written.contains(k)) {
                let _ = match text {
                    Some(text) => storage.set_item(key, text),
                    None => storage.remove_item(key),
                };
            }
        }
        outcome
    }

    /// Whether a `storage` event for `key` concerns this app's data.
    pub fn is_ours(key: Option<&str>) -> bool {
        key.is_none_or(|k| {
            [
                ATTEMPT_KEY,
                HISTORY_KEY,
                CHECKLIST_KEY,
                GROUP_KEY,
                JOURNAL_KEY,
                LANGUAGE_KEY,
            ]
            .contains(&k)
        })
    }
}

/// A key under which `key`'s current text can be kept: `<key>.backup.<stamp>`,
/// with a counter when that one is taken.
pub(super) fn free_backup_key(storage: &Storage, key: &str, stamp: u64) -> Option<String> {
    (0..100)
        .map(|n| match n {
            0 => format!("{key}.backup.{stamp}"),
            n => format!("{key}.backup.{stamp}-{n}"),
        })
        .find(|candidate| matches!(storage.get_item(candidate), Ok(None)))
}

/// The stored language choice, read before the app starts (the language
/// decides the first screen's words). Nothing is changed here: a damaged
/// choice counts as none, and [`Store::load`] sets it aside and says so.
pub fn stored_language() -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let text = storage.get_item(LANGUAGE_KEY).ok()??;
    documents::decode_language(&text).ok()
}
