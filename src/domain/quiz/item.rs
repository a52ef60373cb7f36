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
    /// A statement rated on a five-point scale. Kept for retired items: the
    /// current bank measures habits with [`ItemKind::Count`].
    Statement(Statement),
    /// A count of what the person did at their recent events, on five
    /// anchored answers, plus [`NO_EVENT`], which is scored as a skip.
    Count(Count),
    /// A forced choice between five equally good practices, one per habit:
    /// which one the person did first (or most). It gives no style points;
    /// the habit of the chosen option gets the pick. Shown shuffled, like a
    /// scene's options.
    Practice(&'static [PracticeOption]),
}

/// One answer to a practice item: a good practice of one habit.
#[derive(Debug)]
pub struct PracticeOption {
    pub text: &'static str,
    pub habit: Habit,
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

/// A habit item that asks what the person did, not what they endorse
/// (`docs/habits.md`): its five answers count something, from the fewest
/// (rating 1) to the most (rating 5).
#[derive(Debug)]
pub struct Count {
    pub anchors: Anchors,
    /// The habit this item measures.
    pub habit: Habit,
    /// True when the item counts the unwanted behaviour: the habit scores
    /// high when the count is low.
    pub reversed: bool,
    /// A style that a high count leans towards, if any.
    pub lean: Option<Style>,
}

/// The answer sets of count items, fewest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchors {
    /// How many times, people or things.
    Number,
    /// How many of the people or conversations of one event.
    People,
    /// How many of the events of a period.
    Events,
}

impl Anchors {
    /// Labels for answers 1 to 5.
    pub fn labels(self) -> [&'static str; 5] {
        match self {
            Anchors::Number => ["None", "One", "Two", "Three", "Four or more"],
            Anchors::People => [
                "None of them",
                "One or two",
                "About half",
                "Most of them",
                "All of them",
            ],
            Anchors::Events => [
                "None of them",
                "A few",
                "About half",
                "Most of them",
                "All of them",
            ],
        }
    }
}

/// The sixth answer of every count item; it is scored as a skip.
pub const NO_EVENT: &str = "I have not been to an event in that time.";

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
            ItemKind::Practice(options) => options.len(),
            ItemKind::Statement(_) => 5,
            ItemKind::Count(_) => 6,
        }
    }

    /// The text of an answer, as the person saw it.
    pub fn answer_text(&self, answer: crate::domain::Answer) -> Option<&'static str> {
        match (&self.kind, answer) {
            (ItemKind::Scene(options), crate::domain::Answer::Choice(i)) => {
                options.get(usize::from(i)).map(|o| o.text)
            }
            (ItemKind::Practice(options), crate::domain::Answer::Choice(i)) => {
                options.get(usize::from(i)).map(|o| o.text)
            }
            (ItemKind::Statement(s), crate::domain::Answer::Rating(r)) if (1..=5).contains(&r) => {
                Some(s.scale.labels()[usize::from(r - 1)])
            }
            (ItemKind::Count(c), crate::domain::Answer::Rating(r)) if (1..=5).contains(&r) => {
                Some(c.anchors.labels()[usize::from(r - 1)])
            }
            (ItemKind::Count(_), crate::domain::Answer::NoEvent) => Some(NO_EVENT),
            _ => None,
        }
    }

    /// Every answer the item offers with its label, in the bank's order
    /// (a scene's options are shown shuffled: see [`super::shuffle`]).
    pub fn answers(&self) -> Vec<(crate::domain::Answer, &'static str)> {
        use crate::domain::Answer;
        match &self.kind {
            ItemKind::Scene(options) => (0u8..)
                .zip(options.iter())
                .map(|(i, o)| (Answer::Choice(i), o.text))
                .collect(),
            ItemKind::Practice(options) => (0u8..)
                .zip(options.iter())
                .map(|(i, o)| (Answer::Choice(i), o.text))
                .collect(),
            ItemKind::Statement(st) => (1..=5)
                .zip(st.scale.labels())
                .map(|(r, l)| (Answer::Rating(r), l))
                .collect(),
            ItemKind::Count(c) => (1..=5)
                .zip(c.anchors.labels())
                .map(|(r, l)| (Answer::Rating(r), l))
                .chain([(Answer::NoEvent, NO_EVENT)])
                .collect(),
        }
    }

    /// The habit a rated item measures, with whether it is reverse-keyed.
    /// Practice items measure every habit at once: see [`Item::practice`].
    pub fn habit_key(&self) -> Option<(Habit, bool)> {
        match &self.kind {
            ItemKind::Scene(_) | ItemKind::Practice(_) => None,
            ItemKind::Statement(st) => Some((st.habit, st.reversed)),
            ItemKind::Count(c) => Some((c.habit, c.reversed)),
        }
    }

    /// The style a high answer leans towards, if any.
    pub fn lean(&self) -> Option<Style> {
        match &self.kind {
            ItemKind::Scene(_) | ItemKind::Practice(_) => None,
            ItemKind::Statement(st) => st.lean,
            ItemKind::Count(c) => c.lean,
        }
    }

    /// The options of a practice item; `None` for every other kind.
    pub fn practice(&self) -> Option<&'static [PracticeOption]> {
        match self.kind {
            ItemKind::Practice(options) => Some(options),
            _ => None,
        }
    }

    /// Whether the options are shown in a per-attempt shuffle (scenes and
    /// practice items; rated items keep their scale's order).
    pub fn is_shuffled(&self) -> bool {
        matches!(self.kind, ItemKind::Scene(_) | ItemKind::Practice(_))
    }

    /// Whether `answer` is a possible answer to this item.
    pub fn accepts(&self, answer: crate::domain::Answer) -> bool {
        self.answer_text(answer).is_some()
    }
}
