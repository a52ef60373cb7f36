//! Scoring (PRODUCT.md 1.3): profile, primary, blend, ties, the minimum of
//! answered scenes, habits and the "why" trace, for hand-built and for
//! arbitrary answer sets.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::quiz::bank::{item, items, Item, ItemKind};
use netstyle::domain::quiz::scoring::{
    assess, count_parts_in, habit_scores, habits_strong, percentages, practice_picks_in, score,
    why_entry, Answers, Outcome, Verdict, BLEND_POINTS, COUNT_WEIGHT, LEAN_POINTS, MIN_HABIT_ITEMS,
    MIN_PRACTICE, MIN_SCENES, PICK_LEVELS, PRACTICE_WEIGHT, SCENE_POINTS, STRONG_HABIT, WHY_LEN,
};
use netstyle::domain::{Answer, Habit, Style};
use proptest::prelude::*;

// ---------------------------------------------------------------- helpers

fn scenes() -> Vec<&'static Item> {
    items()
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Scene(_)))
        .collect()
}

/// What scoring reads from a habit item, whatever its kind.
#[derive(Clone, Copy, Debug)]
struct Keyed {
    habit: Habit,
    reversed: bool,
    lean: Option<Style>,
}

/// The bank's habit items (the count items) with their keys.
fn statements() -> Vec<(&'static Item, Keyed)> {
    items()
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Statement(st) => Some((
                i,
                Keyed {
                    habit: st.habit,
                    reversed: st.reversed,
                    lean: st.lean,
                },
            )),
            ItemKind::Count(c) => Some((
                i,
                Keyed {
                    habit: c.habit,
                    reversed: c.reversed,
                    lean: c.lean,
                },
            )),
            ItemKind::Scene(_) | ItemKind::Practice(_) => None,
        })
        .collect()
}

/// The answer to a scene item that picks `style`'s option.
fn pick(item: &Item, style: Style) -> Answer {
    match &item.kind {
        ItemKind::Scene(options) => {
            let i = options
                .iter()
                .position(|o| o.style == style)
                .expect("scene offers every style");
            Answer::Choice(i as u8)
        }
        ItemKind::Statement(_) | ItemKind::Count(_) | ItemKind::Practice(_) => {
            panic!("{} is not a scene", item.id)
        }
    }
}

/// The statement whose agreement leans to `style`.
fn leaning_to(style: Style) -> &'static Item {
    statements()
        .into_iter()
        .find(|(_, st)| st.lean == Some(style))
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("no statement leans to {style:?}"))
}

/// The rating that scores the statement's habit highest (4 of 4 keyed points).
fn top_keyed(st: Keyed) -> u8 {
    if st.reversed {
        1
    } else {
        5
    }
}

fn bottom_keyed(st: Keyed) -> u8 {
    if st.reversed {
        5
    } else {
        1
    }
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().map(|(id, a)| ((*id).to_owned(), *a)).collect()
}

/// Points each style should get, computed from the bank data independently
/// of `score`: a scene answer gives SCENE_POINTS to the chosen style; a rating
/// r on a leaning statement gives (r - 1) * LEAN_POINTS / 4 to the lean.
fn expected_points(answers: &Answers) -> [u32; 4] {
    let mut points = [0u32; 4];
    for it in items() {
        let Some(&a) = answers.get(it.id) else {
            continue;
        };
        match (&it.kind, a) {
            (ItemKind::Scene(options), Answer::Choice(c)) if usize::from(c) < options.len() => {
                points[options[usize::from(c)].style.index()] += SCENE_POINTS;
            }
            (ItemKind::Statement(_) | ItemKind::Count(_), Answer::Rating(r))
                if (1..=5).contains(&r) =>
            {
                if let Some(s) = it.lean() {
                    points[s.index()] += u32::from(r - 1) * LEAN_POINTS / 4;
                }
            }
            _ => {}
        }
    }
    points
}

/// The strength with which an answer pulls to `style`, 0 when it does not.
fn pull(answers: &Answers, id: &str, style: Style) -> u32 {
    let (Some(it), Some(&a)) = (item(id), answers.get(id)) else {
        return 0;
    };
    match (&it.kind, a) {
        (ItemKind::Scene(options), Answer::Choice(c)) => options
            .get(usize::from(c))
            .filter(|o| o.style == style)
            .map_or(0, |_| SCENE_POINTS),
        (ItemKind::Statement(_) | ItemKind::Count(_), Answer::Rating(r))
            if (1..=5).contains(&r) && it.lean() == Some(style) =>
        {
            u32::from(r - 1) * LEAN_POINTS / 4
        }
        _ => 0,
    }
}

fn sum(profile: [u8; 4]) -> u32 {
    profile.iter().map(|&p| u32::from(p)).sum()
}

// ------------------------------------------------------- one style each

/// Answers that give `style` every point the bank can give it and every
/// other style none: the style's option on every scene, full agreement with
/// statements that lean to it, full disagreement with those that lean
/// elsewhere, and the middle of the scale on the rest.
fn pure_answers(style: Style) -> Answers {
    let mut out = Answers::new();
    for it in items() {
        let a = match &it.kind {
            ItemKind::Scene(_) => pick(it, style),
            ItemKind::Practice(_) => Answer::Choice(0),
            ItemKind::Statement(_) | ItemKind::Count(_) => match it.lean() {
                Some(s) if s == style => Answer::Rating(5),
                Some(_) => Answer::Rating(1),
                None => Answer::Rating(3),
            },
        };
        out.insert(it.id.to_owned(), a);
    }
    out
}

