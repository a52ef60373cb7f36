//! How far along the checklist a person is: the ticked tips that are on
//! their list now (a tick kept from an earlier result's list does not count).

use std::collections::BTreeSet;

use crate::domain::content::tips::checklist;
use crate::domain::quiz::scoring::Outcome;

/// Ticked and total tips of one checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// The progress of `outcome`'s checklist with the tips in `checked` ticked.
    pub fn of(outcome: &Outcome, checked: &BTreeSet<String>) -> Progress {
        let list = checklist(outcome);
        let done = list.iter().filter(|(_, t)| checked.contains(t.id)).count();
        Progress {
            done,
            total: list.len(),
        }
    }
}
