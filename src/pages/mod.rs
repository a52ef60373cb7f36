//! One component per screen.

pub mod quiz;
pub mod result;
pub mod shared;
pub mod unknown;
pub mod welcome;
