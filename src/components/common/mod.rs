//! Parts every feature's screens share: the style emblem and profile chart,
//! page navigation, confirmation, notices, the update prompt, and content
//! built one frame late.

pub mod after_paint;
pub mod confirm;
pub mod emblem;
pub mod notices;
pub mod page_nav;
pub mod profile_chart;
pub mod update_prompt;
