//! The entries of the group, in the order they were added: each with its
//! style or, for an entry that holds no result, what is wrong with it; a
//! name field and a Remove button.

use yew::prelude::*;

use crate::browser::focus_main;
use crate::components::common::emblem::{emblem, EmblemProps};
use crate::components::group::summary::style_line;
use crate::domain::group::{GroupEdit, Member, NAME_MAX_BYTES};
use crate::i18n::{messages as t, names};
use crate::state::{Action, AppHandle};

/// The start of a long entry, so a damaged one can be recognised.
fn shortened(text: &str) -> String {
    const SHOWN: usize = 60;
    if text.chars().count() > SHOWN {
        let mut start: String = text.chars().take(SHOWN).collect();
        start.push('…');
        start
    } else {
        text.to_owned()
    }
}

/// A plain function rather than a component: it has no state of its own,
/// and each component costs the wasm a few kB.
pub fn group_members(app: &AppHandle) -> Html {
    let members = &app.group.members;
    let damaged = members.iter().filter(|m| m.result().is_err()).count();
    html! {
        <section aria-labelledby="h-group-people">
            <h2 id="h-group-people">{t::group_people_title()}</h2>
            if members.is_empty() {
                <p>{t::group_people_none()}</p>
            } else {
                if damaged > 0 {
                    <p class="group-warning">{t::group_people_damaged(damaged)}</p>
                }
                <ol class="group-members">
                    { for members.iter().enumerate().map(|(i, m)| entry(app, i, m)) }
                </ol>
            }
        </section>
    }
}

fn entry(app: &AppHandle, index: usize, member: &Member) -> Html {
    let number = index + 1;
    // Kept as it is typed, so a name is not lost when the page closes
    // before the field loses focus.
    let rename = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let name = input.value();
                app.dispatch(Action::EditGroup(GroupEdit::Rename { index, name }));
            }
        })
    };
    let app = app.clone();
    let remove = Callback::from(move |_| {
        app.dispatch(Action::EditGroup(GroupEdit::Remove(index)));
        // The button goes away with its entry.
        focus_main();
    });
    let name_id = format!("member-name-{index}");
    html! {
        <li class="group-member">
            { match member.result() {
                Ok(r) => html! {
                    <p class="with-emblem member-style">{emblem(&EmblemProps { style: r.primary, class: Classes::new() })}
                        <span>{t::group_entry(number)}<strong>{style_line(&r)}</strong></span></p>
                },
                Err(error) => html! {
                    <>
                        <p class="entry-error">{names::entry_error(&error, number)}</p>
                        <p class="entry-text"><code>{shortened(&member.link)}</code></p>
                    </>
                },
            } }
            <div class="member-controls">
                <label for={name_id.clone()}>{t::group_entry_name(number)}</label>
                <input id={name_id} type="text" maxlength={NAME_MAX_BYTES.to_string()} autocomplete="off"
                    value={member.name.clone()} oninput={rename} />
                <button type="button" onclick={remove}>{t::group_entry_remove(number)}</button>
            </div>
        </li>
    }
}
