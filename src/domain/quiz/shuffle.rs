//! The per-attempt option order of scene items. It must stay the same for a
//! given seed across reloads and releases, so the generator is written out
//! here (SplitMix64 and FNV-1a) instead of borrowed from a crate whose
//! algorithm could change in an update.

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The order in which an item's `n` options are shown: `order[position]` is
/// the option's index in the bank. Always a permutation of `0..n`; `n` is
/// capped at 256, since an index is a byte.
pub fn option_order(seed: u64, item_id: &str, n: usize) -> Vec<u8> {
    let n = n.min(256);
    let mut order: Vec<u8> = (0..n).map(|i| i as u8).collect();
    let mut state = seed ^ fnv1a(item_id);
    for i in (1..order.len()).rev() {
        let j = (splitmix64(&mut state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}
