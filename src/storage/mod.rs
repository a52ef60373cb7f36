//! The only module that touches localStorage, through gloo-storage. Reading
//! never panics and never destroys data: a damaged document is copied to a
//! backup key before the app carries on without it, a document from a newer
//! version is left alone and puts the whole page into memory mode, and a
//! browser that refuses storage leaves the app working in memory. Every such
//! case becomes a [`Notice`].
//!
//! gloo's typed `get` and `set` are not used: reading needs the stored text
//! itself (to set damaged data aside as it was, and to tell a newer
//! version's document from damage), and writing compares the text with what
//! storage holds. The text comes from serde_json in `domain::documents`.

mod read;
mod store;

pub use crate::domain::documents::notice::Notice;
pub use read::{Change, Loaded};
pub use store::{stored_language, Store};
