//! The pseudo-locale (`qps`, made from English by the build): every message
//! in brackets, no plain ASCII letter of English left, about 40 % longer,
//! and English's text, variables and selects kept, so a page in it shows at
//! a glance which texts come from the catalogs and which do not fit.

use netstyle::i18n::catalogs::{CATALOGS, LANGUAGES, MESSAGES, NAMES, PSEUDO, SPOKEN};
use netstyle::i18n::host::Host;
use netstyle::i18n::intl::Formats;
use netstyle::i18n::{read_catalog, text, use_language, Arg};

use super::catalog::ACCENTED;

fn switch(compiled: &'static str) {
    use_language(
        read_catalog(compiled).expect("made for this build"),
        "en-GB",
    );
}

fn english() -> &'static str {
    CATALOGS
        .iter()
        .find(|(l, _)| *l == "en")
        .expect("English")
        .1
}

/// A pseudo text with its letters back in ASCII.
fn unaccent(text: &str) -> String {
    text.chars()
        .map(|c| {
            for (map, base) in [(ACCENTED[0], b'A'), (ACCENTED[1], b'a')] {
                if let Some(i) = map.chars().position(|m| m == c) {
                    return char::from(base + i as u8);
                }
            }
            c
        })
        .collect()
}

#[test]
fn the_pseudo_locale_is_no_language_of_the_menu() {
    assert_eq!(PSEUDO.0, "qps");
    assert!(!LANGUAGES.contains(&PSEUDO.0));
    assert!(NAMES.iter().all(|(lang, _)| *lang != PSEUDO.0));
    assert!(PSEUDO.1.starts_with("nsc1 qps "));
    // The app starts in it when it is stored or the browser's language.
    assert_eq!(SPOKEN.last(), Some(&PSEUDO.0));
    assert_eq!(SPOKEN.len(), NAMES.len() + 1);
}

#[test]
fn every_message_is_bracketed_accented_longer_and_keeps_its_variables() {
    // The one format that writes letters for a number: a date and time.
    let moment = Host::new("en-GB").date_time(2.0);
    let mut longer = (0_usize, 0_usize);
    for (id, (name, vars)) in MESSAGES.iter().enumerate() {
        for sample in [
            Arg::Num(1.0),
            Arg::Num(2.0),
            Arg::Str("pro"),
            Arg::Str("mensch"),
        ] {
            let args = vec![sample; vars.len()];
            switch(english());
            let english = text(id, &args);
            switch(PSEUDO.1);
            let pseudo = text(id, &args);
            let inner = pseudo
                .strip_prefix('[')
                .and_then(|p| p.strip_suffix(']'))
                .unwrap_or_else(|| panic!("{name}: {pseudo:?} is not in brackets"));
            let mut text_only = inner;
            while text_only.ends_with('~') {
                text_only = text_only
                    .trim_end_matches('~')
                    .strip_suffix(' ')
                    .unwrap_or_else(|| panic!("{name}: {pseudo:?}: the padding is words"));
            }
            assert_eq!(unaccent(text_only), english, "{name}: {pseudo:?}");
            let mut own = text_only.replace(&moment, "");
            if let Arg::Str(s) = sample {
                own = own.replace(s, "");
            }
            assert!(
                !own.chars().any(|c| c.is_ascii_alphabetic()),
                "{name}: {pseudo:?} keeps a plain letter"
            );
            if english.chars().count() >= 10 {
                longer.0 += 1;
                let ratio = pseudo.chars().count() as f64 / english.chars().count() as f64;
                if ratio >= 1.3 {
                    longer.1 += 1;
                }
            }
        }
    }
    // A select's variants are padded for the longest of them, so a shorter
    // one runs longer still; a text made mostly of a variable's value (a
    // date, a name) runs less.
    assert!(
        longer.1 * 100 >= longer.0 * 95,
        "only {} of {} texts are at least 30 % longer",
        longer.1,
        longer.0
    );
}

#[test]
fn a_select_still_chooses_in_the_pseudo_locale() {
    use netstyle::domain::Style;
    use netstyle::i18n::messages as t;
    switch(PSEUDO.1);
    let one = t::journal_due_note(0, 1);
    let two = t::journal_due_note(0, 2);
    switch(english());
    assert_eq!(
        unaccent(&one).replace(['[', ']', '~'], "").trim(),
        t::journal_due_note(0, 1)
    );
    assert_eq!(
        unaccent(&two).replace(['[', ']', '~'], "").trim(),
        t::journal_due_note(0, 2)
    );
    assert_ne!(one, two);
    switch(PSEUDO.1);
    assert_ne!(
        t::profile_share(0.42, Style::Pro),
        t::profile_share(0.42, Style::Mensch)
    );
}
