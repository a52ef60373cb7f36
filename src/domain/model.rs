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

    pub fn name(self) -> &'static str {
        match self {
            Style::Pro => "Pro",
            Style::Rookie => "Rookie",
            Style::Imposter => "Imposter",
            Style::Mensch => "Mensch",
        }
    }

    /// The name with its indefinite article: "an Imposter", "a Pro".
    pub fn with_article(self) -> &'static str {
        match self {
            Style::Pro => "a Pro",
            Style::Rookie => "a Rookie",
            Style::Imposter => "an Imposter",
            Style::Mensch => "a Mensch",
        }
    }

    /// A one-line portrait, written for the result page.
    pub fn tagline(self) -> &'static str {
        match self {
            Style::Pro => "You cover the whole room at speed and leave with a pocket full of contacts.",
            Style::Rookie => "You turn up curious and friendly, and hand a card to everyone you meet.",
            Style::Imposter => "You come for something other than business: the company, the food and drinks, or a break from work.",
            Style::Mensch => "You come with good intentions, say plainly what you do, and hope for real connections.",
        }
    }

    /// What tends to go wrong for this style, in one paragraph.
    pub fn trap(self) -> &'static str {
        match self {
            Style::Pro => "Breadth without depth: you meet many people, but few of them ever become a working relationship.",
            Style::Rookie => "Quantity over quality: lots of cards change hands, but there is no plan behind them and no follow-up after.",
            Style::Imposter => "The evening costs you hours and gives nothing back, because nobody gets to know you.",
            Style::Mensch => "Your intent is good, but your approach is unpolished: you ask for referrals before anyone knows you, so people smile, nod and drift on.",
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

    pub fn name(self) -> &'static str {
        match self {
            Habit::Expectations => "Expectations",
            Habit::FollowUp => "Follow-up",
            Habit::GivingFirst => "Giving first",
            Habit::EventChoice => "Event choice",
            Habit::GoalRoi => "Goal & ROI",
        }
    }

    /// What a high score on this habit means.
    pub fn meaning(self) -> &'static str {
        match self {
            Habit::Expectations => {
                "You treat an event as the start of relationships, not a place to close deals."
            }
            Habit::FollowUp => "You know the real work begins once the event is over.",
            Habit::GivingFirst => "You offer help and referrals before you ask for any.",
            Habit::EventChoice => {
                "You pick events on purpose, for their audience and what you can learn there."
            }
            Habit::GoalRoi => "You go with a goal and check whether the hours paid off.",
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
