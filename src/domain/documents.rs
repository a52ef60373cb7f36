//! The documents kept in localStorage, and how they are read back. Every
//! document carries a schema version; reading checks the version first, then
//! the shape, then every value, so damaged data becomes a typed error instead
//! of a panic or a wrong screen.

use std::collections::BTreeSet;

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use super::attempt::Attempt;
use super::history::{Record, HISTORY_LIMIT};
use super::scoring::Outcome;

/// The schema version this build writes.
pub const SCHEMA: u32 = 1;

/// The storage keys, namespaced and versioned.
pub const ATTEMPT_KEY: &str = "netstyle.v1.attempt";
pub const HISTORY_KEY: &str = "netstyle.v1.history";
pub const CHECKLIST_KEY: &str = "netstyle.v1.checklist";

/// Why a stored document could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocError {
    /// Not JSON, the wrong shape, or values out of range.
    Corrupt(String),
    /// Written by a newer version of the app; must be left untouched.
    Newer(u32),
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    schema: u32,
    data: T,
}

fn encode<T: Serialize>(data: &T) -> String {
    // Serialising these plain structs cannot fail; an empty document would be
    // read back as corrupt and moved aside, never silently trusted.
    serde_json::to_string(&Envelope {
        schema: SCHEMA,
        data,
    })
    .unwrap_or_default()
}

fn decode<T: DeserializeOwned>(text: &str) -> Result<T, DocError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DocError::Corrupt(e.to_string()))?;
    let schema = value
        .get("schema")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| DocError::Corrupt("no schema version".to_owned()))?;
    if schema > u64::from(SCHEMA) {
        return Err(DocError::Newer(u32::try_from(schema).unwrap_or(u32::MAX)));
    }
    if schema == 0 {
        return Err(DocError::Corrupt("schema version 0".to_owned()));
    }
    let envelope: Envelope<T> =
        serde_json::from_value(value).map_err(|e| DocError::Corrupt(e.to_string()))?;
    Ok(envelope.data)
}

fn corrupt(what: &str) -> DocError {
    DocError::Corrupt(what.to_owned())
}

/// Checks that an outcome could have come from scoring.
pub fn valid_outcome(o: &Outcome) -> bool {
    o.profile.iter().map(|&p| u32::from(p)).sum::<u32>() == 100
        && o.habits.iter().flatten().all(|&h| h <= 100)
        && o.secondary != Some(o.primary)
        && o.why.len() <= super::scoring::WHY_LEN
}

pub fn encode_attempt(attempt: &Attempt) -> String {
    encode(attempt)
}

pub fn decode_attempt(text: &str) -> Result<Attempt, DocError> {
    let attempt: Attempt = decode(text)?;
    if attempt.position >= Attempt::len() {
        return Err(corrupt("position out of range"));
    }
    let cleaned = attempt.clone().normalised();
    if cleaned != attempt {
        return Err(corrupt("answers that do not fit the questions"));
    }
    Ok(attempt)
}

pub fn encode_history(history: &[Record]) -> String {
    encode(&history)
}

pub fn decode_history(text: &str) -> Result<Vec<Record>, DocError> {
    let history: Vec<Record> = decode(text)?;
    if history.len() > HISTORY_LIMIT || !history.iter().all(|r| valid_outcome(&r.outcome)) {
        return Err(corrupt("results out of range"));
    }
    Ok(history)
}

pub fn encode_checklist(checked: &BTreeSet<String>) -> String {
    encode(checked)
}

pub fn decode_checklist(text: &str) -> Result<BTreeSet<String>, DocError> {
    let checked: BTreeSet<String> = decode(text)?;
    if checked.len() > 1000 || checked.iter().any(|id| id.len() > 100) {
        return Err(corrupt("checklist too large"));
    }
    Ok(checked)
}
