//! The values a message's variables take.

/// A value for a message's variable. Numbers are formatted and select a
/// plural category; strings select a variant by key (a style's `pro`);
/// a date is a calendar day (days since 1970-01-01); a list is joined with
/// the locale's "and" (or "or").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
    Date(i64),
    List(&'a [String]),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a [String]> for Arg<'a> {
    fn from(items: &'a [String]) -> Self {
        Arg::List(items)
    }
}

impl<'a> From<&'a Vec<String>> for Arg<'a> {
    fn from(items: &'a Vec<String>) -> Self {
        Arg::List(items)
    }
}

impl From<crate::domain::journal::Date> for Arg<'_> {
    fn from(d: crate::domain::journal::Date) -> Self {
        Arg::Date(d.days_since_epoch())
    }
}

impl From<crate::domain::Style> for Arg<'_> {
    /// A style selects its variant by its key: `pro`, `rookie`, `imposter`, `mensch`.
    fn from(s: crate::domain::Style) -> Self {
        Arg::Str(style_key(s))
    }
}

/// The key a style's variants carry in the catalogs.
pub fn style_key(s: crate::domain::Style) -> &'static str {
    use crate::domain::Style;
    match s {
        Style::Pro => "pro",
        Style::Rookie => "rookie",
        Style::Imposter => "imposter",
        Style::Mensch => "mensch",
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64, f64);