#[test]
fn answering_as_one_style_gives_that_style_alone() {
    for style in Style::ALL {
        let answers = pure_answers(style);
        let outcome = score(&answers);
        assert_eq!(outcome.primary, style, "{outcome:?}");
        assert_eq!(outcome.secondary, None, "{outcome:?}");
        let mut expected = [0u8; 4];
        expected[style.index()] = 100;
        assert_eq!(outcome.profile, expected);
        assert_eq!(netstyle::i18n::names::blend_label(&outcome), style.name());
        assert_eq!(
            outcome.why.len(),
            WHY_LEN,
            "a pure answer set has plenty of reasons"
        );
        // Scenes pull hardest, so the trace is the first scenes in quiz order.
        let first_scenes: Vec<String> = scenes()
            .iter()
            .take(WHY_LEN)
            .map(|i| i.id.to_owned())
            .collect();
        assert_eq!(outcome.why, first_scenes);
        // Every habit was answered, so every habit has a score.
        assert!(outcome.habits.iter().all(Option::is_some), "{outcome:?}");
    }
}

#[test]
fn a_single_scene_answer_decides_the_primary_style() {
    for it in scenes() {
        for style in Style::ALL {
            let outcome = score(&answers(&[(it.id, pick(it, style))]));
            assert_eq!(outcome.primary, style, "{} -> {style:?}", it.id);
            assert_eq!(outcome.profile[style.index()], 100);
            assert_eq!(outcome.secondary, None);
            assert_eq!(outcome.why, vec![it.id.to_owned()]);
            assert_eq!(outcome.habits, [None; 5], "a scene measures no habit");
        }
    }
}

#[test]
fn a_leaning_statement_pulls_only_when_agreed_with() {
    for (it, st) in statements() {
        let Some(style) = st.lean else { continue };
        // Full disagreement gives the lean nothing: no points at all.
        let low = score(&answers(&[(it.id, Answer::Rating(1))]));
        assert_eq!(low.profile, [25; 4], "{}", it.id);
        assert!(low.why.is_empty(), "{}", it.id);
        // Any agreement above the bottom pulls to the lean alone.
        for r in 2..=5 {
            let out = score(&answers(&[(it.id, Answer::Rating(r))]));
            assert_eq!(out.primary, style, "{} Rating({r})", it.id);
            assert_eq!(out.profile[style.index()], 100, "{} Rating({r})", it.id);
            assert_eq!(out.why, vec![it.id.to_owned()]);
        }
    }
}

#[test]
fn a_scene_outweighs_a_fully_agreed_lean() {
    // One scene for Pro against the strongest Rookie lean: Pro wins.
    let scene = scenes()[0];
    let rookie = leaning_to(Style::Rookie);
    let out = score(&answers(&[
        (scene.id, pick(scene, Style::Pro)),
        (rookie.id, Answer::Rating(5)),
    ]));
    assert_eq!(out.primary, Style::Pro);
    let points = [SCENE_POINTS, LEAN_POINTS, 0, 0];
    assert_eq!(out.profile, percentages(points));
    assert_eq!(out.why, vec![scene.id.to_owned()]);
}

// ------------------------------------------------------------- ties

#[test]
fn equal_points_between_two_styles_are_a_tie() {
    let s = scenes();
    for a in Style::ALL {
        for b in Style::ALL {
            if a == b {
                continue;
            }
            let out = score(&answers(&[
                (s[0].id, pick(s[0], a)),
                (s[1].id, pick(s[1], b)),
            ]));
            let (first, second) = if a < b { (a, b) } else { (b, a) };
            assert_eq!(out.primary, first, "{a:?} vs {b:?}: {out:?}");
            assert_eq!(out.tied, vec![second], "{a:?} vs {b:?}: {out:?}");
            assert!(out.is_tie());
            assert_eq!(out.secondary, None, "a tie is not a streak");
            assert_eq!(out.styles(), vec![first, second]);
            assert_eq!(
                netstyle::i18n::names::headline(&out),
                format!("{} and {}", first.name(), second.name())
            );
            assert_eq!(
                netstyle::i18n::names::blend_label(&out),
                format!("Equal parts {} and {}", first.name(), second.name())
            );
            assert_eq!(out.profile[a.index()], 50);
            assert_eq!(out.profile[b.index()], 50);
            // The trace explains both tied styles, each with its own answer.
            let mut why: Vec<(&str, Style)> = out
                .why
                .iter()
                .map(|w| {
                    let (id, style) = why_entry(w);
                    (id, style.unwrap_or(out.primary))
                })
                .collect();
            why.sort();
            let mut want = vec![(s[0].id, a), (s[1].id, b)];
            want.sort();
            assert_eq!(why, want, "{out:?}");
        }
    }
}

