//! Every text a person reads comes from here: one catalog per language
//! (`locales/<lang>/*.ftl`, compiled at build time by `build/catalog.rs`),
//! read by a small evaluator (`catalog`), with numbers, dates, lists and
//! plural categories from the locale (`intl`).
//!
//! Call a message by its typed function in [`messages`] (one per message of
//! the English catalog, its variables as arguments in alphabetical order):
//! `t::welcome_progress(answered, total)`. The language in use is
//! per thread (the browser has one); English until [`use_language`].
//!
//! A layer beside `state` and `storage`: components and pages import it,
//! it imports only `domain`.

pub mod arg;
pub mod bank;
pub mod browser;
pub mod catalog;
pub mod catalogs;
pub mod current;
#[cfg(not(target_arch = "wasm32"))]
pub mod host;
pub mod intl;
pub mod load;
pub mod messages;
pub mod names;

pub use arg::{style_key, Arg};
pub use current::{formats_for, lang, locale, read_catalog, text, use_catalog, use_language};
