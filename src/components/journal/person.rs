//! One person met at an event: what they do, what was promised, the steps
//! of following up taken so far, and when the next one is due.

use yew::prelude::*;

use crate::domain::journal::status::Status;
use crate::domain::journal::{Date, JournalAction, Person, Step};

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
                <label for={id}>{step.label()}</label>
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
    let remove = props
        .on_change
        .reform(move |_: MouseEvent| JournalAction::RemovePerson { event, person });
    let heading = format!("{prefix}-name");
    html! {
        <li key={p.id.to_string()} class="person" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{p.name.clone()}</h3>
            if !p.does.is_empty() {
                <p class="person-does">{p.does.clone()}</p>
            }
            if !p.promise.is_empty() {
                <p>{"Promised: "}{p.promise.clone()}{" ("}{p.promised_by.label()}{")"}</p>
            }
            <p class={classes!("status", status_class(status))}>
                <strong>{p.stage()}</strong>{" · "}{status.describe()}
            </p>
            <fieldset class="steps">
                <legend>{format!("Steps taken with {}", p.name)}</legend>
                <ul>{ for Step::ALL.into_iter().map(step_box) }</ul>
            </fieldset>
            <div class="field">
                <label for={format!("{prefix}-due")}>{"Next step due"}</label>
                <input type="date" id={format!("{prefix}-due")} value={p.due.map(|d| d.to_string()).unwrap_or_default()}
                    onchange={set_due} aria-describedby={format!("{prefix}-due-hint")} />
                <p id={format!("{prefix}-due-hint")} class="hint">{"Ticking a step clears this date; set a new one for the step after."}</p>
            </div>
            <button type="button" class="quiet" onclick={remove}>{format!("Remove {}", p.name)}</button>
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
