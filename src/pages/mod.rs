//! One component per screen.

pub mod group;
pub mod group_shared;
pub mod quiz;
pub mod result;
pub mod shared;
pub mod styles;
pub mod unknown;
pub mod welcome;
