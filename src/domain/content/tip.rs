//! The shape of a tip on the checklist. The tips themselves are data in
//! [`crate::domain::content::tip_texts`]; [`crate::domain::content::tips`] chooses them.

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

    pub fn heading(self) -> &'static str {
        match self {
            Phase::Before => "Before the event",
            Phase::At => "At the event",
            Phase::After => "After the event",
        }
    }
}

/// One action on the checklist. `id` is stable: checked state is stored by it.
#[derive(Debug, PartialEq, Eq)]
pub struct Tip {
    pub id: &'static str,
    pub phase: Phase,
    pub text: &'static str,
}

/// Where a tip on the checklist comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Style(Style),
    Habit(Habit),
    /// The tips for keeping strong habits.
    Keep,
}
