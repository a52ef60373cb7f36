//! The four styles explained: every style has, in the English catalog, a
//! line for the welcome screen, a portrait, a strength, its trap and three
//! things that help, each a whole sentence and none said twice.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use netstyle::domain::Style;
use netstyle::i18n::messages as t;

fn helps(style: Style) -> [String; 3] {
    [1, 2, 3].map(|n| t::style_help(n, style))
}

#[test]
fn every_style_has_a_full_portrait() {
    for style in Style::ALL {
        for (what, text) in [
            ("gist", t::style_gist(style)),
            ("tagline", t::style_tagline(style)),
            ("strength", t::style_strength(style)),
            ("trap", t::style_trap(style)),
        ] {
            assert!(text.len() > 20, "{style:?} {what} is a sentence: {text:?}");
            assert!(text.ends_with('.'), "{style:?} {what} ends its sentence");
        }
        for help in helps(style) {
            assert!(
                help.len() > 20 && help.ends_with('.'),
                "{style:?}: {help:?}"
            );
        }
    }
}

#[test]
fn no_two_styles_share_a_sentence() {
    let mut seen = BTreeSet::new();
    for style in Style::ALL {
        for text in [
            t::style_gist(style),
            t::style_tagline(style),
            t::style_strength(style),
            t::style_trap(style),
        ]
        .into_iter()
        .chain(helps(style))
        {
            assert!(seen.insert(text.clone()), "said twice: {text:?}");
        }
    }
}

#[test]
fn the_welcome_lines_stay_short() {
    for style in Style::ALL {
        let gist = t::style_gist(style);
        assert!(
            gist.len() <= 80,
            "{style:?}: {gist:?} fits one line on a laptop"
        );
    }
}
