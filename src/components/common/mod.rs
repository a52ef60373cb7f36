//! Parts every feature's screens share: the style emblem and profile chart,
//! page navigation, confirmation, notices, the update prompt, the
//! language menu, and content
//! built one frame late.

pub mod after_paint;
pub mod confirm;
pub mod emblem;
pub mod language_menu;
pub mod notices;
pub mod page_nav;
pub mod profile_chart;
pub mod update_prompt;
