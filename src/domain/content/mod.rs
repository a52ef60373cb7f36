//! What the app tells a person beyond the quiz: the four styles explained,
//! the tips (as data, and the tailored checklist chosen from them) and the
//! checklist's progress.

pub mod portraits;
pub mod progress;
pub mod tip;
pub mod tip_texts;
pub mod tips;
