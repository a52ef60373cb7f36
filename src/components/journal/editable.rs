//! One field of a journal entry with its Edit button. Pressed, the field's
//! input opens under what is shown, with Save and Cancel; Escape or Cancel
//! leaves the stored value as it was and puts focus back on Edit. A save
//! goes through the domain's checks (the add forms' sentences) and is
//! announced. A change made in another tab while the input is open never
//! replaces what is typed there: the editor says so instead.

use yew::prelude::*;

use crate::browser::focus;
use crate::components::journal::form::value;
use crate::i18n::messages as t;

/// The kind of input a field is edited in.
#[derive(Clone, PartialEq)]
pub enum Input {
    Text,
    Date,
    /// A select of (value, text) options.
    Choice(Vec<(&'static str, String)>),
}

#[derive(Properties, PartialEq)]
pub struct EditableProps {
    /// The input's id, unique on the page.
    pub id: AttrValue,
    /// The input's label ("Name of the event").
    pub label: AttrValue,
    /// The Edit button's accessible name: the field and whose it is.
    pub edit: AttrValue,
    /// The stored value in the input's terms (a date as YYYY-MM-DD, a choice by its value).
    pub value: AttrValue,
    pub input: Input,
    /// Checks and saves an edited value; `Err` is the sentence of what to fix.
    pub on_save: Callback<String, Result<(), String>>,
    /// What the page shows of the field.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Editable(props: &EditableProps) -> Html {
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    // The stored value when the input was opened; None while it is closed.
    let opened = use_state(|| None::<AttrValue>);
    let problem = use_state(|| None::<String>);
    let said = use_state(String::new);
    let (edit_button, input) = (use_node_ref(), use_node_ref());
    {
        let (edit_button, input) = (edit_button.clone(), input.clone());
        let first = use_mut_ref(|| true);
        use_effect_with((*opened).clone(), move |opened| {
            // Not on the first render: the page keeps focus where it is then.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus(if opened.is_some() {
                    &input
                } else {
                    &edit_button
                });
            }
        });
    }
    let open = {
        let (opened, problem, said) = (opened.clone(), problem.clone(), said.clone());
        let value = props.value.clone();
        Callback::from(move |_: MouseEvent| {
            problem.set(None);
            said.set(String::new());
            opened.set(Some(value.clone()));
        })
    };
    let close = {
        let (opened, problem) = (opened.clone(), problem.clone());
        Callback::from(move |()| {
            problem.set(None);
            opened.set(None);
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            }
        })
    };
    let onsubmit = {
        let (input, opened, problem, said) =
            (input.clone(), opened.clone(), problem.clone(), said.clone());
        let (on_save, label) = (props.on_save.clone(), props.label.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match on_save.emit(value(&input)) {
                Ok(()) => {
                    problem.set(None);
                    opened.set(None);
                    said.set(t::journal_edit_saved(&*label));
                }
                Err(message) => {
                    problem.set(Some(message));
                    focus(&input);
                }
            }
        })
    };
    // Always in the page, so screen readers announce what is put into it.
    let status = html! { <span class="visually-hidden" role="status">{(*said).clone()}</span> };
    let Some(original) = (*opened).clone() else {
        return html! {
            <>
                {props.children.clone()}
                <button ref={edit_button} type="button" class="edit" aria-label={props.edit.clone()} onclick={open}>{t::journal_edit()}</button>
                {status}
            </>
        };
    };
    let id = props.id.clone();
    let error_id = format!("{id}-error");
    // The input is created holding the stored value (its default value, or
    // the option marked selected), never given it by an effect: yew may
    // yield to the browser between a render and its effects, and a key
    // typed in that gap would be overwritten. Not its `value` either: yew
    // puts that back on every render, over what is typed, when another tab
    // changes the journal; a default value does not touch what is typed.
    let field = match &props.input {
        Input::Choice(options) => html! {
            <select ref={input} id={id.clone()}>
                { for options.iter().map(|(value, text)| html! {
                    <option value={*value} selected={*value == original.as_str()}>{text.clone()}</option>
                }) }
            </select>
        },
        kind => html! {
            <input ref={input} id={id.clone()} type={if *kind == Input::Date { "date" } else { "text" }}
                ~defaultValue={original.to_string()}
                autocomplete="off"
                aria-invalid={problem.is_some().then_some("true")}
                aria-describedby={problem.is_some().then(|| error_id.clone())} />
        },
    };
    html! {
        <>
            {props.children.clone()}
            <form class="journal-form edit-form" {onsubmit} {onkeydown} novalidate=true>
                <div class="field">
                    <label for={id}>{props.label.clone()}</label>
                    {field}
                    if let Some(message) = &*problem {
                        <p id={error_id} class="field-error">{message.clone()}</p>
                    }
                </div>
                if original != props.value {
                    <p class="edit-notice" role="status">{t::journal_edit_changed_elsewhere()}</p>
                }
                <div class="actions">
                    <button type="submit" class="primary">{t::journal_edit_save()}</button>
                    <button type="button" onclick={close.reform(|_: MouseEvent| ())}>{t::cancel()}</button>
                </div>
            </form>
            {status}
        </>
    }
}
