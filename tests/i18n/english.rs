//! The English catalog writes what the code wrote before the texts moved.

use netstyle::domain::Style;
use netstyle::i18n::catalogs::MESSAGES;
use netstyle::i18n::messages as t;
use netstyle::i18n::names;
use netstyle::i18n::{text, Arg};

#[test]
fn sentences_with_numbers_read_as_before() {
    assert_eq!(
        t::welcome_progress(3, 24),
        "You answered 3 of 24 questions so far."
    );
    assert!(t::welcome_lead(24).contains("Answer 24 short questions to find out"));
    assert_eq!(t::journal_due_note(0, 1), "1 follow-up is due today.");
    assert_eq!(t::journal_due_note(3, 0), "3 follow-ups are overdue.");
    assert_eq!(
        t::journal_due_note(1, 2),
        "2 follow-ups are due today and 1 is overdue."
    );
    assert_eq!(t::checklist_progress(3, 12), "3 of 12 done");
    assert_eq!(
        t::not_enough_lead(1, 4, 12).split('.').next(),
        Some("You answered 1 of the 12 scenes")
    );
    assert_eq!(t::status_overdue(1), "Overdue by 1 day");
    assert_eq!(t::status_upcoming(3), "Due in 3 days");
    assert_eq!(
        t::journal_event_people(2, 1),
        "1 person met, 2 follow-ups open"
    );
}

#[test]
fn dates_and_shares_read_as_before() {
    let day = netstyle::domain::journal::Date::parse("2026-03-10").unwrap();
    assert_eq!(t::event_date(day), "10 March 2026");
    assert_eq!(
        names::profile_shares(&[25, 25, 10, 40]).join(", "),
        "Pro 25%, Rookie 25%, Imposter 10%, Mensch 40%"
    );
    assert_eq!(t::event_hours_noted(names::hours(20)), "Noted: 0.33 hours.");
    assert_eq!(t::event_hours_noted(names::hours(150)), "Noted: 2.5 hours.");
}

#[test]
fn styles_read_as_before() {
    assert_eq!(t::style_with_article(Style::Imposter), "an Imposter");
    assert_eq!(t::result_being(Style::Imposter), "Being an Imposter");
    assert_eq!(t::result_streak(Style::Pro), "with a Pro streak");
    assert_eq!(t::styles_card_title(Style::Mensch), "The Mensch");
    assert_eq!(
        t::shared_pair_title(Style::Imposter, Style::Pro),
        "How a Pro and an Imposter work best together"
    );
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
