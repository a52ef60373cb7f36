//! Invariants of the question bank and the tips (PRODUCT.md 1.4 and 1.5).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use netstyle::domain::content::tip_texts::{HABIT_TIPS, STYLE_TIPS};
use netstyle::domain::content::tips::{habit_tips, style_tips, Phase};
use netstyle::domain::quiz::bank::{any_item, item, items, retired, scene_count, ItemKind, Scale};
use netstyle::domain::{Answer, Habit, Style};
use netstyle::i18n::bank as words;
use netstyle::i18n::messages as t;

/// The released item ids, in quiz order. Ids are stable forever once
/// released: stored answers and the option shuffle are keyed on them. If this
/// test fails, an id was renamed, removed or moved; that breaks every attempt
/// in progress, so change this list only on purpose.
const RELEASED_IDS: [&str; 32] = [
    "scene-first-minutes-v2",
    "expect-pitched",
    "scene-buffet-open-v2",
    "followup-wrote",
    "giving-introduced",
    "scene-card-request-v2",
    "choice-checked",
    "practice-before",
    "scene-guest-talk-v2",
    "expect-met-again",
    "followup-untouched",
    "scene-what-you-do-v2",
    "giving-asked-first",
    "choice-free-food",
    "scene-one-hour-in-v2",
    "goal-by-cards",
    "practice-conversation",
    "scene-coffee-sometime-v2",
    "practice-week-after",
    "goal-noted-roi",
    "scene-trade-stand-v2",
    "expect-counted-lead",
    "scene-morning-after-v2",
    "followup-waiting",
    "practice-choosing",
    "scene-open-night-v2",
    "giving-needs-first",
    "choice-open-mixer",
    "scene-pick-event-v2",
    "practice-most",
    "goal-out-of-habit",
    "scene-coffee-meeting-v2",
];

/// Ids of earlier releases that the quiz no longer asks. An id on this list
/// is never used again, for any content. Then come the second bank's 32
/// (count items for the habits, reworded Imposter options in every scene),
/// and the five count items of the wanted behaviour that the practice items
/// replaced.
const RETIRED_IDS: [&str; 47] = [
    "scene-arrival",
    "scene-buffet",
    "scene-card",
    "scene-speaker",
    "scene-morning",
    "scene-pitch",
    "scene-hour",
    "scene-coffee",
    "scene-invite",
    "goal-ask",
    "scene-first-minutes",
    "expect-business",
    "scene-buffet-open",
    "followup-thanks",
    "giving-introduce",
    "scene-card-request",
    "choice-free",
    "goal-target",
    "scene-guest-talk",
    "expect-relationship",
    "followup-pile",
    "scene-what-you-do",
    "giving-wait",
    "choice-check",
    "scene-one-hour-in",
    "goal-cards",
    "followup-coffee",
    "scene-coffee-sometime",
    "giving-help-first",
    "choice-learn",
    "scene-trade-stand",
    "expect-hot-lead",
    "scene-morning-after",
    "followup-requests",
    "goal-roi",
    "scene-open-night",
    "giving-ask-early",
    "choice-paid",
    "scene-pick-event",
    "expect-trust",
    "goal-habit",
    "scene-coffee-meeting",
    "goal-decided",
    "followup-coffees",
    "giving-passed-on",
    "choice-expert",
    "expect-worth-people",
];

#[test]
fn item_ids_match_the_released_list_in_order() {
    let ids: Vec<&str> = items().iter().map(|i| i.id).collect();
    assert_eq!(ids, RELEASED_IDS);
}

#[test]
fn retired_ids_are_listed_kept_whole_and_never_reused() {
    let ids: Vec<&str> = retired().iter().map(|i| i.id).collect();
    assert_eq!(ids, RETIRED_IDS);
    for id in RETIRED_IDS {
        assert!(item(id).is_none(), "retired id {id:?} is back in the bank");
        let old = any_item(id).expect("a retired item can still be looked up");
        assert!(!words::prompt(old).is_empty());
    }
    for it in items() {
        assert!(std::ptr::eq(any_item(it.id).unwrap(), it));
    }
}

