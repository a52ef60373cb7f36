//! Sharing a result on the host: the share code, its QR code and the result
//! card.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

mod card;
mod code;
mod qr;
