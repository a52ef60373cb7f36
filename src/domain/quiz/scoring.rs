//! Turns answers into a [`Verdict`]. Deterministic, panic-free for any mix of
//! answered, skipped and even invalid answers, and explainable through the
//! "why" trace. No hidden order settles anything: equal points are a tie.

use std::collections::BTreeMap;

use super::bank::{items, Item, ItemKind};
use crate::domain::model::{Answer, Habit, Style};
use crate::domain::order::sort_by_rank;

/// Points a scene answer gives to the style of the chosen option.
pub const SCENE_POINTS: u32 = 6;
/// The most a statement with a style lean gives that style (full agreement);
/// each step up the scale adds one point.
pub const LEAN_POINTS: u32 = 4;
/// The runner-up is shown as a streak ("Mensch with a Pro streak") when it
/// is at most one scene answer behind the primary style.
pub const BLEND_POINTS: u32 = SCENE_POINTS;
/// Fewer answered scenes than this say too little to tell a style.
pub const MIN_SCENES: usize = 6;
/// How many answers the "why" trace lists at most.
pub const WHY_LEN: usize = 5;
/// A habit gets a score only when at least this many of its count items
/// have an answer that counts ("I have not been to an event in that time"
/// and skips do not): fewer say too little about it.
pub const MIN_HABIT_ITEMS: usize = 2;
/// No habit gets a score unless at least this many practice items are
/// answered: the practice picks carry most of each habit's score, and a
/// skipped practice item gives no habit a pick.
pub const MIN_PRACTICE: usize = 3;
/// The practice part of a habit's score by the number of practice items in
/// which the habit's option was the one chosen: none, one, two, three or
/// more. One pick is a fair share of five: a little above the middle, so
/// that strong habits need every habit chosen and the counts near the top.
pub const PICK_LEVELS: [u32; 4] = [0, 60, 90, 100];
/// Weights of the practice part and of the count part in a habit's score:
/// the practice picks cannot be raised all at once (there is one pick per
/// item), the counts can, so the counts weigh less (`docs/habits.md`).
pub const PRACTICE_WEIGHT: u32 = 2;
/// See [`PRACTICE_WEIGHT`].
pub const COUNT_WEIGHT: u32 = 1;
/// Every habit at or above this score, each with a score at all, makes the
/// habits strong: the result says so and the tips turn to keeping them.
pub const STRONG_HABIT: u8 = 70;

/// A person's answers, keyed by item id. Items without an entry were skipped.
pub type Answers = BTreeMap<String, Answer>;

/// What an attempt's answers say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Fewer than [`MIN_SCENES`] scenes were answered: no style is given.
    NotEnough {
        answered: usize,
        needed: usize,
    },
    Scored(Outcome),
}

/// The result of an attempt.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    /// Share of each style in percent, in [`Style::ALL`] order; sums to 100.
    pub profile: [u8; 4],
    /// The style with the most points; in a tie, the first of the tied
    /// styles in [`Style::ALL`] order, which is only the order they are named in.
    pub primary: Style,
    /// The runner-up when it is the only style within [`BLEND_POINTS`] of
    /// the primary; never set in a tie. (Results made before the points rule
    /// used a margin of 10 percentage points.)
    pub secondary: Option<Style>,
    /// The other styles with exactly the primary's points, in [`Style::ALL`]
    /// order; empty unless the result is a tie. Left out of stored results
    /// that are not ties, so they keep the first release's shape; missing
    /// in results made before ties were shown, which were never ties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tied: Vec<Style>,
    /// Score 0-100 per habit in [`Habit::ALL`] order; `None` when every item
    /// measuring the habit was skipped.
    pub habits: [Option<u8>; 5],
    /// The answers that pulled most towards the result's styles, strongest
    /// first: an item id, followed by `@` and the style's name when the pull
    /// was towards a tied style other than the primary (see [`why_entry`]).
    pub why: Vec<String>,
}

impl Outcome {
    /// The result's styles: the primary alone, or every tied style.
    pub fn styles(&self) -> Vec<Style> {
        std::iter::once(self.primary)
            .chain(self.tied.iter().copied())
            .collect()
    }

    pub fn is_tie(&self) -> bool {
        !self.tied.is_empty()
    }

    /// See [`habits_strong`].
    pub fn habits_strong(&self) -> bool {
        habits_strong(&self.habits)
    }
}

/// Splits a "why" entry into the item id and the style it pulled towards
/// (`None` for the primary style).
pub fn why_entry(entry: &str) -> (&str, Option<Style>) {
    match entry.split_once('@') {
        Some((id, name)) => (id, Style::ALL.into_iter().find(|s| s.name() == name)),
        None => (entry, None),
    }
}