#[test]
fn bank_has_24_to_32_items_and_at_least_12_scenes() {
    let n = items().len();
    assert!((24..=32).contains(&n), "bank has {n} items");
    assert!(scene_count() >= 12, "bank has {} scenes", scene_count());
}

#[test]
fn each_habit_has_one_count_of_the_wanted_behaviour_and_two_of_the_unwanted() {
    // So the same answer on every count item gives a habit 33 (the top), 50
    // (the middle) or 67 (the bottom), never its top or bottom score.
    for h in Habit::ALL {
        let keyed: Vec<bool> = items()
            .iter()
            .filter_map(|it| it.habit_key().filter(|k| k.0 == h).map(|k| k.1))
            .collect();
        let reversed = keyed.iter().filter(|&&r| r).count();
        assert_eq!((keyed.len(), reversed), (3, 2), "{h:?}");
    }
}

/// The practice items' key table: every option carries exactly one habit,
/// every item offers every habit once, and option `i` of the `k`-th practice
/// item belongs to habit `(i + k) mod 5`, so answering the same place in the
/// bank everywhere picks every habit equally often.
#[test]
fn practice_items_offer_every_habit_once_in_a_latin_square() {
    use netstyle::domain::quiz::bank::practice_count;
    assert_eq!(practice_count(), 5);
    let practice: Vec<_> = items()
        .iter()
        .filter_map(|it| it.practice().map(|o| (it, o)))
        .collect();
    assert_eq!(practice.len(), 5);
    let mut per_place = [[0usize; 5]; 5];
    for (k, (it, options)) in practice.iter().enumerate() {
        assert_eq!(options.len(), 5, "{}", it.id);
        assert_eq!(it.option_count(), 5);
        assert!(it.is_shuffled(), "{} is shown shuffled", it.id);
        assert_eq!(it.habit_key(), None, "{} has no single habit", it.id);
        assert_eq!(it.lean(), None, "{} gives no style points", it.id);
        for (i, o) in options.iter().enumerate() {
            assert_eq!(o.habit, Habit::ALL[(i + k) % 5], "{} option {i}", it.id);
            assert!(!words::option(it, i).trim().is_empty());
            assert!(it.accepts(Answer::Choice(i as u8)));
            per_place[i][o.habit.index()] += 1;
        }
        assert!(!it.accepts(Answer::Choice(5)));
        assert!(!it.accepts(Answer::Rating(1)));
        assert!(!it.accepts(Answer::NoEvent));
        assert!(
            words::prompt(it).contains("past three months"),
            "{}: a practice item asks about recent events",
            it.id
        );
    }
    assert_eq!(per_place, [[1; 5]; 5]);
}

#[test]
fn style_leans_are_balanced_across_the_styles() {
    let mut leans = [0usize; 4];
    for it in items() {
        if let Some(s) = it.lean() {
            leans[s.index()] += 1;
        }
    }
    assert!(
        leans.iter().all(|&n| n == leans[0]),
        "leans per style: {leans:?}"
    );
}

#[test]
fn item_ids_are_unique_non_empty_and_url_safe() {
    let mut seen = BTreeSet::new();
    for it in items() {
        assert!(!it.id.is_empty(), "an item has an empty id");
        assert!(
            it.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "id {:?} is not lowercase-kebab",
            it.id
        );
        assert!(seen.insert(it.id), "duplicate item id {:?}", it.id);
        assert!(
            !words::prompt(it).trim().is_empty(),
            "item {:?} has no prompt",
            it.id
        );
    }
}

#[test]
fn item_lookup_finds_every_item_and_nothing_else() {
    for it in items() {
        let found = item(it.id).expect("item() finds a bank id");
        assert!(std::ptr::eq(found, it));
    }
    assert!(item("").is_none());
    assert!(item("no-such-item").is_none());
    assert!(item("SCENE-FIRST-MINUTES").is_none());
    assert!(
        item("scene-arrival").is_none(),
        "a retired id is not in the bank"
    );
}

