//! One component per screen.

pub mod quiz;
pub mod result;
pub mod shared;
pub mod styles;
pub mod unknown;
pub mod welcome;
