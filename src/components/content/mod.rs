//! The tailored tips as a checklist.

pub mod checklist;
