//! Numbers, percentages, dates, lists and plural categories, as the locale
//! writes them: in the browser through its `Intl` (`Browser`), on the host
//! (the build's prerender and the tests) through the `icu` crates (`Host`).
//! This file holds what both share; `browser.rs` and `host.rs` each one side.

/// How long a date is written (`Intl.DateTimeFormat`'s `dateStyle`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    Full,
    Long,
    Medium,
    Short,
}

/// How a list is joined (`Intl.ListFormat`'s `type`): "a, b and c",
/// "a, b or c", or "a, b, c".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListStyle {
    And,
    Or,
    Unit,
}

/// What a catalog needs from the locale.
pub trait Formats {
    /// The plural category of `n` ("one", "other", ...), cardinal or ordinal.
    fn plural(&self, n: f64, ordinal: bool) -> &'static str;
    /// `n` with the locale's digits and separators; as a percentage, `n` is
    /// a fraction (0.42 is 42 %).
    fn number(&self, n: f64, percent: bool) -> String;
    /// A calendar day, given as days since 1970-01-01.
    fn date(&self, days: i64, style: DateStyle) -> String;
    /// A moment (milliseconds since 1970) as a local date and time.
    fn date_time(&self, ms: f64) -> String;
    /// "a, b and c", "a, b or c" or "a, b, c".
    fn list(&self, items: &[String], style: ListStyle) -> String;
}
