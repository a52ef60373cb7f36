//! A group opened from a link (`#/g/<code>`): read-only, with a way to add
//! its people to the visitor's own group; or, when the link is damaged or
//! too long, a plain explanation. Opening it changes nothing stored.

use yew::prelude::*;

use crate::components::group::summary::group_summary;
use crate::domain::group::code::decode;
use crate::domain::group::{GroupEdit, GROUP_LIMIT};
use crate::i18n::{messages as t, names};
use crate::state::{use_app, Action};

#[derive(Properties, PartialEq)]
pub struct SharedGroupPageProps {
    pub code: AttrValue,
}

#[component]
pub fn SharedGroupPage(props: &SharedGroupPageProps) -> Html {
    let app = use_app();
    let status = use_state(String::new);
    let group = match decode(&props.code) {
        Ok(group) => group,
        Err(error) => {
            return html! {
                <section class="damaged">
                    <h1>{t::group_damaged_title()}</h1>
                    <p class="lead">{names::group_code_error(&error)}</p>
                    <p>{t::shared_damaged_ask()}</p>
                    <div class="actions">
                        <a class="button primary" href="#/group">{t::group_damaged_own()}</a>
                        <a class="button" href="#/">{t::take_quiz_yourself()}</a>
                    </div>
                </section>
            }
        }
    };
    let n = group.members.len();
    let add = {
        let (status, members) = (status.clone(), group.members.clone());
        Callback::from(move |_| {
            let room = app.group.room();
            status.set(t::group_added_from_link(
                n.min(room),
                n.saturating_sub(room),
                GROUP_LIMIT,
            ));
            app.dispatch(Action::EditGroup(GroupEdit::AddMembers(members.clone())));
        })
    };
    html! {
        <article class="group shared-group">
            <header>
                <p class="eyebrow">{t::group_shared_eyebrow()}</p>
                <h1>{t::group_shared_title(n)}</h1>
                if !group.names_in_link {
                    <p>{t::group_shared_no_names()}</p>
                }
                <div class="actions">
                    <button class="primary" onclick={add}>{t::group_shared_add()}</button>
                    <a class="button" href="#/group">{t::group_shared_open_mine()}</a>
                    <a class="button" href="#/">{t::take_quiz_yourself()}</a>
                </div>
                <p class="share-status" role="status" aria-live="polite">{(*status).clone()}</p>
            </header>
            {group_summary(&group)}
        </article>
    }
}
