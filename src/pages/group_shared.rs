//! A group opened from a link (`#/g/<code>`): read-only, with a way to add
//! its people to the visitor's own group; or, when the link is damaged or
//! too long, a plain explanation. Opening it changes nothing stored.

use yew::prelude::*;

use crate::components::group::add::added_message;
use crate::components::group::summary::group_summary;
use crate::domain::group::code::decode;
use crate::domain::group::GroupEdit;
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
                    <h1>{"This group link could not be opened"}</h1>
                    <p class="lead">{error.to_string()}</p>
                    <p>{"Ask the person who sent it for a fresh link. Nothing on your device was changed."}</p>
                    <div class="actions">
                        <a class="button primary" href="#/group">{"Compare a group of your own"}</a>
                        <a class="button" href="#/">{"Take the quiz yourself"}</a>
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
            status.set(format!(
                "{} Your group is under Compare a group.",
                added_message(n.min(room), n.saturating_sub(room))
            ));
            app.dispatch(Action::EditGroup(GroupEdit::AddMembers(members.clone())));
        })
    };
    html! {
        <article class="group shared-group">
            <header>
                <p class="eyebrow">{"A shared group"}</p>
                <h1>{match n { 1 => "A group of one".to_owned(), n => format!("A group of {n}") }}</h1>
                if !group.names_in_link {
                    <p>{"The person who shared it left the names out, so everyone is shown by number."}</p>
                }
                <div class="actions">
                    <button class="primary" onclick={add}>{"Add them to my group"}</button>
                    <a class="button" href="#/group">{"Open my group"}</a>
                    <a class="button" href="#/">{"Take the quiz yourself"}</a>
                </div>
                <p class="share-status" role="status" aria-live="polite">{(*status).clone()}</p>
            </header>
            {group_summary(&group)}
        </article>
    }
}
