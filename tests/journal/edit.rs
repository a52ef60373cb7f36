//! Correcting the journal on the host: each field's editor text, the add
//! forms' checks on an edited value, and edits applied to the journal.

use netstyle::domain::journal::edit::{EventField, PersonField};
use netstyle::domain::journal::*;

fn day(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

fn journal() -> Journal {
    let mut journal = Journal::default();
    let event = EventDraft {
        id: 1,
        name: "Design week breakfast".to_owned(),
        date: Some(day("2026-03-03")),
        kind: EventKind::Managed,
        paid: true,
        goal: "meet one graphic designer".to_owned(),
    }
    .check()
    .expect("a sound draft");
    journal.apply(JournalAction::AddEvent(event));
    for (id, name) in [(2, "Ana Ruiz"), (3, "Bo Lind")] {
        let person = PersonDraft {
            id,
            name: name.to_owned(),
            does: "Graphic designer".to_owned(),
            promise: "send her portfolio".to_owned(),
            promised_by: Promiser::Them,
            due: Some(day("2026-03-10")),
        }
        .check()
        .expect("a sound draft");
        journal.apply(JournalAction::AddPerson { event: 1, person });
    }
    journal
}

fn edited(journal: &Journal, change: Result<JournalAction, DraftError>) -> Journal {
    let mut journal = journal.clone();
    journal.apply(change.expect("a sound edit"));
    journal
}

#[test]
fn an_editor_starts_from_the_stored_value_in_its_input_s_terms() {
    let j = journal();
    let e = j.event(1).unwrap();
    let texts = [
        EventField::Name,
        EventField::Date,
        EventField::Kind,
        EventField::Entry,
        EventField::Goal,
    ]
    .map(|f| f.text(e));
    assert_eq!(
        texts,
        [
            "Design week breakfast",
            "2026-03-03",
            "managed",
            "paid",
            "meet one graphic designer"
        ]
    );
    let p = &e.people[0];
    let texts = [
        PersonField::Name,
        PersonField::Does,
        PersonField::Promise,
        PersonField::PromisedBy,
    ]
    .map(|f| f.text(p));
    assert_eq!(
        texts,
        ["Ana Ruiz", "Graphic designer", "send her portfolio", "them"]
    );
}

#[test]
fn every_field_of_an_event_can_be_corrected_and_nothing_else_changes() {
    let j = journal();
    let mut j2 = edited(&j, EventField::Name.change(1, "  Design week brunch "));
    j2 = edited(&j2, EventField::Date.change(1, "2026-03-04"));
    j2 = edited(&j2, EventField::Kind.change(1, "trade-show"));
    j2 = edited(&j2, EventField::Entry.change(1, "free"));
    j2 = edited(&j2, EventField::Goal.change(1, " meet two designers "));
    let (before, after) = (j.event(1).unwrap(), j2.event(1).unwrap());
    assert_eq!(after.name, "Design week brunch");
    assert_eq!(after.date, day("2026-03-04"));
    assert_eq!(after.kind, EventKind::TradeShow);
    assert!(!after.paid);
    assert_eq!(after.goal, "meet two designers");
    assert_eq!(
        (after.id, &after.people, after.minutes),
        (before.id, &before.people, before.minutes)
    );
    assert!(j2.is_sound());
}

#[test]
fn every_field_of_a_person_can_be_corrected_and_the_follow_up_stays() {
    let mut j = journal();
    j.apply(JournalAction::SetStep {
        event: 1,
        person: 2,
        step: Step::ThankYouSent,
        taken: true,
    });
    j.apply(JournalAction::SetDue {
        event: 1,
        person: 2,
        due: Some(day("2026-03-20")),
    });
    let mut j2 = edited(&j, PersonField::Name.change(1, 2, "Ana Ruiz-Soto"));
    j2 = edited(&j2, PersonField::Does.change(1, 2, "Illustrator"));
    j2 = edited(&j2, PersonField::Promise.change(1, 2, ""));
    j2 = edited(&j2, PersonField::PromisedBy.change(1, 2, "both"));
    let (before, after) = (
        &j.event(1).unwrap().people[0],
        &j2.event(1).unwrap().people[0],
    );
    assert_eq!(
        (
            after.name.as_str(),
            after.does.as_str(),
            after.promise.as_str(),
            after.promised_by
        ),
        ("Ana Ruiz-Soto", "Illustrator", "", Promiser::Both)
    );
    assert_eq!(
        (after.id, after.due, &after.steps),
        (before.id, before.due, &before.steps)
    );
    assert_eq!(
        j2.event(1).unwrap().people[1],
        j.event(1).unwrap().people[1],
        "Bo is untouched"
    );
    assert!(j2.is_sound());
}

#[test]
fn an_edit_is_checked_with_the_add_forms_sentences() {
    assert_eq!(EventField::Name.edit("   "), Err(DraftError::NoEventName));
    assert_eq!(EventField::Date.edit(""), Err(DraftError::NoDate));
    assert_eq!(EventField::Date.edit("2026-02-30"), Err(DraftError::NoDate));
    assert_eq!(PersonField::Name.edit(""), Err(DraftError::NoPersonName));
    let long = "x".repeat(TEXT_LIMIT + 1);
    for field in [EventField::Name, EventField::Goal] {
        assert_eq!(field.edit(&long), Err(DraftError::TooLong), "{field:?}");
    }
    for field in [PersonField::Name, PersonField::Does, PersonField::Promise] {
        assert_eq!(field.edit(&long), Err(DraftError::TooLong), "{field:?}");
    }
    assert_eq!(
        EventField::Name.edit(&"é".repeat(TEXT_LIMIT)),
        Ok(EventEdit::Name("é".repeat(TEXT_LIMIT))),
        "the limit counts characters, not bytes"
    );
    assert_eq!(
        EventField::Goal.edit("  "),
        Ok(EventEdit::Goal(String::new())),
        "a goal may be emptied"
    );
    assert_eq!(
        PersonField::Does.edit(""),
        Ok(PersonEdit::Does(String::new()))
    );
    assert_eq!(
        DraftError::NoEventName.to_string(),
        "Give the event a name.",
        "the sentence the add form shows"
    );
}

#[test]
fn an_edit_out_of_bounds_or_for_someone_gone_changes_nothing() {
    let j = journal();
    let mut j2 = j.clone();
    j2.apply(JournalAction::EditEvent {
        event: 1,
        edit: EventEdit::Name("  ".to_owned()),
    });
    j2.apply(JournalAction::EditEvent {
        event: 1,
        edit: EventEdit::Goal("x".repeat(TEXT_LIMIT + 1)),
    });
    j2.apply(JournalAction::EditEvent {
        event: 9,
        edit: EventEdit::Paid(false),
    });
    j2.apply(JournalAction::EditPerson {
        event: 1,
        person: 2,
        edit: PersonEdit::Name(String::new()),
    });
    j2.apply(JournalAction::EditPerson {
        event: 1,
        person: 9,
        edit: PersonEdit::Does("Baker".to_owned()),
    });
    j2.apply(JournalAction::EditPerson {
        event: 9,
        person: 2,
        edit: PersonEdit::Does("Baker".to_owned()),
    });
    assert_eq!(j2, j);
}

#[test]
fn removing_a_person_leaves_the_others_and_the_event() {
    let mut j = journal();
    j.apply(JournalAction::RemovePerson {
        event: 1,
        person: 2,
    });
    let names: Vec<&str> = j
        .event(1)
        .unwrap()
        .people
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Bo Lind"]);
    assert_eq!(j.event(1).unwrap().name, "Design week breakfast");
}
