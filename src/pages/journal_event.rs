//! One event of the journal: its facts, the tips that fit the day, the
//! hours it took, and the people met there with their follow-ups.

use yew::prelude::*;

use crate::browser::{focus_main, today};
use crate::components::common::confirm::Confirm;
use crate::components::common::page_nav::use_top_of_page;
use crate::components::journal::editable::{Editable, Input};
use crate::components::journal::form::{value, PersonForm};
use crate::components::journal::person::{person_card, PersonCardProps};
use crate::domain::content::tips::{checklist, in_phase, Phase};
use crate::domain::journal::edit::{entry_key, EventField};
use crate::domain::journal::{
    hours_text, parse_hours, Date, Event, EventKind, JournalAction, Person,
};
use crate::domain::route::Route;
use crate::i18n::{messages as t, names};
use crate::state::{use_app, Action};

#[derive(Properties, PartialEq)]
pub struct JournalEventProps {
    pub id: u64,
}

#[component]
pub fn JournalEventPage(props: &JournalEventProps) -> Html {
    let app = use_app();
    use_top_of_page();
    let Some(event) = app.journal.event(props.id).cloned() else {
        return html! {
            <section>
                <h1>{t::event_missing_title()}</h1>
                <p>{t::event_missing_text()}</p>
                <p><a class="button primary" href="#/journal">{t::event_go_to_journal()}</a></p>
            </section>
        };
    };
    let today = today();
    let id = event.id;
    let on_change = {
        let app = app.clone();
        Callback::from(move |change: JournalAction| app.dispatch(Action::Journal(change)))
    };
    let on_add =
        on_change.reform(move |person: Person| JournalAction::AddPerson { event: id, person });
    html! {
        <article class="journal-event">
            <p><a class="link-alone" href="#/journal">{t::event_back()}</a></p>
            {event_editor(&event, &on_change, EventField::Name, html! { <h1>{event.name.clone()}</h1> })}
            {facts(&event, &on_change)}
            <Hours event={event.clone()} on_change={on_change.clone()} />
            <EventTips date={event.date} {today} />
            <section aria-labelledby="h-people">
                // Focus comes here when a person is removed (their card goes).
                <h2 id="h-people" tabindex="-1">{t::event_people()}</h2>
                <p class="on-device">{t::journal_stays_here()}</p>
                if event.people.is_empty() {
                    <p>{t::event_no_people()}</p>
                } else {
                    <ul class="people">
                        { for event.people.iter().map(|p| html! {
                            {person_card(&PersonCardProps { event: id, person: p.clone(), today, on_change: on_change.clone() })}
                        }) }
                    </ul>
                }
                <h3>{t::event_add_person()}</h3>
                <PersonForm {on_add} />
            </section>
            <RemoveEvent {id} name={event.name.clone()} />
        </article>
    }
}

/// One field of the event with its Edit button (see `Editable`); its
/// label and the button's name come from the field and the event's name.
fn event_editor(
    event: &Event,
    on_change: &Callback<JournalAction>,
    field: EventField,
    shown: Html,
) -> Html {
    let name = &event.name;
    let (label, edit, input) = match field {
        EventField::Name => (
            t::journal_edit_event_name_label(),
            t::journal_edit_event_name(name),
            Input::Text,
        ),
        EventField::Date => (
            t::journal_edit_event_date_label(),
            t::journal_edit_event_date(name),
            Input::Date,
        ),
        EventField::Kind => (
            t::journal_edit_event_kind_label(),
            t::journal_edit_event_kind(name),
            Input::Choice(
                EventKind::ALL
                    .map(|k| (k.key(), names::event_kind(k)))
                    .to_vec(),
            ),
        ),
        EventField::Entry => (
            t::journal_edit_event_entry_label(),
            t::journal_edit_event_entry(name),
            Input::Choice(vec![
                (entry_key(false), t::journal_edit_entry_free()),
                (entry_key(true), t::journal_edit_entry_paid()),
            ]),
        ),
        EventField::Goal => (
            t::journal_edit_event_goal_label(),
            t::journal_edit_event_goal(name),
            Input::Text,
        ),
    };
    let (id, on_change) = (event.id, on_change.clone());
    let on_save = Callback::from(move |text: String| {
        let change = field.change(id, &text).map_err(names::draft_error)?;
        on_change.emit(change);
        Ok(())
    });
    html! {
        <Editable id={format!("event-edit-{field:?}")} {label} {edit} value={field.text(event)} {input} {on_save}>
            {shown}
        </Editable>
    }
}

/// The event's facts, term by term through one loop, each with its editor.
fn facts(e: &Event, on_change: &Callback<JournalAction>) -> Html {
    let entry = if e.paid {
        t::journal_edit_entry_paid()
    } else {
        t::journal_edit_entry_free()
    };
    let goal = if e.goal.is_empty() {
        t::event_goal_none()
    } else {
        e.goal.clone()
    };
    let terms = [
        (
            t::event_term_date(),
            EventField::Date,
            t::event_date(e.date),
        ),
        (
            t::event_term_kind(),
            EventField::Kind,
            names::event_kind(e.kind),
        ),
        (t::event_term_entry(), EventField::Entry, entry),
        (t::event_term_goal(), EventField::Goal, goal),
    ];
    html! {
        <dl class="event-facts">
            { for terms.into_iter().map(|(term, field, what)| html! {
                <>
                    <dt>{term}</dt>
                    <dd>{event_editor(e, on_change, field, html! { <span class="value">{what}</span> })}</dd>
                </>
            }) }
        </dl>
    }
}