#[test]
fn every_scene_has_exactly_one_option_per_style() {
    let mut scenes = 0;
    for it in items() {
        if let ItemKind::Scene(options) = &it.kind {
            scenes += 1;
            assert_eq!(
                options.len(),
                4,
                "scene {:?} has {} options",
                it.id,
                options.len()
            );
            let styles: BTreeSet<Style> = options.iter().map(|o| o.style).collect();
            assert_eq!(
                styles,
                Style::ALL.into_iter().collect::<BTreeSet<_>>(),
                "scene {:?} does not offer every style exactly once",
                it.id
            );
            for i in 0..options.len() {
                assert!(
                    !words::option(it, i).trim().is_empty(),
                    "scene {:?} has an empty option",
                    it.id
                );
            }
            assert_eq!(it.option_count(), 4);
        }
    }
    assert!(scenes > 0, "the bank has no scene items");
}

#[test]
fn statements_offer_five_labelled_ratings() {
    for it in items().iter().chain(retired()) {
        if let ItemKind::Statement(st) = &it.kind {
            assert_eq!(it.option_count(), 5, "{}", it.id);
            for r in 1..=5u8 {
                assert_eq!(
                    words::answer(it, Answer::Rating(r)),
                    Some(words::scale_labels(st.scale)[usize::from(r - 1)].clone())
                );
            }
        }
    }
    for scale in [Scale::Agreement, Scale::Frequency] {
        let labels = words::scale_labels(scale);
        assert_eq!(
            labels.iter().collect::<BTreeSet<_>>().len(),
            5,
            "{scale:?} labels repeat"
        );
    }
}

#[test]
fn habit_items_are_count_items_with_five_anchors_and_no_event() {
    let mut n = 0;
    for it in items() {
        match &it.kind {
            ItemKind::Scene(_) | ItemKind::Practice(_) => {}
            ItemKind::Statement(_) => panic!("{} is an agree/frequency statement", it.id),
            ItemKind::Count(c) => {
                n += 1;
                assert_eq!(it.option_count(), 6, "{}", it.id);
                let labels = words::count_labels(c.anchors);
                assert_eq!(labels.iter().collect::<BTreeSet<_>>().len(), 5);
                let shown: Vec<String> = words::answers(it).into_iter().map(|(_, l)| l).collect();
                assert_eq!(shown[..5], labels[..], "{}", it.id);
                assert_eq!(shown[5], t::answer_no_event(), "{}", it.id);
                assert_eq!(
                    words::answer(it, Answer::NoEvent),
                    Some(t::answer_no_event())
                );
                // Every count item names the period "in that time" refers to.
                assert!(
                    words::prompt(it).contains("past three months"),
                    "{}: no period for \"in that time\"",
                    it.id
                );
            }
        }
    }
    assert_eq!(n, 15, "fifteen count items measure the habits");
}

#[test]
fn accepts_only_answers_that_fit_the_item() {
    for it in items() {
        match &it.kind {
            ItemKind::Scene(options) => {
                for i in 0..options.len() as u8 {
                    assert!(it.accepts(Answer::Choice(i)), "{} Choice({i})", it.id);
                }
                assert!(
                    !it.accepts(Answer::Choice(options.len() as u8)),
                    "{}",
                    it.id
                );
                assert!(!it.accepts(Answer::Choice(9)), "{}", it.id);
                assert!(!it.accepts(Answer::Choice(u8::MAX)), "{}", it.id);
                for r in [0, 1, 3, 5, 7] {
                    assert!(!it.accepts(Answer::Rating(r)), "{} Rating({r})", it.id);
                }
            }
            ItemKind::Practice(options) => {
                for i in 0..options.len() as u8 {
                    assert!(it.accepts(Answer::Choice(i)), "{} Choice({i})", it.id);
                }
                assert!(!it.accepts(Answer::Choice(options.len() as u8)));
                assert!(!it.accepts(Answer::Rating(3)));
            }
            ItemKind::Statement(_) | ItemKind::Count(_) => {
                for r in 1..=5 {
                    assert!(it.accepts(Answer::Rating(r)), "{} Rating({r})", it.id);
                }
                assert_eq!(
                    it.accepts(Answer::NoEvent),
                    matches!(it.kind, ItemKind::Count(_)),
                    "{}",
                    it.id
                );
                for r in [0, 6, 7, u8::MAX] {
                    assert!(!it.accepts(Answer::Rating(r)), "{} Rating({r})", it.id);
                }
                for c in [0, 1, 3] {
                    assert!(!it.accepts(Answer::Choice(c)), "{} Choice({c})", it.id);
                }
            }
        }
    }
}

