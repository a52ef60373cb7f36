//! The journal on the host: events, people and follow-ups, the return on
//! the hours, and the calendar file.
#![cfg(not(target_arch = "wasm32"))]

mod edit;
mod ics;
mod journal;
mod roi;
