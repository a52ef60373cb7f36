//! An attempt in progress: moving through the quiz, answering, skipping and
//! repairing a stored attempt.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::quiz::attempt::Attempt;
use netstyle::domain::quiz::bank::{items, ItemKind};
use netstyle::domain::quiz::scoring::{score, Answers};
use netstyle::domain::quiz::shuffle::option_order;
use netstyle::domain::Answer;
use proptest::prelude::*;

/// A valid answer for the item at `position`.
fn valid_for(position: usize) -> Answer {
    match items()[position].kind {
        ItemKind::Scene(_) | ItemKind::Practice(_) => Answer::Choice(1),
        ItemKind::Statement(_) | ItemKind::Count(_) => Answer::Rating(4),
    }
}

fn first_scene() -> usize {
    items()
        .iter()
        .position(|i| matches!(i.kind, ItemKind::Scene(_)))
        .unwrap()
}

fn first_statement() -> usize {
    items()
        .iter()
        .position(|i| i.habit_key().is_some())
        .unwrap()
}

fn at(position: usize) -> Attempt {
    let mut a = Attempt::new(7);
    a.position = position;
    a
}

#[test]
fn a_new_attempt_starts_at_the_first_item_with_no_answers() {
    let a = Attempt::new(1234);
    assert_eq!(a.seed, 1234);
    assert_eq!(a.position, 0);
    assert!(a.answers.is_empty());
    assert_eq!(a.answered(), 0);
    assert_eq!(a.answer(), None);
    assert_eq!(a.item().id, items()[0].id);
    assert_eq!(Attempt::len(), items().len());
    assert_eq!(a.outcome(), score(&Answers::new()));
}

#[test]
fn choose_records_an_answer_that_fits_the_item() {
    let mut a = at(first_scene());
    a.choose(Answer::Choice(2));
    assert_eq!(a.answer(), Some(Answer::Choice(2)));
    assert_eq!(a.answers.get(a.item().id), Some(&Answer::Choice(2)));
    // Choosing again replaces the answer.
    a.choose(Answer::Choice(0));
    assert_eq!(a.answer(), Some(Answer::Choice(0)));
    assert_eq!(a.answered(), 1);

    let mut b = at(first_statement());
    for r in 1..=5 {
        b.choose(Answer::Rating(r));
        assert_eq!(b.answer(), Some(Answer::Rating(r)));
    }
    assert_eq!(b.answered(), 1);
}

#[test]
fn choose_rejects_answers_that_do_not_fit() {
    let scene = first_scene();
    let n = items()[scene].option_count() as u8;
    for bad in [
        Answer::Choice(n),
        Answer::Choice(9),
        Answer::Choice(u8::MAX),
        Answer::Rating(3),
        Answer::Rating(1),
    ] {
        let mut a = at(scene);
        a.choose(bad);
        assert_eq!(a.answer(), None, "scene accepted {bad:?}");
        assert!(a.answers.is_empty());
        // A rejected answer leaves an earlier answer in place.
        a.choose(Answer::Choice(1));
        a.choose(bad);
        assert_eq!(
            a.answer(),
            Some(Answer::Choice(1)),
            "{bad:?} replaced a valid answer"
        );
    }
    let statement = first_statement();
    for bad in [
        Answer::Rating(0),
        Answer::Rating(6),
        Answer::Rating(7),
        Answer::Rating(u8::MAX),
        Answer::Choice(0),
        Answer::Choice(2),
    ] {
        let mut a = at(statement);
        a.choose(bad);
        assert_eq!(a.answer(), None, "statement accepted {bad:?}");
        assert!(a.answers.is_empty());
    }
}

#[test]
fn advance_moves_on_until_the_last_item() {
    let mut a = Attempt::new(0);
    let n = Attempt::len();
    for expected in 1..n {
        assert!(!a.is_last(), "position {} reported as last", a.position);
        assert!(a.advance());
        assert_eq!(a.position, expected);
    }
    assert!(a.is_last());
    assert_eq!(a.item().id, items()[n - 1].id);
    assert!(!a.advance(), "advanced past the last item");
    assert_eq!(a.position, n - 1);
    assert!(a.is_last());
}

