//! The journal on the host: dates, drafts, the follow-up steps, due and
//! overdue by a given day, the stored document and the routes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use netstyle::domain::content::tip::Phase;
use netstyle::domain::documents::{decode_journal, encode_journal, DocError};
use netstyle::domain::journal::status::{follow_ups, Due, Status};
use netstyle::domain::journal::*;
use netstyle::domain::route::Route;
use netstyle::i18n::names::{stage, status};

fn day(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

fn event(id: u64, date: &str) -> Event {
    EventDraft {
        id,
        name: format!("Event {id}"),
        date: Some(day(date)),
        kind: EventKind::Managed,
        paid: true,
        goal: "meet one graphic designer".to_owned(),
    }
    .check()
    .expect("a sound draft")
}

fn person(id: u64, due: Option<&str>) -> Person {
    PersonDraft {
        id,
        name: format!("Person {id}"),
        does: "Accountant".to_owned(),
        promise: "an introduction to her printer".to_owned(),
        promised_by: Promiser::Them,
        due: due.map(day),
    }
    .check()
    .expect("a sound draft")
}

/// One event on 1 March 2026 with three people: due on the 10th, due on
/// the 5th, and no date.
fn journal() -> Journal {
    let mut j = Journal::default();
    j.apply(JournalAction::AddEvent(event(1, "2026-03-01")));
    for (id, due) in [
        (11, Some("2026-03-10")),
        (12, Some("2026-03-05")),
        (13, None),
    ] {
        j.apply(JournalAction::AddPerson {
            event: 1,
            person: person(id, due),
        });
    }
    j
}

fn person_in(j: &Journal, id: u64) -> &Person {
    j.events
        .iter()
        .flat_map(|e| &e.people)
        .find(|p| p.id == id)
        .expect("the person is there")
}

#[test]
fn dates_read_only_real_days() {
    assert_eq!(day("2024-02-29").to_string(), "2024-02-29");
    for bad in [
        "2025-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "26-04-01",
        "2026-4-01",
        "2026-04-01T",
        "",
        "２０２６-04-01",
        "+026-04-01",
        "1899-12-31",
        "3000-01-01",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad:?}");
    }
    assert_eq!(
        netstyle::i18n::messages::event_date(day("2026-03-10")),
        "10 March 2026"
    );
    assert_eq!(day("2026-03-10").compact(), "20260310");
    assert!(day("2026-03-09") < day("2026-03-10") && day("2025-12-31") < day("2026-01-01"));
}

#[test]
fn days_count_across_months_years_and_leap_days() {
    assert_eq!(day("1970-01-01").days_since_epoch(), 0);
    assert_eq!(day("2026-03-01").days_since_epoch(), 20_513);
    assert_eq!(day("2024-02-28").next_day(), day("2024-02-29"));
    assert_eq!(day("2024-02-29").next_day(), day("2024-03-01"));
    assert_eq!(day("2025-12-31").next_day(), day("2026-01-01"));
    assert_eq!(day("2026-02-25").days_until(day("2026-03-03")), 6);
    assert_eq!(day("2026-03-03").days_until(day("2026-02-25")), -6);
    // Every day of four centuries reads back through its day number.
    let mut d = day("1901-01-01");
    for n in d.days_since_epoch()..day("2300-12-31").days_since_epoch() {
        assert_eq!(d.days_since_epoch(), n);
        assert_eq!(Date::from_days_since_epoch(n), Some(d));
        assert_eq!(Date::parse(&d.to_string()), Some(d));
        d = d.next_day();
    }
}

#[test]
fn drafts_say_what_is_missing() {
    let mut draft = EventDraft {
        id: 1,
        name: "  ".to_owned(),
        date: None,
        kind: EventKind::OpenMixer,
        paid: false,
        goal: String::new(),
    };
    assert_eq!(draft.check(), Err(DraftError::NoEventName));
    draft.name = " Chamber breakfast ".to_owned();
    assert_eq!(draft.check(), Err(DraftError::NoDate));
    draft.date = Some(day("2026-03-01"));
    draft.goal = "x".repeat(TEXT_LIMIT + 1);
    assert_eq!(draft.check(), Err(DraftError::TooLong));
    draft.goal = "é".repeat(TEXT_LIMIT);
    let e = draft
        .check()
        .expect("500 characters fit, whatever their bytes");
    assert_eq!(e.name, "Chamber breakfast");
    assert_eq!((e.minutes, e.people.len()), (None, 0));

    let mut p = PersonDraft {
        id: 2,
        name: String::new(),
        does: String::new(),
        promise: String::new(),
        promised_by: Promiser::Me,
        due: None,
    };
    assert_eq!(p.check(), Err(DraftError::NoPersonName));
    p.name = "Ana".to_owned();
    assert_eq!(p.check().map(|p| stage(&p)), Ok("To do".to_owned()));
    assert!(!DraftError::NoPersonName.to_string().is_empty());
}

