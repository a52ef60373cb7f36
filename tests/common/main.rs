//! What every feature shares, on the host: the hash routes and the app's
//! one sort.
#![cfg(not(target_arch = "wasm32"))]

mod order;
mod route;
