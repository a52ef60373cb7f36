//! An attempt in progress: where the person is and what they answered.

use super::bank::{items, ItemKind};
use super::scoring::{assess, scenes_answered, score, Answers, Outcome, Verdict};
use super::shuffle::option_order;
use crate::domain::model::Answer;

/// The quiz as a person is taking it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attempt {
    /// Seeds the option shuffle, so the order stays put on reload.
    pub seed: u64,
    /// Index of the item on screen.
    pub position: usize,
    pub answers: Answers,
}

impl Attempt {
    pub fn new(seed: u64) -> Attempt {
        Attempt {
            seed,
            position: 0,
            answers: Answers::new(),
        }
    }

    /// How many items the quiz has.
    pub fn len() -> usize {
        items().len()
    }

    /// The item on screen.
    pub fn item(&self) -> &'static super::bank::Item {
        let all = items();
        &all[self.position.min(all.len() - 1)]
    }

    pub fn answer(&self) -> Option<Answer> {
        self.answers.get(self.item().id).copied()
    }

    /// Bank indices of the item's options in the order they are shown.
    pub fn shown_order(&self) -> Vec<u8> {
        let item = self.item();
        option_order(self.seed, item.id, item.option_count())
    }

    /// Records an answer to the item on screen; ignored if it does not fit.
    pub fn choose(&mut self, answer: Answer) {
        let item = self.item();
        if item.accepts(answer) {
            self.answers.insert(item.id.to_owned(), answer);
        }
    }

    pub fn is_last(&self) -> bool {
        self.position >= Self::len() - 1
    }

    pub fn back(&mut self) {
        self.position = self.position.saturating_sub(1);
    }

    /// Moves on; returns false when there is no next item.
    pub fn advance(&mut self) -> bool {
        if self.is_last() {
            return false;
        }
        self.position += 1;
        true
    }

    /// Clears the answer on screen and moves on; false on the last item.
    pub fn skip(&mut self) -> bool {
        self.answers.remove(self.item().id);
        self.advance()
    }

    pub fn answered(&self) -> usize {
        items()
            .iter()
            .filter(|i| self.answers.contains_key(i.id))
            .count()
    }

    /// The outcome of the answers so far, however few they are.
    pub fn outcome(&self) -> Outcome {
        score(&self.answers)
    }

    /// What the answers say: a result, or not enough to tell a style yet.
    pub fn verdict(&self) -> Verdict {
        assess(&self.answers)
    }

    /// How many scenes have an answer.
    pub fn scenes_answered(&self) -> usize {
        scenes_answered(&self.answers)
    }

    /// Position of the first scene without an answer, if any.
    pub fn first_skipped_scene(&self) -> Option<usize> {
        items()
            .iter()
            .position(|i| matches!(i.kind, ItemKind::Scene(_)) && !self.answers.contains_key(i.id))
    }

    /// Goes back to the first skipped scene; false when none was skipped.
    pub fn go_to_skipped_scene(&mut self) -> bool {
        match self.first_skipped_scene() {
            Some(position) => {
                self.position = position;
                true
            }
            None => false,
        }
    }

    /// Repairs values that could come from an older or damaged document.
    pub fn normalised(mut self) -> Attempt {
        self.position = self.position.min(Self::len() - 1);
        self.answers
            .retain(|id, a| super::bank::item(id).is_some_and(|i| i.accepts(*a)));
        self
    }
}
