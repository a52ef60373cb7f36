//! The journal's two forms: a new event, and a person met at one. (Each
//! select marks its first option `selected`: yew inserts options last
//! first, so the browser would otherwise start on the last one.) Each
//! reads its fields when sent, checks them in the domain and, if something
//! is missing, says what next to the field and moves focus there.

use yew::prelude::*;

use crate::browser::focus;
use crate::domain::journal::{
    Date, DraftError, Event, EventDraft, EventKind, Person, PersonDraft, Promiser,
};

/// A fresh id for an event or a person: random, and below 2^53 so that it
/// survives any JSON reader (a calendar UID and the backup carry it).
pub fn new_id() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64 + 1
}

/// The value of the input or select behind `node`.
pub fn value(node: &NodeRef) -> String {
    if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    node.cast::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Empties the text fields behind `nodes` after a form was sent.
fn clear(nodes: &[&NodeRef]) {
    for node in nodes {
        if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
            input.set_value("");
        }
    }
}

/// The field a draft error is about and the error's sentence, for the form.
#[derive(Clone, PartialEq)]
struct Problem {
    field: &'static str,
    message: String,
}

fn field_attrs(
    problem: &Option<Problem>,
    field: &'static str,
    hint: Option<&str>,
) -> (Option<&'static str>, Option<String>) {
    let mine = problem.as_ref().is_some_and(|p| p.field == field);
    let described = [
        mine.then(|| format!("{field}-error")),
        hint.map(str::to_owned),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    (
        mine.then_some("true"),
        (!described.is_empty()).then_some(described),
    )
}

fn error_line(problem: &Option<Problem>, field: &'static str) -> Html {
    match problem {
        Some(p) if p.field == field => html! {
            <p id={format!("{field}-error")} class="field-error">{p.message.clone()}</p>
        },
        _ => html! {},
    }
}

fn submit<F: Fn() + 'static>(run: F) -> Callback<SubmitEvent> {
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        run();
    })
}

#[derive(Properties, PartialEq)]
pub struct EventFormProps {
    pub on_add: Callback<Event>,
}

