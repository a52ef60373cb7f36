//! The only module that touches localStorage, through gloo-storage. Reading
//! never panics and never destroys data: a damaged document is copied to a
//! backup key before the app carries on without it, a document from a newer
//! version is left alone and puts the whole page into memory mode, and a
//! browser that refuses storage leaves the app working in memory. Every such
//! case becomes a [`Notice`].
//!
//! gloo's typed `get` and `set` are not used: reading needs the stored text
//! itself (to set damaged data aside as it was, and to tell a newer
//! version's document from damage), and writing compares the text with what
//! storage holds. The text comes from serde_json in `domain::documents`.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsValue;
use web_sys::Storage;

use crate::domain::attempt::Attempt;
use crate::domain::documents::{self, DocError, Document, ATTEMPT_KEY, CHECKLIST_KEY, HISTORY_KEY};
use crate::domain::history::Record;

pub use crate::domain::notice::Notice;

/// Everything read back at start-up.
#[derive(Clone, Default)]
pub struct Loaded {
    pub attempt: Option<Attempt>,
    pub history: Vec<Record>,
    pub checked: BTreeSet<String>,
    pub notices: BTreeSet<Notice>,
}

/// What another tab's change means for this one.
#[derive(Default)]
pub struct Change {
    /// The documents that changed and could be read; the others keep what
    /// this page holds.
    pub documents: Vec<Document>,
    pub notices: Vec<Notice>,
}

/// One stored document, read back.
enum Read<T> {
    Found(T),
    Absent,
    /// Damaged (now set aside) or newer (left alone).
    Unusable,
}

/// A handle on localStorage, or on nothing when the browser refuses it.
pub struct Store {
    storage: Option<Storage>,
    /// What opening storage ran into, told once the page loads.
    opened: Option<Notice>,
    /// False once a newer version's document was seen: from then on this
    /// page writes nothing, so that version's data cannot be overwritten.
    saving: Cell<bool>,
    /// Keys holding damaged data that could not be backed up.
    frozen: RefCell<BTreeSet<&'static str>>,
    /// The text of each key as this page last read or wrote it, to put back
    /// when another tab leaves damaged data there.
    known: RefCell<BTreeMap<&'static str, String>>,
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

    /// Reads every document, setting aside what cannot be used.
    pub fn load(&self) -> Loaded {
        let mut notices: BTreeSet<Notice> = self.opened.into_iter().collect();
        let attempt = match self.read_attempt(&mut notices) {
            Read::Found(attempt) => Some(attempt),
            Read::Absent | Read::Unusable => None,
        };
        let history = self
            .read(HISTORY_KEY, documents::decode_history, &mut notices)
            .or_default();
        let checked = self
            .read(CHECKLIST_KEY, documents::decode_checklist, &mut notices)
            .or_default();
        Loaded {
            attempt,
            history,
            checked,
            notices,
        }
    }

    /// Reads back what another tab changed under `key` (`None`: it cleared
    /// everything). A page in memory mode ignores other tabs: it has stopped
    /// taking part in storage.
    pub fn reread(&self, key: Option<&str>) -> Change {
        let mut change = Change::default();
        if !self.is_saving() {
            return change;
        }
        let changed = |k: &str| key.is_none_or(|key| key == k);
        let mut notices = BTreeSet::new();
        if changed(ATTEMPT_KEY) {
            match self.read_attempt(&mut notices) {
                Read::Found(a) => change.documents.push(Document::Attempt(Some(a))),
                Read::Absent => change.documents.push(Document::Attempt(None)),
                Read::Unusable => {}
            }
        }
        if changed(HISTORY_KEY) {
            if let Some(h) = self
                .read(HISTORY_KEY, documents::decode_history, &mut notices)
                .usable()
            {
                change.documents.push(Document::History(h));
            }
        }
        if changed(CHECKLIST_KEY) {
            if let Some(c) = self
                .read(CHECKLIST_KEY, documents::decode_checklist, &mut notices)
                .usable()
            {
                change.documents.push(Document::Checklist(c));
            }
        }
        change.notices = notices.into_iter().collect();
        change
    }

    /// Reads the attempt in progress; one saved with other questions is
    /// kept with what still fits, and the person is told.
    fn read_attempt(&self, notices: &mut BTreeSet<Notice>) -> Read<Attempt> {
        match self.read(ATTEMPT_KEY, documents::decode_attempt, notices) {
            Read::Found(stored) => {
                if stored.questions_changed {
                    notices.insert(Notice::QuestionsChanged);
                }
                Read::Found(stored.attempt)
            }
            Read::Absent => Read::Absent,
            Read::Unusable => Read::Unusable,
        }
    }

    fn read<T>(
        &self,
        key: &'static str,
        decode: fn(&str) -> Result<T, DocError>,
        notices: &mut BTreeSet<Notice>,
    ) -> Read<T> {
        let Some(storage) = self.storage.as_ref() else {
            return Read::Absent;
        };
        let Ok(Some(text)) = storage.get_item(key) else {
            self.known.borrow_mut().remove(key);
            return Read::Absent;
        };
        match decode(&text) {
            Ok(value) => {
                self.known.borrow_mut().insert(key, text);
                Read::Found(value)
            }
            Err(DocError::Newer(_)) => {
                self.saving.set(false);
                notices.insert(Notice::Newer);
                Read::Unusable
            }
            Err(DocError::Corrupt(_)) => {
                self.set_aside(storage, key, &text);
                notices.insert(Notice::Corrupt);
                Read::Unusable
            }
        }
    }

    /// Copies damaged `text` to a fresh backup key, then puts back what this
    /// page holds for `key`. If the copy fails, the damaged text stays where
    /// it is and the key is not written until a later copy succeeds.
    fn set_aside(&self, storage: &Storage, key: &'static str, text: &str) {
        let stamp = js_sys::Date::now() as u64;
        let backup = (0..100)
            .map(|n| match n {
                0 => format!("{key}.backup.{stamp}"),
                n => format!("{key}.backup.{stamp}-{n}"),
            })
            .find(|candidate| matches!(storage.get_item(candidate), Ok(None)));
        if backup.is_none_or(|b| storage.set_item(&b, text).is_err()) {
            self.frozen.borrow_mut().insert(key);
            return;
        }
        self.frozen.borrow_mut().remove(key);
        let _ = match self.known.borrow().get(key) {
            Some(ours) => storage.set_item(key, ours),
            None => storage.remove_item(key),
        };
    }

    fn write(&self, key: &'static str, value: Option<String>) -> Result<(), Notice> {
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
        };
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

    /// Whether a `storage` event for `key` concerns this app's data.
    pub fn is_ours(key: Option<&str>) -> bool {
        key.is_none_or(|k| [ATTEMPT_KEY, HISTORY_KEY, CHECKLIST_KEY].contains(&k))
    }
}

impl<T: Default> Read<T> {
    fn usable(self) -> Option<T> {
        match self {
            Read::Found(value) => Some(value),
            Read::Absent => Some(T::default()),
            Read::Unusable => None,
        }
    }

    fn or_default(self) -> T {
        self.usable().unwrap_or_default()
    }
}