#[test]
fn three_and_four_way_ties_name_every_tied_style() {
    let s = scenes();
    for left_out in Style::ALL {
        let trio: Vec<Style> = Style::ALL.into_iter().filter(|&x| x != left_out).collect();
        let pairs: Vec<(&str, Answer)> = trio
            .iter()
            .zip(&s)
            .map(|(&st, it)| (it.id, pick(it, st)))
            .collect();
        let out = score(&answers(&pairs));
        assert_eq!(out.styles(), trio, "{out:?}");
        assert_eq!(out.secondary, None);
        assert_eq!(sum(out.profile), 100);
        assert_eq!(out.profile[left_out.index()], 0);
        let mut shares: Vec<u8> = trio.iter().map(|t| out.profile[t.index()]).collect();
        shares.sort();
        assert_eq!(shares, vec![33, 33, 34], "{out:?}");
        let names: Vec<&str> = trio.iter().map(|t| t.name()).collect();
        assert_eq!(
            netstyle::i18n::names::blend_label(&out),
            format!("Equal parts {}, {} and {}", names[0], names[1], names[2])
        );
    }
    let pairs: Vec<(&str, Answer)> = Style::ALL
        .iter()
        .zip(&s)
        .map(|(&st, it)| (it.id, pick(it, st)))
        .collect();
    let out = score(&answers(&pairs));
    assert_eq!(out.styles(), Style::ALL);
    assert_eq!(out.profile, [25; 4]);
    assert_eq!(
        netstyle::i18n::names::blend_label(&out),
        "Equal parts Pro, Rookie, Imposter and Mensch"
    );
}

/// Whatever order the tied styles' answers come in, the result is the same:
/// no hidden order decides.
#[test]
fn a_tie_does_not_depend_on_which_style_was_answered_first() {
    let s = scenes();
    let one = score(&answers(&[
        (s[0].id, pick(s[0], Style::Mensch)),
        (s[1].id, pick(s[1], Style::Pro)),
    ]));
    let other = score(&answers(&[
        (s[0].id, pick(s[0], Style::Pro)),
        (s[1].id, pick(s[1], Style::Mensch)),
    ]));
    assert_eq!(one.styles(), other.styles());
    assert_eq!(
        netstyle::i18n::names::blend_label(&one),
        "Equal parts Pro and Mensch"
    );
    assert_eq!(
        netstyle::i18n::names::blend_label(&other),
        "Equal parts Pro and Mensch"
    );
}

#[test]
fn everything_skipped_is_not_enough_to_tell_a_style() {
    assert_eq!(
        assess(&Answers::new()),
        Verdict::NotEnough {
            answered: 0,
            needed: MIN_SCENES
        }
    );
    // Scored anyway, it is a four-way tie with no habits: never a default style.
    let out = score(&Answers::new());
    assert_eq!(out.profile, [25, 25, 25, 25]);
    assert_eq!(out.styles(), Style::ALL);
    assert_eq!(out.habits, [None; 5]);
    assert!(out.why.is_empty());
}

#[test]
fn below_the_minimum_of_scenes_there_is_no_style() {
    let s = scenes();
    assert!(MIN_SCENES >= 2 && MIN_SCENES <= s.len());
    let mut a = Answers::new();
    // Every statement answered, in full agreement with every lean: still no style.
    for (it, _) in statements() {
        a.insert(it.id.to_owned(), Answer::Rating(5));
    }
    for (k, it) in s.iter().enumerate() {
        let verdict = assess(&a);
        if k < MIN_SCENES {
            assert_eq!(
                verdict,
                Verdict::NotEnough {
                    answered: k,
                    needed: MIN_SCENES
                }
            );
        } else {
            assert_eq!(verdict, Verdict::Scored(score(&a)));
        }
        a.insert(it.id.to_owned(), pick(it, Style::Pro));
    }
    // Answers that do not fit a scene do not count towards the minimum.
    let bad: Answers = s
        .iter()
        .map(|it| (it.id.to_owned(), Answer::Choice(9)))
        .collect();
    assert!(matches!(
        assess(&bad),
        Verdict::NotEnough { answered: 0, .. }
    ));
}

#[test]
fn only_invalid_answers_score_like_everything_skipped() {
    let mut a = Answers::new();
    for it in items() {
        let bad = match it.kind {
            ItemKind::Scene(_) | ItemKind::Practice(_) => Answer::Rating(3),
            ItemKind::Statement(_) | ItemKind::Count(_) => Answer::Choice(0),
        };
        a.insert(it.id.to_owned(), bad);
    }
    a.insert("no-such-item".to_owned(), Answer::Choice(0));
    assert_eq!(score(&a), score(&Answers::new()));
}

// ------------------------------------------------------------- blend

/// Pro on `pro` scenes, Rookie on `rookie` scenes after them.
fn race(pro: usize, rookie: usize) -> Answers {
    let s = scenes();
    let mut a = Answers::new();
    for it in &s[..pro] {
        a.insert(it.id.to_owned(), pick(it, Style::Pro));
    }
    for it in &s[pro..pro + rookie] {
        a.insert(it.id.to_owned(), pick(it, Style::Rookie));
    }
    a
}

#[test]
fn the_runner_up_within_one_scene_answer_is_a_streak() {
    // One scene apart: exactly BLEND_POINTS.
    let a = race(5, 4);
    assert_eq!(
        expected_points(&a)[0] - expected_points(&a)[1],
        BLEND_POINTS
    );
    let out = score(&a);
    assert_eq!(out.secondary, Some(Style::Rookie));
    assert_eq!(
        netstyle::i18n::names::blend_label(&out),
        "Pro with a Rookie streak"
    );

    // One point more than a scene apart: no streak.
    let mut b = race(5, 3);
    b.insert(leaning_to(Style::Rookie).id.to_owned(), Answer::Rating(5));
    let p = expected_points(&b);
    assert_eq!(p[0] - p[1], 2 * SCENE_POINTS - LEAN_POINTS);
    assert!(p[0] - p[1] > BLEND_POINTS);
    let out = score(&b);
    assert_eq!(out.secondary, None, "{out:?}");
    assert_eq!(netstyle::i18n::names::blend_label(&out), "Pro");
}

