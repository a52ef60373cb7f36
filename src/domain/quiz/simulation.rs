//! Simulated respondents, to show that the bank and the scoring work as an
//! instrument: random answerers spread evenly, people with a clear style get
//! it back, one changed answer rarely changes it. Seeded and deterministic;
//! used by `examples/simulate.rs` and held to bounds by `tests/quiz/simulation.rs`.

use super::bank::{items, Item, ItemKind};
use super::scoring::{assess, Answers, Verdict};
use crate::domain::model::{Answer, Habit, Style};

/// A small seeded generator (SplitMix64): the same seed gives the same run
/// on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A whole number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A draw from the standard normal distribution (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        let unit = |r: &mut Rng| ((r.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
        let (u, v) = (unit(self), unit(self));
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

/// What a respondent is told, reduced to what the simulation compares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Judged {
    NotEnough,
    Style(Style),
    /// Every tied style, in [`Style::ALL`] order.
    Tie(Vec<Style>),
}

pub fn judge(answers: &Answers) -> Judged {
    match assess(answers) {
        Verdict::NotEnough { .. } => Judged::NotEnough,
        Verdict::Scored(o) if o.is_tie() => Judged::Tie(o.styles()),
        Verdict::Scored(o) => Judged::Style(o.primary),
    }
}

/// Someone who answers every item at random and skips each with probability `skip`.
pub fn random_answers(rng: &mut Rng, skip: f64) -> Answers {
    let mut answers = Answers::new();
    for item in items() {
        if rng.chance(skip) {
            continue;
        }
        let answer = match &item.kind {
            ItemKind::Scene(options) => Answer::Choice(rng.below(options.len()) as u8),
            ItemKind::Practice(options) => Answer::Choice(rng.below(options.len()) as u8),
            // A count item's "no event" answer is a fact, not a response
            // style: random answerers pick among the five anchors.
            ItemKind::Statement(_) | ItemKind::Count(_) => Answer::Rating(rng.below(5) as u8 + 1),
        };
        answers.insert(item.id.to_owned(), answer);
    }
    answers
}

/// Someone of style `style`: picks that style's answer with probability `p`,
/// otherwise answers at random. In a scene the style's answer is its option
/// (the random one is one of the other three); on a statement that leans
/// towards a style it is full agreement when the lean is their own and full
/// disagreement when it is another's. Statements without a lean are rated at
/// random: they measure habits, not the style.
pub fn archetype_answers(rng: &mut Rng, style: Style, p: f64) -> Answers {
    let mut answers = Answers::new();
    for item in items() {
        let answer = match &item.kind {
            ItemKind::Scene(options) => {
                let own = options.iter().position(|o| o.style == style).unwrap_or(0);
                if rng.chance(p) || options.len() < 2 {
                    Answer::Choice(own as u8)
                } else {
                    let other = rng.below(options.len() - 1);
                    Answer::Choice((other + usize::from(other >= own)) as u8)
                }
            }
            // Practice items say nothing about the style: picked at random.
            ItemKind::Practice(options) => Answer::Choice(rng.below(options.len()) as u8),
            ItemKind::Statement(_) | ItemKind::Count(_) => match item.lean() {
                Some(lean) if rng.chance(p) => Answer::Rating(if lean == style { 5 } else { 1 }),
                _ => Answer::Rating(rng.below(5) as u8 + 1),
            },
        };
        answers.insert(item.id.to_owned(), answer);
    }
    answers
}

/// Changes one answered item, chosen at random, to another valid answer.
pub fn change_one(rng: &mut Rng, answers: &Answers) -> Answers {
    let mut changed = answers.clone();
    let answered: Vec<_> = items()
        .iter()
        .filter(|i| answers.contains_key(i.id))
        .collect();
    if answered.is_empty() {
        return changed;
    }
    let item = answered[rng.below(answered.len())];
    let n = item.option_count();
    let new = match answers[item.id] {
        Answer::Choice(c) => Answer::Choice(((usize::from(c) + 1 + rng.below(n - 1)) % n) as u8),
        Answer::Rating(r) => Answer::Rating(((usize::from(r) + rng.below(4)) % 5) as u8 + 1),
        Answer::NoEvent => Answer::Rating(rng.below(5) as u8 + 1),
    };
    changed.insert(item.id.to_owned(), new);
    changed
}

