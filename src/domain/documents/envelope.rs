//! The envelope every stored document travels in: `{"schema":n,"data":...}`.
//! Reading checks the schema version before anything else, so a newer
//! version's document is reported instead of being taken for damage, and
//! lifts an older one up one migration step at a time.

use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;
use serde_json::Value;

/// The schema version this build writes.
pub const SCHEMA: u32 = 1;

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
    Group,
    Journal,
    Language,
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
        .ok_or_else(|| corrupt(format!("no migration from schema version {from}")))?;
    steps[first..]
        .iter()
        .try_fold(data, |data, step| step(kind, data))
        .map_err(DocError::Corrupt)
}

#[derive(Serialize)]
struct Outgoing<'a, T: ?Sized> {
    schema: u32,
    data: &'a T,
}

/// The text stored for `data` under the current schema.
pub(super) fn encode<T: Serialize + ?Sized>(data: &T) -> String {
    let outgoing = Outgoing {
        schema: SCHEMA,
        data,
    };
    // Serialising these plain documents (no maps with non-string keys, no
    // floats) cannot fail; an empty string would read back as damage.
    serde_json::to_string(&outgoing).unwrap_or_default()
}

/// Reads stored text of `kind`, migrated to the current schema. The schema
/// is looked at before `data`, so a newer version may reshape or drop `data`
/// and still be recognised as newer.
pub(super) fn decode<T: DeserializeOwned>(kind: Kind, text: &str) -> Result<T, DocError> {
    let envelope: Members = serde_json::from_str(text).map_err(|e| corrupt(json_fault(&e)))?;
    let schema = envelope
        .get("schema")
        .and_then(|raw| serde_json::from_str::<u64>(raw.get()).ok())
        .ok_or_else(|| corrupt("no schema version".to_owned()))?;
    if schema > u64::from(SCHEMA) {
        return Err(DocError::Newer(u32::try_from(schema).unwrap_or(u32::MAX)));
    }
    let data = envelope
        .get("data")
        .ok_or_else(|| corrupt("no data".to_owned()))?;
    // `schema` is at most SCHEMA here, so it fits.
    let schema = schema as u32;
    if schema != SCHEMA {
        return older(kind, schema, data);
    }
    serde_json::from_str(data.get()).map_err(|e| corrupt(json_fault(&e)))
}

/// Reads `data` written under an older schema through [`MIGRATIONS`]. The
/// steps work on `serde_json::Value`; while there are none, nothing older
/// than [`SCHEMA`] can be read, and `Value` stays out of the app's wasm.
fn older<T: DeserializeOwned>(kind: Kind, from: u32, data: &RawValue) -> Result<T, DocError> {
    if MIGRATIONS.is_empty() {
        return Err(corrupt(format!("no migration from schema version {from}")));
    }
    let data: Value = serde_json::from_str(data.get()).map_err(|e| corrupt(json_fault(&e)))?;
    let data = migrate(&MIGRATIONS, kind, from, data)?;
    serde_json::from_value(data).map_err(|e| corrupt(json_fault(&e)))
}

/// A JSON object's members in the order they are written, each value left
/// as its text (read as its type only when it is needed). A name written
/// twice counts by its last value, as in a map. The envelope and the backup
/// file are read through it instead of through `serde_json::Value`, whose
/// map, reader, writer and decoders cost about 20 KB of wasm.
pub(crate) struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'a> Members<'a> {
    /// The value of the last member named `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.0
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| *v)
    }

    /// Every member's name.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(n, _)| n.as_str())
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Object<'a> {
            type Value = Members<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(Object(std::marker::PhantomData))
    }
}

pub(super) fn corrupt(what: String) -> DocError {
    DocError::Corrupt(what)
}

/// What was wrong with a document's JSON, in a few words, and where: for
/// tests and debugging. No person reads it: the app says only that saved
/// data or a backup was damaged (`Notice::Corrupt`, `Refusal::Damaged`).
/// Not serde_json's own message: its `Display` brings the message of every
/// serde_json error code into the wasm (1.1 KB of code and their text,
/// against the first visit's download budget). The place is serde_json's: in the
/// text of `data` for a fault there.
fn json_fault(e: &serde_json::Error) -> String {
    let what = match e.classify() {
        Category::Io => "unreadable",
        Category::Syntax => "not JSON",
        Category::Data => "a value of the wrong type or out of range",
        Category::Eof => "cut short",
    };
    format!("{what} at line {} column {}", e.line(), e.column())
}