#[test]
fn an_unrelated_answer_does_not_switch_the_streak_on_or_off() {
    // Pro 30 against Rookie 24; Imposter's points change the percentages
    // (the first release's rule) but not the gap on points.
    let base = race(5, 4);
    let imposter = leaning_to(Style::Imposter);
    for r in 1..=5 {
        let mut a = base.clone();
        a.insert(imposter.id.to_owned(), Answer::Rating(r));
        let out = score(&a);
        assert_eq!(out.primary, Style::Pro);
        assert_eq!(
            out.secondary,
            Some(Style::Rookie),
            "Imposter lean {r}: {out:?}"
        );
    }
    let base = race(5, 3);
    for r in 1..=5 {
        let mut a = base.clone();
        a.insert(imposter.id.to_owned(), Answer::Rating(r));
        assert_eq!(score(&a).secondary, None, "Imposter lean {r}");
    }
}

#[test]
fn two_runners_up_level_with_each_other_are_no_streak() {
    // Pro 18, Rookie 12 and Mensch 12: naming one would be a hidden order.
    let s = scenes();
    let a = answers(&[
        (s[0].id, pick(s[0], Style::Pro)),
        (s[1].id, pick(s[1], Style::Pro)),
        (s[2].id, pick(s[2], Style::Pro)),
        (s[3].id, pick(s[3], Style::Rookie)),
        (s[4].id, pick(s[4], Style::Rookie)),
        (s[5].id, pick(s[5], Style::Mensch)),
        (s[6].id, pick(s[6], Style::Mensch)),
    ]);
    let out = score(&a);
    assert_eq!(out.primary, Style::Pro);
    assert!(!out.is_tie());
    assert_eq!(out.secondary, None, "{out:?}");
}

#[test]
fn labels_use_the_right_article_for_every_pair() {
    for primary in Style::ALL {
        for second in Style::ALL {
            if primary == second {
                continue;
            }
            let out = Outcome {
                profile: [25; 4],
                primary,
                secondary: Some(second),
                tied: vec![],
                habits: [None; 5],
                why: vec![],
            };
            let article = if second.name().starts_with(['A', 'E', 'I', 'O', 'U']) {
                "an"
            } else {
                "a"
            };
            assert_eq!(
                netstyle::i18n::names::blend_label(&out),
                format!("{} with {article} {} streak", primary.name(), second.name())
            );
        }
    }
    let imposter = Outcome {
        profile: [60, 0, 40, 0],
        primary: Style::Pro,
        secondary: Some(Style::Imposter),
        tied: vec![],
        habits: [None; 5],
        why: vec![],
    };
    assert_eq!(
        netstyle::i18n::names::blend_label(&imposter),
        "Pro with an Imposter streak"
    );
}

// ------------------------------------------------------------- habits

/// The answer to a habit item that gives it `keyed` of 4 keyed points.
fn rating_for(st: Keyed, keyed: u8) -> Answer {
    Answer::Rating(if st.reversed { 5 - keyed } else { keyed + 1 })
}

/// The bank's habit items of `h`, in quiz order.
fn of_habit(h: Habit) -> Vec<(&'static Item, Keyed)> {
    statements()
        .into_iter()
        .filter(|(_, st)| st.habit == h)
        .collect()
}

/// The count part of each habit, before it is weighed with the practice part.
fn counts_of(a: &Answers) -> [Option<u8>; 5] {
    count_parts_in(items(), a)
}

/// The bank's practice items, in quiz order.
fn practice_items() -> Vec<&'static Item> {
    items().iter().filter(|i| i.practice().is_some()).collect()
}

/// The answer to a practice item that picks `habit`'s option.
fn choose_habit(item: &Item, habit: Habit) -> Answer {
    let options = item.practice().expect("a practice item");
    Answer::Choice(options.iter().position(|o| o.habit == habit).unwrap() as u8)
}

/// Practice answers that pick each habit `picks[h]` times (the sum at most
/// the number of practice items); the other practice items are skipped.
fn with_picks(mut a: Answers, picks: [usize; 5]) -> Answers {
    let mut practice = practice_items().into_iter();
    for h in Habit::ALL {
        for _ in 0..picks[h.index()] {
            let it = practice.next().expect("enough practice items");
            a.insert(it.id.to_owned(), choose_habit(it, h));
        }
    }
    a
}

#[test]
fn a_habit_count_part_needs_two_answered_count_items() {
    assert_eq!(MIN_HABIT_ITEMS, 2);
    for h in Habit::ALL {
        let items = of_habit(h);
        assert_eq!(items.len(), 3, "{h:?}");
        let mut a = with_picks(Answers::new(), [1; 5]);
        for (n, (it, st)) in items.iter().enumerate() {
            if n < MIN_HABIT_ITEMS {
                assert_eq!(counts_of(&a)[h.index()], None, "{h:?} with {n} answers");
                assert_eq!(score(&a).habits[h.index()], None, "{h:?} with {n} answers");
            }
            a.insert(it.id.to_owned(), Answer::Rating(top_keyed(*st)));
            if n + 1 >= MIN_HABIT_ITEMS {
                assert_eq!(counts_of(&a)[h.index()], Some(100), "{h:?}");
                // One pick (60) and the counts at the top (100): 73.
                assert_eq!(score(&a).habits[h.index()], Some(73), "{h:?}");
            }
        }
        // The other habits have no count answers, so no score.
        for other in Habit::ALL.into_iter().filter(|&o| o != h) {
            assert_eq!(score(&a).habits[other.index()], None);
        }
    }
}

