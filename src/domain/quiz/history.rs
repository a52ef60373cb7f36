//! Completed results, newest first.

use super::scoring::Outcome;

/// How many results the history keeps; older ones drop off the end.
pub const HISTORY_LIMIT: usize = 50;

/// One completed attempt.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    /// When the attempt was finished, in milliseconds since the Unix epoch.
    pub finished_at: u64,
    pub outcome: Outcome,
}

/// Adds a record at the front, keeping at most [`HISTORY_LIMIT`].
pub fn push(history: &mut Vec<Record>, record: Record) {
    history.insert(0, record);
    history.truncate(HISTORY_LIMIT);
}
