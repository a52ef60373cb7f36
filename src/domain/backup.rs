//! The backup file: every document of [`BACKED_UP`] in one versioned JSON
//! file, and reading one back. Reading checks everything before anything
//! is restored, so a file that is refused changes nothing.

use serde_json::{Map, Value};

use super::documents::{DocError, BACKED_UP};

/// What the file says it is.
pub const FORMAT: &str = "netstyle-backup";
/// The version of the file's layout this build writes.
pub const VERSION: u32 = 1;

#[derive(serde::Serialize)]
struct Outgoing {
    format: &'static str,
    version: u32,
    /// When it was saved, in milliseconds since the Unix epoch.
    saved_at: u64,
    /// Each stored document, by storage key, as the JSON it is stored as.
    /// (serde_json's own map, sorted by key like a `BTreeMap<&str, _>`:
    /// reading needs it anyway, so writing adds no second map type.)
    documents: Map<String, Value>,
}

/// The backup file for the stored texts in `stored` (key, text; no text
/// when the key holds nothing). A stored text that is not JSON is kept as a
/// string, so the file still holds it; reading it back refuses it.
pub fn write(stored: &[(&str, Option<String>)], saved_at: u64) -> String {
    let mut documents = Map::new();
    for (key, text) in stored {
        let Some(text) = text else { continue };
        let value = serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.clone()));
        // Inserted one by one: collecting into a map would sort (see domain::order).
        documents.insert((*key).to_owned(), value);
    }
    let file = Outgoing {
        format: FORMAT,
        version: VERSION,
        saved_at,
        documents,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why a file cannot be restored. Nothing is changed in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("This file is not a netstyle backup, so nothing was restored. Choose a file saved with \"Download a backup\".")]
    Foreign,
    #[error("This backup is damaged and cannot be read, so nothing was restored. Your data here is as it was.")]
    Damaged(String),
    #[error("This backup was saved by a newer version of netstyle, so this version cannot restore it. Nothing was changed; open netstyle's latest version to restore it.")]
    Newer,
}

/// A backup that passed every check, ready to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restore {
    /// When it was saved, in milliseconds since the Unix epoch.
    pub saved_at: u64,
    /// Each key of [`BACKED_UP`] with the text to store, or none to clear it.
    pub documents: Vec<(&'static str, Option<String>)>,
}

fn damaged(what: impl Into<String>) -> Refusal {
    Refusal::Damaged(what.into())
}

/// Reads a backup file, checking the file and every document in it.
pub fn read(text: &str) -> Result<Restore, Refusal> {
    let Ok(Value::Object(mut file)) = serde_json::from_str::<Value>(text) else {
        // A cut-off backup still names itself near its start.
        return Err(if text.contains(FORMAT) {
            damaged("not JSON")
        } else {
            Refusal::Foreign
        });
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(Refusal::Foreign);
    }
    let version = file
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| damaged("no version"))?;
    if version > u64::from(VERSION) {
        return Err(Refusal::Newer);
    }
    if version == 0 {
        return Err(damaged("version 0"));
    }
    let saved_at = file
        .get("saved_at")
        .and_then(Value::as_u64)
        .ok_or_else(|| damaged("no date"))?;
    let Some(Value::Object(mut stored)) = file.remove("documents") else {
        return Err(damaged("no documents"));
    };
    let mut documents = Vec::new();
    for (key, check) in BACKED_UP {
        let text = match stored.remove(*key) {
            None | Some(Value::Null) => None,
            Some(value) => {
                // The compact writer the documents use (Value's Display would add a
                // second copy of it); it cannot fail for a parsed value.
                let text = serde_json::to_string(&value).unwrap_or_default();
                match check(&text) {
                    Ok(()) => Some(text),
                    Err(DocError::Newer(_)) => return Err(Refusal::Newer),
                    Err(DocError::Corrupt(why)) => return Err(damaged(format!("{key}: {why}"))),
                }
            }
        };
        documents.push((*key, text));
    }
    // A document this version does not know came from a newer one.
    if !stored.is_empty() {
        return Err(Refusal::Newer);
    }
    Ok(Restore {
        saved_at,
        documents,
    })
}
