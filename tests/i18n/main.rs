//! The language catalogs (`locales/`, `src/i18n/`): the build's checks
//! catch a catalog that lacks a message, has one English lacks or uses a
//! variable the code does not pass; the evaluator writes what English
//! wrote before; no user-visible text is built with `format!` outside them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../build/catalog.rs"]
#[allow(dead_code)]
mod catalog;

mod bank;
mod checks;
mod english;
mod languages;
mod no_format;
mod pseudo;
