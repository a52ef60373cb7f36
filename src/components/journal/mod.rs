//! The journal's parts: its forms, a field with its Edit button, a person
//! met, the return on the hours, and the backup file.

pub mod backup;
pub mod editable;
pub mod form;
pub mod person;
pub mod roi;
