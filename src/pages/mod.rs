//! One component per screen.

pub mod follow_ups;
pub mod journal;
pub mod journal_event;
pub mod quiz;
pub mod result;
pub mod shared;
pub mod styles;
pub mod unknown;
pub mod welcome;
