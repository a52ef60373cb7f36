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
/// A habit gets a level only when at least this many of its count items
/// have an answer that counts ("I have not been to an event in that time"
/// and skips do not): fewer say too little about it.
pub const MIN_HABIT_ITEMS: usize = 2;
/// No habit gets a level unless at least this many practice items are
/// answered. The practice picks never move a level (they only order habits
/// with equal levels, [`habit_order`]), but every practice item asks about
/// every habit, so with this rule every scored habit rests on at least
/// [`MIN_HABIT_ITEMS`] + `MIN_PRACTICE` = 5 answered items: the "at least
/// three answered items per habit" of the strong-habits rule holds for any
/// habit that has a figure ([`habits_strong`]).
pub const MIN_PRACTICE: usize = 3;
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
    /// Level 0-100 per habit in [`Habit::ALL`] order, from its count items
    /// alone; `None` when there were too few answers ([`habit_scores`]).
    pub habits: [Option<u8>; 5],
    /// How often each habit's option was the one chosen in the practice
    /// items, in [`Habit::ALL`] order. They never move a habit's level;
    /// they only order habits with equal levels for the tips
    /// ([`habit_order`]). Left out of stored results without picks, so
    /// those keep the earlier shape; missing (all zero) in results made
    /// before they were kept and in shared links, which carry the levels
    /// alone: equal levels then keep [`Habit::ALL`] order.
    #[serde(default, skip_serializing_if = "no_picks")]
    pub picks: [u8; 5],
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

    /// The habits from the weakest to the strongest ([`habit_order`]).
    pub fn habit_order(&self) -> [Habit; 5] {
        habit_order(&self.habits, &self.picks)
    }
}

fn no_picks(picks: &[u8; 5]) -> bool {
    picks.iter().all(|&p| p == 0)
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
        .filter_map(|item| Some((item.habit_key()?.0, item.id, keyed_score(item, answers)?)))
        .collect()
}

/// Habit levels 0-100, or `None` when there are too few answers to tell:
/// the level comes from the habit's count items alone ([`habit_levels_in`]);
/// in a bank with practice items (the current one) it also needs
/// [`MIN_PRACTICE`] answered practice items, whose picks otherwise only
/// order habits with equal levels ([`habit_order`]).
pub fn habit_scores(answers: &Answers) -> [Option<u8>; 5] {
    habit_scores_in(items(), answers)
}

/// The level of each habit from its count items, 0-100, or `None` below
/// [`MIN_HABIT_ITEMS`] answered count items. The items that count the wanted
/// behaviour and those that count the unwanted one (reverse-keyed) are two
/// parts that weigh the same: the level is the mean of the two parts' mean
/// keyed scores (0-4) over 4, so with one wanted and two unwanted items it
/// is (wanted + mean(unwanted)) / 8 x 100, rounded half up. Because each
/// answer keys to `r - 1` on a wanted item and `5 - r` on an unwanted one,
/// the same answer everywhere gives exactly 50. When one part has no
/// answer (skips, "I have not been to an event in that time"), the part
/// that has answers stands alone: two unwanted items answered and the
/// wanted one skipped give mean(unwanted) / 4 x 100. Skipped items never
/// count as the middle.
pub fn habit_levels_in(
    bank: impl IntoIterator<Item = &'static Item>,
    answers: &Answers,
) -> [Option<u8>; 5] {
    let mut sum = [[0u32; 2]; 5];
    let mut n = [[0u32; 2]; 5];
    for item in bank {
        let Some((habit, reversed)) = item.habit_key() else {
            continue;
        };
        let Some(score) = keyed_score(item, answers) else {
            continue;
        };
        sum[habit.index()][usize::from(reversed)] += score;
        n[habit.index()][usize::from(reversed)] += 1;
    }
    std::array::from_fn(|i| {
        let [nw, nu] = n[i];
        let [sw, su] = sum[i];
        if ((nw + nu) as usize) < MIN_HABIT_ITEMS {
            return None;
        }
        // The mean of the parts with answers, as a fraction num / den of 1.
        let (num, den) = match (nw, nu) {
            (0, _) => (su, 4 * nu),
            (_, 0) => (sw, 4 * nw),
            _ => (sw * nu + su * nw, 8 * nw * nu),
        };
        Some(((num * 200 + den) / (den * 2)) as u8)
    })
}

/// The keyed score 0-4 of one answered habit item (see [`keyed_scores`]).
fn keyed_score(item: &Item, answers: &Answers) -> Option<u32> {
    let (_, reversed) = item.habit_key()?;
    match answers.get(item.id) {
        Some(&Answer::Rating(r)) if (1..=5).contains(&r) && item.accepts(Answer::Rating(r)) => {
            let position = u32::from(r - 1);
            Some(if reversed { 4 - position } else { position })
        }
        _ => None,
    }
}

/// How many practice items of `bank` the person answered, and how often
/// each habit's option was the one chosen, in [`Habit::ALL`] order.
pub fn practice_picks_in(
    bank: impl IntoIterator<Item = &'static Item>,
    answers: &Answers,
) -> (usize, [u8; 5]) {
    let mut picks = [0u8; 5];
    let mut answered = 0;
    for item in bank {
        let Some(options) = item.practice() else {
            continue;
        };
        if let Some(&Answer::Choice(i)) = answers.get(item.id) {
            if let Some(option) = options.get(usize::from(i)) {
                picks[option.habit.index()] = picks[option.habit.index()].saturating_add(1);
                answered += 1;
            }
        }
    }
    (answered, picks)
}

/// [`habit_scores`] over the items of `bank`. A bank without practice items
/// (an earlier one) has no [`MIN_PRACTICE`] rule.
pub fn habit_scores_in(
    bank: impl IntoIterator<Item = &'static Item> + Clone,
    answers: &Answers,
) -> [Option<u8>; 5] {
    let has_practice = bank.clone().into_iter().any(|i| i.practice().is_some());
    if has_practice && practice_picks_in(bank.clone(), answers).0 < MIN_PRACTICE {
        return [None; 5];
    }
    habit_levels_in(bank, answers)
}

/// The habits from the weakest to the strongest: by level, lowest first
/// (habits without a level after every habit with one); equal levels by
/// the practice picks, fewer first (a habit the person chose less often
/// comes first among equals); then in [`Habit::ALL`] order. The picks only
/// break ties: they never put a habit before one with a lower level.
pub fn habit_order(habits: &[Option<u8>; 5], picks: &[u8; 5]) -> [Habit; 5] {
    let mut order = Habit::ALL.to_vec();
    sort_by_rank(&mut order, |h| {
        (
            habits[h.index()].map_or(i64::MAX, i64::from),
            i64::from(picks[h.index()]),
        )
    });
    std::array::from_fn(|i| order[i])
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
        habits: habit_scores_in(bank.clone(), answers),
        picks: practice_picks_in(bank, answers).1,
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
