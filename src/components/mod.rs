//! Building blocks shared by the pages.

pub mod checklist;
pub mod habit_bars;
pub mod history_list;
pub mod notices;
pub mod profile_chart;
pub mod qr_view;
pub mod result_card;
pub mod share_panel;
pub mod style_heading;
pub mod update_prompt;
pub mod why_list;