#[test]
fn hours_read_and_write_like_people_say_them() {
    assert_eq!(parse_hours("2.5"), Some(150));
    assert_eq!(parse_hours(" 2,5 "), Some(150));
    assert_eq!(parse_hours("0.75"), Some(45));
    assert_eq!(parse_hours("200"), Some(12_000));
    assert_eq!(parse_hours(".5"), Some(30));
    assert_eq!(parse_hours("1.05"), Some(63));
    for bad in [
        "", ".", "abc", "-1", "200.5", "NaN", "inf", "1e9", "1.2.3", "1.234", "2 h", "+1",
    ] {
        assert_eq!(parse_hours(bad), None, "{bad:?}");
    }
    assert_eq!(hours_text(150), "2.5");
    assert_eq!(hours_text(60), "1");
    assert_eq!(hours_text(45), "0.75");
    assert_eq!(hours_text(20), "0.33");
}

#[test]
fn steps_may_be_skipped_and_taking_one_clears_its_due_date() {
    let mut j = journal();
    let tick = |j: &mut Journal, step, taken| {
        j.apply(JournalAction::SetStep {
            event: 1,
            person: 11,
            step,
            taken,
        })
    };
    // Straight to the meeting, without a thank-you first.
    tick(&mut j, Step::MeetingHeld, true);
    let p = person_in(&j, 11);
    assert_eq!(p.steps, BTreeSet::from([Step::MeetingHeld]));
    assert_eq!(stage(p), "Meeting held");
    assert_eq!(p.due, None, "the step that was due is taken");
    assert_eq!(Status::of(p, day("2026-03-20")), Status::Done);
    // A new date for the next step opens it again.
    j.apply(JournalAction::SetDue {
        event: 1,
        person: 11,
        due: Some(day("2026-03-25")),
    });
    assert_eq!(
        Status::of(person_in(&j, 11), day("2026-03-20")),
        Status::Upcoming(5)
    );
    tick(&mut j, Step::ThankYouSent, true);
    assert_eq!(
        stage(person_in(&j, 11)),
        "Meeting held",
        "the stage is the furthest step"
    );
    tick(&mut j, Step::MeetingHeld, false);
    assert_eq!(stage(person_in(&j, 11)), "Thank-you sent");
    tick(&mut j, Step::ReferralReceived, true);
    assert_eq!(stage(person_in(&j, 11)), "Referral received");
    // Ticking a step already ticked changes nothing, not even a new date.
    j.apply(JournalAction::SetDue {
        event: 1,
        person: 11,
        due: Some(day("2026-04-01")),
    });
    tick(&mut j, Step::ReferralReceived, true);
    assert_eq!(person_in(&j, 11).due, Some(day("2026-04-01")));
}

#[test]
fn due_today_overdue_and_done_depend_on_the_day_given() {
    let mut j = journal();
    let statuses = |j: &Journal, today: &str| -> Vec<(u64, Status)> {
        follow_ups(j, day(today))
            .iter()
            .map(|f| (f.person.id, f.status))
            .collect()
    };
    assert_eq!(
        statuses(&j, "2026-03-04"),
        vec![
            (12, Status::Upcoming(1)),
            (11, Status::Upcoming(6)),
            (13, Status::NoDate)
        ]
    );
    assert_eq!(
        statuses(&j, "2026-03-05"),
        vec![
            (12, Status::DueToday),
            (11, Status::Upcoming(5)),
            (13, Status::NoDate)
        ]
    );
    assert_eq!(
        statuses(&j, "2026-03-10"),
        vec![
            (12, Status::Overdue(5)),
            (11, Status::DueToday),
            (13, Status::NoDate)
        ]
    );
    assert_eq!(
        Due::on(&j, day("2026-03-10")),
        Due {
            today: 1,
            overdue: 1
        }
    );
    assert_eq!(Due::on(&j, day("2026-03-04")), Due::default());
    j.apply(JournalAction::SetStep {
        event: 1,
        person: 12,
        step: Step::ThankYouSent,
        taken: true,
    });
    assert_eq!(
        statuses(&j, "2026-03-12"),
        vec![
            (11, Status::Overdue(2)),
            (13, Status::NoDate),
            (12, Status::Done)
        ]
    );
    assert_eq!(
        Due::on(&j, day("2026-03-12")),
        Due {
            today: 0,
            overdue: 1
        }
    );
}

#[test]
fn the_due_sentence_counts_right() {
    // What the journal's page says (journal-due-note; nothing when none is due).
    let s = |today: usize, overdue: usize| {
        (today + overdue > 0).then(|| netstyle::i18n::messages::journal_due_note(overdue, today))
    };
    assert_eq!(s(0, 0), None);
    assert_eq!(s(1, 0).as_deref(), Some("1 follow-up is due today."));
    assert_eq!(s(2, 0).as_deref(), Some("2 follow-ups are due today."));
    assert_eq!(s(0, 1).as_deref(), Some("1 follow-up is overdue."));
    assert_eq!(s(0, 3).as_deref(), Some("3 follow-ups are overdue."));
    assert_eq!(
        s(1, 1).as_deref(),
        Some("1 follow-up is due today and 1 is overdue.")
    );
    assert_eq!(
        s(2, 4).as_deref(),
        Some("2 follow-ups are due today and 4 are overdue.")
    );
    assert_eq!(status(Status::Overdue(1)), "Overdue by 1 day");
    assert_eq!(status(Status::Upcoming(3)), "Due in 3 days");
}

