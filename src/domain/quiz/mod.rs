//! The quiz itself: the question bank (items as data and their shape), an
//! attempt in progress, scoring, the per-attempt option order, completed
//! results, and simulated respondents that check the bank.

pub mod attempt;
pub mod bank;
pub mod history;
pub mod item;
pub mod questions;
pub mod scoring;
pub mod shuffle;
pub mod simulation;
