//! The four styles explained: every style has a portrait with a
//! line for the welcome screen, a strength, its trap and what helps, and the
//! portrait and trap are the ones the result page shows.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use netstyle::domain::content::portraits::{portrait, portraits};
use netstyle::domain::Style;

#[test]
fn every_style_has_a_full_portrait_in_the_usual_order() {
    let all = portraits();
    for (p, style) in all.iter().zip(Style::ALL) {
        assert_eq!(p.style, style);
        assert_eq!(*p, portrait(style));
        for (what, text) in [("gist", p.gist), ("strength", p.strength)] {
            assert!(text.len() > 20, "{style:?} {what} is a sentence: {text:?}");
            assert!(text.ends_with('.'), "{style:?} {what} ends its sentence");
        }
        assert!(
            p.helps.len() >= 3,
            "{style:?} has at least three things that help"
        );
        for help in p.helps {
            assert!(help.ends_with('.'), "{style:?}: {help:?}");
        }
    }
}

#[test]
fn the_portrait_and_trap_are_the_result_pages_own() {
    for style in Style::ALL {
        let p = portrait(style);
        assert_eq!(p.tagline, style.tagline());
        assert_eq!(p.trap, style.trap());
    }
}

#[test]
fn no_two_styles_share_a_sentence() {
    let mut seen = BTreeSet::new();
    for p in portraits() {
        for text in [p.gist, p.strength]
            .into_iter()
            .chain(p.helps.iter().copied())
        {
            assert!(seen.insert(text), "said twice: {text:?}");
        }
    }
}

#[test]
fn the_welcome_lines_stay_short() {
    for p in portraits() {
        assert!(
            p.gist.len() <= 80,
            "{:?}: {:?} fits one line on a laptop",
            p.style,
            p.gist
        );
    }
}
