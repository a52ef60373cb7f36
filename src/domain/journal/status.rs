//! Where each follow-up stands on a given day: overdue, due today, coming
//! up, without a date, or done. "Today" is a parameter: the browser hands in
//! the device's local date, the tests any date they like.

use super::{Date, Event, Journal, Person};
use crate::domain::order::sort_by_rank;

/// Where a follow-up stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Its due date has passed, by this many days.
    Overdue(i64),
    DueToday,
    /// Due in this many days.
    Upcoming(i64),
    /// Nothing taken yet and no date set.
    NoDate,
    /// A step was taken and no next one is planned.
    Done,
}

impl Status {
    /// Where `person`'s follow-up stands on `today`.
    pub fn of(person: &Person, today: Date) -> Status {
        match person.due {
            Some(due) => match today.days_until(due) {
                0 => Status::DueToday,
                d if d < 0 => Status::Overdue(-d),
                d => Status::Upcoming(d),
            },
            None if person.followed_up() => Status::Done,
            None => Status::NoDate,
        }
    }

    /// Open: there is a next step to take.
    pub fn is_open(self) -> bool {
        self != Status::Done
    }
}

/// One follow-up in the list across events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FollowUp<'a> {
    pub event: &'a Event,
    pub person: &'a Person,
    pub status: Status,
}

/// Every follow-up on `today`: the most overdue first, then due today,
/// then coming up (soonest first), then those without a date, then done.
pub fn follow_ups(journal: &Journal, today: Date) -> Vec<FollowUp<'_>> {
    let mut all: Vec<FollowUp<'_>> = journal
        .events
        .iter()
        .flat_map(|event| {
            event.people.iter().map(move |person| FollowUp {
                event,
                person,
                status: Status::of(person, today),
            })
        })
        .collect();
    sort_by_rank(&mut all, |f| match f.status {
        Status::Overdue(n) => (0, -n),
        Status::DueToday => (1, 0),
        Status::Upcoming(n) => (2, n),
        Status::NoDate => (3, 0),
        Status::Done => (4, 0),
    });
    all
}

/// How many follow-ups are due today and how many are overdue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Due {
    pub today: usize,
    pub overdue: usize,
}

impl Due {
    pub fn on(journal: &Journal, today: Date) -> Due {
        let mut due = Due::default();
        for f in follow_ups(journal, today) {
            match f.status {
                Status::DueToday => due.today += 1,
                Status::Overdue(_) => due.overdue += 1,
                _ => {}
            }
        }
        due
    }
}
