//! The return on the hours: what each event and the journal as a whole
//! brought (people met, follow-ups done, meetings, referrals), and the
//! journal held up against the quiz's habit scores.

use super::{Event, EventKind, Journal, Step};
use crate::domain::model::Habit;

/// What one event, or several, brought.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Returns {
    /// Hours noted, in minutes.
    pub minutes: u32,
    pub people: usize,
    /// People with at least one step of following up taken.
    pub followed_up: usize,
    pub meetings_asked: usize,
    pub meetings_held: usize,
    pub referrals_given: usize,
    pub referrals_received: usize,
    /// Follow-ups done at the events whose hours are noted: the per-hour
    /// figure counts only those.
    pub followed_up_timed: usize,
}

impl Returns {
    pub fn of_event(event: &Event) -> Returns {
        let count = |step: Step| {
            event
                .people
                .iter()
                .filter(|p| p.steps.contains(&step))
                .count()
        };
        let followed_up = event.people.iter().filter(|p| p.followed_up()).count();
        Returns {
            minutes: event.minutes.unwrap_or(0),
            people: event.people.len(),
            followed_up,
            meetings_asked: event
                .people
                .iter()
                .filter(|p| {
                    p.steps.contains(&Step::MeetingAsked) || p.steps.contains(&Step::MeetingHeld)
                })
                .count(),
            meetings_held: count(Step::MeetingHeld),
            referrals_given: count(Step::ReferralGiven),
            referrals_received: count(Step::ReferralReceived),
            followed_up_timed: if event.minutes.is_some_and(|m| m > 0) {
                followed_up
            } else {
                0
            },
        }
    }

    /// Everything in the journal together.
    pub fn total(journal: &Journal) -> Returns {
        journal
            .events
            .iter()
            .map(Returns::of_event)
            .fold(Returns::default(), |a, b| Returns {
                minutes: a.minutes + b.minutes,
                people: a.people + b.people,
                followed_up: a.followed_up + b.followed_up,
                meetings_asked: a.meetings_asked + b.meetings_asked,
                meetings_held: a.meetings_held + b.meetings_held,
                referrals_given: a.referrals_given + b.referrals_given,
                referrals_received: a.referrals_received + b.referrals_received,
                followed_up_timed: a.followed_up_timed + b.followed_up_timed,
            })
    }

    /// Follow-ups done per hour, rounded to one decimal (0.8); none without hours.
    pub fn per_hour(&self) -> Option<f64> {
        if self.minutes == 0 {
            return None;
        }
        let tenths = (self.followed_up_timed as u64 * 600 * 2 + u64::from(self.minutes))
            / (2 * u64::from(self.minutes));
        Some(tenths as f64 / 10.0)
    }
}

/// The events oldest first with what each brought: the journal over time.
pub fn over_time(journal: &Journal) -> Vec<(&Event, Returns)> {
    let mut events = journal.newest_first();
    events.reverse();
    events
        .into_iter()
        .map(|e| (e, Returns::of_event(e)))
        .collect()
}

/// One habit as the quiz scored it and as the journal shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mirror {
    pub habit: Habit,
    pub quiz: Option<u8>,
    /// What the journal shows ("3 of 10 follow-ups done": the catalogs'
    /// `mirror-*` messages say it in words).
    pub journal: Shows,
    /// The same as a share of 100, when the journal has anything to show.
    pub share: Option<u8>,
    /// How the two compare.
    pub agreement: Agreement,
}

/// What the journal shows for a habit: `part` of `whole` (people met, or
/// events), and for giving first the referrals received too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shows {
    pub part: usize,
    pub whole: usize,
    pub received: usize,
}

/// How a quiz score and what the journal shows compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Nothing in the journal speaks to the habit yet.
    Nothing,
    /// The quiz had no answer on the habit; only the journal speaks.
    NoQuiz,
    /// The two point the same way.
    Same,
    /// The journal shows more of the habit than the quiz answers did.
    More,
    /// The journal shows less of it so far.
    Less,
}

fn share(part: usize, whole: usize) -> Option<u8> {
    (whole > 0).then(|| u8::try_from((part * 100 + whole / 2) / whole).unwrap_or(100))
}

/// How a quiz score and a journal share compare. Gaps up to 20 points
/// count as agreeing: the quiz is a handful of answers.
pub fn compare(quiz: Option<u8>, journal: Option<u8>) -> Agreement {
    match (quiz, journal) {
        (_, None) => Agreement::Nothing,
        (None, Some(_)) => Agreement::NoQuiz,
        (Some(q), Some(j)) if q.abs_diff(j) <= 20 => Agreement::Same,
        (Some(q), Some(j)) if j > q => Agreement::More,
        _ => Agreement::Less,
    }
}

/// Each habit's quiz score (from `habits`, in [`Habit::ALL`] order) next to
/// what the journal shows for it.
pub fn mirror(journal: &Journal, habits: [Option<u8>; 5]) -> Vec<Mirror> {
    let t = Returns::total(journal);
    let events = journal.events.len();
    let managed = journal
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Managed)
        .count();
    let planned = journal
        .events
        .iter()
        .filter(|e| !e.goal.is_empty() && e.minutes.is_some())
        .count();
    Habit::ALL
        .into_iter()
        .map(|habit| {
            let of = |part, whole| Shows {
                part,
                whole,
                received: 0,
            };
            let journal = match habit {
                Habit::Expectations => of(t.meetings_asked, t.people),
                Habit::FollowUp => of(t.followed_up, t.people),
                Habit::GivingFirst => Shows {
                    received: t.referrals_received,
                    ..of(t.referrals_given, t.people)
                },
                Habit::EventChoice => of(managed, events),
                Habit::GoalRoi => of(planned, events),
            };
            let share = share(journal.part, journal.whole);
            let quiz = habits[habit.index()];
            Mirror {
                habit,
                quiz,
                journal,
                share,
                agreement: compare(quiz, share),
            }
        })
        .collect()
}
