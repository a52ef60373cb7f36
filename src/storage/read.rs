//! Reading the stored documents back, at start-up and after another tab
//! changed them, and setting aside what cannot be used.

use std::collections::BTreeSet;

use web_sys::Storage;

use super::store::{free_backup_key, Store};
use crate::domain::documents::notice::{Notice, Notices};
use crate::domain::documents::{
    self, DocError, Document, ATTEMPT_KEY, CHECKLIST_KEY, GROUP_KEY, HISTORY_KEY, JOURNAL_KEY,
    LANGUAGE_KEY,
};
use crate::domain::group::Group;
use crate::domain::journal::Journal;
use crate::domain::quiz::attempt::Attempt;
use crate::domain::quiz::history::Record;

/// Everything read back at start-up.
#[derive(Clone, Default)]
pub struct Loaded {
    pub attempt: Option<Attempt>,
    pub history: Vec<Record>,
    pub checked: BTreeSet<String>,
    pub group: Group,
    pub journal: Journal,
    /// The language the person chose, if they did.
    pub language: Option<String>,
    pub notices: Notices,
}

/// What another tab's change means for this one.
#[derive(Default)]
pub struct Change {
    /// The documents that changed and could be read; the others keep what
    /// this page holds.
    pub documents: Vec<Document>,
    /// The language chosen there (`Some(None)`: the choice was removed).
    pub language: Option<Option<String>>,
    pub notices: Vec<Notice>,
}

/// One stored document, read back.
enum Read<T> {
    Found(T),
    Absent,
    /// Damaged (now set aside) or newer (left alone).
    Unusable,
}

impl Store {
    /// Reads every document, setting aside what cannot be used.
    pub fn load(&self) -> Loaded {
        let mut notices = Notices::default();
        if let Some(opened) = self.opened {
            notices.insert(opened);
        }
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
        let group = self
            .read(GROUP_KEY, documents::decode_group, &mut notices)
            .or_default();
        let journal = self
            .read(JOURNAL_KEY, documents::decode_journal, &mut notices)
            .or_default();
        let language = self
            .read(LANGUAGE_KEY, documents::decode_language, &mut notices)
            .found();
        // What was kept of an attempt saved with other questions is stored
        // at once, so the next visit does not tell the same news again.
        if let (true, Some(attempt)) = (notices.contains(Notice::QuestionsChanged), &attempt) {
            if let Err(notice) = self.save_attempt(Some(attempt)) {
                notices.insert(notice);
            }
        }
        Loaded {
            attempt,
            history,
            checked,
            group,
            journal,
            language,
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
        let mut notices = Notices::default();
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
        if changed(GROUP_KEY) {
            if let Some(g) = self
                .read(GROUP_KEY, documents::decode_group, &mut notices)
                .usable()
            {
                change.documents.push(Document::Group(g));
            }
        }
        if changed(JOURNAL_KEY) {
            if let Some(j) = self
                .read(JOURNAL_KEY, documents::decode_journal, &mut notices)
                .usable()
            {
                change.documents.push(Document::Journal(j));
            }
        }
        if changed(LANGUAGE_KEY) {
            match self.read(LANGUAGE_KEY, documents::decode_language, &mut notices) {
                Read::Found(lang) => change.language = Some(Some(lang)),
                Read::Absent => change.language = Some(None),
                Read::Unusable => {}
            }
        }
        change.notices = notices.iter().collect();
        change
    }

    /// Reads the attempt in progress; one saved with other questions is
    /// kept with what still fits, and the person is told.
    fn read_attempt(&self, notices: &mut Notices) -> Read<Attempt> {
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
        notices: &mut Notices,
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
        let backup = free_backup_key(storage, key, js_sys::Date::now() as u64);
        if backup.is_none_or(|b| storage.set_item(&b, text).is_err()) {
            self.frozen.borrow_mut().insert(key, ());
            return;
        }
        self.frozen.borrow_mut().remove(key);
        let _ = match self.known.borrow().get(key) {
            Some(ours) => storage.set_item(key, ours),
            None => storage.remove_item(key),
        };
    }
}

impl<T> Read<T> {
    fn found(self) -> Option<T> {
        match self {
            Read::Found(value) => Some(value),
            Read::Absent | Read::Unusable => None,
        }
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
