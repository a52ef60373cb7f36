//! The result card: a 1200 x 630 picture (the size social networks show
//! for a link) of a result. What goes where is decided here; the browser
//! only paints it.

use std::f64::consts::{FRAC_PI_2, TAU};

use crate::domain::model::Style;
use crate::domain::quiz::scoring::Outcome;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// How wide (px) the card's lines may be: the eyebrow, the line under the
/// title and the tagline; the habits line; the line under the QR code; a
/// style's share beside the ring. A line wider than its room at its own size
/// is drawn smaller, down to [`MIN_FONT`], then squeezed.
pub const TEXT_MAX: f64 = 620.0;
pub const HABITS_MAX: f64 = 600.0;
pub const SCAN_MAX: f64 = 400.0;
pub const SHARE_MAX: f64 = 200.0;
/// The smallest font size (px) a line is drawn at before it is squeezed.
pub const MIN_FONT: u16 = 18;

/// The file a downloaded card is saved as, e.g. `netstyle-mensch.png`; a
/// tie names every tied style, as the card's title does
/// (`netstyle-pro-mensch.png`).
pub fn file_name(outcome: &Outcome) -> String {
    let styles: Vec<String> = outcome
        .styles()
        .iter()
        .map(|s| s.name().to_ascii_lowercase())
        .collect();
    format!("netstyle-{}.png", styles.join("-"))
}

/// One style's arc of the profile ring, in canvas radians (0 points right,
/// angles grow clockwise); the ring starts at the top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Arc {
    pub style: Style,
    pub start: f64,
    pub end: f64,
}

/// The ring's arcs, one per style with a share above zero, in profile order.
pub fn ring(profile: [u8; 4]) -> Vec<Arc> {
    let total: f64 = profile.iter().map(|&p| f64::from(p)).sum();
    if total == 0.0 {
        return Vec::new();
    }
    let mut start = -FRAC_PI_2;
    Style::ALL
        .iter()
        .filter(|s| profile[s.index()] > 0)
        .map(|&style| {
            let end = start + TAU * f64::from(profile[style.index()]) / total;
            let arc = Arc { style, start, end };
            start = end;
            arc
        })
        .collect()
}

/// Breaks `text` into lines no wider than `max` by `width` (the canvas's
/// text measure), at spaces; a word wider than `max` gets a line of its own.
/// At most `max_lines` lines: the last one ends in "…" when text was left over.
pub fn wrap(text: &str, max: f64, max_lines: usize, width: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width(&format!("{line} {word}")) <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && width(&[last.as_str(), "…"].concat()) > max {
                last.pop();
            }
            let trimmed = last.trim_end().len();
            last.truncate(trimmed);
            last.push('…');
        }
    }
    lines
}
