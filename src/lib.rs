//! netstyle: a networking-style quiz that runs entirely in the browser.
//! `domain` and `state` are plain Rust, tested on the host; everything else is
//! the browser edge and only builds for wasm32.

pub mod domain;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod browser;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::App;