/// How many scenes of the current bank have a valid answer.
pub fn scenes_answered(answers: &Answers) -> usize {
    items()
        .iter()
        .filter(|item| match (&item.kind, answers.get(item.id)) {
            (ItemKind::Scene(options), Some(&Answer::Choice(i))) => usize::from(i) < options.len(),
            _ => false,
        })
        .count()
}

/// Judges an attempt: not enough answers, or a scored outcome.
pub fn assess(answers: &Answers) -> Verdict {
    let answered = scenes_answered(answers);
    if answered < MIN_SCENES {
        Verdict::NotEnough {
            answered,
            needed: MIN_SCENES,
        }
    } else {
        Verdict::Scored(score(answers))
    }
}

/// One answer's pull towards a style: (quiz position, style, points, id).
type Pull = (usize, Style, u32, &'static str);

/// Each style's points and every pull behind them. Answers to unknown items,
/// and answers that do not fit their item, are ignored like skips.
fn tally<'a>(bank: impl IntoIterator<Item = &'a Item>, answers: &Answers) -> ([u32; 4], Vec<Pull>) {
    let mut points = [0u32; 4];
    let mut pulls = Vec::new();
    for (position, item) in bank.into_iter().enumerate() {
        let Some(&answer) = answers.get(item.id) else {
            continue;
        };
        let mut add = |style: Style, p: u32| {
            points[style.index()] += p;
            if p > 0 {
                pulls.push((position, style, p, item.id));
            }
        };
        match (&item.kind, answer) {
            (ItemKind::Scene(options), Answer::Choice(i)) => {
                if let Some(option) = options.get(usize::from(i)) {
                    add(option.style, SCENE_POINTS);
                }
            }
            (ItemKind::Statement(_) | ItemKind::Count(_), Answer::Rating(r))
                if (1..=5).contains(&r) =>
            {
                if let Some(style) = item.lean() {
                    add(style, u32::from(r - 1) * LEAN_POINTS / 4);
                }
            }
            _ => {}
        }
    }
    (points, pulls)
}

/// Each style's points, in [`Style::ALL`] order.
pub fn points(answers: &Answers) -> [u32; 4] {
    tally(items(), answers).0
}

/// The keyed score 0-4 of each answered habit item, in quiz order: high
/// when the answer shows the habit (a reverse-keyed item scores the low
/// answers high). Skips, "I have not been to an event in that time" and
/// answers that do not fit their item are left out.
pub fn keyed_scores(answers: &Answers) -> Vec<(Habit, &'static str, u32)> {
    keyed_scores_in(items(), answers)
}

/// [`keyed_scores`] over the items of `bank`, which may be an earlier
/// bank's (for re-scoring answers given to it).
pub fn keyed_scores_in(
    bank: impl IntoIterator<Item = &'static Item>,
    answers: &Answers,
) -> Vec<(Habit, &'static str, u32)> {
    bank.into_iter()
        .filter_map(|item| {
            let (habit, reversed) = item.habit_key()?;
            match answers.get(item.id) {
                Some(&Answer::Rating(r))
                    if (1..=5).contains(&r) && item.accepts(Answer::Rating(r)) =>
                {
                    let position = u32::from(r - 1);
                    Some((
                        habit,
                        item.id,
                        if reversed { 4 - position } else { position },
                    ))
                }
                _ => None,
            }
        })
        .collect()
}

/// Habit scores 0-100, or `None` when there are too few answers to tell.
/// In a bank with practice items (the current one), a habit's score is
/// ([`PRACTICE_WEIGHT`] x its practice part + [`COUNT_WEIGHT`] x its count
/// part) / 3, rounded: the practice part from [`PICK_LEVELS`] by how often
/// the habit's option was chosen, the count part the share of keyed points
/// among its answered count items. It needs [`MIN_PRACTICE`] answered
/// practice items and [`MIN_HABIT_ITEMS`] answered count items of the habit.
/// A bank without practice items (an earlier one) scores the count part
/// alone. Skipped items do not count at all.
pub fn habit_scores(answers: &Answers) -> [Option<u8>; 5] {
    habit_scores_in(items(), answers)
}

/// The count part of each habit, 0-100, before it is weighed with the
/// practice part: the rounded share of keyed points among the habit's
/// answered count items, or `None` below [`MIN_HABIT_ITEMS`].
pub fn count_parts_in(
    bank: impl IntoIterator<Item = &'static Item>,
    answers: &Answers,
) -> [Option<u8>; 5] {
    let mut sum = [0u32; 5];
    let mut n = [0u32; 5];
    for (habit, _, score) in keyed_scores_in(bank, answers) {
        sum[habit.index()] += score;
        n[habit.index()] += 1;
    }
    let mut parts = [None; 5];
    for h in Habit::ALL {
        let i = h.index();
        if n[i] as usize >= MIN_HABIT_ITEMS {
            let max = n[i] * 4;
            parts[i] = Some(((sum[i] * 200 + max) / (max * 2)) as u8);
        }
    }
    parts
}

