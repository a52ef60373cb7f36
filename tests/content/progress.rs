//! The checklist's progress line, "3 of 12 done".
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use netstyle::domain::content::progress::Progress;
use netstyle::domain::content::tips::checklist;
use netstyle::domain::quiz::scoring::Outcome;
use netstyle::domain::Style;

fn outcome() -> Outcome {
    Outcome {
        profile: [10, 20, 5, 65],
        primary: Style::Mensch,
        secondary: None,
        habits: [Some(80), Some(10), Some(50), None, Some(30)],
        picks: [0; 5],
        why: Vec::new(),
        tied: Vec::new(),
    }
}

#[test]
fn nothing_ticked_is_none_done() {
    let o = outcome();
    let p = Progress::of(&o, &BTreeSet::new());
    assert_eq!(p.done, 0);
    assert_eq!(p.total, checklist(&o).len());
    assert_eq!(
        netstyle::i18n::names::progress(p),
        format!("0 of {} done", p.total)
    );
}

#[test]
fn counts_only_the_ticks_on_this_list() {
    let o = outcome();
    let list = checklist(&o);
    let mut checked: BTreeSet<String> = list.iter().take(3).map(|(_, t)| t.id.to_owned()).collect();
    checked.insert("a-tip-from-another-list".to_owned());
    let p = Progress::of(&o, &checked);
    assert_eq!((p.done, p.total), (3, list.len()));
    assert_eq!(
        netstyle::i18n::names::progress(p),
        format!("3 of {} done", list.len())
    );
}

#[test]
fn everything_ticked_is_all_done() {
    let o = outcome();
    let checked: BTreeSet<String> = checklist(&o).iter().map(|(_, t)| t.id.to_owned()).collect();
    let p = Progress::of(&o, &checked);
    assert_eq!(p.done, p.total);
}
