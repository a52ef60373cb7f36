//! The warm-up rehearsal (src/state/rehearsal.rs), on the host.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::route::Route;
use netstyle::domain::share::code::{decode, SharedResult};
use netstyle::state::{rehearse, Rehearsing};
use proptest::prelude::*;

#[test]
fn a_rehearsal_goes_through_a_whole_attempt_to_a_result() {
    let r = rehearse(2026);
    assert_eq!(r.state.attempt, None, "the attempt was finished");
    assert_eq!(r.state.route, Route::Result);
    assert_eq!(r.state.history.len(), 1);
    let outcome = &r.state.history[0].outcome;
    assert_eq!(decode(&r.share_code), Ok(SharedResult::from(outcome)));
    assert!(r.tips > 0, "the checklist was built");
    assert!(r.stored_bytes > 0, "the documents were encoded");
}

proptest! {
    /// Any seed reaches a result, and the same seed the same one: it never
    /// panics and never stops halfway.
    #[test]
    fn every_seed_reaches_the_same_result_twice(seed in any::<u64>()) {
        let (a, b) = (rehearse(seed), rehearse(seed));
        prop_assert_eq!(a.state.history.len(), 1);
        prop_assert_eq!(&a.state, &b.state);
        prop_assert_eq!(a.share_code, b.share_code);
    }
}

/// The app runs the rehearsal in slices (`app::rehearse_in_slices`): item
/// by item it must end where the whole run ends, one step per item.
#[test]
fn a_rehearsal_in_steps_ends_where_the_whole_run_ends() {
    let mut rehearsing = Rehearsing::new(2026);
    let mut steps = 0;
    while rehearsing.step() {
        steps += 1;
        assert!(steps < 1000, "the rehearsal never ended");
    }
    assert!(!rehearsing.step(), "a finished rehearsal stays finished");
    let (stepped, whole) = (rehearsing.finish(), rehearse(2026));
    assert_eq!(stepped.state, whole.state);
    assert_eq!(stepped.share_code, whole.share_code);
    assert_eq!(stepped.stored_bytes, whole.stored_bytes);
    assert_eq!(stepped.tips, whole.tips);
    assert!(steps > 1, "one step per item, not the whole attempt in one");
}
