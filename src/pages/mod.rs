//! One component per screen.

pub mod follow_ups;
pub mod group;
pub mod group_shared;
pub mod journal;
pub mod journal_event;
pub mod quiz;
pub mod rehearsal;
pub mod result;
pub mod shared;
pub mod styles;
pub mod unknown;
pub mod welcome;
