//! "Compare a group": the result links a person collected, each optionally
//! named, and what they add up to. Plain Rust; the screen only shows it.
//!
//! An entry keeps the text as it was pasted, so a damaged one can be named
//! as such (and fixed or removed) instead of being dropped on the way in.

pub mod code;
pub mod mix;

use serde::{Deserialize, Serialize};

use crate::domain::share::code::{self as share_code, ShareError, SharedResult};

/// The most entries a group holds.
pub const GROUP_LIMIT: usize = 12;
/// The longest name, in bytes of UTF-8, so the group link stays short.
pub const NAME_MAX_BYTES: usize = 32;
/// The longest entry text kept; a share link is far shorter.
pub const ENTRY_MAX_CHARS: usize = 300;

/// One collected result: the link as pasted and the name the person gave it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// A share link or a bare share code, as pasted (trimmed).
    pub link: String,
    /// Empty when the person gave no name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// The group document: who is in it, and whether a shared link names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub members: Vec<Member>,
    /// The person chose to put the names into the group link.
    #[serde(default)]
    pub names_in_link: bool,
}

/// A change the person makes to their group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupEdit {
    /// Adds one entry per non-empty line, as many as fit.
    AddLines(String),
    /// Adds already named members (from a shared group), as many as fit.
    AddMembers(Vec<Member>),
    Rename {
        index: usize,
        name: String,
    },
    Remove(usize),
    NamesInLink(bool),
}

/// Why an entry shows no result (the catalogs' `group-entry-*` say it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Neither a netstyle result link nor a share code.
    NotALink,
    /// Looks like a result link, but its code does not decode.
    Damaged(ShareError),
}

/// Cuts `name` to at most [`NAME_MAX_BYTES`] at a character boundary, with
/// control characters dropped and spaces trimmed.
pub fn clean_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().filter(|c| !c.is_control()) {
        if out.len() + c.len_utf8() > NAME_MAX_BYTES {
            break;
        }
        out.push(c);
    }
    out.trim().to_owned()
}

/// Whether a name could have come from [`clean_name`].
pub fn valid_name(name: &str) -> bool {
    clean_name(name) == name
}

/// The share code inside a pasted entry: what follows `#/r/` in a link, or
/// the entry itself when it is a bare code.
fn code_of(entry: &str) -> Option<&str> {
    // A byte search: `rsplit_once` with a text pattern pulls a substring
    // search algorithm into the wasm for this one use.
    if let Some(at) = entry.as_bytes().windows(4).rposition(|w| w == b"#/r/") {
        return Some(entry[at + 4..].trim());
    }
    let bare = entry.len() == 18
        && entry
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    bare.then_some(entry)
}

/// Reads one entry: the result it carries, or why it carries none.
pub fn parse_entry(entry: &str) -> Result<SharedResult, EntryError> {
    let code = code_of(entry.trim()).ok_or(EntryError::NotALink)?;
    share_code::decode(code).map_err(EntryError::Damaged)
}

impl Member {
    pub fn result(&self) -> Result<SharedResult, EntryError> {
        parse_entry(&self.link)
    }
}

impl Group {
    /// How many more entries fit.
    pub fn room(&self) -> usize {
        GROUP_LIMIT.saturating_sub(self.members.len())
    }

    /// The members whose entries hold a result, with their place (from 0).
    pub fn results(&self) -> Vec<(usize, &Member, SharedResult)> {
        self.members
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.result().ok().map(|r| (i, m, r)))
            .collect()
    }

    /// Applies a change; one that does not fit changes nothing.
    pub fn apply(&mut self, edit: GroupEdit) {
        match edit {
            GroupEdit::AddLines(text) => {
                let room = self.room();
                self.members.extend(
                    entry_lines(&text)
                        .into_iter()
                        .take(room)
                        .map(|link| Member {
                            link,
                            name: String::new(),
                        }),
                );
            }
            GroupEdit::AddMembers(members) => {
                let room = self.room();
                self.members.extend(members.into_iter().take(room));
            }
            GroupEdit::Rename { index, name } => {
                if let Some(m) = self.members.get_mut(index) {
                    m.name = clean_name(&name);
                }
            }
            GroupEdit::Remove(index) => {
                if index < self.members.len() {
                    self.members.remove(index);
                }
            }
            GroupEdit::NamesInLink(on) => self.names_in_link = on,
        }
    }

    /// Whether a stored group could have been made by [`Group::apply`].
    pub fn is_sound(&self) -> bool {
        self.members.len() <= GROUP_LIMIT
            && self
                .members
                .iter()
                .all(|m| m.link.chars().count() <= ENTRY_MAX_CHARS && valid_name(&m.name))
    }
}

/// The entries in pasted text: one per non-empty line, trimmed, each cut
/// to [`ENTRY_MAX_CHARS`] (a longer one is damaged anyway and stays visible
/// as such).
pub fn entry_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().take(ENTRY_MAX_CHARS).collect())
        .collect()
}
