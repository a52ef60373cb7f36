//! Sharing the group as one link (`#/g/<code>`): the results that could be
//! read, and the names only when the person ticks the box for them.

use yew::prelude::*;

use crate::components::share::panel::{app_base, share};
use crate::domain::group::code::encode;
use crate::domain::group::GroupEdit;
use crate::domain::route::group_link;
use crate::i18n::messages as t;
use crate::state::{Action, AppHandle};

/// The "Share the group" section, a plain function with its page's hooks;
/// `status` is its status line.
pub fn group_share(app: &AppHandle, status: &UseStateHandle<String>) -> Html {
    let group = &app.group;
    let Some(code) = encode(group) else {
        return html! {};
    };
    let link = group_link(&app_base(), &code);
    let left_out = group.members.len() - group.results().len();
    let toggle = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                app.dispatch(Action::EditGroup(GroupEdit::NamesInLink(input.checked())));
            }
        })
    };
    let onclick = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let shared = share(&link, &t::group_share_sheet_title()).await;
                status.set(shared.message());
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <section class="share" aria-labelledby="h-group-share">
            <h2 id="h-group-share">{t::group_share_title()}</h2>
            <p>{t::group_share_lead()}</p>
            <p class="check">
                <input id="names-in-link" type="checkbox" checked={group.names_in_link} onchange={toggle} />
                <label for="names-in-link">{t::group_share_names()}</label>
            </p>
            <p class="hint">{if group.names_in_link {
                t::group_share_names_on()
            } else {
                t::group_share_names_off()
            }}</p>
            if left_out > 0 {
                <p class="group-warning">{t::group_share_left_out(left_out)}</p>
            }
            <div class="actions">
                <button class="primary" {onclick}>{t::group_share_button()}</button>
            </div>
            <p class="share-status" role="status" aria-live="polite">{(**status).clone()}</p>
            <label for="group-link">{t::group_share_link()}</label>
            <input id="group-link" class="share-link" type="text" readonly=true value={link} onfocus={select_all} />
        </section>
    }
}
