//! The result card's layout decisions, without a browser.
#![cfg(not(target_arch = "wasm32"))]

use std::f64::consts::{FRAC_PI_2, TAU};

use netstyle::domain::share::card::{file_name, ring, wrap};
use netstyle::domain::Style;

#[test]
fn the_file_is_named_after_the_style_or_every_tied_style() {
    use netstyle::domain::quiz::scoring::Outcome;
    let mut outcome = Outcome {
        profile: [10, 10, 20, 60],
        primary: Style::Mensch,
        secondary: Some(Style::Imposter),
        tied: vec![],
        habits: [Some(50); 5],
        picks: [0; 5],
        why: vec![],
    };
    assert_eq!(file_name(&outcome), "netstyle-mensch.png");
    outcome.primary = Style::Imposter;
    outcome.secondary = None;
    assert_eq!(file_name(&outcome), "netstyle-imposter.png");
    outcome.profile = [40, 10, 10, 40];
    outcome.primary = Style::Pro;
    outcome.tied = vec![Style::Mensch];
    assert_eq!(file_name(&outcome), "netstyle-pro-mensch.png");
}

#[test]
fn the_ring_splits_a_full_turn_by_share_from_the_top() {
    let arcs = ring([35, 0, 25, 40]);
    assert_eq!(
        arcs.iter().map(|a| a.style).collect::<Vec<_>>(),
        [Style::Pro, Style::Imposter, Style::Mensch]
    );
    assert!((arcs[0].start + FRAC_PI_2).abs() < 1e-9);
    assert!((arcs[0].end - arcs[0].start - 0.35 * TAU).abs() < 1e-9);
    for pair in arcs.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
    }
    assert!((arcs[2].end - (TAU - FRAC_PI_2)).abs() < 1e-9);
    assert!(ring([0; 4]).is_empty());
}

/// One unit per character stands in for the canvas's text measure.
fn chars(s: &str) -> f64 {
    s.chars().count() as f64
}

#[test]
fn text_wraps_at_spaces_within_the_width() {
    let lines = wrap("You come with good intentions and hope", 16.0, 5, chars);
    assert_eq!(lines, ["You come with", "good intentions", "and hope"]);
    assert!(lines.iter().all(|l| chars(l) <= 16.0));
}

#[test]
fn text_beyond_the_last_line_ends_in_an_ellipsis() {
    let lines = wrap("one two three four five six", 9.0, 2, chars);
    assert_eq!(lines, ["one two", "three…"]);
    assert!(wrap("", 10.0, 2, chars).is_empty());
}

#[test]
fn the_title_names_every_tied_style_and_the_line_under_it_names_none_again() {
    use netstyle::domain::quiz::scoring::Outcome;
    use netstyle::i18n::messages as t;
    use netstyle::i18n::names::{
        card_subtitle as subtitle, card_tagline as tagline, headline as title,
    };
    let mut outcome = Outcome {
        profile: [40, 10, 10, 40],
        primary: Style::Pro,
        secondary: None,
        tied: vec![Style::Mensch],
        habits: [Some(50); 5],
        picks: [0; 5],
        why: vec![],
    };
    assert_eq!(title(&outcome), "Pro and Mensch");
    let line = subtitle(&outcome).unwrap();
    assert!(!line.contains("Pro") && !line.contains("Mensch"), "{line}");
    assert!(!tagline(&outcome).contains("Pro"));
    outcome.tied.clear();
    outcome.profile = [45, 10, 10, 35];
    outcome.secondary = Some(Style::Mensch);
    assert_eq!(title(&outcome), "Pro");
    assert_eq!(subtitle(&outcome).as_deref(), Some("with a Mensch streak"));
    assert_eq!(tagline(&outcome), t::style_tagline(Style::Pro));
    outcome.secondary = None;
    assert_eq!(subtitle(&outcome), None);
}

/// Every line of the card, in every language, fits its room at the smallest
/// size it may be drawn at before being squeezed, by a generous estimate of
/// a bold glyph (0.62 of the font size; the canvas measures the real width).
#[test]
fn every_card_line_fits_in_every_language() {
    use netstyle::domain::share::card::{HABITS_MAX, MIN_FONT, SCAN_MAX, SHARE_MAX, TEXT_MAX};
    use netstyle::i18n::catalogs::CATALOGS;
    use netstyle::i18n::messages as t;
    use netstyle::i18n::{read_catalog, use_language};
    let width = |s: &str| s.chars().count() as f64 * 0.62 * f64::from(MIN_FONT);
    for (lang, compiled) in CATALOGS {
        use_language(read_catalog(compiled).expect("made for this build"), lang);
        let mut lines = vec![
            (t::share_title().to_uppercase(), TEXT_MAX),
            (t::card_subtitle_tie(), TEXT_MAX),
            (t::card_habits_strong(), HABITS_MAX),
            (t::card_scan(), SCAN_MAX),
        ];
        for style in Style::ALL {
            lines.push((t::result_streak(style), TEXT_MAX));
            lines.push((t::profile_share(1.0, style), SHARE_MAX));
        }
        for (line, max) in lines {
            assert!(
                width(&line) <= max,
                "{lang}: {line:?} is too wide for the card"
            );
        }
    }
}
