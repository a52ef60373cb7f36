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
use crate::i18n::{messages as t, names};
use crate::state::{use_app, Action};

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
    let due = match Due::on(&app.journal, today) {
        Due {
            today: 0,
            overdue: 0,
        } => t::journal_nothing_due(),
        due => t::journal_due_note(due.overdue, due.today),
    };
    let events = app.journal.newest_first();
    html! {
        <section class="journal">
            <h1>{t::journal_title()}</h1>
            <p class="lead">{t::journal_lead()}</p>
            <p class="on-device">{t::journal_stays_here()}</p>
            <p>{due}{" "}<a href="#/follow-ups">{t::journal_see_follow_ups()}</a></p>
            <section aria-labelledby="h-events">
                <h2 id="h-events">{t::journal_events()}</h2>
                if events.is_empty() {
                    <p>{t::journal_no_events()}</p>
                } else {
                    <ul class="event-list">
                        { for events.into_iter().map(|e| event_line(e, today)) }
                    </ul>
                }
            </section>
            <section aria-labelledby="h-add-event">
                <h2 id="h-add-event">{t::journal_add_event()}</h2>
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
    let paid = if event.paid { "yes" } else { "no" };
    html! {
        <li>
            <a href={Route::JournalEvent(event.id).to_hash()}>{event.name.clone()}</a>
            <span class="event-meta">{t::journal_event_meta(event.date, &names::event_kind(event.kind), paid)}</span>
            <span class="event-meta">{t::journal_event_people(open, event.people.len())}</span>
        </li>
    }
}