/// Name, date, kind, paid or free, and the goal of a new event.
#[component]
pub fn EventForm(props: &EventFormProps) -> Html {
    let (name, date, kind) = (use_node_ref(), use_node_ref(), use_node_ref());
    let (paid, goal) = (use_node_ref(), use_node_ref());
    let problem = use_state(|| None::<Problem>);
    let onsubmit = {
        let (name, date, kind, paid, goal) = (
            name.clone(),
            date.clone(),
            kind.clone(),
            paid.clone(),
            goal.clone(),
        );
        let (problem, on_add) = (problem.clone(), props.on_add.clone());
        submit(move || {
            let draft = EventDraft {
                id: new_id(),
                name: value(&name),
                date: Date::parse(&value(&date)),
                kind: EventKind::from_key(&value(&kind)).unwrap_or(EventKind::Other),
                paid: value(&paid) == "paid",
                goal: value(&goal),
            };
            match draft.check() {
                Ok(event) => {
                    problem.set(None);
                    clear(&[&name, &date, &goal]);
                    on_add.emit(event);
                }
                Err(e) => {
                    let (field, node) = match e {
                        DraftError::NoDate => ("event-date", &date),
                        DraftError::TooLong if value(&name).chars().count() <= 500 => {
                            ("event-goal", &goal)
                        }
                        _ => ("event-name", &name),
                    };
                    problem.set(Some(Problem {
                        field,
                        message: e.to_string(),
                    }));
                    focus(node);
                }
            }
        })
    };
    let attrs = |field| field_attrs(&problem, field, None);
    let (name_invalid, name_described) = attrs("event-name");
    let (date_invalid, date_described) = attrs("event-date");
    let (goal_invalid, goal_described) =
        field_attrs(&problem, "event-goal", Some("event-goal-hint"));
    html! {
        <form class="journal-form" {onsubmit} novalidate=true>
            <div class="field">
                <label for="event-name">{"Name of the event"}</label>
                <input ref={name} id="event-name" type="text" autocomplete="off" aria-invalid={name_invalid} aria-describedby={name_described} />
                {error_line(&problem, "event-name")}
            </div>
            <div class="field">
                <label for="event-date">{"Date"}</label>
                <input ref={date} id="event-date" type="date" aria-invalid={date_invalid} aria-describedby={date_described} />
                {error_line(&problem, "event-date")}
            </div>
            <div class="field">
                <label for="event-kind">{"Kind of event"}</label>
                <select ref={kind} id="event-kind">
                    { for EventKind::ALL.iter().map(|&k| html! { <option value={k.key()} selected={k == EventKind::OpenMixer}>{k.label()}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="event-paid">{"Entry"}</label>
                <select ref={paid} id="event-paid">
                    <option value="free" selected=true>{"Free"}</option>
                    <option value="paid">{"Paid"}</option>
                </select>
            </div>
            <div class="field">
                <label for="event-goal">{"Your goal for it (optional)"}</label>
                <input ref={goal} id="event-goal" type="text" autocomplete="off" aria-invalid={goal_invalid} aria-describedby={goal_described} />
                <p id="event-goal-hint" class="hint">{"For example: meet one graphic designer, or find someone who knows the venue's owner."}</p>
                {error_line(&problem, "event-goal")}
            </div>
            <div class="actions"><button type="submit" class="primary">{"Add the event"}</button></div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct PersonFormProps {
    pub on_add: Callback<Person>,
}

/// Someone met: name, what they do, what was promised by whom, and when the
/// next step is due.
#[component]
pub fn PersonForm(props: &PersonFormProps) -> Html {
    let (name, does, promise) = (use_node_ref(), use_node_ref(), use_node_ref());
    let (by, due) = (use_node_ref(), use_node_ref());
    let problem = use_state(|| None::<Problem>);
    let onsubmit = {
        let (name, does, promise, by, due) = (
            name.clone(),
            does.clone(),
            promise.clone(),
            by.clone(),
            due.clone(),
        );
        let (problem, on_add) = (problem.clone(), props.on_add.clone());
        submit(move || {
            let draft = PersonDraft {
                id: new_id(),
                name: value(&name),
                does: value(&does),
                promise: value(&promise),
                promised_by: Promiser::from_key(&value(&by)).unwrap_or_default(),
                due: Date::parse(&value(&due)),
            };
            match draft.check() {
                Ok(person) => {
                    problem.set(None);
                    clear(&[&name, &does, &promise, &due]);
                    on_add.emit(person);
                    focus(&name);
                }
                Err(e) => {
                    problem.set(Some(Problem {
                        field: "person-name",
                        message: e.to_string(),
                    }));
                    focus(&name);
                }
            }
        })
    };
    let (name_invalid, name_described) = field_attrs(&problem, "person-name", None);
    html! {
        <form class="journal-form" {onsubmit} novalidate=true>
            <div class="field">
                <label for="person-name">{"Name"}</label>
                <input ref={name} id="person-name" type="text" autocomplete="off" aria-invalid={name_invalid} aria-describedby={name_described} />
                {error_line(&problem, "person-name")}
            </div>
            <div class="field">
                <label for="person-does">{"What they do"}</label>
                <input ref={does} id="person-does" type="text" autocomplete="off" />
            </div>
            <div class="field">
                <label for="person-promise">{"What was promised (optional)"}</label>
                <input ref={promise} id="person-promise" type="text" autocomplete="off" />
            </div>
            <div class="field">
                <label for="person-by">{"Who promised it"}</label>
                <select ref={by} id="person-by">
                    { for Promiser::ALL.iter().map(|&p| html! { <option value={p.key()} selected={p == Promiser::Me}>{p.label()}</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="person-due">{"Next step due (optional)"}</label>
                <input ref={due} id="person-due" type="date" />
            </div>
            <div class="actions"><button type="submit" class="primary">{"Add the person"}</button></div>
        </form>
    }
}
