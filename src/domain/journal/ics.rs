//! The open follow-ups as an iCalendar file (RFC 5545): one all-day event
//! per follow-up on its due date. Each event's UID comes from the person's
//! id, which never changes, so importing the file again updates the events
//! instead of adding them twice.

use super::date::Date as Day;
use super::{Date, Event, Journal, Person};
use crate::domain::order::sort_by_rank;

/// One follow-up as a calendar entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
}

/// What a calendar entry says, in the reader's language: the caller
/// brings the words (the app's catalogs).
pub trait Words {
    /// The entry's title: "Follow up with Ana".
    fn summary(&self, person: &Person) -> String;
    /// The lines of its description: where they met, what they do, what
    /// was promised, and how far the follow-up is.
    fn description(&self, event: &Event, person: &Person) -> Vec<String>;
}

/// The follow-ups that have a due date and are not done, soonest first.
pub fn entries(journal: &Journal, words: &impl Words) -> Vec<Entry> {
    let mut all: Vec<Entry> = journal
        .events
        .iter()
        .flat_map(|event| {
            event.people.iter().filter_map(move |p| {
                let due = p.due?;
                Some(Entry {
                    uid: format!("follow-up-{}@netstyle", p.id),
                    date: due,
                    summary: words.summary(p),
                    description: words.description(event, p).join("\n"),
                })
            })
        })
        .collect();
    sort_by_rank(&mut all, |e| (e.date.days_since_epoch(), 0));
    all
}

/// The UTC time `ms` milliseconds after the Unix epoch, as iCalendar writes
/// it (`20260310T101500Z`); the clock is read by the caller.
pub fn utc_stamp(ms: u64) -> String {
    let secs = ms / 1000;
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let date = Day::from_days_since_epoch(days).unwrap_or(Day::MIN);
    let s = secs % 86_400;
    format!(
        "{}T{:02}{:02}{:02}Z",
        date.compact(),
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and
/// line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            // Other control characters are not allowed in a TEXT value.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line (RFC 5545 3.1): no line longer than 75 octets,
/// continued lines start with a space, and a character is never split.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

/// The calendar file for `entries`, stamped `stamp` (see [`utc_stamp`]).
pub fn calendar(entries: &[Entry], stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//netstyle//follow-ups//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    for e in entries {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", e.uid),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", e.date.compact()),
            format!("DTEND;VALUE=DATE:{}", e.date.next_day().compact()),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}
