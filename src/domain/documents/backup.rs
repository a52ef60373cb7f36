//! The backup file: every document of [`BACKED_UP`] in one versioned JSON
//! file, and reading one back. Reading checks everything before anything
//! is restored, so a file that is refused changes nothing.

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use super::{DocError, Members, BACKED_UP};

/// What the file says it is.
pub const FORMAT: &str = "netstyle-backup";
/// The version of the file's layout this build writes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Outgoing<'a> {
    format: &'static str,
    version: u32,
    /// When it was saved, in milliseconds since the Unix epoch.
    saved_at: u64,
    /// Each stored document, by storage key, as the JSON it is stored as.
    documents: Documents<'a>,
}

/// The documents in the order of [`BACKED_UP`], written as one JSON object.
struct Documents<'a>(Vec<(&'a str, Stored<'a>)>);

/// One stored text in the file: the document's own JSON as it is stored
/// (written as it is, on one line), or, for a text that is not JSON, that
/// text as a JSON string.
enum Stored<'a> {
    Json(&'a RawValue),
    Text(&'a str),
}

impl Serialize for Documents<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(key, text)| (key, text)))
    }
}

impl Serialize for Stored<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Stored::Json(raw) => raw.serialize(s),
            Stored::Text(text) => s.serialize_str(text),
        }
    }
}

/// The backup file for the stored texts in `stored` (key, text; no text
/// when the key holds nothing). A stored text that is not JSON is kept as a
/// string, so the file still holds it; reading it back refuses it.
pub fn write(stored: &[(&str, Option<String>)], saved_at: u64) -> String {
    let documents = stored
        .iter()
        .filter_map(|(key, text)| {
            let text = text.as_deref()?;
            let json = serde_json::from_str::<&RawValue>(text).map(Stored::Json);
            Some((*key, json.unwrap_or(Stored::Text(text))))
        })
        .collect();
    let file = Outgoing {
        format: FORMAT,
        version: VERSION,
        saved_at,
        documents: Documents(documents),
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
    let Ok(file) = serde_json::from_str::<Members>(text) else {
        // A cut-off backup still names itself near its start.
        return Err(if text.contains(FORMAT) {
            damaged("not JSON")
        } else {
            Refusal::Foreign
        });
    };
    let member = |name| file.get(name).map(RawValue::get);
    let number = |name| member(name).and_then(|raw| serde_json::from_str::<u64>(raw).ok());
    if member("format").and_then(|raw| serde_json::from_str::<String>(raw).ok())
        != Some(FORMAT.to_owned())
    {
        return Err(Refusal::Foreign);
    }
    let version = number("version").ok_or_else(|| damaged("no version"))?;
    if version > u64::from(VERSION) {
        return Err(Refusal::Newer);
    }
    if version == 0 {
        return Err(damaged("version 0"));
    }
    let saved_at = number("saved_at").ok_or_else(|| damaged("no date"))?;
    let Some(stored) =
        member("documents").and_then(|raw| serde_json::from_str::<Members>(raw).ok())
    else {
        return Err(damaged("no documents"));
    };
    let mut documents = Vec::new();
    for (key, check) in BACKED_UP {
        let text = match stored.get(key).map(RawValue::get) {
            None | Some("null") => None,
            Some(raw) => {
                // The document's JSON as the file holds it: on one line as
                // this version writes it, indented in a file from before.
                let text = raw.to_owned();
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
    if stored
        .names()
        .any(|name| !BACKED_UP.iter().any(|(key, _)| *key == name))
    {
        return Err(Refusal::Newer);
    }
    Ok(Restore {
        saved_at,
        documents,
    })
}