/// How many practice items of `bank` the person answered, and how often
/// each habit's option was the one chosen, in [`Habit::ALL`] order.
pub fn practice_picks_in(
    bank: impl IntoIterator<Item = &'static Item>,
    answers: &Answers,
) -> (usize, [u32; 5]) {
    let mut picks = [0u32; 5];
    let mut answered = 0;
    for item in bank {
        let Some(options) = item.practice() else {
            continue;
        };
        if let Some(&Answer::Choice(i)) = answers.get(item.id) {
            if let Some(option) = options.get(usize::from(i)) {
                picks[option.habit.index()] += 1;
                answered += 1;
            }
        }
    }
    (answered, picks)
}

/// [`habit_scores`] over the items of `bank`.
pub fn habit_scores_in(
    bank: impl IntoIterator<Item = &'static Item> + Clone,
    answers: &Answers,
) -> [Option<u8>; 5] {
    let counts = count_parts_in(bank.clone(), answers);
    let has_practice = bank.clone().into_iter().any(|i| i.practice().is_some());
    if !has_practice {
        return counts;
    }
    let (answered, picks) = practice_picks_in(bank, answers);
    if answered < MIN_PRACTICE {
        return [None; 5];
    }
    let total = PRACTICE_WEIGHT + COUNT_WEIGHT;
    std::array::from_fn(|i| {
        let count = u32::from(counts[i]?);
        let part = PICK_LEVELS[(picks[i] as usize).min(PICK_LEVELS.len() - 1)];
        let weighed = PRACTICE_WEIGHT * part + COUNT_WEIGHT * count;
        Some(((weighed * 2 + total) / (total * 2)) as u8)
    })
}

/// Whether the habits are strong: every habit has a score (enough answered
/// items) and every score is at least [`STRONG_HABIT`]. Read from the habit
/// figures alone, so a shared link and a card say the same as the result.
pub fn habits_strong(habits: &[Option<u8>; 5]) -> bool {
    habits.iter().all(|h| h.is_some_and(|v| v >= STRONG_HABIT))
}

/// Scores answers whatever their number; [`assess`] decides whether there
/// are enough of them to show.
pub fn score(answers: &Answers) -> Outcome {
    score_in(items(), answers)
}

/// [`score`] with the items of `bank` in its quiz order, which may be an
/// earlier bank's (retired items are kept whole, so answers given to an
/// earlier bank can be scored as that bank scored them).
pub fn score_in(
    bank: impl IntoIterator<Item = &'static Item> + Clone,
    answers: &Answers,
) -> Outcome {
    let (points, mut pulls) = tally(bank.clone(), answers);
    let top = points.iter().copied().max().unwrap_or(0);
    let leaders: Vec<Style> = Style::ALL
        .into_iter()
        .filter(|s| points[s.index()] == top)
        .collect();
    let primary = leaders[0];
    let tied = leaders[1..].to_vec();

    let secondary = if tied.is_empty() {
        let second = Style::ALL
            .into_iter()
            .filter(|&s| s != primary)
            .map(|s| points[s.index()])
            .max()
            .unwrap_or(0);
        let runners: Vec<Style> = Style::ALL
            .into_iter()
            .filter(|&s| s != primary && points[s.index()] == second)
            .collect();
        (second > 0 && top - second <= BLEND_POINTS && runners.len() == 1).then(|| runners[0])
    } else {
        None
    };

    pulls.retain(|p| leaders.contains(&p.1));
    // Strongest pull first, then in the order the items were asked.
    sort_by_rank(&mut pulls, |p| (-i64::from(p.2), p.0 as i64));
    let why = pulls
        .iter()
        .take(WHY_LEN)
        .map(|&(_, style, _, id)| match style == primary {
            true => id.to_owned(),
            false => format!("{id}@{}", style.name()),
        })
        .collect();

    Outcome {
        profile: percentages(points),
        primary,
        secondary,
        tied,
        habits: habit_scores_in(bank, answers),
        why,
    }
}

/// Whole percentages that sum to exactly 100 (largest remainder method;
/// equal remainders are served in [`Style::ALL`] order, so equal points get
/// shares at most one apart). No points at all gives 25 each.
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
    let mut order = Style::ALL;
    order.sort_by(|a, b| remainders[b.index()].cmp(&remainders[a.index()]));
    for style in order.iter().take(missing as usize) {
        shares[style.index()] += 1;
    }
    shares
}
