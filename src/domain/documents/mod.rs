//! The documents kept in localStorage: each is a serde-derived type in a
//! versioned envelope (`envelope`), with its own checks on the way in
//! (`stored`), so damaged data becomes a typed error instead of a panic or a
//! wrong screen. `tests/fixtures/` holds what every schema version wrote.

mod envelope;
mod stored;

pub use envelope::{migrate, DocError, Kind, Migration, MIGRATIONS, SCHEMA};
pub use stored::{
    decode_attempt, decode_checklist, decode_history, encode_attempt, encode_checklist,
    encode_history, valid_outcome, Document, StoredAttempt, ATTEMPT_KEY, CHECKLIST_KEY,
    CHECKLIST_LIMIT, HISTORY_KEY,
};
pub use stored::{decode_journal, encode_journal, JOURNAL_KEY};
