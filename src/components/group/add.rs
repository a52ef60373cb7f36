//! Adding results to the group: links pasted one a line (or one at a time),
//! and the person's own latest result.

use yew::prelude::*;

use crate::browser::focus;
use crate::domain::group::{entry_lines, GroupEdit, GROUP_LIMIT};
use crate::domain::share::code::{encode, SharedResult};
use crate::i18n::{messages as t, names};
use crate::state::{Action, AppHandle};

/// The "Add results" form. A plain function with its page's hooks (each
/// component costs the wasm a few kB): `status` is its status line, `field`
/// the text area.
pub fn group_add(app: &AppHandle, status: &UseStateHandle<String>, field: &NodeRef) -> Html {
    let room = app.group.room();
    let add_text = {
        let (app, status) = (app.clone(), status.clone());
        move |text: String| {
            let lines = entry_lines(&text).len();
            if lines == 0 {
                status.set(t::group_add_empty());
                return;
            }
            let room = app.group.room();
            status.set(names::added(lines.min(room), lines.saturating_sub(room)));
            app.dispatch(Action::EditGroup(GroupEdit::AddLines(text)));
        }
    };
    let onsubmit = {
        let (field, add_text) = (field.clone(), add_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
                add_text(area.value());
                area.set_value("");
            }
            focus(&field);
        })
    };
    let mine = app
        .history
        .first()
        .map(|r| encode(&SharedResult::from(&r.outcome)));
    let add_mine = mine.map(|code| {
        let add_text = add_text.clone();
        Callback::from(move |_| add_text(code.clone()))
    });
    html! {
        <section aria-labelledby="h-group-add">
            <h2 id="h-group-add">{t::group_add_title()}</h2>
            <form class="group-add" {onsubmit}>
                <label for="group-links">{t::group_add_label()}</label>
                <textarea id="group-links" ref={field} rows="4" spellcheck="false"
                    aria-describedby="group-links-hint" />
                <p id="group-links-hint" class="hint">{t::group_add_hint(GROUP_LIMIT, room)}</p>
                <div class="actions">
                    <button type="submit" class="primary" disabled={room == 0}>{t::group_add_button()}</button>
                    if let Some(onclick) = add_mine {
                        <button type="button" {onclick} disabled={room == 0}>{t::group_add_mine()}</button>
                    }
                </div>
            </form>
            <p class="share-status" role="status" aria-live="polite">{(**status).clone()}</p>
        </section>
    }
}