#[test]
fn each_keyed_step_is_a_quarter_of_an_item() {
    for h in Habit::ALL {
        let items = of_habit(h);
        for (it, st) in &items {
            // The item under test at each answer, the two others of the habit
            // at 2 keyed points (the middle): the count part moves 4 points
            // per step of 12.
            for r in 1..=5u8 {
                let mut a: Answers = items
                    .iter()
                    .filter(|(o, _)| o.id != it.id)
                    .map(|(o, ost)| (o.id.to_owned(), rating_for(*ost, 2)))
                    .collect();
                a.insert(it.id.to_owned(), Answer::Rating(r));
                let keyed = u32::from(if st.reversed { 5 - r } else { r - 1 });
                let want = ((keyed + 4) * 200 + 12) / 24;
                assert_eq!(
                    counts_of(&a)[h.index()],
                    Some(want as u8),
                    "{} Rating({r})",
                    it.id
                );
            }
            let _ = bottom_keyed(*st);
        }
    }
}

#[test]
fn skipped_count_items_do_not_pull_a_habit_to_the_middle() {
    // Every count item of a habit answered at the top except one, which is
    // skipped or answered "no event": the count part is still 100.
    for h in Habit::ALL {
        let items = of_habit(h);
        let mut a = Answers::new();
        for (it, st) in items.iter().skip(1) {
            a.insert(it.id.to_owned(), Answer::Rating(top_keyed(*st)));
        }
        assert_eq!(counts_of(&a)[h.index()], Some(100), "{h:?}");
        a.insert(items[0].0.id.to_owned(), Answer::NoEvent);
        assert_eq!(counts_of(&a)[h.index()], Some(100), "{h:?} with no event");
    }
}

#[test]
fn no_event_is_an_answer_scored_as_a_skip() {
    let all_no_event: Answers = statements()
        .iter()
        .map(|(it, _)| (it.id.to_owned(), Answer::NoEvent))
        .collect();
    assert_eq!(counts_of(&all_no_event), [None; 5]);
    let with_practice = with_picks(all_no_event.clone(), [1; 5]);
    assert_eq!(habit_scores(&with_practice), [None; 5]);
    assert_eq!(points_of(&all_no_event), [0; 4], "no style points either");
    for (it, _) in statements() {
        assert!(it.accepts(Answer::NoEvent), "{}", it.id);
        assert_eq!(it.option_count(), 6, "{}", it.id);
    }
    for it in scenes() {
        assert!(!it.accepts(Answer::NoEvent), "{}", it.id);
    }
}

fn points_of(a: &Answers) -> [u32; 4] {
    netstyle::domain::quiz::scoring::points(a)
}

#[test]
fn count_part_is_the_rounded_share_of_keyed_points() {
    let follow = of_habit(Habit::FollowUp);
    assert_eq!(follow.len(), 3);
    let ids: Vec<&str> = follow.iter().map(|(i, _)| i.id).collect();
    let at = |keyed: [u8; 3]| -> Answers {
        (0..3)
            .map(|k| (ids[k].to_owned(), rating_for(follow[k].1, keyed[k])))
            .collect()
    };
    let f = Habit::FollowUp.index();
    // 4 + 1 + 0 = 5 of 12 = 41.7 -> 42.
    assert_eq!(counts_of(&at([4, 1, 0]))[f], Some(42));
    // 4 + 4 + 1 = 9 of 12 = 75.
    assert_eq!(counts_of(&at([4, 4, 1]))[f], Some(75));
    // 4 + 2 + 0 = 6 of 12 = 50.
    assert_eq!(counts_of(&at([4, 2, 0]))[f], Some(50));
}

/// Every count item answered so that each habit gets `keyed` of 12 keyed
/// points; the habits in `skip` get only their first item answered.
fn counts_at(keyed: u32, skip: &[Habit]) -> Answers {
    let mut a = Answers::new();
    for h in Habit::ALL {
        let items = of_habit(h);
        let mut left = keyed;
        for (n, (it, st)) in items.iter().enumerate() {
            if skip.contains(&h) && n >= 1 {
                break;
            }
            let k = left.min(4) as u8;
            left -= u32::from(k);
            a.insert(it.id.to_owned(), rating_for(*st, k));
        }
    }
    a
}

#[test]
fn a_habit_score_is_two_thirds_practice_and_one_third_counts() {
    assert_eq!((PRACTICE_WEIGHT, COUNT_WEIGHT), (2, 1));
    assert_eq!(PICK_LEVELS, [0, 60, 90, 100]);
    // Counts at the top (100) everywhere; the practice picks decide the
    // rest: no pick 33, one 73, two 93, three or more 100.
    let top = counts_at(12, &[]);
    let a = with_picks(top.clone(), [0, 1, 2, 0, 2]);
    assert_eq!(
        score(&a).habits,
        [Some(33), Some(73), Some(93), Some(33), Some(93)]
    );
    let a = with_picks(top.clone(), [3, 0, 0, 1, 1]);
    assert_eq!(score(&a).habits[0], Some(100));
    // Counts at the bottom: the practice part alone, two thirds of it.
    let a = with_picks(counts_at(0, &[]), [1, 1, 1, 1, 1]);
    assert_eq!(score(&a).habits, [Some(40); 5]);
}

