//! The state and the actions that change it. `apply` is pure and only calls
//! the domain, so it is tested on the host; the browser supplies the random
//! seed and the clock through the actions. Flow decisions, such as when an
//! attempt is finished, are made here and not in a screen.

use std::collections::BTreeSet;

use crate::domain::documents::notice::{Notice, NoticeBoard};
use crate::domain::documents::Document;
use crate::domain::group::{Group, GroupEdit};
use crate::domain::journal::{Journal, JournalAction};
use crate::domain::language::Language;
use crate::domain::quiz::attempt::Attempt;
use crate::domain::quiz::history::{self, Record};
use crate::domain::quiz::scoring::Verdict;
use crate::domain::route::Route;
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
    /// The results collected under "Compare a group".
    pub group: Group,
    /// What the person is told about their saved data.
    pub notices: NoticeBoard,
    /// Events, people met and follow-ups.
    pub journal: Journal,
    /// The language every screen is in (the `i18n` layer holds its
    /// catalog); a change renders every screen again, in place.
    pub language: Language,
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
    /// Goes on from an answered item; after the last one, the attempt is
    /// scored and filed in the history at `now` (ms since the Unix epoch).
    Next {
        now: u64,
    },
    Back,
    /// Leaves the item unanswered and goes on, like [`Action::Next`].
    Skip {
        now: u64,
    },
    /// Goes back to the first skipped scene of the attempt.
    AnswerSkipped,
    ToggleTip(String),
    EditGroup(GroupEdit),
    /// Another tab changed these stored documents; the rest stay as they are.
    Reload(Vec<Document>),
    /// Puts up notices not shown on this page before.
    Notify(Vec<Notice>),
    /// Takes the notices off the screen.
    DismissNotices,
    /// Changes the journal.
    Journal(JournalAction),
    /// The screens are now in this language (its catalog is in use).
    UseLanguage(Language),
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
            Action::Next { now } => {
                if let Some(a) = next.attempt.as_mut() {
                    if a.answer().is_some() && !a.advance() {
                        next.finish(now);
                    }
                }
            }
            Action::Back => {
                if let Some(a) = next.attempt.as_mut() {
                    a.back();
                }
            }
            Action::Skip { now } => {
                if let Some(a) = next.attempt.as_mut() {
                    if !a.skip() {
                        next.finish(now);
                    }
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
            Action::EditGroup(edit) => next.group.apply(edit),
            Action::Reload(documents) => {
                for document in documents {
                    match document {
                        Document::Attempt(attempt) => next.attempt = attempt,
                        Document::History(history) => next.history = history,
                        Document::Checklist(checked) => next.checked = checked,
                        Document::Group(group) => next.group = group,
                        Document::Journal(journal) => next.journal = journal,
                    }
                }
            }
            Action::Notify(notices) => next.notices.show(notices),
            Action::DismissNotices => next.notices.dismiss(),
            Action::Journal(change) => next.journal.apply(change),
            Action::UseLanguage(language) => next.language = language,
        }
        next
    }

    /// Scores the attempt, files it in the history and shows the result;
    /// with too few scenes answered, the attempt stays in progress and the
    /// result says so.
    fn finish(&mut self, now: u64) {
        if let Some(a) = self.attempt.take() {
            match a.verdict() {
                Verdict::Scored(outcome) => history::push(
                    &mut self.history,
                    Record {
                        finished_at: now,
                        outcome,
                    },
                ),
                Verdict::NotEnough { .. } => self.attempt = Some(a),
            }
            self.route = Route::Result;
        }
    }
}

impl yew::Reducible for AppState {
    type Action = Action;

    /// The same `Rc` when nothing changed, so yew does not render again (the
    /// URL echoing a route the state already has, say).
    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            std::rc::Rc::new(next)
        }
    }
}
