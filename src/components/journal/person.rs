//! One person met at an event: what they do, what was promised and by
//! whom (each with its Edit button), the steps of following up taken so
//! far, when the next one is due, and removing them after asking.

use yew::prelude::*;

use crate::browser::focus_id;
use crate::components::common::confirm::Confirm;
use crate::components::journal::editable::{Editable, Input};
use crate::domain::journal::edit::PersonField;
use crate::domain::journal::status::Status;
use crate::domain::journal::{Date, JournalAction, Person, Promiser, Step};
use crate::i18n::{messages as t, names};

#[derive(Properties, PartialEq)]
pub struct PersonCardProps {
    pub event: u64,
    pub person: Person,
    pub today: Date,
    pub on_change: Callback<JournalAction>,
}

/// One person's card; keyed by the person's id, so the list keeps each
/// card's elements (and focus) when another changes.
pub fn person_card(props: &PersonCardProps) -> Html {
    let p = &props.person;
    let (event, person) = (props.event, p.id);
    let prefix = format!("p{}", p.id);
    let status = Status::of(p, props.today);
    let step_box = |step: Step| {
        let id = format!("{prefix}-{step:?}");
        let taken = p.steps.contains(&step);
        let onchange = props
            .on_change
            .reform(move |_: Event| JournalAction::SetStep {
                event,
                person,
                step,
                taken: !taken,
            });
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={taken} {onchange} />
                <label for={id}>{names::step(step)}</label>
            </li>
        }
    };
    let set_due = props.on_change.reform(move |e: Event| {
        let value = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default();
        JournalAction::SetDue {
            event,
            person,
            due: Date::parse(&value),
        }
    });
    let remove = {
        let on_change = props.on_change.clone();
        Callback::from(move |()| {
            // Focus goes to the list's heading before the card it was in goes.
            focus_id("h-people");
            on_change.emit(JournalAction::RemovePerson { event, person });
        })
    };
    let heading = format!("{prefix}-name");
    let editor = |field: PersonField, label: String, edit: String, input: Input, shown: Html| {
        let on_change = props.on_change.clone();
        let on_save = Callback::from(move |text: String| {
            let change = field
                .change(event, person, &text)
                .map_err(names::draft_error)?;
            on_change.emit(change);
            Ok(())
        });
        html! {
            <Editable id={format!("{prefix}-edit-{field:?}")} {label} {edit} value={field.text(p)} {input} {on_save}>
                {shown}
            </Editable>
        }
    };
    let name = &p.name;
    let or_none = |text: &str, none: String| {
        html! { <span class="value">{if text.is_empty() { none } else { text.to_owned() }}</span> }
    };
    let facts = [
        (
            t::journal_edit_person_term_does(),
            editor(
                PersonField::Does,
                t::journal_edit_person_does_label(name),
                t::journal_edit_person_does(name),
                Input::Text,
                or_none(&p.does, t::journal_edit_person_term_does_none()),
            ),
        ),
        (
            t::journal_edit_person_term_promise(),
            editor(
                PersonField::Promise,
                t::journal_edit_person_promise_label(name),
                t::journal_edit_person_promise(name),
                Input::Text,
                or_none(&p.promise, t::journal_edit_person_term_promise_none()),
            ),
        ),
        (
            t::journal_edit_person_term_by(),
            editor(
                PersonField::PromisedBy,
                t::journal_edit_person_by_label(name),
                t::journal_edit_person_by(name),
                Input::Choice(
                    Promiser::ALL
                        .map(|b| (b.key(), names::promiser(b)))
                        .to_vec(),
                ),
                html! { <span class="value">{names::promiser(p.promised_by)}</span> },
            ),
        ),
    ];
    html! {
        <li key={p.id.to_string()} class="person" aria-labelledby={heading.clone()}>
            {editor(
                PersonField::Name,
                t::journal_edit_person_name_label(name),
                t::journal_edit_person_name(name),
                Input::Text,
                html! { <h3 id={heading}>{name.clone()}</h3> },
            )}
            <dl class="person-facts">
                { for facts.into_iter().map(|(term, what)| html! { <><dt>{term}</dt><dd>{what}</dd></> }) }
            </dl>
            <p class={classes!("status", status_class(status))}>
                <strong>{names::stage(p)}</strong>{" · "}{names::status(status)}
            </p>
            <fieldset class="steps">
                <legend>{t::person_steps(&p.name)}</legend>
                <ul>{ for Step::ALL.into_iter().map(step_box) }</ul>
            </fieldset>
            <div class="field">
                <label for={format!("{prefix}-due")}>{t::person_due()}</label>
                <input type="date" id={format!("{prefix}-due")} value={p.due.map(|d| d.to_string()).unwrap_or_default()}
                    onchange={set_due} aria-describedby={format!("{prefix}-due-hint")} />
                <p id={format!("{prefix}-due-hint")} class="hint">{t::person_due_hint()}</p>
            </div>
            <Confirm ask={t::journal_edit_person_remove(name)}
                question={t::journal_edit_person_remove_question(name)}
                yes={t::journal_edit_person_remove_yes(name)} on_yes={remove} />
        </li>
    }
}

/// A class for the status line, so overdue stands out by more than colour
/// (its text says so too).
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Overdue(_) => "overdue",
        Status::DueToday => "due-today",
        _ => "",
    }
}