#[test]
fn back_moves_back_and_stops_at_the_first_item() {
    let mut a = at(3);
    a.back();
    assert_eq!(a.position, 2);
    a.back();
    a.back();
    assert_eq!(a.position, 0);
    a.back();
    assert_eq!(a.position, 0, "back at the first item moved");
}

#[test]
fn answers_survive_moving_back_and_forth() {
    let mut a = Attempt::new(0);
    a.choose(valid_for(0));
    assert!(a.advance());
    a.choose(valid_for(1));
    a.back();
    assert_eq!(a.answer(), Some(valid_for(0)));
    assert!(a.advance());
    assert_eq!(a.answer(), Some(valid_for(1)));
    assert_eq!(a.answered(), 2);
}

#[test]
fn skip_clears_the_answer_and_moves_on() {
    let mut a = Attempt::new(0);
    a.choose(valid_for(0));
    a.advance();
    a.choose(valid_for(1));
    a.back();
    assert!(a.skip());
    assert_eq!(a.position, 1);
    assert!(
        !a.answers.contains_key(items()[0].id),
        "skip kept the answer"
    );
    assert!(
        a.answers.contains_key(items()[1].id),
        "skip removed another item's answer"
    );
    assert_eq!(a.answered(), 1);

    // Skipping an unanswered item just moves on.
    let mut b = at(2);
    assert!(b.skip());
    assert_eq!(b.position, 3);
    assert!(b.answers.is_empty());
}

#[test]
fn skip_on_the_last_item_clears_it_and_stays() {
    let last = Attempt::len() - 1;
    let mut a = at(last);
    a.choose(valid_for(last));
    assert_eq!(a.answered(), 1);
    assert!(!a.skip());
    assert_eq!(a.position, last);
    assert_eq!(a.answer(), None);
    assert_eq!(a.answered(), 0);
}

#[test]
fn a_full_walk_through_scores_every_answer() {
    let mut a = Attempt::new(99);
    loop {
        a.choose(valid_for(a.position));
        if !a.advance() {
            break;
        }
    }
    assert_eq!(a.answered(), Attempt::len());
    assert_eq!(a.outcome(), score(&a.answers));
    assert!(a.outcome().habits.iter().all(Option::is_some));
}

#[test]
fn shown_order_is_the_seeded_shuffle_of_the_item_on_screen() {
    for position in 0..Attempt::len() {
        let mut a = at(position);
        a.seed = 0xdead_beef;
        let item = &items()[position];
        let order = a.shown_order();
        assert_eq!(order, option_order(a.seed, item.id, item.option_count()));
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, (0..item.option_count() as u8).collect::<Vec<_>>());
    }
}

#[test]
fn normalised_clamps_the_position() {
    let last = Attempt::len() - 1;
    for (stored, want) in [
        (0, 0),
        (last, last),
        (last + 1, last),
        (1000, last),
        (usize::MAX, last),
    ] {
        let a = at(stored).normalised();
        assert_eq!(a.position, want, "stored position {stored}");
    }
}

#[test]
fn item_on_screen_is_clamped_even_before_normalising() {
    // A damaged position (before `normalised` repairs it) still shows the
    // last item and does not move further on.
    let a = at(1000);
    assert_eq!(a.item().id, items()[Attempt::len() - 1].id);
    assert!(a.is_last());
    let mut b = at(1000);
    assert!(!b.advance(), "advance from a damaged position");
    assert!(!b.skip(), "skip from a damaged position");
    assert_eq!(b.position, 1000);
}

#[test]
fn normalised_drops_unknown_ids_and_unfitting_answers() {
    let scene = items()[first_scene()].id;
    let statement = items()[first_statement()].id;
    let mut a = Attempt::new(5);
    a.position = 2;
    a.answers.insert(scene.to_owned(), Answer::Choice(3));
    a.answers.insert(statement.to_owned(), Answer::Rating(5));
    a.answers
        .insert("retired-item".to_owned(), Answer::Choice(0));
    a.answers.insert(String::new(), Answer::Rating(3));
    let kept = a.answers.clone();
    let mut damaged = a.clone();
    damaged.answers.insert(
        items()[2].id.to_owned(),
        match items()[2].kind {
            ItemKind::Scene(_) | ItemKind::Practice(_) => Answer::Rating(2),
            ItemKind::Statement(_) | ItemKind::Count(_) => Answer::Choice(2),
        },
    );
    damaged
        .answers
        .insert(items()[4].id.to_owned(), Answer::Rating(9));

    let n = damaged.normalised();
    assert_eq!(n.seed, 5);
    assert_eq!(n.position, 2);
    let want: Answers = kept
        .into_iter()
        .filter(|(id, _)| id == scene || id == statement)
        .collect();
    assert_eq!(n.answers, want);
}

