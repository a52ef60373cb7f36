//! German, Spanish and French through the app's own evaluator, with the
//! host's plural rules and separators (each test runs on its own thread,
//! so switching the language here leaves the other tests in English).

use netstyle::domain::Style;
use netstyle::i18n::catalogs::{CATALOGS, MESSAGES};
use netstyle::i18n::messages as t;
use netstyle::i18n::{read_catalog, text, use_language, Arg};

fn switch(lang: &str, locale: &str) {
    let compiled = CATALOGS
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("a catalog")
        .1;
    use_language(read_catalog(compiled).expect("made for this build"), locale);
}

#[test]
fn every_language_speaks_in_its_own_words() {
    switch("de", "de-AT");
    assert_eq!(
        t::welcome_progress(3, 24),
        "Du hast bisher 3 von 24 Fragen beantwortet."
    );
    assert_eq!(t::nav_group(), "Gruppe vergleichen");
    switch("es", "es-ES");
    assert_eq!(t::quiz_question_number(3, 24), "Pregunta 3 de 24");
    switch("fr", "fr-FR");
    assert!(
        t::profile_share(0.42, Style::Pro).ends_with("42\u{202f}%"),
        "{}",
        t::profile_share(0.42, Style::Pro)
    );
}

#[test]
fn plurals_follow_each_language() {
    switch("de", "de-DE");
    let one = t::journal_due_note(0, 1);
    let two = t::journal_due_note(0, 2);
    assert!(one.contains("1 Person"), "{one}");
    assert!(two.contains("2 Personen"), "{two}");
}

#[test]
fn no_language_leaves_a_message_empty_or_isolates() {
    let list = vec!["Ada".to_owned(), "Grace".to_owned()];
    for (lang, _) in CATALOGS {
        switch(lang, lang);
        for (id, (name, vars)) in MESSAGES.iter().enumerate() {
            for sample in [
                Arg::Num(1.0),
                Arg::Num(2.0),
                Arg::Str("pro"),
                Arg::Str("imposter"),
                Arg::List(&list),
            ] {
                let message = text(id, &vec![sample; vars.len()]);
                assert!(
                    !message.trim().is_empty() || vars.len() == 1 && *name == "result-headline",
                    "{lang}: {name} is empty"
                );
                assert!(
                    !message
                        .chars()
                        .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')),
                    "{lang}: {name}: {message:?} holds a bidi mark"
                );
            }
        }
    }
}
