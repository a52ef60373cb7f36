//! Screen 8: the journal. The events noted so far, what is due, and a form
//! for the next event.

use yew::prelude::*;

use crate::browser::today;
use crate::components::common::page_nav::use_top_of_page;
use crate::components::journal::backup::BackupPanel;
use crate::components::journal::form::EventForm;
use crate::components::journal::roi::{returns_panel, ReturnsProps};
use crate::domain::journal::status::{Due, Status};
use crate::domain::journal::{Event, JournalAction};
use crate::domain::route::Route;
use crate::state::{use_app, Action};

/// The sentence every journal screen carries about where names are kept.
pub const STAYS_HERE: &str = "Everything in the journal stays on this device. Names and notes are never put into a share link.";

#[component]
pub fn JournalPage() -> Html {
    let app = use_app();
    use_top_of_page();
    let today = today();
    let on_add = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let id = event.id;
            app.dispatch(Action::Journal(JournalAction::AddEvent(event)));
            app.dispatch(Action::Navigate(Route::JournalEvent(id)));
        })
    };
    let due = Due::on(&app.journal, today)
        .sentence()
        .unwrap_or_else(|| "Nothing is due today.".to_owned());
    let events = app.journal.newest_first();
    html! {
        <section class="journal">
            <h1>{"Your event journal"}</h1>
            <p class="lead">{"The work that makes networking pay off starts when the event ends. Note the events you go to, the people you meet and the next step with each of them, and see what the hours brought."}</p>
            <p class="on-device">{STAYS_HERE}</p>
            <p>{due}{" "}<a href="#/follow-ups">{"See all follow-ups"}</a></p>
            <section aria-labelledby="h-events">
                <h2 id="h-events">{"Your events"}</h2>
                if events.is_empty() {
                    <p>{"No events yet. Add the next one you plan to go to, or one you went to lately."}</p>
                } else {
                    <ul class="event-list">
                        { for events.into_iter().map(|e| event_line(e, today)) }
                    </ul>
                }
            </section>
            <section aria-labelledby="h-add-event">
                <h2 id="h-add-event">{"Add an event"}</h2>
                <EventForm {on_add} />
            </section>
            {returns_panel(&ReturnsProps {
                journal: &app.journal,
                habits: app.history.first().map(|r| r.outcome.habits),
            })}
            <BackupPanel />
        </section>
    }
}

fn event_line(event: &Event, today: crate::domain::journal::Date) -> Html {
    let open = event
        .people
        .iter()
        .filter(|p| Status::of(p, today).is_open())
        .count();
    let people = match event.people.len() {
        1 => "1 person met".to_owned(),
        n => format!("{n} people met"),
    };
    let entry = if event.paid { "paid" } else { "free" };
    html! {
        <li>
            <a href={Route::JournalEvent(event.id).to_hash()}>{event.name.clone()}</a>
            <span class="event-meta">{format!("{} · {} · {entry}", event.date.long(), event.kind.label())}</span>
            <span class="event-meta">{format!("{people}, {open} follow-ups open")}</span>
        </li>
    }
}
