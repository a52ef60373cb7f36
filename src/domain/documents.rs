//! The documents kept in localStorage, and how they are read back. Every
//! document carries a schema version; reading checks the version first,
//! migrates an older document step by step, then checks the shape and every
//! value, so damaged data becomes a typed error instead of a panic or a
//! wrong screen.

use std::collections::BTreeSet;

use super::attempt::Attempt;
use super::history::{Record, HISTORY_LIMIT};
use super::json::{self, read_name, write_object, Fields, FromJson, ToJson, Value};
use super::model::{Answer, Style};
use super::scoring::Outcome;

/// The schema version this build writes.
pub const SCHEMA: u32 = 1;

/// The storage keys, namespaced and versioned.
pub const ATTEMPT_KEY: &str = "netstyle.v1.attempt";
pub const HISTORY_KEY: &str = "netstyle.v1.history";
pub const CHECKLIST_KEY: &str = "netstyle.v1.checklist";

/// Why a stored document could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DocError {
    /// Not JSON, the wrong shape, or values out of range.
    #[error("the document is damaged: {0}")]
    Corrupt(String),
    /// Written by a newer version of the app; must be left untouched.
    #[error("the document comes from schema version {0}, newer than this app")]
    Newer(u32),
}

/// Which document a migration step is looking at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Attempt,
    History,
    Checklist,
}

