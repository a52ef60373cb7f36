//! The app's one sort (`domain::order`): the same order as the standard
//! library's stable `sort_by_key`, equal ranks kept as they came.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::order::sort_by_rank;
use proptest::prelude::*;

#[test]
fn orders_by_rank_and_keeps_ties_in_place() {
    let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
    sort_by_rank(&mut items, |&(k, _)| (k, 0));
    assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    let mut items = vec![(1, 5), (0, 9), (1, 2), (0, 9)];
    sort_by_rank(&mut items, |&(a, b)| (a, -b));
    assert_eq!(items, [(0, 9), (0, 9), (1, 5), (1, 2)]);
    let mut empty: Vec<u8> = Vec::new();
    sort_by_rank(&mut empty, |_| (0, 0));
    assert!(empty.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn matches_the_standard_stable_sort(
        items in prop::collection::vec((-3i64..3, -3i64..3, any::<u16>()), 0..60),
    ) {
        let mut ours = items.clone();
        sort_by_rank(&mut ours, |&(a, b, _)| (a, b));
        let mut std = items;
        std.sort_by_key(|&(a, b, _)| (a, b));
        prop_assert_eq!(ours, std);
    }
}
