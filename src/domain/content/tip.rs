//! The shape of a tip on the checklist. The tips themselves are data in
//! [`crate::domain::content::tip_texts`] (their words in the catalogs);
//! [`crate::domain::content::tips`] chooses them.

use crate::domain::model::{Habit, Style};

/// When in the life of an event a tip applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    Before,
    At,
    After,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Before, Phase::At, Phase::After];
}

/// One action on the checklist. `id` is stable: checked state is stored by
/// it, and the text is the catalogs' message `tip-<id>`
/// (`locales/<lang>/tips.ftl`).
#[derive(Debug, PartialEq, Eq)]
pub struct Tip {
    pub id: &'static str,
    pub phase: Phase,
}

/// Where a tip on the checklist comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Style(Style),
    Habit(Habit),
    /// The tips for keeping strong habits.
    Keep,
}
