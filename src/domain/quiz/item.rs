//! The shape of a quiz item. The items themselves are data in
//! [`crate::domain::quiz::questions`]; [`crate::domain::quiz::bank`] looks them up.

use crate::domain::model::{Habit, Style};

/// One quiz item. `id` is stable forever once released: stored answers and
/// the option shuffle are keyed on it.
#[derive(Debug)]
pub struct Item {
    pub id: &'static str,
    pub prompt: &'static str,
    pub kind: ItemKind,
}

#[derive(Debug)]
pub enum ItemKind {
    /// A scene at or after an event, with one option per style.
    Scene(&'static [SceneOption]),
    /// A statement rated on a five-point scale.
    Statement(Statement),
}

/// One answer to a scene; choosing it gives
/// [`SCENE_POINTS`](super::scoring::SCENE_POINTS) to its style.
#[derive(Debug)]
pub struct SceneOption {
    pub text: &'static str,
    pub style: Style,
}

#[derive(Debug)]
pub struct Statement {
    pub scale: Scale,
    /// The habit this statement measures.
    pub habit: Habit,
    /// A reverse-keyed statement scores the habit high when the person disagrees.
    pub reversed: bool,
    /// A style that agreeing with the statement leans towards, if any.
    pub lean: Option<Style>,
}

/// The five-point scales a statement is rated on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Agreement,
    Frequency,
}

impl Scale {
    /// Labels for ratings 1 to 5.
    pub fn labels(self) -> [&'static str; 5] {
        match self {
            Scale::Agreement => [
                "Strongly disagree",
                "Disagree",
                "Neither agree nor disagree",
                "Agree",
                "Strongly agree",
            ],
            Scale::Frequency => ["Never", "Rarely", "Sometimes", "Often", "Always"],
        }
    }
}

impl Item {
    /// How many options the item offers on screen.
    pub fn option_count(&self) -> usize {
        match &self.kind {
            ItemKind::Scene(options) => options.len(),
            ItemKind::Statement(_) => 5,
        }
    }

    /// The text of an answer, as the person saw it.
    pub fn answer_text(&self, answer: crate::domain::Answer) -> Option<&'static str> {
        match (&self.kind, answer) {
            (ItemKind::Scene(options), crate::domain::Answer::Choice(i)) => {
                options.get(usize::from(i)).map(|o| o.text)
            }
            (ItemKind::Statement(s), crate::domain::Answer::Rating(r)) if (1..=5).contains(&r) => {
                Some(s.scale.labels()[usize::from(r - 1)])
            }
            _ => None,
        }
    }

    /// Whether `answer` is a possible answer to this item.
    pub fn accepts(&self, answer: crate::domain::Answer) -> bool {
        self.answer_text(answer).is_some()
    }
}