#[test]
fn answering_every_count_at_the_top_cannot_lift_a_habit_that_is_never_chosen() {
    // What a reader told to look good did with the count items: the wanted
    // counts at the top, the unwanted at none. A habit whose option the
    // person never chooses stays at a third.
    let a = with_picks(counts_at(12, &[]), [0, 0, 0, 2, 3]);
    let h = score(&a).habits;
    assert_eq!(h[..3], [Some(33); 3]);
    assert!(!score(&a).habits_strong());
}

#[test]
fn no_habit_is_scored_without_three_answered_practice_items() {
    assert_eq!(MIN_PRACTICE, 3);
    let top = counts_at(12, &[]);
    assert_eq!(score(&top).habits, [None; 5], "counts alone say too little");
    let two = with_picks(top.clone(), [1, 1, 0, 0, 0]);
    assert_eq!(score(&two).habits, [None; 5]);
    let three = with_picks(top, [1, 1, 1, 0, 0]);
    assert_eq!(
        score(&three).habits,
        [Some(73), Some(73), Some(73), Some(33), Some(33)]
    );
    // An answer that does not fit a practice item is no pick.
    let mut bad = with_picks(counts_at(12, &[]), [1, 1, 0, 0, 0]);
    bad.insert(practice_items()[4].id.to_owned(), Answer::Choice(5));
    assert_eq!(score(&bad).habits, [None; 5]);
}

#[test]
fn strong_habits_need_every_habit_at_70_or_more() {
    assert_eq!(STRONG_HABIT, 70);
    // The rule on the figures: 70 everywhere is strong, one 69 is not.
    assert!(habits_strong(&[Some(70); 5]));
    assert!(habits_strong(&[
        Some(100),
        Some(70),
        Some(85),
        Some(70),
        Some(99)
    ]));
    assert!(!habits_strong(&[
        Some(100),
        Some(69),
        Some(85),
        Some(70),
        Some(99)
    ]));
    assert!(!habits_strong(&[Some(69); 5]));
    // A habit without a score blocks the rule.
    assert!(!habits_strong(&[
        Some(100),
        Some(100),
        None,
        Some(100),
        Some(100)
    ]));
    assert!(!habits_strong(&[None; 5]));
    // From answers: every habit chosen once (60) with 11 of 12 keyed count
    // points (92) is 71 (strong); with 10 of 12 (83) it is 68 (not).
    let strong = score(&with_picks(counts_at(11, &[]), [1; 5]));
    assert_eq!(strong.habits, [Some(71); 5]);
    assert!(strong.habits_strong());
    let below = score(&with_picks(counts_at(10, &[]), [1; 5]));
    assert_eq!(below.habits, [Some(68); 5]);
    assert!(!below.habits_strong());
    // Every habit at the top but one with only one count item answered:
    // that habit has no score, and the habits are not called strong.
    let skipped = score(&with_picks(counts_at(12, &[Habit::GivingFirst]), [1; 5]));
    assert_eq!(skipped.habits[Habit::GivingFirst.index()], None);
    assert_eq!(skipped.habits.iter().filter(|h| **h == Some(73)).count(), 4);
    assert!(!skipped.habits_strong());
    // Counts at the top with the picks on two habits: not strong.
    let narrow = score(&with_picks(counts_at(12, &[]), [0, 0, 0, 2, 3]));
    assert!(!narrow.habits_strong());
}

// ------------------------------------------------------------- why

#[test]
fn why_lists_the_strongest_pulls_first_then_quiz_order() {
    let s = scenes();
    let pro_lean = leaning_to(Style::Pro);
    // Pro: a weak lean (1 point) answered, then two scenes; the trace lists
    // the scenes (8 points) before the lean, and leaves out the Rookie scene.
    let a = answers(&[
        (pro_lean.id, Answer::Rating(2)),
        (s[3].id, pick(s[3], Style::Pro)),
        (s[1].id, pick(s[1], Style::Pro)),
        (s[0].id, pick(s[0], Style::Rookie)),
    ]);
    let out = score(&a);
    assert_eq!(out.primary, Style::Pro);
    assert_eq!(
        out.why,
        vec![
            s[1].id.to_owned(),
            s[3].id.to_owned(),
            pro_lean.id.to_owned()
        ]
    );
}

// --------------------------------------------------------- percentages

#[test]
fn percentages_examples() {
    assert_eq!(percentages([0, 0, 0, 0]), [25; 4]);
    assert_eq!(percentages([1, 0, 0, 0]), [100, 0, 0, 0]);
    assert_eq!(percentages([1, 1, 1, 0]), {
        // 33.3 each; the leftover point goes to the first in Style::ALL,
        // the order the styles are always listed in.
        [34, 33, 33, 0]
    });
    assert_eq!(percentages([0, 1, 0, 1]), [0, 50, 0, 50]);
    assert_eq!(percentages([0, 0, 1, 2]), [0, 0, 33, 67]);
    assert_eq!(percentages([1, 2, 3, 4]), [10, 20, 30, 40]);
    // 16.67, 33.33, 50: the largest remainder gets the point.
    assert_eq!(percentages([1, 2, 3, 0]), [17, 33, 50, 0]);
    assert_eq!(percentages([u32::MAX; 4]), [25; 4]);
    assert_eq!(percentages([u32::MAX, 0, 0, 0]), [100, 0, 0, 0]);
    assert_eq!(percentages([u32::MAX, u32::MAX, u32::MAX, 1])[3], 0);
}

