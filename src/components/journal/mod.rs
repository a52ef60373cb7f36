//! The journal's parts: its forms, a person met, the return on the hours,
//! and the backup file.

pub mod backup;
pub mod form;
pub mod person;
pub mod roi;
