//! The English catalog writes what the code wrote before the texts moved.

use netstyle::domain::content::portraits::portraits;
use netstyle::domain::journal::status::Due;
use netstyle::domain::Style;
use netstyle::i18n::catalogs::MESSAGES;
use netstyle::i18n::messages as t;
use netstyle::i18n::{text, Arg};

#[test]
fn sentences_with_numbers_read_as_before() {
    assert_eq!(
        t::welcome_progress(3, 24),
        "You answered 3 of 24 questions so far."
    );
    assert!(t::welcome_lead(24).contains("Answer 24 short questions to find out"));
    for today in 0..4 {
        for overdue in 0..4 {
            let before = Due { today, overdue }.sentence();
            let now = t::journal_due_note(overdue, today);
            assert_eq!(
                before.unwrap_or_default(),
                if today + overdue == 0 {
                    String::new()
                } else {
                    now
                }
            );
        }
    }
}

#[test]
fn styles_read_as_before() {
    for p in portraits() {
        assert_eq!(t::style_name(p.style), p.style.name());
        assert_eq!(t::style_with_article(p.style), p.style.with_article());
        assert_eq!(t::style_gist(p.style), p.gist);
        assert_eq!(t::style_tagline(p.style), p.tagline);
        assert_eq!(t::style_strength(p.style), p.strength);
        assert_eq!(t::style_trap(p.style), p.trap);
        for (n, help) in p.helps.iter().enumerate() {
            assert_eq!(&t::style_help(n + 1, p.style), help);
        }
    }
    assert_eq!(t::style_with_article(Style::Imposter), "an Imposter");
}

/// Every message with every variable given a sample value of each kind.
fn every_message_with_samples() -> Vec<String> {
    let list = vec!["Ada".to_owned(), "Grace".to_owned(), "Linus".to_owned()];
    let samples = [
        Arg::Num(1.0),
        Arg::Num(2.0),
        Arg::Num(0.42),
        Arg::Str("pro"),
        Arg::Str("mensch"),
        Arg::Date(20_522),
        Arg::List(&list),
    ];
    let mut out = Vec::new();
    for (id, vars) in MESSAGES.iter().enumerate() {
        for sample in samples {
            let args = vec![sample; vars.1.len()];
            out.push(text(id, &args));
        }
    }
    out
}

#[test]
fn no_message_is_empty_and_none_isolates() {
    for (id, _) in MESSAGES.iter().enumerate() {
        let vars = MESSAGES[id].1.len();
        let message = text(id, &vec![Arg::Num(2.0); vars]);
        assert!(!message.trim().is_empty(), "{} is empty", MESSAGES[id].0);
    }
    for message in every_message_with_samples() {
        assert!(
            !message
                .chars()
                .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')),
            "{message:?} holds a bidi mark"
        );
    }
}