proptest! {
    #[test]
    fn percentages_sum_to_100_for_moderate_points(points in prop::array::uniform4(0u32..=u32::MAX / 200)) {
        check_percentages(points)?;
    }

    #[test]
    fn percentages_sum_to_100_for_any_points(points in prop::array::uniform4(any::<u32>())) {
        check_percentages(points)?;
    }

    #[test]
    fn percentages_sum_to_100_for_small_points(points in prop::array::uniform4(0u32..=12)) {
        check_percentages(points)?;
    }
}

fn check_percentages(points: [u32; 4]) -> Result<(), TestCaseError> {
    let p = percentages(points);
    prop_assert_eq!(sum(p), 100, "{:?} -> {:?}", points, p);
    let total: u64 = points.iter().map(|&x| u64::from(x)).sum();
    if total == 0 {
        prop_assert_eq!(p, [25; 4]);
        return Ok(());
    }
    for i in 0..4 {
        // Each share is the exact share rounded down or up.
        let exact_floor = u64::from(points[i]) * 100 / total;
        let share = u64::from(p[i]);
        prop_assert!(
            share == exact_floor || share == exact_floor + 1,
            "{:?} -> {:?}",
            points,
            p
        );
        if points[i] == 0 {
            prop_assert_eq!(p[i], 0);
        }
        // More points never means a smaller share.
        for j in 0..4 {
            if points[i] > points[j] {
                prop_assert!(p[i] >= p[j], "{:?} -> {:?}", points, p);
            }
        }
    }
    Ok(())
}

// ------------------------------------------------ arbitrary answer sets

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        4 => (0u8..=5).prop_map(Answer::Choice),
        4 => (0u8..=7).prop_map(Answer::Rating),
        1 => any::<u8>().prop_map(Answer::Choice),
        1 => any::<u8>().prop_map(Answer::Rating),
        1 => Just(Answer::NoEvent),
    ]
}

/// Any subset of the bank with any answers, valid or not, plus answers to ids
/// the bank does not have.
fn any_answers() -> impl Strategy<Value = Answers> {
    let n = items().len();
    let known = prop::collection::vec(prop::option::weighted(0.7, any_answer()), n);
    let unknown = prop::collection::btree_map(
        prop_oneof![
            Just(String::new()),
            Just("scene-ARRIVAL".to_owned()),
            Just("scene-arrival".to_owned()),
            Just("scene-first-minutes ".to_owned()),
            "[a-z-]{1,20}",
        ],
        any_answer(),
        0..4,
    );
    (known, unknown).prop_map(|(known, unknown)| {
        let mut a: Answers = unknown
            .into_iter()
            .filter(|(id, _)| item(id).is_none())
            .collect();
        for (it, ans) in items().iter().zip(known) {
            if let Some(ans) = ans {
                a.insert(it.id.to_owned(), ans);
            }
        }
        a
    })
}

/// Answer sets that are all valid (the realistic case), any subset answered.
fn valid_answers() -> impl Strategy<Value = Answers> {
    let per_item: Vec<BoxedStrategy<Option<Answer>>> = items()
        .iter()
        .map(|it| {
            let n = it.option_count() as u8;
            let ans = match it.kind {
                ItemKind::Scene(_) | ItemKind::Practice(_) => {
                    (0..n).prop_map(Answer::Choice).boxed()
                }
                ItemKind::Statement(_) => (1u8..=5).prop_map(Answer::Rating).boxed(),
                ItemKind::Count(_) => prop_oneof![
                    5 => (1u8..=5).prop_map(Answer::Rating),
                    1 => Just(Answer::NoEvent),
                ]
                .boxed(),
            };
            prop::option::weighted(0.8, ans).boxed()
        })
        .collect();
    per_item.prop_map(|v| {
        items()
            .iter()
            .zip(v)
            .filter_map(|(it, a)| a.map(|a| (it.id.to_owned(), a)))
            .collect::<Answers>()
    })
}

