//! Screen 7: "Compare a group". The person collects result links (up to
//! twelve, each optionally named), sees what the group adds up to, and can
//! share the whole group as one link.

use yew::prelude::*;

use crate::components::group::add::group_add;
use crate::components::group::members::group_members;
use crate::components::group::summary::group_summary;
use crate::components::share::group::group_share;
use crate::domain::group::GROUP_LIMIT;
use crate::i18n::messages as t;
use crate::state::use_app;

#[component]
pub fn GroupPage() -> Html {
    let app = use_app();
    let added = use_state(String::new);
    let shared = use_state(String::new);
    let field = use_node_ref();
    let group = app.group.clone();
    let any_result = !group.results().is_empty();
    html! {
        <article class="group">
            <header>
                <h1>{t::group_title()}</h1>
                <p class="lead">{t::group_lead(GROUP_LIMIT)}</p>
                <p>{t::group_on_device()}</p>
            </header>
            {group_add(&app, &added, &field)}
            {group_members(&app)}
            if any_result {
                {group_summary(&group)}
                {group_share(&app, &shared)}
            }
        </article>
    }
}
