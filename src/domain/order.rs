//! One sort for every list the app orders. Each `sort_by_key` on a new
//! element type makes the compiler copy the standard library's whole stable
//! sort (about 4.5 KB of wasm each); ranking the places instead sorts one
//! type everywhere, and only the short reordering is copied per type.

/// What a list is ordered by: smaller first, compared as a pair.
pub type Rank = (i64, i64);

/// Puts `items` in ascending order of `rank`, keeping the given order
/// among equal ranks (a stable sort, like `sort_by_key`).
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> Rank) {
    let mut places: Vec<(Rank, usize)> = items.iter().map(rank).zip(0..).collect();
    // The places are distinct, so no two entries are equal and an unstable
    // sort gives the stable order.
    places.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(places.iter().filter_map(|&(_, i)| slots[i].take()));
}