#[derive(Properties, PartialEq)]
struct HoursProps {
    event: Event,
    on_change: Callback<JournalAction>,
}

/// The hours the event took, noted afterwards.
#[component]
fn Hours(props: &HoursProps) -> Html {
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    let input = use_node_ref();
    let problem = use_state(|| false);
    let id = props.event.id;
    let onsubmit = {
        let (input, problem, on_change) = (input.clone(), problem.clone(), props.on_change.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = value(&input);
            match (text.trim().is_empty(), parse_hours(&text)) {
                (true, _) => on_change.emit(JournalAction::SetHours {
                    event: id,
                    minutes: None,
                }),
                (false, Some(minutes)) => on_change.emit(JournalAction::SetHours {
                    event: id,
                    minutes: Some(minutes),
                }),
                (false, None) => {
                    problem.set(true);
                    crate::browser::focus(&input);
                    return;
                }
            }
            problem.set(false);
        })
    };
    let current = props.event.minutes.map(hours_text).unwrap_or_default();
    let noted = match props.event.minutes {
        Some(m) => t::event_hours_noted(names::hours(m)),
        None => t::event_hours_none(),
    };
    html! {
        <section aria-labelledby="h-hours">
            <h2 id="h-hours">{t::event_hours_title()}</h2>
            <form class="journal-form inline-form" {onsubmit} novalidate=true>
                <div class="field">
                    <label for="event-hours">{t::event_hours_label()}</label>
                    <input ref={input} id="event-hours" type="text" inputmode="decimal" value={current}
                        aria-invalid={problem.then_some("true")}
                        aria-describedby={if *problem { "event-hours-error event-hours-noted" } else { "event-hours-noted" }} />
                    if *problem {
                        <p id="event-hours-error" class="field-error">{t::event_hours_error()}</p>
                    }
                </div>
                <div class="actions"><button type="submit">{t::event_hours_save()}</button></div>
            </form>
            <p id="event-hours-noted" aria-live="polite">{noted}</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TipsProps {
    date: Date,
    today: Date,
}

/// The latest result's checklist, the part that fits the day: before the
/// event its "before" tips, from the day on the "at" and "after" tips.
#[component]
fn EventTips(props: &TipsProps) -> Html {
    let app = use_app();
    let before = props.today < props.date;
    let heading = if before {
        t::event_tips_before()
    } else {
        t::event_tips_after()
    };
    let Some(latest) = app.history.first() else {
        return html! {
            <section aria-labelledby="h-event-tips">
                <h2 id="h-event-tips">{heading}</h2>
                <p>{t::event_tips_no_result()}{" "}<a href="#/">{t::event_tips_go_to_quiz()}</a></p>
            </section>
        };
    };
    let list = checklist(&latest.outcome);
    let checked = app.checked.clone();
    let phases: &[Phase] = if before {
        &[Phase::Before]
    } else {
        &[Phase::At, Phase::After]
    };
    html! {
        <section class="checklist" aria-labelledby="h-event-tips">
            <h2 id="h-event-tips">{heading}</h2>
            <p>{t::event_tips_from_checklist()}</p>
            { for phases.iter().map(|&phase| html! {
                <section class="phase">
                    <h3>{t::checklist_phase(phase)}</h3>
                    <ul>
                        { for in_phase(&list, phase).into_iter().map(|(_, tip)| {
                            let id = format!("event-tip-{}", tip.id);
                            let app = app.clone();
                            let toggle = Callback::from(move |_: web_sys::Event| app.dispatch(Action::ToggleTip(tip.id.to_owned())));
                            html! {
                                <li key={tip.id}>
                                    <input type="checkbox" id={id.clone()} checked={checked.contains(tip.id)} onchange={toggle} />
                                    <label for={id}>{crate::i18n::names::tip(tip.id)}</label>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RemoveProps {
    id: u64,
    name: AttrValue,
}

/// Removing an event and its people, after asking first.
#[component]
fn RemoveEvent(props: &RemoveProps) -> Html {
    let app = use_app();
    let id = props.id;
    let remove = Callback::from(move |()| {
        app.dispatch(Action::Journal(JournalAction::RemoveEvent(id)));
        app.dispatch(Action::Navigate(Route::Journal));
        focus_main();
    });
    let question = t::event_remove_question(&*props.name);
    html! {
        <section class="remove-event" aria-labelledby="h-remove-event">
            <h2 id="h-remove-event">{t::event_remove_title()}</h2>
            <Confirm ask={t::event_remove()} {question} yes={t::event_remove_yes()} on_yes={remove} />
        </section>
    }
}
