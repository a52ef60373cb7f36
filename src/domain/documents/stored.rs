//! The documents netstyle keeps, and the checks each must pass on the
//! way in beyond its shape, so a value out of range never reaches a screen.

use std::collections::BTreeSet;

use super::envelope::{corrupt, decode, encode, DocError, Kind};
use crate::domain::group::Group;
use crate::domain::journal::Journal;
use crate::domain::quiz::attempt::Attempt;
use crate::domain::quiz::bank::practice_count;
use crate::domain::quiz::history::{Record, HISTORY_LIMIT};
use crate::domain::quiz::scoring::{Outcome, WHY_LEN};

/// The storage keys, namespaced and versioned.
pub const ATTEMPT_KEY: &str = "netstyle.v1.attempt";
pub const HISTORY_KEY: &str = "netstyle.v1.history";
pub const CHECKLIST_KEY: &str = "netstyle.v1.checklist";
pub const GROUP_KEY: &str = "netstyle.v1.group";
pub const JOURNAL_KEY: &str = "netstyle.v1.journal";
/// The language the person chose in the menu (only an explicit choice is
/// stored). `static/prerender-gate.js` knows this key: it alone does not
/// make a visitor one with data.
pub const LANGUAGE_KEY: &str = "netstyle.v1.language";

/// The most checklist entries a document may hold; far more than there are tips.
pub const CHECKLIST_LIMIT: usize = 1000;

/// An attempt as read back from storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredAttempt {
    pub attempt: Attempt,
    /// The attempt was saved with other questions than this version asks:
    /// answers to questions no longer asked (or that no longer fit them)
    /// were dropped and the place moved back onto the quiz.
    pub questions_changed: bool,
}

/// One document as read back from storage after another tab changed it.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    Attempt(Option<Attempt>),
    History(Vec<Record>),
    Checklist(BTreeSet<String>),
    Group(Group),
    Journal(Journal),
}

/// Checks that an outcome could have come from scoring.
pub fn valid_outcome(o: &Outcome) -> bool {
    o.profile.iter().map(|&p| u32::from(p)).sum::<u32>() == 100
        && o.habits.iter().flatten().all(|&h| h <= 100)
        && o.secondary != Some(o.primary)
        && !o.tied.contains(&o.primary)
        && o.why.len() <= WHY_LEN
        && o.picks.iter().map(|&p| usize::from(p)).sum::<usize>() <= practice_count()
}

pub fn encode_attempt(attempt: &Attempt) -> String {
    encode(attempt)
}

/// Reads an attempt. One saved with an older question bank is kept, with
/// what still fits: a changed bank is not damage.
pub fn decode_attempt(text: &str) -> Result<StoredAttempt, DocError> {
    let saved: Attempt = decode(Kind::Attempt, text)?;
    let attempt = saved.clone().normalised();
    Ok(StoredAttempt {
        questions_changed: attempt != saved,
        attempt,
    })
}

pub fn encode_history(history: &[Record]) -> String {
    encode(history)
}

pub fn decode_history(text: &str) -> Result<Vec<Record>, DocError> {
    let history: Vec<Record> = decode(Kind::History, text)?;
    if history.len() > HISTORY_LIMIT || !history.iter().all(|r| valid_outcome(&r.outcome)) {
        return Err(corrupt("results out of range".to_owned()));
    }
    Ok(history)
}

pub fn encode_checklist(checked: &BTreeSet<String>) -> String {
    encode(checked)
}

pub fn decode_checklist(text: &str) -> Result<BTreeSet<String>, DocError> {
    let checked: BTreeSet<String> = decode(Kind::Checklist, text)?;
    if checked.len() > CHECKLIST_LIMIT || checked.iter().any(|id| id.len() > 100) {
        return Err(corrupt("checklist too large".to_owned()));
    }
    Ok(checked)
}

pub fn encode_group(group: &Group) -> String {
    encode(group)
}

/// Reads the group; entries may be damaged (they are shown as such), but
/// the document itself must be one the app could have written.
pub fn decode_group(text: &str) -> Result<Group, DocError> {
    let group: Group = decode(Kind::Group, text)?;
    if !group.is_sound() {
        return Err(corrupt("group out of range".to_owned()));
    }
    Ok(group)
}

pub fn encode_journal(journal: &Journal) -> String {
    encode(journal)
}

/// Reads the journal; a value its changes could not have made is damage.
pub fn decode_journal(text: &str) -> Result<Journal, DocError> {
    let journal: Journal = decode(Kind::Journal, text)?;
    if !journal.is_sound() {
        return Err(corrupt("journal out of range".to_owned()));
    }
    Ok(journal)
}

/// The chosen language's code (`de`), as its folder under `locales/` names it.
pub fn encode_language(lang: &str) -> String {
    encode(lang)
}

/// Reads the chosen language: a language code (two to eight lower-case
/// letters). Whether this version speaks it is for `domain::language` to
/// decide: a language no longer offered is no choice, not damage.
pub fn decode_language(text: &str) -> Result<String, DocError> {
    let lang: String = decode(Kind::Language, text)?;
    let sound = (2..=8).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    if !sound {
        return Err(corrupt("not a language code".to_owned()));
    }
    Ok(lang)
}
