//! netstyle: a networking-style quiz that runs entirely in the browser.
//!
//! Start reading at `app` (the root component and its routes), then
//! `state` (the one state and its pure reducer) and `domain` (the quiz
//! itself: questions, scoring, share codes, stored documents). `domain`
//! and `state` are plain Rust and tested on the host; `app`, `pages`,
//! `components`, `storage`, `service_worker` and `browser` are the browser
//! edge, which compiles everywhere but only runs in a browser.

pub mod domain;
pub mod i18n;
pub mod state;

mod app;
mod browser;
mod components;
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod service_worker;
pub mod storage;
pub mod takeover;

pub use app::{start_in_language, App};
pub use browser::after_next_paint;
