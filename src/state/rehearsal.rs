//! A rehearsal of a whole attempt on a throwaway state, run once while the
//! first screen is idle (see `app::use_rehearsal`). The browser compiles
//! each WebAssembly function the first time it is called; without this, the
//! first answers and the last one (scoring, the history document, the share
//! code, the checklist) pay for that compilation while the person waits.
//! Pure: it reads and writes nothing outside its own values.

use crate::domain::content::tips::checklist;
use crate::domain::documents::{encode_attempt, encode_history};
use crate::domain::quiz::attempt::Attempt;
use crate::domain::quiz::bank::ItemKind;
use crate::domain::share::code::{encode, SharedResult};
use crate::domain::Answer;

use super::reducer::{Action, AppState};

/// What a rehearsal produced; returned so that none of its work can be
/// optimised away, and so a test can see it reached a result.
#[derive(Debug)]
pub struct Rehearsal {
    /// The throwaway state at the end: a result in its history.
    pub state: AppState,
    /// The result's share code.
    pub share_code: String,
    /// Bytes of the documents the app would have stored along the way.
    pub stored_bytes: usize,
    /// Tips in the result's checklist.
    pub tips: usize,
}

/// The answer a rehearsal gives: the first option shown, or the middle of
/// the scale.
pub fn rehearsal_answer(attempt: &Attempt) -> Answer {
    match &attempt.item().kind {
        ItemKind::Scene(_) | ItemKind::Practice(_) => Answer::Choice(attempt.shown_order()[0]),
        ItemKind::Statement(_) | ItemKind::Count(_) => Answer::Rating(3),
    }
}

/// Answers every item of an attempt with this seed as the app would (the
/// first option shown, or the middle of the scale), scores it and encodes
/// what the app would store and share.
pub fn rehearse(seed: u64) -> Rehearsal {
    let mut rehearsing = Rehearsing::new(seed);
    while rehearsing.step() {}
    rehearsing.finish()
}

/// The same rehearsal, one item at a time, so that the app can spread it
/// over several idle periods: no single task of the start-up may block the
/// page for long (in one piece it is a long task at 4x CPU slowdown). [`rehearse`] is this, run to the end.
#[derive(Debug)]
pub struct Rehearsing {
    state: AppState,
    stored: usize,
    answering: bool,
}

impl Rehearsing {
    /// Starts an attempt with this seed on a throwaway state.
    pub fn new(seed: u64) -> Rehearsing {
        Rehearsing {
            state: AppState::default().apply(Action::Start { seed }),
            stored: 0,
            answering: true,
        }
    }

    /// Answers the current item and moves on; false once there is nothing
    /// left to answer (then [`Rehearsing::finish`]).
    pub fn step(&mut self) -> bool {
        if !self.answering {
            return false;
        }
        let Some(answer) = self.state.attempt.as_ref().map(rehearsal_answer) else {
            self.answering = false;
            return false;
        };
        let state = std::mem::take(&mut self.state).apply(Action::Choose(answer));
        if let Some(attempt) = state.attempt.as_ref() {
            self.stored += encode_attempt(attempt).len();
        }
        let position = state.attempt.as_ref().map(|a| a.position);
        self.state = state.apply(Action::Next { now: 0 });
        // A verdict of "not enough" keeps the attempt where it is: stop.
        let moved = self.state.attempt.as_ref().map(|a| a.position) != position;
        self.answering = moved && self.state.attempt.is_some();
        self.answering
    }

    /// Encodes the result's history and share code and builds its
    /// checklist, as the app does after the last answer.
    pub fn finish(self) -> Rehearsal {
        let Rehearsing {
            state, mut stored, ..
        } = self;
        let (share_code, tips) = match state.history.first() {
            Some(record) => {
                stored += encode_history(&state.history).len();
                (
                    encode(&SharedResult::from(&record.outcome)),
                    checklist(&record.outcome).len(),
                )
            }
            None => (String::new(), 0),
        };
        Rehearsal {
            state,
            share_code,
            stored_bytes: stored,
            tips,
        }
    }
}
