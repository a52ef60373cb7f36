//! The tailored checklist (PRODUCT.md 1.5): the primary style's tips, then
//! the tips of the two weakest habits, strongest need first.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::content::tips::{
    checklist, habit_tips, in_phase, keep_tips, style_tips, weakest_habits, Phase, Source, Tip,
};
use netstyle::domain::quiz::scoring::{score, Answers, Outcome};
use netstyle::domain::{Habit, Style};
use netstyle::i18n::messages as t;
use proptest::prelude::*;

fn outcome(primary: Style, habits: [Option<u8>; 5]) -> Outcome {
    Outcome {
        profile: [25; 4],
        primary,
        secondary: None,
        tied: vec![],
        habits,
        picks: [0; 5],
        why: Vec::new(),
    }
}

fn ids(list: &[(Source, &'static Tip)]) -> Vec<&'static str> {
    list.iter().map(|(_, t)| t.id).collect()
}

/// The checklist as PRODUCT.md describes it, built by hand.
fn expected(primary: Style, first: Habit, second: Habit) -> Vec<(Source, &'static str)> {
    let mut out: Vec<(Source, &'static str)> = Vec::new();
    out.extend(
        style_tips(primary)
            .iter()
            .map(|t| (Source::Style(primary), t.id)),
    );
    out.extend(
        habit_tips(first)
            .iter()
            .map(|t| (Source::Habit(first), t.id)),
    );
    out.extend(
        habit_tips(second)
            .iter()
            .map(|t| (Source::Habit(second), t.id)),
    );
    out
}

fn as_pairs(list: &[(Source, &'static Tip)]) -> Vec<(Source, &'static str)> {
    list.iter().map(|(s, t)| (*s, t.id)).collect()
}

#[test]
fn checklist_is_style_tips_then_weakest_habit_then_second_weakest() {
    // GoalRoi weakest (10), FollowUp next (20).
    let habits = [Some(90), Some(20), Some(70), Some(55), Some(10)];
    for style in Style::ALL {
        let o = outcome(style, habits);
        assert_eq!(weakest_habits(&o), [Habit::GoalRoi, Habit::FollowUp]);
        let list = checklist(&o);
        assert_eq!(
            as_pairs(&list),
            expected(style, Habit::GoalRoi, Habit::FollowUp)
        );
        assert_eq!(
            list.len(),
            style_tips(style).len()
                + habit_tips(Habit::GoalRoi).len()
                + habit_tips(Habit::FollowUp).len()
        );
    }
}

#[test]
fn weakest_habits_ignores_unanswered_habits_while_any_are_scored() {
    // Only Expectations and EventChoice were answered, and they score high;
    // they still come before the unanswered ones.
    let o = outcome(Style::Pro, [Some(100), None, None, Some(90), None]);
    assert_eq!(
        weakest_habits(&o),
        [Habit::EventChoice, Habit::Expectations]
    );
    // One scored habit: it comes first, then the first unanswered in order.
    let o = outcome(Style::Pro, [None, None, Some(100), None, None]);
    assert_eq!(
        weakest_habits(&o),
        [Habit::GivingFirst, Habit::Expectations]
    );
    // A score of 0 is a score, not "unanswered".
    let o = outcome(Style::Pro, [None, Some(0), None, None, Some(0)]);
    assert_eq!(weakest_habits(&o), [Habit::FollowUp, Habit::GoalRoi]);
}

#[test]
fn weakest_habits_ties_keep_habit_order() {
    let o = outcome(Style::Mensch, [Some(40); 5]);
    assert_eq!(weakest_habits(&o), [Habit::Expectations, Habit::FollowUp]);
    let o = outcome(Style::Mensch, [None; 5]);
    assert_eq!(weakest_habits(&o), [Habit::Expectations, Habit::FollowUp]);
    let o = outcome(
        Style::Mensch,
        [Some(60), Some(50), Some(60), Some(50), Some(60)],
    );
    assert_eq!(weakest_habits(&o), [Habit::FollowUp, Habit::EventChoice]);
}

#[test]
fn weakest_habits_order_equal_levels_by_the_practice_picks() {
    // Equal levels: the habit chosen less often in the practice items is
    // weaker; the picks never outrank a lower level.
    let mut o = outcome(Style::Mensch, [Some(40); 5]);
    o.picks = [2, 1, 0, 2, 0];
    assert_eq!(weakest_habits(&o), [Habit::GivingFirst, Habit::GoalRoi]);
    let [a, b] = weakest_habits(&o);
    assert_eq!(as_pairs(&checklist(&o)), expected(Style::Mensch, a, b));
    o.habits = [Some(40), Some(45), Some(40), Some(40), Some(40)];
    o.picks = [2, 0, 2, 1, 2];
    assert_eq!(
        weakest_habits(&o),
        [Habit::EventChoice, Habit::Expectations]
    );
    o.habits = [Some(30), Some(60), Some(60), Some(60), Some(60)];
    o.picks = [5, 0, 0, 0, 0];
    assert_eq!(weakest_habits(&o), [Habit::Expectations, Habit::FollowUp]);
}

#[test]
fn checklist_for_a_scored_attempt() {
    let s: Vec<_> = netstyle::domain::quiz::bank::items()
        .iter()
        .filter(|i| matches!(i.kind, netstyle::domain::quiz::bank::ItemKind::Scene(_)))
        .collect();
    let answers: Answers = s
        .iter()
        .map(|i| (i.id.to_owned(), netstyle::domain::Answer::Choice(2)))
        .collect();
    let o = score(&answers);
    assert!(!o.is_tie());
    let list = checklist(&o);
    let [a, b] = weakest_habits(&o);
    assert_eq!(as_pairs(&list), expected(o.primary, a, b));
}

#[test]
fn a_tie_lists_the_tips_of_every_tied_style() {
    let mut o = outcome(
        Style::Pro,
        [Some(10), Some(20), Some(30), Some(40), Some(50)],
    );
    o.tied = vec![Style::Mensch];
    let list = checklist(&o);
    let styles: Vec<Style> = list
        .iter()
        .filter_map(|(src, _)| match src {
            Source::Style(s) => Some(*s),
            Source::Habit(_) | Source::Keep => None,
        })
        .collect();
    let mut want = vec![Style::Pro; style_tips(Style::Pro).len()];
    want.extend(vec![Style::Mensch; style_tips(Style::Mensch).len()]);
    assert_eq!(styles, want);
    let habit_part: Vec<_> = as_pairs(&list).split_off(styles.len());
    let want: Vec<_> = expected(Style::Pro, Habit::Expectations, Habit::FollowUp)
        .split_off(style_tips(Style::Pro).len());
    assert_eq!(habit_part, want);
}

#[test]
fn in_phase_keeps_checklist_order_and_only_that_phase() {
    let o = outcome(
        Style::Rookie,
        [Some(10), Some(20), Some(30), Some(40), Some(50)],
    );
    let list = checklist(&o);
    let mut total = 0;
    for phase in Phase::ALL {
        let part = in_phase(&list, phase);
        assert!(part.iter().all(|(_, t)| t.phase == phase));
        let want: Vec<&str> = list
            .iter()
            .filter(|(_, t)| t.phase == phase)
            .map(|(_, t)| t.id)
            .collect();
        assert_eq!(ids(&part), want);
        total += part.len();
    }
    assert_eq!(total, list.len());
    assert!(!in_phase(&list, Phase::Before).is_empty());
    assert!(!in_phase(&list, Phase::At).is_empty());
    assert!(!in_phase(&list, Phase::After).is_empty());
}

#[test]
fn phase_headings_read_before_at_after() {
    let h: Vec<String> = Phase::ALL.iter().map(|&p| t::checklist_phase(p)).collect();
    assert_eq!(h, ["Before the event", "At the event", "After the event"]);
}

fn key(score: Option<u8>) -> u16 {
    score.map_or(u16::MAX, u16::from)
}

proptest! {
    #[test]
    fn weakest_habits_are_the_two_lowest(
        habits in prop::array::uniform5(prop::option::of(0u8..=100)),
        style in prop::sample::select(Style::ALL.to_vec()),
    ) {
        let o = outcome(style, habits);
        let [first, second] = weakest_habits(&o);
        prop_assert_ne!(first, second);
        let k = |h: Habit| (key(habits[h.index()]), h.index());
        prop_assert!(k(first) < k(second));
        for h in Habit::ALL {
            if h != first && h != second {
                prop_assert!(k(second) < k(h), "{:?} is weaker than {:?}: {:?}", h, second, habits);
            }
        }
        // Scored habits always come before unscored ones.
        if habits[second.index()].is_none() {
            let scored = habits.iter().filter(|s| s.is_some()).count();
            prop_assert!(scored <= 1);
        }
        let list = checklist(&o);
        if habits.iter().all(|h| h.is_some_and(|v| v >= 70)) {
            prop_assert_eq!(as_pairs(&list), expected_strong(style));
        } else {
            prop_assert_eq!(as_pairs(&list), expected(style, first, second));
        }
    }
}

/// The checklist when every habit is strong: the style's tips, then the
/// tips for keeping the habits.
fn expected_strong(primary: Style) -> Vec<(Source, &'static str)> {
    style_tips(primary)
        .iter()
        .map(|t| (Source::Style(primary), t.id))
        .chain(keep_tips().iter().map(|t| (Source::Keep, t.id)))
        .collect()
}

#[test]
fn strong_habits_turn_the_tips_to_keeping_them() {
    // Every habit at 70: strong, whatever the weakest.
    let o = outcome(
        Style::Pro,
        [Some(70), Some(95), Some(70), Some(80), Some(100)],
    );
    assert!(o.habits_strong());
    assert_eq!(as_pairs(&checklist(&o)), expected_strong(Style::Pro));
    // One habit at 69: the weakest habits' tips, as before.
    let o = outcome(
        Style::Pro,
        [Some(70), Some(95), Some(69), Some(80), Some(100)],
    );
    assert!(!o.habits_strong());
    assert_eq!(
        as_pairs(&checklist(&o)),
        expected(Style::Pro, Habit::GivingFirst, Habit::Expectations)
    );
    // A habit without a score (too few answers) blocks the rule.
    let o = outcome(
        Style::Pro,
        [Some(100), Some(100), None, Some(100), Some(100)],
    );
    assert!(!o.habits_strong());
    assert_eq!(
        as_pairs(&checklist(&o)),
        expected(Style::Pro, Habit::Expectations, Habit::FollowUp)
    );
}

#[test]
fn the_keeping_tips_cover_every_phase_with_ids_of_their_own() {
    let keep = keep_tips();
    assert!(keep.len() >= 3);
    for phase in Phase::ALL {
        assert!(
            keep.iter().any(|t| t.phase == phase),
            "no keeping tip for {phase:?}"
        );
    }
    let others: Vec<&str> = Style::ALL
        .iter()
        .flat_map(|&s| style_tips(s).iter())
        .chain(Habit::ALL.iter().flat_map(|&h| habit_tips(h).iter()))
        .map(|t| t.id)
        .collect();
    for t in keep {
        assert!(!others.contains(&t.id), "{} is also another tip's id", t.id);
    }
}

#[test]
fn every_pair_of_styles_has_its_own_tips_in_either_order() {
    use netstyle::domain::Style;
    use netstyle::i18n::names::pair_tips;
    let mut seen = std::collections::BTreeSet::new();
    for a in Style::ALL {
        for b in Style::ALL {
            let tips = pair_tips(a, b);
            assert_eq!(tips, pair_tips(b, a), "{a:?} and {b:?}");
            assert!(
                tips.iter().all(|t| t.len() > 20),
                "{a:?} and {b:?}: {tips:?}"
            );
            seen.insert(tips);
        }
    }
    assert_eq!(
        seen.len(),
        10,
        "ten unordered pairs, each with different tips"
    );
}

#[test]
fn every_tip_has_its_words_in_the_catalogs_and_every_tip_message_a_tip() {
    use netstyle::i18n::catalogs::MESSAGES;
    use netstyle::i18n::names::{pair_tip_messages, tip, tip_message};
    let tips: Vec<&Tip> = Style::ALL
        .iter()
        .flat_map(|&s| style_tips(s))
        .chain(Habit::ALL.iter().flat_map(|&h| habit_tips(h)))
        .chain(keep_tips())
        .collect();
    let mut expected: std::collections::BTreeSet<String> =
        tips.iter().map(|t| tip_message(t.id)).collect();
    for tip_ in &tips {
        let text = tip(tip_.id);
        assert!(text.len() > 20, "tip {:?} has words: {text:?}", tip_.id);
    }
    for a in Style::ALL {
        for b in Style::ALL {
            expected.extend(pair_tip_messages(a, b));
        }
    }
    let in_catalogs: std::collections::BTreeSet<String> = MESSAGES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .filter(|name| name.starts_with("tip-") || name.starts_with("pair-tip-"))
        .collect();
    assert_eq!(in_catalogs, expected, "the tips' messages and the tips");
}
