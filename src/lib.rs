//! netstyle: a networking-style quiz that runs entirely in the browser.
//! The domain is plain Rust; everything under `cfg(wasm32)` is the browser edge.

pub mod domain;
