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
use crate::i18n::{messages as t, names};

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

/// One labelled input of a form (`kind` "text" or "date"), with its hint
/// and, when `problem` is about it, its error line, which it is described by.
/// One function builds every field, so the markup is compiled once.
fn field(
    problem: &Option<Problem>,
    id: &'static str,
    label: String,
    kind: &'static str,
    node: &NodeRef,
    hint: Option<(&'static str, String)>,
) -> Html {
    let error = problem.as_ref().filter(|p| p.field == id);
    let error_id = error.map(|_| format!("{id}-error"));
    let described = [
        error_id.as_deref(),
        hint.as_ref().map(|(hint_id, _)| *hint_id),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <div class="field">
            <label for={id}>{label}</label>
            <input ref={node.clone()} id={id} type={kind} autocomplete={(kind == "text").then_some("off")}
                aria-invalid={error.map(|_| "true")} aria-describedby={(!described.is_empty()).then_some(described)} />
            if let Some((hint_id, hint)) = hint {
                <p id={hint_id} class="hint">{hint}</p>
            }
            if let Some(p) = error {
                <p id={error_id} class="field-error">{p.message.clone()}</p>
            }
        </div>
    }
}

/// A labelled select of `options` (value, text), the first one selected.
fn choice(
    id: &'static str,
    label: String,
    node: &NodeRef,
    options: &[(&'static str, String)],
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{label}</label>
            <select ref={node.clone()} id={id}>
                { for options.iter().enumerate().map(|(i, (value, text))| html! { <option value={*value} selected={i == 0}>{text.clone()}</option> }) }
            </select>
        </div>
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
    // Renders again, in place, when the language changes.
    crate::state::use_language();
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
                        message: names::draft_error(e),
                    }));
                    focus(node);
                }
            }
        })
    };
    html! {
        <form class="journal-form" {onsubmit} novalidate=true>
            {field(&problem, "event-name", t::form_event_name(), "text", &name, None)}
            {field(&problem, "event-date", t::form_event_date(), "date", &date, None)}
            {choice("event-kind", t::form_event_kind(), &kind, &EventKind::ALL.map(|k| (k.key(), names::event_kind(k))))}
            {choice("event-paid", t::journal_edit_event_entry_label(), &paid, &[("free", t::journal_edit_entry_free()), ("paid", t::journal_edit_entry_paid())])}
            {field(&problem, "event-goal", t::form_event_goal(), "text", &goal, Some(("event-goal-hint", t::form_event_goal_hint())))}
            <div class="actions"><button type="submit" class="primary">{t::form_add_event()}</button></div>
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
    // Renders again, in place, when the language changes.
    crate::state::use_language();
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
                        message: names::draft_error(e),
                    }));
                    focus(&name);
                }
            }
        })
    };
    html! {
        <form class="journal-form" {onsubmit} novalidate=true>
            {field(&problem, "person-name", t::form_person_name(), "text", &name, None)}
            {field(&problem, "person-does", t::form_person_does(), "text", &does, None)}
            {field(&problem, "person-promise", t::form_person_promise(), "text", &promise, None)}
            {choice("person-by", t::form_person_by(), &by, &Promiser::ALL.map(|p| (p.key(), names::promiser(p))))}
            {field(&problem, "person-due", t::form_person_due(), "date", &due, None)}
            <div class="actions"><button type="submit" class="primary">{t::form_add_person()}</button></div>
        </form>
    }
}
