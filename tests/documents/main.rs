//! What netstyle keeps on the host: the stored documents (the language
//! choice among them), the backup file and the notices about saved data.
#![cfg(not(target_arch = "wasm32"))]

mod backup;
mod documents;
mod language;
mod notice;