/// How random answerers come out.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// Share of results per style in [`Style::ALL`] order; a tie counts
    /// equally for each tied style, so the shares of scored results sum to
    /// `1 - not_enough`.
    pub styles: [f64; 4],
    /// Share of results that are ties.
    pub ties: f64,
    /// Share of results with too few answered scenes.
    pub not_enough: f64,
}

pub fn spread(seed: u64, n: usize, skip: f64) -> Spread {
    let mut rng = Rng::new(seed);
    let (mut styles, mut ties, mut not_enough) = ([0.0; 4], 0usize, 0usize);
    for _ in 0..n {
        match judge(&random_answers(&mut rng, skip)) {
            Judged::NotEnough => not_enough += 1,
            Judged::Style(s) => styles[s.index()] += 1.0,
            Judged::Tie(tied) => {
                ties += 1;
                for s in &tied {
                    styles[s.index()] += 1.0 / tied.len() as f64;
                }
            }
        }
    }
    Spread {
        styles: styles.map(|c| c / n as f64),
        ties: ties as f64 / n as f64,
        not_enough: not_enough as f64 / n as f64,
    }
}

/// Share of archetypes (`n` per style) who get their own style, alone.
pub fn recovery(seed: u64, n: usize, p: f64) -> f64 {
    let mut rng = Rng::new(seed);
    let hits = (0..n * 4)
        .filter(|k| {
            let style = Style::ALL[k % 4];
            judge(&archetype_answers(&mut rng, style, p)) == Judged::Style(style)
        })
        .count();
    hits as f64 / (n * 4) as f64
}

/// Share of archetypes whose result changes when one answer changes.
pub fn flip_rate(seed: u64, n: usize, p: f64) -> f64 {
    let mut rng = Rng::new(seed);
    let flips = (0..n * 4)
        .filter(|k| {
            let answers = archetype_answers(&mut rng, Style::ALL[k % 4], p);
            judge(&answers) != judge(&change_one(&mut rng, &answers))
        })
        .count();
    flips as f64 / (n * 4) as f64
}

/// Share of archetypes who get the same single style on two independent
/// takes (a tie on either take counts as a different result).
pub fn retest(seed: u64, n: usize, p: f64) -> f64 {
    let mut rng = Rng::new(seed);
    let same = (0..n * 4)
        .filter(|k| {
            let style = Style::ALL[k % 4];
            let first = judge(&archetype_answers(&mut rng, style, p));
            let second = judge(&archetype_answers(&mut rng, style, p));
            matches!(first, Judged::Style(_)) && first == second
        })
        .count();
    same as f64 / (n * 4) as f64
}

/// Every count item answered with its `rating`-th answer (1 the first, 5
/// the fifth), every practice item with the option in the same place in the
/// bank (the `rating`-th, counted round: every habit is picked once; the
/// picks never move a level anyway), every scene skipped.
pub fn all_same_ratings(rating: u8) -> Answers {
    items()
        .iter()
        .filter_map(|i| {
            let answer = match &i.kind {
                ItemKind::Practice(options) => {
                    Answer::Choice((usize::from(rating.max(1) - 1) % options.len()) as u8)
                }
                _ if i.habit_key().is_some() => Answer::Rating(rating),
                _ => return None,
            };
            Some((i.id.to_owned(), answer))
        })
        .collect()
}

/// The habit scores when every habit item gets the same answer.
pub fn all_same_habits(rating: u8) -> [Option<u8>; 5] {
    super::scoring::habit_scores(&all_same_ratings(rating))
}

/// Every habit level (habits without one left out) of `n` people who give
/// every count item the same answer (`rating`) but skip each count item
/// with probability `skip` (a skip stands for "I have not been to an event
/// in that time" as much as for a skipped question): a habit whose wanted or
/// unwanted part is missing is scored on the other part alone, so the same
/// answer no longer lands it at exactly 50.
pub fn all_same_with_skips(rating: u8, skip: f64, seed: u64, n: usize) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let full = all_same_ratings(rating);
    let mut levels = Vec::new();
    for _ in 0..n {
        let mut answers = full.clone();
        for item in items() {
            if item.habit_key().is_some() && rng.chance(skip) {
                answers.remove(item.id);
            }
        }
        levels.extend(super::scoring::habit_scores(&answers).into_iter().flatten());
    }
    levels
}

