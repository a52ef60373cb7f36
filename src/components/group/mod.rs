//! "Compare a group": adding results, the entries, and what they add up to.

pub mod add;
pub mod members;
pub mod summary;
