//! The tailored checklist: a style's own tips plus the tips for the two
//! weakest habits.

use super::content::{HABIT_TIPS, STYLE_TIPS};
use super::model::{Habit, Style};
use super::scoring::Outcome;

/// When in the life of an event a tip applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    Before,
    At,
    After,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Before, Phase::At, Phase::After];

    pub fn heading(self) -> &'static str {
        match self {
            Phase::Before => "Before the event",
            Phase::At => "At the event",
            Phase::After => "After the event",
        }
    }
}

/// One action on the checklist. `id` is stable: checked state is stored by it.
#[derive(Debug, PartialEq, Eq)]
pub struct Tip {
    pub id: &'static str,
    pub phase: Phase,
    pub text: &'static str,
}

/// Where a tip on the checklist comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Style(Style),
    Habit(Habit),
}

pub fn style_tips(style: Style) -> &'static [Tip] {
    STYLE_TIPS[style.index()]
}

pub fn habit_tips(habit: Habit) -> &'static [Tip] {
    HABIT_TIPS[habit.index()]
}

/// The two habits most in need of work: lowest score first; habits with no
/// answers come after every scored one; ties keep [`Habit::ALL`] order.
pub fn weakest_habits(outcome: &Outcome) -> [Habit; 2] {
    let mut habits = Habit::ALL;
    habits.sort_by_key(|h| outcome.habits[h.index()].map_or(u16::MAX, u16::from));
    [habits[0], habits[1]]
}

/// The checklist for a result: the primary style's tips, then the tips of the
/// weakest habit, then of the second weakest.
pub fn checklist(outcome: &Outcome) -> Vec<(Source, &'static Tip)> {
    let [first, second] = weakest_habits(outcome);
    let style = style_tips(outcome.primary)
        .iter()
        .map(|t| (Source::Style(outcome.primary), t));
    let habits = [first, second]
        .into_iter()
        .flat_map(|h| habit_tips(h).iter().map(move |t| (Source::Habit(h), t)));
    style.chain(habits).collect()
}

/// The checklist's tips that belong to one phase, in checklist order.
pub fn in_phase(list: &[(Source, &'static Tip)], phase: Phase) -> Vec<(Source, &'static Tip)> {
    list.iter()
        .copied()
        .filter(|(_, t)| t.phase == phase)
        .collect()
}

/// How two styles work best together; the order of `a` and `b` does not matter.
pub fn pair_tips(a: Style, b: Style) -> [&'static str; 2] {
    let (low, high) = if a <= b { (a, b) } else { (b, a) };
    super::content::PAIR_TIPS
        .iter()
        .find(|(x, y, _)| *x == low && *y == high)
        .map_or([""; 2], |(_, _, tips)| *tips)
}
