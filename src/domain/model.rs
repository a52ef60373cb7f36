//! The vocabulary of the product: the four networking styles, the five habits
//! and a person's answer to one item.

/// One of the four networking styles from the essay.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String")]
pub enum Style {
    Pro,
    Rookie,
    Imposter,
    Mensch,
}

read_by_name!(Style {
    Pro,
    Rookie,
    Imposter,
    Mensch
});

impl Style {
    /// Every style, in the order used for profiles, charts and share codes.
    pub const ALL: [Style; 4] = [Style::Pro, Style::Rookie, Style::Imposter, Style::Mensch];

    /// Position in [`Style::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The style's name in ids, stored "why" entries and developers'
    /// reports; what a person reads comes from the catalogs (`style-name`).
    pub fn name(self) -> &'static str {
        match self {
            Style::Pro => "Pro",
            Style::Rookie => "Rookie",
            Style::Imposter => "Imposter",
            Style::Mensch => "Mensch",
        }
    }
}

/// One of the five habits that decide whether networking pays off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Habit {
    Expectations,
    FollowUp,
    GivingFirst,
    EventChoice,
    GoalRoi,
}

impl Habit {
    /// Every habit, in the order used for bars and share codes.
    pub const ALL: [Habit; 5] = [
        Habit::Expectations,
        Habit::FollowUp,
        Habit::GivingFirst,
        Habit::EventChoice,
        Habit::GoalRoi,
    ];

    /// Position in [`Habit::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The habit's name in developers' reports; what a person reads comes
    /// from the catalogs (`habit-name`).
    pub fn name(self) -> &'static str {
        match self {
            Habit::Expectations => "Expectations",
            Habit::FollowUp => "Follow-up",
            Habit::GivingFirst => "Giving first",
            Habit::EventChoice => "Event choice",
            Habit::GoalRoi => "Goal & ROI",
        }
    }
}

/// A person's answer to one item. Skipping is the absence of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Answer {
    /// The chosen option of a situational item, as its index in the bank
    /// (never its shuffled screen position).
    Choice(u8),
    /// A rating on a five-point scale, 1 (lowest) to 5 (highest); on a
    /// count item, the anchored answer from the fewest (1) to the most (5).
    Rating(u8),
    /// "I have not been to an event in that time", on a count item: an
    /// answer, so the quiz remembers it, but scored as a skip.
    NoEvent,
}
