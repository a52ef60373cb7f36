//! What a group's results add up to: the average profile, the average of
//! each habit, the strongest and weakest habit, how many people lean to
//! each style, and tips for the mix. Written for the group as a whole,
//! never about one person.

use crate::domain::model::{Habit, Style};
use crate::domain::share::code::SharedResult;

/// A habit average below this gets its own group tip.
pub const LOW_HABIT: u8 = 50;
/// At most this many habit tips, lowest average first.
pub const HABIT_TIPS: usize = 2;

/// A group's figures. Built only from entries that hold a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mix {
    /// How many results went in.
    pub size: usize,
    /// The average share of each style, in [`Style::ALL`] order; sums to 100.
    pub profile: [u8; 4],
    /// The average of each habit over the people with a score for it.
    pub habits: [Option<u8>; 5],
    /// The habits with the highest average (more than one when equal);
    /// empty when every scored habit has the same average.
    pub strongest: Vec<Habit>,
    /// The habits with the lowest average, likewise.
    pub weakest: Vec<Habit>,
    /// How many results name each style (a tie names each tied style).
    pub counts: [usize; 4],
}

/// Averages whole percentages so they still sum to 100: each share is
/// rounded down, and the points left over go to the largest remainders
/// (equal remainders in [`Style::ALL`] order; this only settles rounding).
fn average_profile(results: &[SharedResult]) -> [u8; 4] {
    let n = results.len() as u32;
    let sums: Vec<u32> = Style::ALL
        .iter()
        .map(|s| {
            results
                .iter()
                .map(|r| u32::from(r.profile[s.index()]))
                .sum()
        })
        .collect();
    let mut profile = [0u8; 4];
    for (slot, sum) in profile.iter_mut().zip(&sums) {
        *slot = (sum / n) as u8;
    }
    // Four shares: picking the largest remainder each time needs no sort.
    let mut remainders: Vec<u32> = sums.iter().map(|sum| sum % n).collect();
    let given: u32 = profile.iter().map(|&p| u32::from(p)).sum();
    for _ in given..100 {
        let mut best = 0;
        for i in 1..4 {
            if remainders[i] > remainders[best] {
                best = i;
            }
        }
        profile[best] += 1;
        remainders[best] = 0;
    }
    profile
}

/// The rounded average of the scores people have for one habit.
fn average_habit(results: &[SharedResult], habit: Habit) -> Option<u8> {
    let scores: Vec<u32> = results
        .iter()
        .filter_map(|r| r.habits[habit.index()].map(u32::from))
        .collect();
    let n = scores.len() as u32;
    (n > 0).then(|| ((scores.iter().sum::<u32>() + n / 2) / n) as u8)
}

/// The group's figures, or `None` for a group with no results.
pub fn mix(results: &[SharedResult]) -> Option<Mix> {
    if results.is_empty() {
        return None;
    }
    let habits = Habit::ALL.map(|h| average_habit(results, h));
    let scored: Vec<(Habit, u8)> = Habit::ALL
        .iter()
        .filter_map(|&h| habits[h.index()].map(|s| (h, s)))
        .collect();
    let top = scored.iter().map(|&(_, s)| s).max();
    let bottom = scored.iter().map(|&(_, s)| s).min();
    let (strongest, weakest) = if top == bottom {
        (Vec::new(), Vec::new())
    } else {
        let with = |score| {
            scored
                .iter()
                .filter(|&&(_, s)| Some(s) == score)
                .map(|&(h, _)| h)
                .collect()
        };
        (with(top), with(bottom))
    };
    let mut counts = [0; 4];
    for r in results {
        counts[r.primary.index()] += 1;
        for s in &r.tied {
            counts[s.index()] += 1;
        }
    }
    Some(Mix {
        size: results.len(),
        profile: average_profile(results),
        habits,
        strongest,
        weakest,
        counts,
    })
}

/// A tip for the mix; its words are the catalogs' `group-tip-*` messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MixTip {
    /// For a habit the group scores low on.
    Habit(Habit),
    /// For a group where more than half lean to one style.
    Majority(Style),
    /// For a group with three styles or more: pair up across styles.
    Broad,
    /// For a group whose habits are level.
    Level,
}

/// Tips for the mix, most pressing first: the habits the group scores
/// lowest on, then what the styles in it tend to miss.
pub fn mix_tips(mix: &Mix) -> Vec<MixTip> {
    // The lowest averages first, picked one at a time (no sort: five habits).
    let mut low: Vec<(Habit, u8)> = Habit::ALL
        .iter()
        .filter_map(|&h| mix.habits[h.index()].map(|s| (h, s)))
        .filter(|&(_, s)| s < LOW_HABIT)
        .collect();
    let mut tips: Vec<MixTip> = Vec::new();
    while tips.len() < HABIT_TIPS && !low.is_empty() {
        let mut lowest = 0;
        for (i, &(_, s)) in low.iter().enumerate() {
            if s < low[lowest].1 {
                lowest = i;
            }
        }
        tips.push(MixTip::Habit(low.remove(lowest).0));
    }
    if mix.size >= 2 {
        tips.extend(
            Style::ALL
                .iter()
                .filter(|s| mix.counts[s.index()] * 2 > mix.size)
                .map(|&s| MixTip::Majority(s)),
        );
        if mix.counts.iter().filter(|&&c| c > 0).count() >= 3 {
            tips.push(MixTip::Broad);
        }
    }
    if tips.is_empty() {
        tips.push(match mix.weakest.first() {
            Some(&h) => MixTip::Habit(h),
            None => MixTip::Level,
        });
    }
    tips
}
