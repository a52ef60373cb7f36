//! The follow-ups across every event, by the device's date: overdue, due
//! today, coming up, without a date, and done.

use yew::prelude::*;

use crate::browser::{download_text, now, today};
use crate::components::common::page_nav::use_top_of_page;
use crate::components::journal::person::status_class;
use crate::domain::journal::ics;
use crate::domain::journal::status::{follow_ups, FollowUp, Status};
use crate::domain::journal::Journal;
use crate::domain::route::Route;
use crate::pages::journal::STAYS_HERE;
use crate::state::use_app;

/// Which statuses belong in a group.
type Belongs = fn(Status) -> bool;

/// The groups of the list, in order: heading id, heading, and which
/// statuses belong there.
const GROUPS: [(&str, &str, Belongs); 5] = [
    ("h-overdue", "Overdue", |s| matches!(s, Status::Overdue(_))),
    ("h-due-today", "Due today", |s| s == Status::DueToday),
    ("h-coming-up", "Coming up", |s| {
        matches!(s, Status::Upcoming(_))
    }),
    ("h-no-date", "No date set", |s| s == Status::NoDate),
    ("h-done", "Done", |s| s == Status::Done),
];

#[component]
pub fn FollowUpsPage() -> Html {
    let app = use_app();
    use_top_of_page();
    let today = today();
    let all = follow_ups(&app.journal, today);
    html! {
        <section class="follow-ups">
            <p><a class="link-alone" href="#/journal">{"Back to the journal"}</a></p>
            <h1>{"Follow-ups"}</h1>
            <p>{format!("By this device's date, today is {}.", today.long())}</p>
            <p class="on-device">{STAYS_HERE}</p>
            <CalendarExport journal={app.journal.clone()} />
            if all.is_empty() {
                <p>{"No one noted yet. Add the people you meet to an event in the journal."}</p>
            }
            { for GROUPS.iter().map(|&(id, heading, belongs)| {
                let group: Vec<&FollowUp<'_>> = all.iter().filter(|f| belongs(f.status)).collect();
                if group.is_empty() {
                    return html! {};
                }
                html! {
                    <section aria-labelledby={id}>
                        <h2 {id}>{format!("{heading} ({})", group.len())}</h2>
                        <ul class="follow-up-list">{ for group.into_iter().map(line) }</ul>
                    </section>
                }
            }) }
        </section>
    }
}

fn line(f: &FollowUp<'_>) -> Html {
    let due = f
        .person
        .due
        .map(|d| format!(" · due {}", d.long()))
        .unwrap_or_default();
    html! {
        <li>
            <a href={Route::JournalEvent(f.event.id).to_hash()}>{f.person.name.clone()}</a>
            <span class="event-meta">{format!("Met at {} on {}", f.event.name, f.event.date.long())}</span>
            <span class={classes!("event-meta", status_class(f.status))}>
                {format!("{} · {}{due}", f.person.stage(), f.status.describe())}
            </span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct CalendarProps {
    journal: Journal,
}

/// The open follow-ups with a due date, as a file for a calendar app.
#[component]
fn CalendarExport(props: &CalendarProps) -> Html {
    let said = use_state(String::new);
    let count = ics::entries(&props.journal).len();
    let onclick = {
        let (journal, said) = (props.journal.clone(), said.clone());
        Callback::from(move |_| {
            let file = ics::calendar(&ics::entries(&journal), &ics::utc_stamp(now()));
            said.set(match download_text(&file, "text/calendar", "netstyle-follow-ups.ics") {
                Some(()) => format!("Saved netstyle-follow-ups.ics with {count} follow-ups. Importing it again later updates them instead of adding them twice."),
                None => "The calendar file could not be saved in this browser.".to_owned(),
            });
        })
    };
    html! {
        <section aria-labelledby="h-calendar">
            <h2 id="h-calendar">{"In your calendar"}</h2>
            <p>{"Put every open follow-up that has a due date into your calendar app as an all-day event. The file holds the names and notes, so it is yours to keep."}</p>
            if count == 0 {
                <p>{"No open follow-up has a due date yet."}</p>
            } else {
                <div class="actions">
                    <button type="button" {onclick}>{"Download the calendar file (.ics)"}</button>
                </div>
            }
            <p aria-live="polite">{(*said).clone()}</p>
        </section>
    }
}
