//! Which language netstyle speaks to this visitor: the stored explicit
//! choice if there is one, else the first of the browser's languages that
//! netstyle speaks, else English. Plain Rust: the browser only supplies
//! `navigator.languages` and the stored choice.

/// The language to fall back on, and the one compiled into the app.
pub const ENGLISH: &str = "en";

/// English is written for the UK (its spelling, "10 March 2026"), as the
/// app always has been: its numbers and dates follow en-GB whatever region
/// the browser names, so a page never mixes British words with American
/// dates. Every other language takes the browser's region (`de-AT`).
const ENGLISH_LOCALE: &str = "en-GB";

/// The locale each language writes numbers and dates for when the browser
/// names no region for it.
const DEFAULT_LOCALES: &[(&str, &str)] = &[("de", "de-DE"), ("es", "es-ES"), ("fr", "fr-FR")];

/// A language in use: the catalog's language (`de`) and the BCP 47 locale
/// its numbers, dates and lists follow (`de-AT`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Language {
    pub lang: String,
    pub locale: String,
}

/// The primary language subtag of a BCP 47 tag, lower case (`de-AT` → `de`).
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// A tag as a locale the browser's `Intl` takes: `de_AT` → `de-AT`.
fn as_locale(tag: &str) -> String {
    tag.trim().replace('_', "-")
}

/// The language for `lang` (one of `available`) with the best locale the
/// browser offers for it: the first of its `browser` tags in that language
/// (`de-AT`, or a bare `de`), else the language's usual locale.
pub fn language(lang: &str, browser: &[String]) -> Language {
    if lang == ENGLISH {
        return Language {
            lang: ENGLISH.to_owned(),
            locale: ENGLISH_LOCALE.to_owned(),
        };
    }
    let locale = browser
        .iter()
        .find(|tag| primary(tag) == lang && !tag.trim().is_empty())
        .map(|tag| as_locale(tag))
        .or_else(|| {
            DEFAULT_LOCALES
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, locale)| (*locale).to_owned())
        })
        .unwrap_or_else(|| lang.to_owned());
    Language {
        lang: lang.to_owned(),
        locale,
    }
}

/// The language of a first visit: the first of `browser` (the browser's
/// preferred languages, most preferred first) that is one of `available`,
/// keeping the browser's tag as the locale (but English's, see
/// [`ENGLISH_LOCALE`]); else English.
pub fn from_browser(browser: &[String], available: &[&str]) -> Language {
    for tag in browser {
        let lang = primary(tag);
        if lang == ENGLISH {
            return language(ENGLISH, browser);
        }
        if available.contains(&lang.as_str()) {
            return Language {
                lang,
                locale: as_locale(tag),
            };
        }
    }
    language(ENGLISH, browser)
}

/// The language to use: the stored explicit choice when it is one of
/// `available` (a language a later version no longer speaks counts as no
/// choice), else the browser's.
pub fn choose(stored: Option<&str>, browser: &[String], available: &[&str]) -> Language {
    match stored {
        Some(lang) if available.contains(&lang) => language(lang, browser),
        _ => from_browser(browser, available),
    }
}
