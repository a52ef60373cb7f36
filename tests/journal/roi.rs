//! The return on the hours on the host: the figures per event and in
//! total, follow-ups per hour, and the journal next to the quiz.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::journal::roi::{compare, mirror, over_time, Returns};
use netstyle::domain::journal::*;
use netstyle::domain::Habit;
use netstyle::i18n::names::{agreement, mirror_shows};

fn add_event(
    j: &mut Journal,
    id: u64,
    date: &str,
    kind: EventKind,
    goal: &str,
    minutes: Option<u32>,
) {
    let draft = EventDraft {
        id,
        name: format!("E{id}"),
        date: Date::parse(date),
        kind,
        paid: false,
        goal: goal.to_owned(),
    };
    j.apply(JournalAction::AddEvent(draft.check().expect("sound")));
    j.apply(JournalAction::SetHours { event: id, minutes });
}

fn add_person(j: &mut Journal, event: u64, id: u64, steps: &[Step]) {
    let draft = PersonDraft {
        id,
        name: format!("P{id}"),
        does: String::new(),
        promise: String::new(),
        promised_by: Promiser::Me,
        due: None,
    };
    j.apply(JournalAction::AddPerson {
        event,
        person: draft.check().expect("sound"),
    });
    for &step in steps {
        j.apply(JournalAction::SetStep {
            event,
            person: id,
            step,
            taken: true,
        });
    }
}

/// A managed event with a goal (2.5 h, four people) and an open mixer
/// without hours (two people).
fn journal() -> Journal {
    let mut j = Journal::default();
    add_event(
        &mut j,
        1,
        "2026-03-01",
        EventKind::Managed,
        "meet a designer",
        Some(150),
    );
    add_person(
        &mut j,
        1,
        11,
        &[Step::ThankYouSent, Step::MeetingAsked, Step::MeetingHeld],
    );
    add_person(&mut j, 1, 12, &[Step::ReferralGiven]);
    add_person(&mut j, 1, 13, &[Step::MeetingAsked, Step::ReferralReceived]);
    add_person(&mut j, 1, 14, &[]);
    add_event(&mut j, 2, "2026-02-01", EventKind::OpenMixer, "", None);
    add_person(&mut j, 2, 21, &[Step::ThankYouSent]);
    add_person(&mut j, 2, 22, &[]);
    j
}

#[test]
fn each_event_and_the_total() {
    let j = journal();
    let first = Returns::of_event(j.event(1).expect("event 1"));
    assert_eq!(
        first,
        Returns {
            minutes: 150,
            people: 4,
            followed_up: 3,
            meetings_asked: 2,
            meetings_held: 1,
            referrals_given: 1,
            referrals_received: 1,
            followed_up_timed: 3,
        }
    );
    assert_eq!(first.per_hour(), Some(1.2));
    let second = Returns::of_event(j.event(2).expect("event 2"));
    assert_eq!(
        (second.people, second.followed_up, second.per_hour()),
        (2, 1, None)
    );
    let total = Returns::total(&j);
    assert_eq!(
        (
            total.minutes,
            total.people,
            total.followed_up,
            total.meetings_held
        ),
        (150, 6, 4, 1)
    );
    assert_eq!(
        total.per_hour(),
        Some(1.2),
        "only events with hours count per hour"
    );
    assert_eq!(Returns::total(&Journal::default()).per_hour(), None);
    let order: Vec<u64> = over_time(&j).iter().map(|(e, _)| e.id).collect();
    assert_eq!(order, [2, 1], "oldest first");
}

#[test]
fn per_hour_rounds_to_one_decimal() {
    let r = |followed_up_timed, minutes| Returns {
        followed_up_timed,
        minutes,
        ..Returns::default()
    };
    assert_eq!(r(1, 180).per_hour(), Some(0.3));
    assert_eq!(r(2, 180).per_hour(), Some(0.7));
    assert_eq!(r(0, 60).per_hour(), Some(0.0));
    assert_eq!(r(10, 45).per_hour(), Some(13.3));
}

#[test]
fn the_journal_next_to_the_quiz() {
    let j = journal();
    let m = mirror(&j, [Some(10), Some(58), None, Some(50), Some(90)]);
    let said: Vec<(Habit, Option<u8>, String, Option<u8>)> = m
        .iter()
        .map(|m| (m.habit, m.quiz, mirror_shows(m), m.share))
        .collect();
    assert_eq!(
        said,
        [
            (
                Habit::Expectations,
                Some(10),
                "2 of 6 people met were asked for a meeting".to_owned(),
                Some(33)
            ),
            (
                Habit::FollowUp,
                Some(58),
                "4 of 6 follow-ups done".to_owned(),
                Some(67)
            ),
            (
                Habit::GivingFirst,
                None,
                "referrals given to 1 of 6 people met (1 received)".to_owned(),
                Some(17)
            ),
            (
                Habit::EventChoice,
                Some(50),
                "1 of 2 events were managed, with an educational part".to_owned(),
                Some(50)
            ),
            (
                Habit::GoalRoi,
                Some(90),
                "1 of 2 events had a goal and their hours noted".to_owned(),
                Some(50)
            ),
        ]
    );
    assert_eq!(
        agreement(m[0].agreement),
        "The journal shows more of this habit than your quiz answers did."
    );
    assert_eq!(
        agreement(m[1].agreement),
        "The quiz and the journal point the same way here."
    );
    assert_eq!(
        agreement(m[2].agreement),
        "The quiz had no answer on this habit, so only the journal speaks here."
    );
    assert_eq!(agreement(m[4].agreement), "The journal shows less of this habit so far than your quiz answers did; it counts only what you noted.");
    let empty = mirror(&Journal::default(), [Some(50); 5]);
    assert!(empty.iter().all(|m| m.share.is_none()
        && agreement(m.agreement) == "Nothing in the journal speaks to this habit yet."));
}

#[test]
fn the_comparison_sentence_has_a_threshold_of_20() {
    assert_eq!(compare(Some(50), Some(70)), compare(Some(50), Some(30)));
    assert_ne!(compare(Some(50), Some(71)), compare(Some(50), Some(70)));
    assert_ne!(compare(Some(50), Some(29)), compare(Some(50), Some(30)));
    for s in [compare(Some(0), Some(100)), compare(Some(100), Some(0))].map(agreement) {
        for word in ["should", "fail", "bad", "poor", "must"] {
            assert!(!s.to_lowercase().contains(word), "{s} judges");
        }
    }
}