/// Cronbach's alpha of a set of items: `rows` holds one respondent's item
/// scores each, every row as long as the first. `None` with fewer than two
/// items or respondents, or when the totals do not vary.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if k < 2 || rows.len() < 2 || rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let variance = |xs: &[f64]| {
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (xs.len() as f64 - 1.0)
    };
    let items: f64 = (0..k)
        .map(|i| variance(&rows.iter().map(|r| r[i]).collect::<Vec<_>>()))
        .sum();
    let total = variance(&rows.iter().map(|r| r.iter().sum()).collect::<Vec<f64>>());
    (total > 0.0).then(|| k as f64 / (k as f64 - 1.0) * (1.0 - items / total))
}

/// The response model for habit reliability (`docs/habits.md`): each
/// simulated person has a true level per habit, uniform on the keyed scale
/// 0-4, and a tendency to agree (to pick the higher answers, on every item
/// alike) drawn from a normal distribution with standard deviation
/// [`AGREE_SD`]; each answer adds its own normal noise with standard
/// deviation [`NOISE_SD`], and is rounded to the nearest answer.
pub const NOISE_SD: f64 = 0.8;
/// See [`NOISE_SD`].
pub const AGREE_SD: f64 = 0.5;

/// One simulated person under the response model: true levels per habit
/// and a tendency to agree.
struct ModelPerson {
    level: [f64; 5],
    agree: f64,
}

impl ModelPerson {
    fn draw(rng: &mut Rng) -> ModelPerson {
        let level = std::array::from_fn(|_| rng.below(4001) as f64 / 1000.0);
        let agree = AGREE_SD * rng.normal();
        ModelPerson { level, agree }
    }

    /// The person's answers to the habit items of `bank`: each item's habit,
    /// whether it is reversed and the answer's place 0-4 on the scale.
    fn answer<'a>(
        &'a self,
        rng: &'a mut Rng,
        bank: &'a [&'a Item],
    ) -> impl Iterator<Item = (&'a Item, Habit, bool, f64)> + 'a {
        bank.iter().filter_map(move |item| {
            let (habit, reversed) = item.habit_key()?;
            let t = self.level[habit.index()];
            let shown = if reversed { 4.0 - t } else { t };
            let position = (shown + self.agree + NOISE_SD * rng.normal())
                .round()
                .clamp(0.0, 4.0);
            Some((*item, habit, reversed, position))
        })
    }
}

/// Cronbach's alpha per habit over the habit items of `bank`, for `n`
/// people answering under the response model above.
pub fn habit_alpha(bank: &[&Item], seed: u64, n: usize) -> [Option<f64>; 5] {
    let mut rng = Rng::new(seed);
    let mut rows: [Vec<Vec<f64>>; 5] = Default::default();
    for _ in 0..n {
        let person_model = ModelPerson::draw(&mut rng);
        let mut person: [Vec<f64>; 5] = Default::default();
        for (_, habit, reversed, position) in person_model.answer(&mut rng, bank) {
            person[habit.index()].push(if reversed { 4.0 - position } else { position });
        }
        for (all, one) in rows.iter_mut().zip(person) {
            all.push(one);
        }
    }
    rows.map(|r| cronbach_alpha(&r))
}