#[test]
fn normalised_leaves_a_sound_attempt_alone() {
    let mut a = Attempt::new(3);
    for _ in 0..5 {
        a.choose(valid_for(a.position));
        a.advance();
    }
    assert_eq!(a.clone().normalised(), a);
}

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        (0u8..=9).prop_map(Answer::Choice),
        (0u8..=9).prop_map(Answer::Rating)
    ]
}

#[derive(Debug, Clone)]
enum Op {
    Choose(Answer),
    Advance,
    Back,
    Skip,
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => any_answer().prop_map(Op::Choose),
        3 => Just(Op::Advance),
        1 => Just(Op::Back),
        1 => Just(Op::Skip),
    ]
}

proptest! {
    #[test]
    fn any_sequence_keeps_the_attempt_sound(seed in any::<u64>(), ops in prop::collection::vec(any_op(), 0..80)) {
        let mut a = Attempt::new(seed);
        for op in ops {
            let before = a.clone();
            match op {
                Op::Choose(ans) => {
                    a.choose(ans);
                    prop_assert_eq!(a.position, before.position);
                    if before.item().accepts(ans) {
                        prop_assert_eq!(a.answer(), Some(ans));
                    } else {
                        prop_assert_eq!(&a.answers, &before.answers);
                    }
                }
                Op::Advance => {
                    let moved = a.advance();
                    prop_assert_eq!(moved, !before.is_last());
                    prop_assert_eq!(a.position, before.position + usize::from(moved));
                    prop_assert_eq!(&a.answers, &before.answers);
                }
                Op::Back => {
                    a.back();
                    prop_assert_eq!(a.position, before.position.saturating_sub(1));
                    prop_assert_eq!(&a.answers, &before.answers);
                }
                Op::Skip => {
                    let moved = a.skip();
                    prop_assert_eq!(moved, !before.is_last());
                    prop_assert!(!a.answers.contains_key(before.item().id));
                    prop_assert_eq!(a.answers.len() + usize::from(before.answer().is_some()), before.answers.len());
                }
            }
            prop_assert!(a.position < Attempt::len());
            prop_assert_eq!(a.answered(), a.answers.len());
            // Only fitting answers are ever stored, so normalising changes nothing.
            prop_assert_eq!(&a.clone().normalised(), &a);
        }
    }
}

// ------------------------------------------------- not enough answers

#[test]
fn an_attempt_with_too_few_scenes_has_no_style_and_leads_back_to_the_skipped_ones() {
    use netstyle::domain::quiz::bank::{items, ItemKind};
    use netstyle::domain::quiz::scoring::{Verdict, MIN_SCENES};
    let mut a = Attempt::new(1);
    let scenes: Vec<usize> = items()
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i.kind, ItemKind::Scene(_)))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(a.first_skipped_scene(), Some(scenes[0]));
    // Answer every other scene up to one short of the minimum.
    for &k in scenes.iter().skip(1).take(MIN_SCENES - 1) {
        a.position = k;
        a.choose(Answer::Choice(0));
    }
    assert_eq!(a.scenes_answered(), MIN_SCENES - 1);
    assert_eq!(
        a.verdict(),
        Verdict::NotEnough {
            answered: MIN_SCENES - 1,
            needed: MIN_SCENES
        }
    );
    a.position = Attempt::len() - 1;
    assert!(a.go_to_skipped_scene());
    assert_eq!(a.position, scenes[0]);
    a.choose(Answer::Choice(1));
    assert!(matches!(a.verdict(), Verdict::Scored(_)));
    assert_eq!(a.first_skipped_scene(), Some(scenes[MIN_SCENES]));
    // With every scene answered there is nothing to go back to.
    for &k in &scenes {
        a.position = k;
        a.choose(Answer::Choice(2));
    }
    let before = a.position;
    assert!(!a.go_to_skipped_scene());
    assert_eq!(a.position, before);
}
