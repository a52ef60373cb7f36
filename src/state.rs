//! The app's state and the actions that change it. `apply` is pure and only
//! calls the domain, so it is tested on the host; the browser supplies the
//! random seed and the clock through the actions.

use std::collections::BTreeSet;

use crate::domain::attempt::Attempt;
use crate::domain::documents::Document;
use crate::domain::history::{self, Record};
use crate::domain::route::Route;
use crate::domain::scoring::Verdict;
use crate::domain::Answer;

/// Everything the screens show.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub route: Route,
    pub attempt: Option<Attempt>,
    /// Completed results, newest first.
    pub history: Vec<Record>,
    /// Ids of the checklist tips the person ticked off.
    pub checked: BTreeSet<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Navigate(Route),
    /// Starts a fresh attempt with this shuffle seed, replacing any other.
    Start {
        seed: u64,
    },
    Continue,
    Choose(Answer),
    Next,
    Back,
    Skip,
    /// Scores the attempt and files it in the history at this time (ms);
    /// with too few scenes answered, keeps it in progress instead.
    Finish {
        now: u64,
    },
    /// Goes back to the first skipped scene of the attempt.
    AnswerSkipped,
    ToggleTip(String),
    /// Another tab changed these stored documents; the rest stay as they are.
    Reload(Vec<Document>),
}

impl AppState {
    /// The state after `action`; actions that do not fit the state change nothing.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Navigate(route) => next.route = route,
            Action::Start { seed } => {
                next.attempt = Some(Attempt::new(seed));
                next.route = Route::Quiz;
            }
            Action::Continue => {
                if next.attempt.is_some() {
                    next.route = Route::Quiz;
                }
            }
            Action::Choose(answer) => {
                if let Some(a) = next.attempt.as_mut() {
                    a.choose(answer);
                }
            }
            Action::Next => {
                if let Some(a) = next.attempt.as_mut() {
                    if a.answer().is_some() {
                        a.advance();
                    }
                }
            }
            Action::Back => {
                if let Some(a) = next.attempt.as_mut() {
                    a.back();
                }
            }
            Action::Skip => {
                if let Some(a) = next.attempt.as_mut() {
                    a.skip();
                }
            }
            Action::Finish { now } => {
                if let Some(a) = next.attempt.take() {
                    match a.verdict() {
                        Verdict::Scored(outcome) => history::push(
                            &mut next.history,
                            Record {
                                finished_at: now,
                                outcome,
                            },
                        ),
                        Verdict::NotEnough { .. } => next.attempt = Some(a),
                    }
                    next.route = Route::Result;
                }
            }
            Action::AnswerSkipped => {
                if let Some(a) = next.attempt.as_mut() {
                    if a.go_to_skipped_scene() {
                        next.route = Route::Quiz;
                    }
                }
            }
            Action::ToggleTip(id) => {
                if !next.checked.remove(&id) {
                    next.checked.insert(id);
                }
            }
            Action::Reload(documents) => {
                for document in documents {
                    match document {
                        Document::Attempt(attempt) => next.attempt = attempt,
                        Document::History(history) => next.history = history,
                        Document::Checklist(checked) => next.checked = checked,
                    }
                }
            }
        }
        next
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}
