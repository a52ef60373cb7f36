//! The calendar file on the host: which follow-ups go in, stable UIDs,
//! escaping and folding as RFC 5545 asks.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::journal::ics::{calendar, entries, escape, fold, utc_stamp};
use netstyle::domain::journal::*;
use netstyle::i18n::names::CalendarWords;
use proptest::prelude::*;

fn day(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

fn journal() -> Journal {
    let mut j = Journal::default();
    let event = EventDraft {
        id: 7,
        name: "Guild dinner; west wing, room 2".to_owned(),
        date: Some(day("2026-03-01")),
        kind: EventKind::Other,
        paid: false,
        goal: String::new(),
    };
    j.apply(JournalAction::AddEvent(event.check().expect("sound")));
    for (id, name, due) in [
        (21, "Ana Ruiz", Some("2026-03-31")),
        (22, "Bo Lind", Some("2026-03-05")),
        (23, "Cy", None),
    ] {
        let person = PersonDraft {
            id,
            name: name.to_owned(),
            does: "Designer, printer\\binder".to_owned(),
            promise: "Send the deck\nand a note".to_owned(),
            promised_by: Promiser::Both,
            due: due.map(day),
        };
        j.apply(JournalAction::AddPerson {
            event: 7,
            person: person.check().expect("sound"),
        });
    }
    j
}

#[test]
fn only_open_follow_ups_with_a_date_go_in_soonest_first() {
    let mut j = journal();
    let list = entries(&j, &CalendarWords);
    let uids: Vec<&str> = list.iter().map(|e| e.uid.as_str()).collect();
    assert_eq!(uids, ["follow-up-22@netstyle", "follow-up-21@netstyle"]);
    assert_eq!(list[0].summary, "Follow up with Bo Lind");
    assert_eq!(
        list[0].description,
        "Met at Guild dinner; west wing, room 2 on 1 March 2026.\nWhat they do: Designer, printer\\binder\nPromised: Send the deck\nand a note (We both did)\nSo far: To do"
    );
    // Taking the step that was due closes the follow-up: it leaves the file.
    j.apply(JournalAction::SetStep {
        event: 7,
        person: 22,
        step: Step::ThankYouSent,
        taken: true,
    });
    assert_eq!(
        entries(&j, &CalendarWords)
            .iter()
            .map(|e| e.uid.as_str())
            .collect::<Vec<_>>(),
        ["follow-up-21@netstyle"]
    );
}

#[test]
fn the_same_follow_up_keeps_its_uid_when_it_changes() {
    let mut j = journal();
    let before = entries(&j, &CalendarWords);
    j.apply(JournalAction::SetDue {
        event: 7,
        person: 21,
        due: Some(day("2026-04-02")),
    });
    j.apply(JournalAction::SetStep {
        event: 7,
        person: 21,
        step: Step::MeetingAsked,
        taken: true,
    });
    j.apply(JournalAction::SetDue {
        event: 7,
        person: 21,
        due: Some(day("2026-04-09")),
    });
    let after = entries(&j, &CalendarWords);
    let ana = |list: &[netstyle::domain::journal::ics::Entry]| {
        list.iter()
            .find(|e| e.summary.contains("Ana"))
            .cloned()
            .expect("Ana is in")
    };
    assert_eq!(ana(&before).uid, ana(&after).uid);
    assert_eq!(ana(&after).date, day("2026-04-09"));
}

#[test]
fn the_file_is_rfc_5545() {
    let text = calendar(
        &entries(&journal(), &CalendarWords),
        &utc_stamp(1_773_137_730_000),
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "every line ends in CRLF"
    );
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(lines.iter().all(|l| l.len() <= 75), "folded at 75 octets");
    let unfolded = text.replace("\r\n ", "");
    let unfolded: Vec<&str> = unfolded.split("\r\n").collect();
    assert_eq!(
        &unfolded[..13],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//netstyle//follow-ups//EN",
            "CALSCALE:GREGORIAN",
            "BEGIN:VEVENT",
            "UID:follow-up-22@netstyle",
            "DTSTAMP:20260310T101530Z",
            "DTSTART;VALUE=DATE:20260305",
            "DTEND;VALUE=DATE:20260306",
            "SUMMARY:Follow up with Bo Lind",
            "DESCRIPTION:Met at Guild dinner\\; west wing\\, room 2 on 1 March 2026.\\nWhat they do: Designer\\, printer\\\\binder\\nPromised: Send the deck\\nand a note (We both did)\\nSo far: To do",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    );
    assert_eq!(unfolded.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 2);
    assert!(
        unfolded.contains(&"DTEND;VALUE=DATE:20260401"),
        "31 March ends on 1 April"
    );
}

#[test]
fn an_empty_journal_is_an_empty_calendar() {
    let text = calendar(&entries(&Journal::default(), &CalendarWords), &utc_stamp(0));
    assert_eq!(text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//netstyle//follow-ups//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

#[test]
fn stamps_are_utc() {
    assert_eq!(utc_stamp(0), "19700101T000000Z");
    assert_eq!(utc_stamp(1_773_137_730_999), "20260310T101530Z");
    assert_eq!(utc_stamp(951_825_600_000), "20000229T120000Z");
}

#[test]
fn escaping() {
    assert_eq!(escape("a;b,c\\d"), "a\\;b\\,c\\\\d");
    assert_eq!(
        escape("one\ntwo\r\nthree\rfour"),
        "one\\ntwo\\nthree\\nfour"
    );
    assert_eq!(
        escape("colon: stays \"quoted\"\ttab"),
        "colon: stays \"quoted\"\ttab"
    );
    assert_eq!(escape("bell\u{7}gone"), "bellgone");
}

#[test]
fn folding_never_splits_a_character() {
    assert_eq!(fold(&"a".repeat(75)), "a".repeat(75));
    assert_eq!(fold(&"a".repeat(76)), format!("{}\r\n a", "a".repeat(75)));
    // 74 octets, then a two-octet character that would make 76: it moves down.
    assert_eq!(
        fold(&format!("{}é", "a".repeat(74))),
        format!("{}\r\n é", "a".repeat(74))
    );
}

proptest! {
    #[test]
    fn folding_keeps_every_line_short_and_unfolds_to_the_original(text in "\\PC{0,400}") {
        let folded = fold(&text);
        for line in folded.split("\r\n") {
            prop_assert!(line.len() <= 75);
        }
        prop_assert_eq!(folded.replace("\r\n ", ""), text);
    }

    #[test]
    fn escaped_text_has_no_raw_line_break_and_reads_back(text in "[a-z;,\\\\\n ]{0,60}") {
        let escaped = escape(&text);
        prop_assert!(!escaped.contains('\n'));
        let mut back = String::new();
        let mut chars = escaped.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => back.push('\n'),
                    Some(other) => back.push(other),
                    None => prop_assert!(false, "a lone backslash at the end"),
                }
            } else {
                prop_assert!(c != ';' && c != ',', "unescaped {}", c);
                back.push(c);
            }
        }
        prop_assert_eq!(back, text);
    }
}