fn check_outcome(answers: &Answers, out: &Outcome) -> Result<(), TestCaseError> {
    // Profile.
    prop_assert_eq!(sum(out.profile), 100, "{:?}", out);
    let points = expected_points(answers);
    prop_assert_eq!(out.profile, percentages(points));

    // The result's styles: exactly those with the most points.
    let best = *points.iter().max().unwrap();
    let leaders: Vec<Style> = Style::ALL
        .into_iter()
        .filter(|s| points[s.index()] == best)
        .collect();
    prop_assert_eq!(out.styles(), leaders.clone(), "points {:?}", points);
    prop_assert_eq!(out.is_tie(), leaders.len() > 1);
    prop_assert!(out
        .profile
        .iter()
        .all(|&p| p <= out.profile[out.primary.index()]));

    // Secondary: the only runner-up within one scene answer, never in a tie.
    let others: Vec<u32> = Style::ALL
        .into_iter()
        .filter(|&s| s != out.primary)
        .map(|s| points[s.index()])
        .collect();
    let second_best = *others.iter().max().unwrap();
    let runners: Vec<Style> = Style::ALL
        .into_iter()
        .filter(|&s| s != out.primary && points[s.index()] == second_best)
        .collect();
    let expect_streak = !out.is_tie()
        && second_best > 0
        && best - second_best <= BLEND_POINTS
        && runners.len() == 1;
    prop_assert_eq!(
        out.secondary,
        expect_streak.then(|| runners[0]),
        "points {:?}",
        points
    );

    // Habits: 0..=100, None exactly when fewer than MIN_PRACTICE practice
    // items or fewer than MIN_HABIT_ITEMS valid ratings of the habit's count
    // items are answered ("no event" and skips do not count).
    let (practice_answered, picks) = practice_picks_in(items(), answers);
    prop_assert_eq!(picks.iter().sum::<u32>() as usize, practice_answered);
    for h in Habit::ALL {
        let answered = statements()
            .iter()
            .filter(|(it, st)| {
                st.habit == h
                    && matches!(answers.get(it.id), Some(Answer::Rating(r)) if (1..=5).contains(r))
            })
            .count();
        let enough = answered >= MIN_HABIT_ITEMS && practice_answered >= MIN_PRACTICE;
        match out.habits[h.index()] {
            Some(v) => {
                prop_assert!(v <= 100);
                prop_assert!(enough, "{:?} scored on {} answers", h, answered);
                // Never above what its practice picks allow with counts at 100.
                let part = PICK_LEVELS[(picks[h.index()] as usize).min(3)];
                prop_assert!(u32::from(v) <= (2 * part + 100 + 1) / 3, "{:?} {}", h, v);
            }
            None => prop_assert!(!enough, "{:?} answered {} times but unscored", h, answered),
        }
    }
    prop_assert_eq!(
        out.habits_strong(),
        out.habits
            .iter()
            .all(|v| v.is_some_and(|v| v >= STRONG_HABIT))
    );

    // Why: answered items that pulled to the result's styles, strongest
    // first, no repeats, at most WHY_LEN, and as many as there are (up to WHY_LEN).
    prop_assert!(out.why.len() <= WHY_LEN);
    let strength = |entry: &str| {
        let (id, style) = why_entry(entry);
        pull(answers, id, style.unwrap_or(out.primary))
    };
    let pull_to_result = |id: &str| {
        out.styles()
            .iter()
            .map(|&s| pull(answers, id, s))
            .max()
            .unwrap_or(0)
    };
    let strengths: Vec<u32> = out.why.iter().map(|w| strength(w)).collect();
    prop_assert!(
        strengths.iter().all(|&s| s > 0),
        "why {:?} has a non-pulling id",
        out.why
    );
    prop_assert!(
        strengths.windows(2).all(|w| w[0] >= w[1]),
        "why {:?} not strongest first",
        out.why
    );
    let mut unique = out.why.clone();
    unique.sort();
    unique.dedup();
    prop_assert_eq!(unique.len(), out.why.len());
    let pulling = items()
        .iter()
        .filter(|it| pull_to_result(it.id) > 0)
        .count();
    prop_assert_eq!(out.why.len(), pulling.min(WHY_LEN));
    // Nothing left out is stronger than the weakest entry listed.
    if let Some(&weakest) = strengths.last() {
        for it in items() {
            if !out.why.iter().any(|w| why_entry(w).0 == it.id) {
                prop_assert!(pull_to_result(it.id) <= weakest);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn score_holds_its_invariants_for_any_answers(answers in any_answers()) {
        let out = score(&answers);
        check_outcome(&answers, &out)?;
    }

    #[test]
    fn score_holds_its_invariants_for_valid_answers(answers in valid_answers()) {
        let out = score(&answers);
        check_outcome(&answers, &out)?;
    }

    #[test]
    fn assess_never_panics_and_gives_a_style_only_with_enough_scenes(answers in any_answers()) {
        let scenes_answered = scenes()
            .iter()
            .filter(|it| matches!(answers.get(it.id), Some(a) if it.accepts(*a)))
            .count();
        match assess(&answers) {
            Verdict::NotEnough { answered, needed } => {
                prop_assert_eq!(answered, scenes_answered);
                prop_assert_eq!(needed, MIN_SCENES);
                prop_assert!(answered < MIN_SCENES);
            }
            Verdict::Scored(out) => {
                prop_assert!(scenes_answered >= MIN_SCENES);
                check_outcome(&answers, &out)?;
            }
        }
    }

    #[test]
    fn score_is_deterministic(answers in any_answers()) {
        let first = score(&answers);
        let again = score(&answers.clone());
        prop_assert_eq!(&first, &again);
        // Rebuilt in the reverse insertion order: same result.
        let rebuilt: Answers = answers.iter().rev().map(|(k, v)| (k.clone(), *v)).collect();
        prop_assert_eq!(first, score(&rebuilt));
    }

    #[test]
    fn invalid_and_unknown_answers_are_ignored_like_skips(answers in any_answers()) {
        let valid: Answers = answers
            .iter()
            .filter(|(id, a)| item(id).is_some_and(|it| it.accepts(**a)))
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        prop_assert_eq!(score(&answers), score(&valid));
    }
}
