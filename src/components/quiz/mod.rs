//! A result's parts: the style heading, habit bars, the answers behind it,
//! earlier results, and the result when too few scenes were answered.

pub mod habit_bars;
pub mod history_list;
pub mod not_enough;
pub mod strong_habits;
pub mod style_heading;
pub mod why_list;
