//! Building blocks of the pages, one folder per feature. A feature's
//! components use `common` and any feature's domain, never another
//! feature's components (`tests/imports.rs` checks it).

pub mod common;
pub mod content;
pub mod group;
pub mod journal;
pub mod quiz;
pub mod share;
