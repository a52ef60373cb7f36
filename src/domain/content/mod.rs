//! What the app tells a person beyond the quiz: the tips (as data, and the
//! tailored checklist chosen from them) and the checklist's progress. Their
//! words, and the four styles' portraits, are in the catalogs
//! (`locales/<lang>/tips.ftl`, `styles.ftl`).

pub mod progress;
pub mod tip;
pub mod tip_texts;
pub mod tips;
