//! The tailored checklist: a style's own tips plus the tips for the two
//! weakest habits.

pub use super::tip::{Phase, Source, Tip};
use super::tip_texts::{HABIT_TIPS, KEEP_TIPS, STYLE_TIPS};
use crate::domain::model::{Habit, Style};
use crate::domain::quiz::scoring::Outcome;

pub fn style_tips(style: Style) -> &'static [Tip] {
    STYLE_TIPS[style.index()]
}

pub fn habit_tips(habit: Habit) -> &'static [Tip] {
    HABIT_TIPS[habit.index()]
}

/// The tips for keeping strong habits.
pub fn keep_tips() -> &'static [Tip] {
    KEEP_TIPS
}

/// The two habits most in need of work: lowest level first; habits with no
/// answers come after every scored one; equal levels are ordered by the
/// practice picks, fewer first, then in [`Habit::ALL`] order
/// ([`Outcome::habit_order`]).
pub fn weakest_habits(outcome: &Outcome) -> [Habit; 2] {
    let order = outcome.habit_order();
    [order[0], order[1]]
}

/// The checklist for a result: the tips of the result's style (of every
/// style in a tie), then the tips of the weakest habit, then of the second
/// weakest; when every habit is strong, the tips for keeping the habits
/// instead of the weakest habits'.
pub fn checklist(outcome: &Outcome) -> Vec<(Source, &'static Tip)> {
    let styles = outcome
        .styles()
        .into_iter()
        .flat_map(|s| style_tips(s).iter().map(move |t| (Source::Style(s), t)));
    if outcome.habits_strong() {
        let keep = keep_tips().iter().map(|t| (Source::Keep, t));
        return styles.chain(keep).collect();
    }
    let [first, second] = weakest_habits(outcome);
    let habits = [first, second]
        .into_iter()
        .flat_map(|h| habit_tips(h).iter().map(move |t| (Source::Habit(h), t)));
    styles.chain(habits).collect()
}

/// The checklist's tips that belong to one phase, in checklist order.
pub fn in_phase(list: &[(Source, &'static Tip)], phase: Phase) -> Vec<(Source, &'static Tip)> {
    list.iter()
        .copied()
        .filter(|(_, t)| t.phase == phase)
        .collect()
}
