//! Building blocks shared by the pages.

pub mod after_paint;
pub mod checklist;
pub mod confirm;
pub mod emblem;
pub mod group_add;
pub mod group_members;
pub mod group_share;
pub mod group_summary;
pub mod habit_bars;
pub mod history_list;
pub mod journal_backup;
pub mod journal_form;
pub mod journal_person;
pub mod journal_roi;
pub mod not_enough;
pub mod notices;
pub mod page_nav;
pub mod profile_chart;
pub mod qr_view;
pub mod result_card;
pub mod share_panel;
pub mod style_heading;
pub mod update_prompt;
pub mod why_list;