#[test]
fn tips_follow_the_event_date() {
    let e = event(1, "2026-03-10");
    assert_eq!(e.phases(day("2026-03-09")), &[Phase::Before]);
    assert_eq!(e.phases(day("2026-03-10")), &[Phase::At, Phase::After]);
    assert_eq!(e.phases(day("2027-01-01")), &[Phase::At, Phase::After]);
}

#[test]
fn changes_that_do_not_fit_change_nothing() {
    let j = journal();
    for action in [
        JournalAction::AddEvent(event(11, "2026-01-01")),
        JournalAction::AddPerson {
            event: 1,
            person: person(1, None),
        },
        JournalAction::AddPerson {
            event: 99,
            person: person(50, None),
        },
        JournalAction::SetStep {
            event: 99,
            person: 11,
            step: Step::MeetingAsked,
            taken: true,
        },
        JournalAction::SetStep {
            event: 1,
            person: 99,
            step: Step::MeetingAsked,
            taken: true,
        },
        JournalAction::SetDue {
            event: 1,
            person: 99,
            due: None,
        },
        JournalAction::SetHours {
            event: 99,
            minutes: Some(60),
        },
        JournalAction::RemoveEvent(99),
        JournalAction::RemovePerson {
            event: 1,
            person: 99,
        },
    ] {
        let mut changed = j.clone();
        changed.apply(action.clone());
        assert_eq!(changed, j, "{action:?}");
    }
    let mut hours = j.clone();
    hours.apply(JournalAction::SetHours {
        event: 1,
        minutes: Some(HOURS_LIMIT * 60 + 1),
    });
    assert_eq!(hours.events[0].minutes, None);
    hours.apply(JournalAction::SetHours {
        event: 1,
        minutes: Some(150),
    });
    assert_eq!(hours.events[0].minutes, Some(150));
    let mut removed = j.clone();
    removed.apply(JournalAction::RemovePerson {
        event: 1,
        person: 12,
    });
    assert_eq!(removed.events[0].people.len(), 2);
    removed.apply(JournalAction::RemoveEvent(1));
    assert!(removed.events.is_empty());
}

#[test]
fn newest_event_first() {
    let mut j = Journal::default();
    for (id, date) in [
        (1, "2026-03-01"),
        (2, "2026-05-01"),
        (3, "2026-03-01"),
        (4, "2025-12-01"),
    ] {
        j.apply(JournalAction::AddEvent(event(id, date)));
    }
    let order: Vec<u64> = j.newest_first().iter().map(|e| e.id).collect();
    assert_eq!(order, vec![2, 3, 1, 4]);
}

#[test]
fn the_stored_journal_reads_back_and_refuses_what_it_could_not_hold() {
    let mut j = journal();
    j.apply(JournalAction::SetHours {
        event: 1,
        minutes: Some(150),
    });
    j.apply(JournalAction::SetStep {
        event: 1,
        person: 12,
        step: Step::ReferralGiven,
        taken: true,
    });
    let text = encode_journal(&j);
    assert!(
        text.starts_with(r#"{"schema":1,"data":{"events":[{"id":1,"#),
        "{text}"
    );
    assert!(text.contains(r#""date":"2026-03-01""#));
    assert_eq!(decode_journal(&text), Ok(j.clone()));

    let newer = text.replacen(r#""schema":1"#, r#""schema":2"#, 1);
    assert_eq!(decode_journal(&newer), Err(DocError::Newer(2)));
    for damaged in [
        text.replace("2026-03-01", "2026-02-30"),
        text.replace(r#""id":12"#, r#""id":11"#),
        // A person with the id of an event.
        text.replace(r#""id":12"#, r#""id":1"#),
        text.replace("Event 1", " "),
        text.replace("Accountant", &"a".repeat(TEXT_LIMIT + 1)),
        text.replace(r#""minutes":150"#, r#""minutes":999999"#),
        text.replace("Managed", "Rave"),
        text[..text.len() - 3].to_owned(),
        r#"{"schema":1,"data":[]}"#.to_owned(),
    ] {
        assert!(
            matches!(decode_journal(&damaged), Err(DocError::Corrupt(_))),
            "{damaged}"
        );
    }
}

#[test]
fn journal_routes_read_back() {
    for route in [
        Route::Journal,
        Route::FollowUps,
        Route::JournalEvent(0),
        Route::JournalEvent(9_007_199_254_740_991),
    ] {
        assert_eq!(Route::parse(&route.to_hash()), route);
    }
    assert_eq!(Route::parse("#/journal/42"), Route::JournalEvent(42));
    for odd in [
        "#/journal/",
        "#/journal/042",
        "#/journal/4x",
        "#/journal/-1",
        "#/journal/99999999999999999999999",
    ] {
        assert!(matches!(Route::parse(odd), Route::Unknown(_)), "{odd}");
    }
}
