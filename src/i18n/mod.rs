//! Every text a person reads comes from here: one catalog per language
//! (`locales/<lang>/*.ftl`, compiled at build time by `build/catalog.rs`),
//! read by a small evaluator (`catalog`), with numbers, dates, lists and
//! plural categories from the locale (`intl`).
//!
//! Call a message by its typed function in [`messages`] (one per message of
//! the English catalog, its variables as arguments in alphabetical order):
//! `t::welcome_progress(answered, total)`. The language in use is
//! per thread (the browser has one); English until [`use_language`].
//!
//! A layer beside `state` and `storage`: components and pages import it,
//! it imports only `domain`.

pub mod catalog;
pub mod intl;
pub mod messages;
pub mod names;

use std::cell::RefCell;
use std::rc::Rc;

use catalog::Catalog;
use intl::Formats;

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

struct Language {
    catalog: Rc<Catalog>,
    formats: Rc<dyn Formats>,
    locale: String,
}

thread_local! {
    static CURRENT: RefCell<Option<Language>> = const { RefCell::new(None) };
}

/// The formats of a locale: the browser's `Intl` in the browser, the
/// host's stand-in elsewhere.
pub fn formats_for(locale: &str) -> Rc<dyn Formats> {
    #[cfg(target_arch = "wasm32")]
    return Rc::new(intl::Browser::new(locale));
    #[cfg(not(target_arch = "wasm32"))]
    return Rc::new(intl::Host::new(locale));
}

/// Reads a compiled catalog made for this build, if it is one.
pub fn read_catalog(text: &'static str) -> Option<Catalog> {
    Catalog::read(text, messages::SIGNATURE, messages::MESSAGES.len())
}

/// The English catalog, compiled into the app. English numbers and dates
/// are written as in the UK ("10 March 2026"), as the app always has.
fn english() -> Language {
    let catalog = read_catalog(messages::ENGLISH).expect("the build's own English catalog");
    Language {
        catalog: Rc::new(catalog),
        formats: formats_for("en-GB"),
        locale: "en-GB".to_owned(),
    }
}

/// Switches this thread to `catalog`, with numbers and dates for `locale`
/// (a BCP 47 tag, `de-AT`).
pub fn use_language(catalog: Catalog, locale: &str) {
    let language = Language {
        catalog: Rc::new(catalog),
        formats: formats_for(locale),
        locale: locale.to_owned(),
    };
    CURRENT.with(|c| *c.borrow_mut() = Some(language));
}

/// The locale numbers and dates are written for now.
pub fn locale() -> String {
    with_current(|l| l.locale.clone())
}

/// The language (`en`, `de`, ...) of the catalog in use.
pub fn lang() -> &'static str {
    with_current(|l| l.catalog.lang())
}

fn with_current<R>(f: impl FnOnce(&Language) -> R) -> R {
    CURRENT.with(|c| {
        let mut current = c.borrow_mut();
        f(current.get_or_insert_with(english))
    })
}

/// Message `id` (its index in `messages::MESSAGES`) in the language in use.
pub fn text(id: usize, args: &[Arg]) -> String {
    let (catalog, formats) = with_current(|l| (l.catalog.clone(), l.formats.clone()));
    catalog.format(id, args, &*formats)
}
