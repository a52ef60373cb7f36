//! The only module that touches localStorage. Reading never panics and never
//! destroys data: a damaged document is copied to a backup key before the app
//! starts fresh, a document from a newer version is left alone and never
//! overwritten, and a browser that refuses storage leaves the app working in
//! memory. Every such case becomes a [`Notice`] the page shows.

use std::cell::RefCell;
use std::collections::BTreeSet;

use web_sys::Storage;

use crate::domain::attempt::Attempt;
use crate::domain::documents::{self, DocError, ATTEMPT_KEY, CHECKLIST_KEY, HISTORY_KEY};
use crate::domain::history::Record;

/// Something about storage the person should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Notice {
    /// The browser refuses storage (blocked, private mode).
    Unavailable,
    /// A save failed, typically because storage is full.
    SaveFailed,
    /// Stored data could not be read; it was set aside under a backup key.
    Corrupt,
    /// Stored data comes from a newer version; it was left untouched.
    Newer,
}

impl Notice {
    pub fn message(self) -> &'static str {
        match self {
            Notice::Unavailable => "Your browser does not let this page store data, so your progress will not be kept once you close it.",
            Notice::SaveFailed => "Your progress could not be saved, perhaps because storage is full. It is kept in this page until you close it.",
            Notice::Corrupt => "Some saved data could not be read, so netstyle started fresh. The old data was set aside, not deleted.",
            Notice::Newer => "Your saved data comes from a newer version of netstyle. It was left untouched, and this page will not save over it.",
        }
    }
}

/// Everything read back at start-up.
#[derive(Clone, Default)]
pub struct Loaded {
    pub attempt: Option<Attempt>,
    pub history: Vec<Record>,
    pub checked: BTreeSet<String>,
    pub notices: BTreeSet<Notice>,
}

/// A handle on localStorage, or on nothing when the browser refuses it.
pub struct Store {
    storage: Option<Storage>,
    /// Keys that must not be written: they hold a newer version's data, or
    /// damaged data that could not be backed up.
    frozen: RefCell<BTreeSet<&'static str>>,
}

fn local_storage() -> Option<Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    // Some browsers hand out a storage object that throws on every write.
    let probe = "netstyle.v1.probe";
    storage.set_item(probe, "1").ok()?;
    storage.remove_item(probe).ok()?;
    Some(storage)
}

impl Store {
    pub fn open() -> Store {
        Store {
            storage: local_storage(),
            frozen: RefCell::default(),
        }
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// Reads every document, setting aside what cannot be used.
    pub fn load(&self) -> Loaded {
        let mut loaded = Loaded::default();
        if self.storage.is_none() {
            loaded.notices.insert(Notice::Unavailable);
            return loaded;
        }
        let notices = &mut loaded.notices;
        loaded.attempt = self.read(ATTEMPT_KEY, documents::decode_attempt, notices);
        loaded.history = self
            .read(HISTORY_KEY, documents::decode_history, notices)
            .unwrap_or_default();
        loaded.checked = self
            .read(CHECKLIST_KEY, documents::decode_checklist, notices)
            .unwrap_or_default();
        loaded
    }

    fn read<T>(
        &self,
        key: &'static str,
        decode: fn(&str) -> Result<T, DocError>,
        notices: &mut BTreeSet<Notice>,
    ) -> Option<T> {
        let storage = self.storage.as_ref()?;
        let text = storage.get_item(key).ok()??;
        match decode(&text) {
            Ok(value) => Some(value),
            Err(DocError::Newer(_)) => {
                self.frozen.borrow_mut().insert(key);
                notices.insert(Notice::Newer);
                None
            }
            Err(DocError::Corrupt(_)) => {
                let backup = format!("{key}.backup.{}", js_sys::Date::now() as u64);
                if storage.set_item(&backup, &text).is_ok() {
                    let _ = storage.remove_item(key);
                } else {
                    self.frozen.borrow_mut().insert(key);
                }
                notices.insert(Notice::Corrupt);
                None
            }
        }
    }

    fn write(&self, key: &'static str, value: Option<String>) -> Result<(), Notice> {
        let Some(storage) = self.storage.as_ref() else {
            return Ok(());
        };
        if self.frozen.borrow().contains(key) {
            return Ok(());
        }
        let written = match value {
            Some(text) => storage.set_item(key, &text),
            None => storage.remove_item(key),
        };
        written.map_err(|_| Notice::SaveFailed)
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
    pub fn is_ours(key: Option<String>) -> bool {
        key.is_none_or(|k| [ATTEMPT_KEY, HISTORY_KEY, CHECKLIST_KEY].contains(&k.as_str()))
    }
}
