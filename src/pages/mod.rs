//! One component per screen.

pub mod quiz;
pub mod result;
pub mod unknown;
pub mod welcome;
