//! Invariants of the question bank and the tips (PRODUCT.md 1.4 and 1.5).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use netstyle::domain::bank::{item, items, ItemKind, Scale};
use netstyle::domain::content::{HABIT_TIPS, STYLE_TIPS};
use netstyle::domain::tips::{habit_tips, style_tips, Phase};
use netstyle::domain::{Answer, Habit, Style};

/// The released item ids, in quiz order. Ids are stable forever once
/// released: stored answers and the option shuffle are keyed on them. If this
/// test fails, an id was renamed, removed or moved; that breaks every attempt
/// in progress, so change this list only on purpose.
const RELEASED_IDS: [&str; 25] = [
    "scene-arrival",
    "expect-business",
    "scene-buffet",
    "followup-thanks",
    "giving-introduce",
    "scene-card",
    "choice-free",
    "goal-target",
    "scene-speaker",
    "expect-relationship",
    "followup-pile",
    "scene-morning",
    "giving-wait",
    "choice-check",
    "scene-pitch",
    "goal-ask",
    "followup-coffee",
    "scene-hour",
    "giving-help-first",
    "choice-learn",
    "expect-trust",
    "scene-coffee",
    "goal-cards",
    "scene-invite",
    "goal-roi",
];

#[test]
fn item_ids_match_the_released_list_in_order() {
    let ids: Vec<&str> = items().iter().map(|i| i.id).collect();
    assert_eq!(ids, RELEASED_IDS);
}

#[test]
fn bank_has_20_to_28_items() {
    let n = items().len();
    assert!((20..=28).contains(&n), "bank has {n} items");
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
            !it.prompt.trim().is_empty(),
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
    assert!(item("SCENE-ARRIVAL").is_none());
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
            for o in options.iter() {
                assert!(
                    !o.text.trim().is_empty(),
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
    for it in items() {
        if let ItemKind::Statement(st) = &it.kind {
            assert_eq!(it.option_count(), 5, "{}", it.id);
            for r in 1..=5u8 {
                assert_eq!(
                    it.answer_text(Answer::Rating(r)),
                    Some(st.scale.labels()[usize::from(r - 1)])
                );
            }
        }
    }
    for scale in [Scale::Agreement, Scale::Frequency] {
        let labels = scale.labels();
        assert_eq!(
            labels.iter().collect::<BTreeSet<_>>().len(),
            5,
            "{scale:?} labels repeat"
        );
    }
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
            ItemKind::Statement(_) => {
                for r in 1..=5 {
                    assert!(it.accepts(Answer::Rating(r)), "{} Rating({r})", it.id);
                }
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
            ItemKind::Statement(st) => {
                if let Some(s) = st.lean {
                    *count.get_mut(&s).unwrap() += 1;
                }
            }
        }
    }
    count
}

#[test]
fn each_style_is_measured_by_at_least_six_items() {
    for (style, n) in style_coverage() {
        assert!(n >= 6, "{style:?} is measured by only {n} items");
    }
}

#[test]
fn each_habit_is_measured_by_at_least_three_statements() {
    let mut count: BTreeMap<Habit, Vec<&str>> =
        Habit::ALL.into_iter().map(|h| (h, Vec::new())).collect();
    for it in items() {
        if let ItemKind::Statement(st) = &it.kind {
            count.get_mut(&st.habit).unwrap().push(it.id);
        }
    }
    let short: Vec<String> = count
        .iter()
        .filter(|(_, ids)| ids.len() < 3)
        .map(|(h, ids)| {
            format!(
                "{h:?} is measured by only {} statements: {ids:?}",
                ids.len()
            )
        })
        .collect();
    assert!(
        short.is_empty(),
        "PRODUCT.md 1.4 asks for >= 3 per habit: {short:?}"
    );
}

#[test]
fn each_habit_has_at_least_one_statement() {
    // Every habit can be scored at all: it has at least one statement.
    for h in Habit::ALL {
        assert!(
            items()
                .iter()
                .any(|it| matches!(&it.kind, ItemKind::Statement(st) if st.habit == h)),
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
        assert!(!tip.text.trim().is_empty(), "tip {:?} has no text", tip.id);
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
