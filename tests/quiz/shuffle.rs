//! The per-attempt option shuffle (PRODUCT.md 1.4): a permutation, stable for
//! a seed across reloads and releases, and different between attempts.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use netstyle::domain::quiz::bank::{items, ItemKind};
use netstyle::domain::quiz::shuffle::option_order;
use proptest::prelude::*;

fn is_permutation(order: &[u8], n: usize) -> bool {
    let mut sorted = order.to_vec();
    sorted.sort();
    sorted == (0..n).map(|i| i as u8).collect::<Vec<u8>>()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn order_is_a_permutation(seed in any::<u64>(), id in ".{0,24}", n in 0usize..=8) {
        let order = option_order(seed, &id, n);
        prop_assert_eq!(order.len(), n);
        prop_assert!(is_permutation(&order, n), "{:?}", order);
    }

    #[test]
    fn order_is_stable_for_the_same_inputs(seed in any::<u64>(), id in ".{0,24}", n in 0usize..=8) {
        prop_assert_eq!(option_order(seed, &id, n), option_order(seed, &id, n));
    }
}

#[test]
fn trivial_sizes() {
    assert_eq!(option_order(5, "x", 0), Vec::<u8>::new());
    assert_eq!(option_order(5, "x", 1), vec![0]);
}

/// Known orders. The shuffle must give the same order for the same seed in
/// every future release, or a reload after an update would move the options
/// under the person's answer. If this fails, the generator changed.
#[test]
fn order_is_stable_across_releases() {
    let golden: [(u64, &str, usize, Vec<u8>); 6] = [
        (0, "scene-arrival", 4, vec![0, 3, 1, 2]),
        (1, "scene-arrival", 4, vec![1, 2, 0, 3]),
        (42, "scene-buffet", 4, vec![1, 3, 0, 2]),
        (u64::MAX, "scene-invite", 4, vec![3, 1, 2, 0]),
        (7, "", 8, vec![7, 4, 0, 5, 2, 1, 3, 6]),
        (123456789, "scene-coffee", 5, vec![1, 4, 2, 0, 3]),
    ];
    for (seed, id, n, want) in golden {
        assert_eq!(
            option_order(seed, id, n),
            want,
            "seed {seed} id {id:?} n {n}"
        );
    }
}

#[test]
fn order_differs_between_seeds() {
    for it in items() {
        if let ItemKind::Scene(options) = &it.kind {
            let orders: BTreeSet<Vec<u8>> = (0..100u64)
                .map(|s| option_order(s, it.id, options.len()))
                .collect();
            assert!(
                orders.len() > 1,
                "{}: every seed gives the same order",
                it.id
            );
            // With 100 seeds, most of the 24 orders of four options turn up.
            assert!(
                orders.len() >= 18,
                "{}: only {} distinct orders",
                it.id,
                orders.len()
            );
        }
    }
}

#[test]
fn order_differs_between_items_for_one_seed() {
    // One attempt (one seed) must not show every scene in the same order.
    for seed in [0u64, 1, 2, 99, u64::MAX] {
        let orders: BTreeSet<Vec<u8>> = items()
            .iter()
            .filter(|it| matches!(it.kind, ItemKind::Scene(_)))
            .map(|it| option_order(seed, it.id, it.option_count()))
            .collect();
        assert!(
            orders.len() > 1,
            "seed {seed}: every scene has the same order"
        );
    }
}

#[test]
fn no_position_gives_an_option_away() {
    // Over many seeds every option lands in every position about equally
    // often (expected 1000 of 4000 each).
    let mut counts: BTreeMap<(usize, u8), u32> = BTreeMap::new();
    let mut orders = BTreeSet::new();
    for seed in 0..4000u64 {
        let order = option_order(seed.wrapping_mul(0x9e37_79b9), "scene-arrival", 4);
        for (position, &option) in order.iter().enumerate() {
            *counts.entry((position, option)).or_default() += 1;
        }
        orders.insert(order);
    }
    assert_eq!(orders.len(), 24, "some orders of four never occur");
    assert_eq!(counts.len(), 16);
    for ((position, option), n) in counts {
        assert!(
            (850..=1150).contains(&n),
            "option {option} at position {position}: {n} of 4000"
        );
    }
}
