//! The quiz's domain: plain Rust with no browser imports, tested on the host.

pub mod attempt;
pub mod backup;
pub mod bank;
pub mod card;
pub mod documents;
pub mod group;
pub mod group_code;
pub mod group_mix;
pub mod history;
pub mod ics;
pub mod item;
pub mod journal;
pub mod journal_date;
pub mod journal_roi;
pub mod journal_status;
pub mod model;
pub mod notice;
pub mod order;
pub mod portraits;
pub mod progress;
pub mod qr;
pub mod questions;
pub mod route;
pub mod scoring;
pub mod share_code;
pub mod shuffle;
pub mod simulation;
pub mod tip;
pub mod tip_texts;
pub mod tips;

pub use model::{Answer, Habit, Style};
