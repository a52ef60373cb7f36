//! The documents kept in localStorage: each is a serde-derived type in a
//! versioned envelope (`envelope`), with its own checks on the way in
//! (`stored`), so damaged data becomes a typed error instead of a panic or a
//! wrong screen. `tests/fixtures/` holds what every schema version wrote.

pub mod backup;
mod envelope;
pub mod notice;
mod stored;

pub(crate) use envelope::Members;
pub use envelope::{migrate, DocError, Kind, Migration, MIGRATIONS, SCHEMA};
pub use stored::{
    decode_attempt, decode_checklist, decode_group, decode_history, encode_attempt,
    encode_checklist, encode_group, encode_history, valid_outcome, Document, StoredAttempt,
    ATTEMPT_KEY, CHECKLIST_KEY, CHECKLIST_LIMIT, GROUP_KEY, HISTORY_KEY,
};
pub use stored::{decode_journal, encode_journal, JOURNAL_KEY};
pub use stored::{decode_language, encode_language, LANGUAGE_KEY};

/// The check a document's stored text must pass to be restored from a
/// backup file.
pub type Check = fn(&str) -> Result<(), DocError>;

/// Every document a backup file holds, with its check: what "everything
/// netstyle keeps" means for "Download a backup". A new document joins the
/// backup by adding its key here.
pub const BACKED_UP: &[(&str, Check)] = &[
    (ATTEMPT_KEY, |t| decode_attempt(t).map(drop)),
    (HISTORY_KEY, |t| decode_history(t).map(drop)),
    (CHECKLIST_KEY, |t| decode_checklist(t).map(drop)),
    (GROUP_KEY, |t| decode_group(t).map(drop)),
    (JOURNAL_KEY, |t| decode_journal(t).map(drop)),
];
