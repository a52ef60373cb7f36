//! The shape of a quiz item. The items themselves are data in
//! [`crate::domain::quiz::questions`]; [`crate::domain::quiz::bank`] looks them up.
//! An item holds no words: its question and answers are messages of the
//! catalogs, found from its id and an answer's place (`crate::i18n::bank`).

use crate::domain::model::{Habit, Style};

/// One quiz item. `id` is stable forever once released: stored answers, the
/// option shuffle and the item's messages (`q-<id>`) are keyed on it.
#[derive(Debug)]
pub struct Item {
    pub id: &'static str,
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
    /// anchored answers, plus [`Answer::NoEvent`](crate::domain::Answer::NoEvent)
    /// ("I have not been to an event in that time"), which is scored as a skip.
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
    pub habit: Habit,
}

/// One answer to a scene; choosing it gives
/// [`SCENE_POINTS`](super::scoring::SCENE_POINTS) to its style.
#[derive(Debug)]
pub struct SceneOption {
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

/// The five-point scales a statement is rated on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Agreement,
    Frequency,
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

    /// Every answer the item offers, in the bank's order (a scene's options
    /// are shown shuffled: see [`super::shuffle`]). Their words are in the
    /// catalogs (`crate::i18n::bank`).
    pub fn answers(&self) -> Vec<crate::domain::Answer> {
        use crate::domain::Answer;
        match &self.kind {
            ItemKind::Scene(options) => (0u8..).take(options.len()).map(Answer::Choice).collect(),
            ItemKind::Practice(options) => {
                (0u8..).take(options.len()).map(Answer::Choice).collect()
            }
            ItemKind::Statement(_) => (1..=5).map(Answer::Rating).collect(),
            ItemKind::Count(_) => (1..=5)
                .map(Answer::Rating)
                .chain([Answer::NoEvent])
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
        use crate::domain::Answer;
        match (&self.kind, answer) {
            (ItemKind::Scene(_) | ItemKind::Practice(_), Answer::Choice(i)) => {
                usize::from(i) < self.option_count()
            }
            (ItemKind::Statement(_) | ItemKind::Count(_), Answer::Rating(r)) => {
                (1..=5).contains(&r)
            }
            (ItemKind::Count(_), Answer::NoEvent) => true,
            _ => false,
        }
    }
}
