//! The language in use (per thread; the browser has one) and the call
//! that turns a message id and its arguments into text.

use std::cell::RefCell;
use std::rc::Rc;

use super::arg::Arg;
use super::catalog::Catalog;
use super::catalogs;
use super::intl::Formats;

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
    return Rc::new(super::browser::Browser::new(locale));
    #[cfg(not(target_arch = "wasm32"))]
    return Rc::new(super::host::Host::new(locale));
}

/// Reads a compiled catalog made for this build, if it is one.
pub fn read_catalog(text: &'static str) -> Option<Catalog> {
    Catalog::read(text, catalogs::SIGNATURE, catalogs::MESSAGES.len())
}

/// The English catalog, compiled into the app. English numbers and dates
/// are written as in the UK ("10 March 2026"), as the app always has.
fn english() -> Language {
    let catalog = read_catalog(catalogs::ENGLISH).expect("the build's own English catalog");
    Language {
        catalog: Rc::new(catalog),
        formats: formats_for("en-GB"),
        locale: "en-GB".to_owned(),
    }
}

/// Switches this thread to `catalog`, with numbers and dates for `locale`
/// (a BCP 47 tag, `de-AT`).
pub fn use_language(catalog: Catalog, locale: &str) {
    use_catalog(Rc::new(catalog), locale);
}

/// Switches this thread to a catalog it may keep using elsewhere.
pub fn use_catalog(catalog: Rc<Catalog>, locale: &str) {
    let language = Language {
        catalog,
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

/// Message `id` (its index in `catalogs::MESSAGES`) in the language in use.
pub fn text(id: usize, args: &[Arg]) -> String {
    let (catalog, formats) = with_current(|l| (l.catalog.clone(), l.formats.clone()));
    catalog.format(id, args, &*formats)
}
