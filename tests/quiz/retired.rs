//! Results made with the first question bank (before the scenes were
//! rewritten) keep opening with the same figures: the share codes and the
//! stored history below were written by that release
//! (`tests/fixtures/first-bank/`), and the items they name are retired, not gone.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::documents::decode_history;
use netstyle::domain::quiz::bank::{any_item, item, ItemKind};
use netstyle::domain::quiz::scoring::why_entry;
use netstyle::domain::share::code::{decode, encode, SharedResult};
use netstyle::domain::Style::{self, *};
use netstyle::i18n::bank as words;

/// Share code, profile, primary, secondary, habits and label, as the first
/// release showed them. The last one was a points tie that the first release
/// settled by its hidden order; it still shows as it did then.
#[allow(clippy::type_complexity)]
const FIRST_BANK: [(&str, [u8; 4], Style, Option<Style>, [Option<u8>; 5], &str); 4] = [
    (
        "AQ0AAVYDOkNLUzJZXQ",
        [13, 0, 1, 86],
        Mensch,
        None,
        [Some(58), Some(67), Some(75), Some(83), Some(50)],
        "Mensch",
    ),
    (
        "AS01AQEFOkNLUzKdrA",
        [45, 53, 1, 1],
        Rookie,
        Some(Pro),
        [Some(58), Some(67), Some(75), Some(83), Some(50)],
        "Rookie with a Pro streak",
    ),
    (
        "AQMAYAECOkP_UzI-jg",
        [3, 0, 96, 1],
        Imposter,
        None,
        [Some(58), Some(67), None, Some(83), Some(50)],
        "Imposter",
    ),
    (
        "AS0ANgEGOkNLUzJRRg",
        [45, 0, 54, 1],
        Imposter,
        Some(Pro),
        [Some(58), Some(67), Some(75), Some(83), Some(50)],
        "Imposter with a Pro streak",
    ),
];

#[test]
fn share_links_of_the_first_bank_open_with_the_same_figures() {
    for (code, profile, primary, secondary, habits, label) in FIRST_BANK {
        let shared = decode(code).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(
            shared,
            SharedResult {
                profile,
                primary,
                secondary,
                tied: vec![],
                habits
            },
            "{code}"
        );
        assert_eq!(
            netstyle::i18n::names::blend_label(&shared.to_outcome()),
            label
        );
        assert_eq!(
            encode(&shared),
            code,
            "the same result still has the same link"
        );
    }
}

#[test]
fn history_of_the_first_bank_opens_with_the_same_figures() {
    let text = include_str!("../fixtures/first-bank/history.json");
    let history = decode_history(text).expect("the first bank's history still loads");
    assert_eq!(history.len(), FIRST_BANK.len());
    for (record, (code, profile, primary, secondary, habits, label)) in
        history.iter().zip(FIRST_BANK)
    {
        let o = &record.outcome;
        assert_eq!(
            (o.profile, o.primary, o.secondary, o.habits),
            (profile, primary, secondary, habits)
        );
        assert!(o.tied.is_empty());
        assert_eq!(netstyle::i18n::names::blend_label(o), label);
        assert_eq!(
            encode(&SharedResult::from(o)),
            code,
            "shared again, it makes the same link"
        );
    }
}

/// The "why" trace of an old result names retired scenes; they still
/// explain it with the texts the person saw.
#[test]
fn old_why_traces_still_show_what_the_person_saw() {
    let history = decode_history(include_str!("../fixtures/first-bank/history.json")).unwrap();
    for record in &history {
        for entry in &record.outcome.why {
            let (id, style) = why_entry(entry);
            assert_eq!(style, None);
            assert!(item(id).is_none(), "{id} is retired");
            let old = any_item(id).unwrap_or_else(|| panic!("{id} is kept"));
            let ItemKind::Scene(options) = &old.kind else {
                panic!("{id} was a scene");
            };
            assert!(options.iter().any(|o| o.style == record.outcome.primary));
        }
    }
    // As the first release worded them.
    let seen = |id: &str, style: Style| {
        let it = any_item(id).unwrap();
        let ItemKind::Scene(options) = &it.kind else {
            unreachable!()
        };
        (
            words::prompt(it),
            words::option(it, options.iter().position(|o| o.style == style).unwrap()),
        )
    };
    let check = |id: &str, style: Style, expected: (&str, &str)| {
        let (prompt, option) = seen(id, style);
        assert_eq!((prompt.as_str(), option.as_str()), expected, "{id}");
    };
    check(
        "scene-arrival", Mensch,
        (
            "You walk into a mixer where you know nobody. What do you do in the first ten minutes?",
            "Join a small group, listen for a while, then say honestly what you do and what you hope to find."
        )
    );
    check(
        "scene-hour",
        Pro,
        (
            "You are one hour into a two-hour event. Where are you?",
            "On your way out: you have met the people you came for.",
        ),
    );
    check(
        "scene-invite",
        Rookie,
        (
            "You are invited to a large, free, open networking night with no programme.",
            "Go: it sounds like a good way to learn how networking works.",
        ),
    );
}