/// The retest reliability of the habit levels as scored (the wanted item
/// and the mean of the unwanted ones weighed equally, [`super::scoring::habit_levels_in`]):
/// the correlation between the levels of two independent takes by the same
/// `n` people under the response model above (the same true levels and
/// tendency to agree, fresh answer noise). `None` when a habit's levels do
/// not vary.
pub fn habit_level_retest(bank: &[&'static Item], seed: u64, n: usize) -> [Option<f64>; 5] {
    let mut rng = Rng::new(seed);
    let mut pairs: [Vec<(f64, f64)>; 5] = Default::default();
    for _ in 0..n {
        let person = ModelPerson::draw(&mut rng);
        let take = |rng: &mut Rng| {
            let answers: Answers = person
                .answer(rng, bank)
                .map(|(item, _, _, position)| {
                    (item.id.to_owned(), Answer::Rating(position as u8 + 1))
                })
                .collect();
            super::scoring::habit_levels_in(bank.iter().copied(), &answers)
        };
        let (first, second) = (take(&mut rng), take(&mut rng));
        for h in 0..5 {
            if let (Some(a), Some(b)) = (first[h], second[h]) {
                pairs[h].push((f64::from(a), f64::from(b)));
            }
        }
    }
    pairs.map(|p| correlation(&p))
}

/// Pearson's correlation of the pairs; `None` when either side does not vary.
pub fn correlation(pairs: &[(f64, f64)]) -> Option<f64> {
    let n = pairs.len() as f64;
    let (ma, mb) = (
        pairs.iter().map(|p| p.0).sum::<f64>() / n,
        pairs.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (a, b) in pairs {
        sab += (a - ma) * (b - mb);
        saa += (a - ma).powi(2);
        sbb += (b - mb).powi(2);
    }
    (saa > 0.0 && sbb > 0.0).then(|| sab / (saa * sbb).sqrt())
}

/// A printable report of every figure, for `examples/simulate.rs`.
pub fn report(seed: u64, n: usize) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let pct = |x: f64| format!("{:.1}%", x * 100.0);
    for skip in [0.0, 0.2] {
        let s = spread(seed, n, skip);
        let _ = writeln!(
            out,
            "random, {n} respondents, {:.0}% skips: {}; ties {}; not enough answers {}",
            skip * 100.0,
            Style::ALL
                .iter()
                .map(|st| format!("{} {}", st.name(), pct(s.styles[st.index()])))
                .collect::<Vec<_>>()
                .join(", "),
            pct(s.ties),
            pct(s.not_enough),
        );
    }
    let per_style = n / 4;
    for p in [0.6, 0.8] {
        let _ = writeln!(
            out,
            "recovery at p={p}: {} ({per_style} per style)",
            pct(recovery(seed, per_style, p))
        );
    }
    let _ = writeln!(
        out,
        "one changed answer flips the result at p=0.6: {}",
        pct(flip_rate(seed, per_style, 0.6))
    );
    let _ = writeln!(
        out,
        "same style on a retake at p=0.6: {}",
        pct(retest(seed, per_style, 0.6))
    );
    for r in 1..=5 {
        let habits = all_same_habits(r);
        let _ = writeln!(
            out,
            "every habit item given answer {r} of 5: {}",
            Habit::ALL
                .iter()
                .map(|h| format!(
                    "{} {}",
                    h.name(),
                    habits[h.index()].map_or("-".to_owned(), |v| v.to_string())
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    for r in [1, 3, 5] {
        let people = (n / 100).max(100);
        let levels = all_same_with_skips(r, 0.2, seed, people);
        let middle = levels.iter().filter(|l| (35..=65).contains(*l)).count();
        let _ = writeln!(
            out,
            "every habit item given answer {r} of 5, each count item skipped at 20% ({people} people): habits {}-{}, {} of levels within 35-65",
            levels.iter().min().map_or("-".to_owned(), u8::to_string),
            levels.iter().max().map_or("-".to_owned(), u8::to_string),
            pct(middle as f64 / levels.len().max(1) as f64)
        );
    }
    let _ = writeln!(out, "everything skipped: {:?}", judge(&Answers::new()));
    let alpha_line = |alpha: [Option<f64>; 5]| {
        Habit::ALL
            .iter()
            .map(|h| {
                let a = alpha[h.index()].map_or("-".to_owned(), |a| format!("{a:.2}"));
                format!("{} {a}", h.name())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let people = (n / 20).max(100);
    let bank: Vec<&Item> = items().iter().collect();
    let _ = writeln!(
        out,
        "habit reliability (Cronbach's alpha, {people} people, noise sd {NOISE_SD}, agreeing sd {AGREE_SD}): {}",
        alpha_line(habit_alpha(&bank, seed, people))
    );
    let _ = writeln!(
        out,
        "habit level retest (two takes, same model, {people} people): {}",
        alpha_line(habit_level_retest(&bank, seed, people))
    );
    // The second bank's agree/frequency statements, retired because
    // looking good inflated them, under the same model: the figure before
    // the count items.
    let statements: Vec<&Item> = super::bank::retired()
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Statement(_)) && i.id != "goal-ask")
        .collect();
    let _ = writeln!(
        out,
        "the same for the retired statements: {}",
        alpha_line(habit_alpha(&statements, seed, people))
    );
    out
}
