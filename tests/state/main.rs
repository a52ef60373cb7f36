//! The app's one state on the host: the reducer and the warm-up rehearsal.
#![cfg(not(target_arch = "wasm32"))]

mod reducer;
mod rehearsal;
