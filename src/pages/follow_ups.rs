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
use crate::i18n::names::CalendarWords;
use crate::i18n::{messages as t, names};
use crate::state::use_app;

/// Which statuses belong in a group.
type Belongs = fn(Status) -> bool;

/// The groups of the list, in order: heading id, the group's key in the
/// catalogs (`follow-ups-group`), and which statuses belong there.
const GROUPS: [(&str, &str, Belongs); 5] = [
    ("h-overdue", "overdue", |s| matches!(s, Status::Overdue(_))),
    ("h-due-today", "due-today", |s| s == Status::DueToday),
    ("h-coming-up", "coming-up", |s| {
        matches!(s, Status::Upcoming(_))
    }),
    ("h-no-date", "no-date", |s| s == Status::NoDate),
    ("h-done", "done", |s| s == Status::Done),
];

#[component]
pub fn FollowUpsPage() -> Html {
    let app = use_app();
    use_top_of_page();
    let today = today();
    let all = follow_ups(&app.journal, today);
    html! {
        <section class="follow-ups">
            <p><a class="link-alone" href="#/journal">{t::event_back()}</a></p>
            <h1>{t::follow_ups_title()}</h1>
            <p>{t::follow_ups_today(today)}</p>
            <p class="on-device">{t::journal_stays_here()}</p>
            <CalendarExport journal={app.journal.clone()} />
            if all.is_empty() {
                <p>{t::follow_ups_none()}</p>
            }
            { for GROUPS.iter().map(|&(id, key, belongs)| {
                let group: Vec<&FollowUp<'_>> = all.iter().filter(|f| belongs(f.status)).collect();
                if group.is_empty() {
                    return html! {};
                }
                html! {
                    <section aria-labelledby={id}>
                        <h2 {id}>{t::follow_ups_group(group.len(), key)}</h2>
                        <ul class="follow-up-list">{ for group.into_iter().map(line) }</ul>
                    </section>
                }
            }) }
        </section>
    }
}

fn line(f: &FollowUp<'_>) -> Html {
    let (stage, status) = (names::stage(f.person), names::status(f.status));
    let where_it_stands = match f.person.due {
        Some(due) => t::follow_ups_stage_due(due, &stage, &status),
        None => t::follow_ups_stage(&stage, &status),
    };
    html! {
        <li>
            <a href={Route::JournalEvent(f.event.id).to_hash()}>{f.person.name.clone()}</a>
            <span class="event-meta">{t::follow_ups_met(f.event.date, &f.event.name)}</span>
            <span class={classes!("event-meta", status_class(f.status))}>{where_it_stands}</span>
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
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    let said = use_state(String::new);
    let count = ics::entries(&props.journal, &CalendarWords).len();
    let onclick = {
        let (journal, said) = (props.journal.clone(), said.clone());
        Callback::from(move |_| {
            let file = ics::calendar(
                &ics::entries(&journal, &CalendarWords),
                &ics::utc_stamp(now()),
            );
            let name = "netstyle-follow-ups.ics";
            said.set(match download_text(&file, "text/calendar", name) {
                Some(()) => t::calendar_saved(count, name),
                None => t::calendar_not_saved(),
            });
        })
    };
    html! {
        <section aria-labelledby="h-calendar">
            <h2 id="h-calendar">{t::calendar_title()}</h2>
            <p>{t::calendar_lead()}</p>
            if count == 0 {
                <p>{t::calendar_none()}</p>
            } else {
                <div class="actions">
                    <button type="button" {onclick}>{t::calendar_download()}</button>
                </div>
            }
            <p aria-live="polite">{(*said).clone()}</p>
        </section>
    }
}
