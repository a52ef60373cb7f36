//! Turns answers into an [`Outcome`]. Deterministic, panic-free for any mix of
//! answered, skipped and even invalid answers, and explainable through the
//! "why" trace.

use std::collections::BTreeMap;

use super::bank::{items, ItemKind};
use super::model::{Answer, Habit, Style};

/// Points a scene answer gives to the style of the chosen option.
pub const SCENE_POINTS: u32 = 8;
/// The most a statement with a style lean gives that style (full agreement);
/// each step up the scale adds one point.
pub const LEAN_POINTS: u32 = 4;
/// The secondary style is shown as a blend when its share of the profile is
/// within this many percentage points of the primary style's.
pub const BLEND_MARGIN: u8 = 10;
/// How many answers the "why" trace lists at most.
pub const WHY_LEN: usize = 5;
/// Ties between styles with equal points go to the style that comes first
/// here. The order is fixed so that equal answers always give the same
/// result; it puts the styles with the most to build on first.
pub const TIE_ORDER: [Style; 4] = [Style::Mensch, Style::Pro, Style::Rookie, Style::Imposter];

/// A person's answers, keyed by item id. Items without an entry were skipped.
pub type Answers = BTreeMap<String, Answer>;

/// The result of an attempt.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    /// Share of each style in percent, in [`Style::ALL`] order; sums to 100.
    pub profile: [u8; 4],
    pub primary: Style,
    /// Set when the runner-up has points and is within [`BLEND_MARGIN`]
    /// percentage points of the primary style.
    pub secondary: Option<Style>,
    /// Score 0-100 per habit in [`Habit::ALL`] order; `None` when every item
    /// measuring the habit was skipped.
    pub habits: [Option<u8>; 5],
    /// Ids of the answers that pulled most towards the primary style,
    /// strongest first.
    pub why: Vec<String>,
}

impl Outcome {
    /// "Mensch with a Pro streak", or just "Mensch".
    pub fn blend_label(&self) -> String {
        match self.secondary {
            Some(second) => format!("{} with a {} streak", self.primary.name(), second.name()),
            None => self.primary.name().to_owned(),
        }
    }
}

/// Scores an attempt. Answers to unknown items, and answers that do not fit
/// their item, are ignored like skips.
pub fn score(answers: &Answers) -> Outcome {
    let mut points = [0u32; 4];
    let mut habit_sum = [0u32; 5];
    let mut habit_max = [0u32; 5];
    let mut pulls: Vec<(usize, Style, u32, &'static str)> = Vec::new();

    for (position, item) in items().iter().enumerate() {
        let Some(&answer) = answers.get(item.id) else {
            continue;
        };
        match (&item.kind, answer) {
            (ItemKind::Scene(options), Answer::Choice(i)) => {
                if let Some(option) = options.get(usize::from(i)) {
                    points[option.style.index()] += SCENE_POINTS;
                    pulls.push((position, option.style, SCENE_POINTS, item.id));
                }
            }
            (ItemKind::Statement(st), Answer::Rating(r)) if (1..=5).contains(&r) => {
                let agreement = u32::from(r - 1);
                let keyed = if st.reversed {
                    4 - agreement
                } else {
                    agreement
                };
                habit_sum[st.habit.index()] += keyed;
                habit_max[st.habit.index()] += 4;
                if let Some(style) = st.lean {
                    let lean = agreement * LEAN_POINTS / 4;
                    points[style.index()] += lean;
                    if lean > 0 {
                        pulls.push((position, style, lean, item.id));
                    }
                }
            }
            _ => {}
        }
    }

    let profile = percentages(points);
    let ranked = rank(points);
    let primary = ranked[0];
    let runner_up = ranked[1];
    let secondary = (points[runner_up.index()] > 0
        && profile[primary.index()] - profile[runner_up.index()] <= BLEND_MARGIN)
        .then_some(runner_up);

    let mut habits = [None; 5];
    for h in Habit::ALL {
        let i = h.index();
        if habit_max[i] > 0 {
            habits[i] = Some(((habit_sum[i] * 200 + habit_max[i]) / (habit_max[i] * 2)) as u8);
        }
    }

    pulls.retain(|p| p.1 == primary);
    pulls.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let why = pulls.iter().take(WHY_LEN).map(|p| p.3.to_owned()).collect();

    Outcome {
        profile,
        primary,
        secondary,
        habits,
        why,
    }
}

/// Styles from most to fewest points, ties in [`TIE_ORDER`].
fn rank(points: [u32; 4]) -> [Style; 4] {
    let mut ranked = TIE_ORDER;
    ranked.sort_by(|a, b| points[b.index()].cmp(&points[a.index()]));
    ranked
}

/// Whole percentages that sum to exactly 100 (largest remainder method;
/// remainders that tie go in [`TIE_ORDER`]). No points at all gives 25 each.
pub fn percentages(points: [u32; 4]) -> [u8; 4] {
    let total: u64 = points.iter().map(|&p| u64::from(p)).sum();
    if total == 0 {
        return [25; 4];
    }
    let mut shares = [0u8; 4];
    let mut remainders = [0u64; 4];
    for (i, &p) in points.iter().enumerate() {
        let scaled = u64::from(p) * 100;
        shares[i] = (scaled / total) as u8;
        remainders[i] = scaled % total;
    }
    let missing = 100 - shares.iter().map(|&s| u32::from(s)).sum::<u32>();
    let mut order = TIE_ORDER;
    order.sort_by(|a, b| remainders[b.index()].cmp(&remainders[a.index()]));
    for style in order.iter().take(missing as usize) {
        shares[style.index()] += 1;
    }
    shares
}
