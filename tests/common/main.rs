//! What every feature shares, on the host: the hash routes, the app's
//! one sort and the choice of language.
#![cfg(not(target_arch = "wasm32"))]

mod language;
mod order;
mod route;