/// How many items measure each style: every scene measures all four styles,
/// a statement measures the style it leans to.
fn style_coverage() -> BTreeMap<Style, usize> {
    let mut count: BTreeMap<Style, usize> = Style::ALL.into_iter().map(|s| (s, 0)).collect();
    for it in items() {
        match &it.kind {
            ItemKind::Scene(options) => {
                for o in options.iter() {
                    *count.get_mut(&o.style).unwrap() += 1;
                }
            }
            ItemKind::Practice(_) => {}
            ItemKind::Statement(_) | ItemKind::Count(_) => {
                if let Some(s) = it.lean() {
                    *count.get_mut(&s).unwrap() += 1;
                }
            }
        }
    }
    count
}

#[test]
fn each_style_is_measured_by_at_least_fourteen_items() {
    for (style, n) in style_coverage() {
        assert!(n >= 14, "{style:?} is measured by only {n} items");
    }
}

#[test]
fn each_habit_is_measured_by_at_least_four_items() {
    // A habit's items: its count items and every practice item (each offers
    // every habit).
    let mut count: BTreeMap<Habit, Vec<&str>> =
        Habit::ALL.into_iter().map(|h| (h, Vec::new())).collect();
    for it in items() {
        if let Some((habit, _)) = it.habit_key() {
            count.get_mut(&habit).unwrap().push(it.id);
        }
        if let Some(options) = it.practice() {
            for o in options {
                count.get_mut(&o.habit).unwrap().push(it.id);
            }
        }
    }
    let short: Vec<String> = count
        .iter()
        .filter(|(_, ids)| ids.len() < 4)
        .map(|(h, ids)| {
            format!(
                "{h:?} is measured by only {} statements: {ids:?}",
                ids.len()
            )
        })
        .collect();
    assert!(
        short.is_empty(),
        "PRODUCT.md 1.4 asks for >= 4 per habit: {short:?}"
    );
}

#[test]
fn each_habit_has_at_least_one_statement() {
    // Every habit can be scored at all: it has at least one statement.
    for h in Habit::ALL {
        assert!(
            items()
                .iter()
                .any(|it| it.habit_key().is_some_and(|k| k.0 == h)),
            "{h:?} has no statement"
        );
    }
}

#[test]
fn tip_ids_are_unique_across_styles_and_habits() {
    let mut seen = BTreeSet::new();
    for tip in STYLE_TIPS
        .iter()
        .chain(HABIT_TIPS.iter())
        .flat_map(|t| t.iter())
    {
        assert!(!tip.id.is_empty(), "a tip has an empty id");
        assert!(
            !netstyle::i18n::names::tip(tip.id).trim().is_empty(),
            "tip {:?} has no text",
            tip.id
        );
        assert!(seen.insert(tip.id), "duplicate tip id {:?}", tip.id);
    }
}

#[test]
fn each_style_has_at_least_five_tips_covering_every_phase() {
    for style in Style::ALL {
        let tips = style_tips(style);
        assert!(tips.len() >= 5, "{style:?} has only {} tips", tips.len());
        assert!(std::ptr::eq(tips, STYLE_TIPS[style.index()]));
        let phases: BTreeSet<Phase> = tips.iter().map(|t| t.phase).collect();
        for phase in Phase::ALL {
            assert!(
                phases.contains(&phase),
                "{style:?} has no tip for {phase:?}"
            );
        }
    }
}

#[test]
fn each_habit_has_at_least_three_tips_before_and_after() {
    for habit in Habit::ALL {
        let tips = habit_tips(habit);
        assert!(tips.len() >= 3, "{habit:?} has only {} tips", tips.len());
        assert!(std::ptr::eq(tips, HABIT_TIPS[habit.index()]));
        let phases: BTreeSet<Phase> = tips.iter().map(|t| t.phase).collect();
        assert!(
            phases.contains(&Phase::Before),
            "{habit:?} has no tip before the event"
        );
        assert!(
            phases.contains(&Phase::After),
            "{habit:?} has no tip after the event"
        );
    }
}
