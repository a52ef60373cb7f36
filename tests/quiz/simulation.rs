//! The bank and the scoring, held to the bounds of PRODUCT.md 1.3 with
//! simulated respondents (`src/domain/quiz/simulation.rs`). Fewer people than the
//! benchmark (`cargo run --release --example simulate`) so the suite stays
//! fast; the seed is fixed, so a failure is the bank's, not luck's.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::quiz::scoring::Answers;
use netstyle::domain::quiz::simulation::{
    all_same_habits, all_same_with_skips, correlation, cronbach_alpha, flip_rate, habit_alpha,
    habit_level_retest, judge, recovery, retest, spread, Judged,
};
use netstyle::domain::Style;

const SEED: u64 = 7;
/// Respondents per style for the archetype figures: the standard error of a
/// share near 96% is then about 0.2 percentage points.
const PER_STYLE: usize = 2_000;

#[test]
fn random_answerers_spread_20_to_30_percent_per_style() {
    for skip in [0.0, 0.2] {
        let s = spread(SEED, 8_000, skip);
        for style in Style::ALL {
            let share = s.styles[style.index()];
            assert!(
                (0.20..=0.30).contains(&share),
                "{style:?} {share:.3} with {skip} skips: {s:?}"
            );
        }
        assert!(s.ties < 0.10, "ties {:.3}", s.ties);
    }
}

#[test]
fn archetypes_at_60_percent_get_their_style_back_at_least_96_percent_of_the_time() {
    let r = recovery(SEED, PER_STYLE, 0.6);
    assert!(r >= 0.96, "recovery at 0.6: {r:.4}");
    let r = recovery(SEED, PER_STYLE / 4, 0.8);
    assert!(r >= 0.99, "recovery at 0.8: {r:.4}");
}

#[test]
fn one_changed_answer_flips_at_most_2_percent_of_archetypes() {
    let f = flip_rate(SEED, PER_STYLE, 0.6);
    assert!(f <= 0.02, "flip rate at 0.6: {f:.4}");
}

#[test]
fn a_retake_gives_the_same_style_at_least_93_percent_of_the_time() {
    let r = retest(SEED, PER_STYLE, 0.6);
    assert!(r >= 0.93, "test-retest at 0.6: {r:.4}");
}

#[test]
fn the_same_rating_everywhere_lands_every_habit_near_the_middle() {
    for rating in 1..=5 {
        for (i, h) in all_same_habits(rating).iter().enumerate() {
            let h = h.expect("every habit has statements");
            assert!(
                (35..=65).contains(&h),
                "habit {i} at {h} when all rated {rating}"
            );
        }
    }
}

#[test]
fn skipping_everything_is_not_enough_answers() {
    assert_eq!(judge(&Answers::new()), Judged::NotEnough);
}

#[test]
fn the_simulation_is_deterministic() {
    assert_eq!(spread(SEED, 500, 0.2), spread(SEED, 500, 0.2));
    assert_ne!(spread(SEED, 500, 0.2), spread(SEED + 1, 500, 0.2));
}

#[test]
fn every_habit_is_reliable_under_the_stated_response_model() {
    // PRODUCT.md 1.3 and docs/habits.md: Cronbach's alpha at least 0.7 per habit,
    // for people answering from a true level with noise and a tendency to
    // agree (simulation::habit_alpha states the model).
    let bank: Vec<_> = netstyle::domain::quiz::bank::items().iter().collect();
    for (i, alpha) in habit_alpha(&bank, SEED, 2_000).iter().enumerate() {
        let alpha = alpha.expect("every habit has items");
        assert!(alpha >= 0.7, "habit {i}: alpha {alpha:.3}");
    }
}

#[test]
fn the_habit_levels_as_scored_hold_on_a_retake_under_the_response_model() {
    // The levels weigh the wanted item as much as the two unwanted ones
    // together, which alpha (equal weights) does not see: the correlation
    // of two takes is the reliability of the level itself.
    let bank: Vec<_> = netstyle::domain::quiz::bank::items().iter().collect();
    for (i, r) in habit_level_retest(&bank, SEED, 2_000).iter().enumerate() {
        let r = r.expect("every habit has a level");
        assert!(r >= 0.7, "habit {i}: retest {r:.3}");
    }
}

#[test]
fn the_middle_answer_everywhere_stays_at_50_whatever_is_skipped() {
    // A skipped side leaves the other alone, which is 50 only for the middle
    // answer: the top and the bottom answer then move the level.
    let middle = all_same_with_skips(3, 0.2, SEED, 300);
    assert!(
        !middle.is_empty() && middle.iter().all(|&l| l == 50),
        "{middle:?}"
    );
    let top = all_same_with_skips(5, 0.2, SEED, 300);
    assert!(top.iter().all(|&l| l <= 50) && top.contains(&0));
}

#[test]
fn correlation_matches_worked_examples() {
    let r = correlation(&[(1.0, 2.0), (2.0, 4.0), (3.0, 6.0)]).unwrap();
    assert!((r - 1.0).abs() < 1e-12);
    let r = correlation(&[(1.0, 3.0), (2.0, 2.0), (3.0, 1.0)]).unwrap();
    assert!((r + 1.0).abs() < 1e-12);
    // x = 1, 2, 3; y = 1, 3, 2: r = 0.5.
    let r = correlation(&[(1.0, 1.0), (2.0, 3.0), (3.0, 2.0)]).unwrap();
    assert!((r - 0.5).abs() < 1e-12);
    assert_eq!(correlation(&[(1.0, 1.0), (1.0, 2.0)]), None);
}

#[test]
fn cronbach_alpha_matches_worked_examples() {
    // Perfectly parallel items: alpha 1.
    let parallel = vec![vec![1.0, 1.0], vec![2.0, 2.0], vec![3.0, 3.0]];
    assert!((cronbach_alpha(&parallel).unwrap() - 1.0).abs() < 1e-12);
    // Item variances 1 and 1, total variance 3: alpha = 2 * (1 - 2/3) = 2/3.
    let partly = vec![vec![1.0, 2.0], vec![2.0, 1.0], vec![3.0, 3.0]];
    assert!((cronbach_alpha(&partly).unwrap() - 2.0 / 3.0).abs() < 1e-12);
    // Opposed items whose totals never vary: no alpha.
    let opposed = vec![vec![1.0, 3.0], vec![2.0, 2.0], vec![3.0, 1.0]];
    assert_eq!(cronbach_alpha(&opposed), None);
    assert_eq!(cronbach_alpha(&[vec![1.0, 2.0]]), None, "one respondent");
    assert_eq!(cronbach_alpha(&[vec![1.0], vec![2.0]]), None, "one item");
    assert_eq!(
        cronbach_alpha(&[vec![2.0, 2.0], vec![2.0, 2.0]]),
        None,
        "no variance"
    );
}