/// Lifts one kind of document's `data` up by one schema version.
pub type Migration = fn(Kind, Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` turns schema `i + 1` into `i + 2`. The array's length is
/// tied to [`SCHEMA`], so raising the version without adding its step does
/// not compile. Schema 1 is the first, so there is nothing to lift yet.
pub const MIGRATIONS: [Migration; SCHEMA as usize - 1] = [];

/// Brings `data` written under schema `from` up to the last version `steps`
/// know, one step at a time, so each step only knows its own predecessor.
pub fn migrate(steps: &[Migration], kind: Kind, from: u32, data: Value) -> Result<Value, DocError> {
    let first = usize::try_from(from)
        .ok()
        .and_then(|v| v.checked_sub(1))
        .filter(|&i| i <= steps.len())
        .ok_or_else(|| corrupt(&format!("no migration from schema version {from}")))?;
    steps[first..]
        .iter()
        .try_fold(data, |data, step| step(kind, data))
        .map_err(DocError::Corrupt)
}

fn encode(data: &dyn ToJson) -> String {
    let mut out = String::new();
    write_object(&mut out, &[("schema", &SCHEMA), ("data", data)]);
    out
}

fn decode<T: FromJson>(kind: Kind, text: &str) -> Result<T, DocError> {
    let mut envelope = json::parse(text)
        .and_then(Fields::of)
        .map_err(|e| corrupt(&e))?;
    let schema: u64 = envelope
        .take("schema")
        .map_err(|_| corrupt("no schema version"))?;
    if schema > u64::from(SCHEMA) {
        return Err(DocError::Newer(u32::try_from(schema).unwrap_or(u32::MAX)));
    }
    let data: Value = envelope.take("data").map_err(|_| corrupt("no data"))?;
    // `schema` is at most SCHEMA here, so it fits.
    let data = migrate(&MIGRATIONS, kind, schema as u32, data)?;
    T::from_json(data).map_err(|e| corrupt(&e))
}

fn corrupt(what: &str) -> DocError {
    DocError::Corrupt(what.to_owned())
}

/// Checks that an outcome could have come from scoring.
pub fn valid_outcome(o: &Outcome) -> bool {
    o.profile.iter().map(|&p| u32::from(p)).sum::<u32>() == 100
        && o.habits.iter().flatten().all(|&h| h <= 100)
        && o.secondary != Some(o.primary)
        && !o.tied.contains(&o.primary)
        && o.why.len() <= super::scoring::WHY_LEN
}

pub fn encode_attempt(attempt: &Attempt) -> String {
    encode(attempt)
}

pub fn decode_attempt(text: &str) -> Result<Attempt, DocError> {
    let attempt: Attempt = decode(Kind::Attempt, text)?;
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
    let history: Vec<Record> = decode(Kind::History, text)?;
    if history.len() > HISTORY_LIMIT || !history.iter().all(|r| valid_outcome(&r.outcome)) {
        return Err(corrupt("results out of range"));
    }
    Ok(history)
}

/// The most checklist entries a document may hold; far more than there are tips.
pub const CHECKLIST_LIMIT: usize = 1000;

pub fn encode_checklist(checked: &BTreeSet<String>) -> String {
    encode(checked)
}

pub fn decode_checklist(text: &str) -> Result<BTreeSet<String>, DocError> {
    let checked: BTreeSet<String> = decode(Kind::Checklist, text)?;
    if checked.len() > CHECKLIST_LIMIT || checked.iter().any(|id| id.len() > 100) {
        return Err(corrupt("checklist too large"));
    }
    Ok(checked)
}

/// One document as read back from storage after another tab changed it.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    Attempt(Option<Attempt>),
    History(Vec<Record>),
    Checklist(BTreeSet<String>),
}

/// Something about storage the person should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Notice {
    /// The browser refuses storage (blocked, private mode).
    Unavailable,
    /// Saving failed, typically because storage is full.
    SaveFailed,
    /// Stored data could not be read; it was set aside under a backup key.
    Corrupt,
    /// Stored data comes from a newer version; this page runs in memory.
    Newer,
}

impl Notice {
    pub fn message(self) -> &'static str {
        match self {
            Notice::Unavailable => "Your browser does not let this page store data, so your progress will not be kept once you close it.",
            Notice::SaveFailed => "Your progress could not be saved, perhaps because storage is full, so it will not be kept once you close this page.",
            Notice::Corrupt => "Earlier saved data could not be read, so netstyle carries on without it. The damaged data was set aside, not deleted.",
            Notice::Newer => "Your saved data comes from a newer version of netstyle. It was left untouched, so this page saves nothing and your progress will not be kept.",
        }
    }
}

/// The notices on screen. Each kind is shown at most once per page, so a
/// save that keeps failing does not bring a dismissed notice back on every
/// answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoticeBoard {
    /// What is on screen, in the order it happened.
    pub visible: Vec<Notice>,
    shown: BTreeSet<Notice>,
}

impl NoticeBoard {
    /// Puts up the notices not shown before.
    pub fn show(&mut self, notices: impl IntoIterator<Item = Notice>) {
        for notice in notices {
            if self.shown.insert(notice) {
                self.visible.push(notice);
            }
        }
    }

    pub fn dismiss(&mut self) {
        self.visible.clear();
    }
}

// How each stored type is written and read: the shape serde's derive gave
// these types in the first release, which `tests/fixtures/v1/` holds. A
// struct is an object with its fields in declaration order; an enum without
// data is its variant's name; an `Answer` is `{"Choice":n}` or
// `{"Rating":n}`; `None` is `null`.

impl ToJson for Attempt {
    fn write_json(&self, out: &mut String) {
        write_object(
            out,
            &[
                ("seed", &self.seed),
                ("position", &self.position),
                ("answers", &self.answers),
            ],
        );
    }
}

impl FromJson for Attempt {
    fn from_json(value: Value) -> Result<Self, String> {
        let mut fields = Fields::of(value)?;
        Ok(Attempt {
            seed: fields.take("seed")?,
            position: fields.take("position")?,
            answers: fields.take("answers")?,
        })
    }
}

impl ToJson for Record {
    fn write_json(&self, out: &mut String) {
        write_object(
            out,
            &[
                ("finished_at", &self.finished_at),
                ("outcome", &self.outcome),
            ],
        );
    }
}

impl FromJson for Record {
    fn from_json(value: Value) -> Result<Self, String> {
        let mut fields = Fields::of(value)?;
        Ok(Record {
            finished_at: fields.take("finished_at")?,
            outcome: fields.take("outcome")?,
        })
    }
}

impl ToJson for Outcome {
    fn write_json(&self, out: &mut String) {
        let mut fields: Vec<(&str, &dyn ToJson)> = vec![
            ("profile", &self.profile),
            ("primary", &self.primary),
            ("secondary", &self.secondary),
        ];
        // Written only for a tie, so results that are not ties keep the
        // first release's shape.
        if !self.tied.is_empty() {
            fields.push(("tied", &self.tied));
        }
        fields.extend([("habits", &self.habits as &dyn ToJson), ("why", &self.why)]);
        write_object(out, &fields);
    }
}

impl FromJson for Outcome {
    fn from_json(value: Value) -> Result<Self, String> {
        let mut fields = Fields::of(value)?;
        Ok(Outcome {
            profile: fields.take("profile")?,
            primary: fields.take("primary")?,
            secondary: fields.take_optional("secondary")?,
            // Missing in results made before ties were shown: no tie.
            tied: fields.take_optional("tied")?.unwrap_or_default(),
            habits: fields.take("habits")?,
            why: fields.take("why")?,
        })
    }
}

impl ToJson for Style {
    fn write_json(&self, out: &mut String) {
        self.name().write_json(out);
    }
}

impl FromJson for Style {
    fn from_json(value: Value) -> Result<Self, String> {
        read_name(value, &Style::ALL, Style::name)
    }
}

impl ToJson for Answer {
    fn write_json(&self, out: &mut String) {
        match self {
            Answer::Choice(n) => write_object(out, &[("Choice", n)]),
            Answer::Rating(n) => write_object(out, &[("Rating", n)]),
        }
    }
}

impl FromJson for Answer {
    fn from_json(value: Value) -> Result<Self, String> {
        let Value::Object(entries) = value else {
            return Err("expected an answer object".to_owned());
        };
        let mut entries = entries.into_iter();
        match (entries.next(), entries.next()) {
            (Some((tag, n)), None) => match tag.as_str() {
                "Choice" => u8::from_json(n).map(Answer::Choice),
                "Rating" => u8::from_json(n).map(Answer::Rating),
                _ => Err(format!("unknown answer kind \"{tag}\"")),
            },
            _ => Err("an answer object has exactly one entry".to_owned()),
        }
    }
}
