//! "Update available": offered once a new version is installed and waiting
//! (see `service_worker`). The new version only takes over after the person
//! clicks "Update now", so an attempt in progress is never reloaded under
//! them.

use std::cell::Cell;

use web_sys::ServiceWorker;
use yew::prelude::*;

use crate::i18n::messages as t;
use crate::service_worker::{take_over, watch};

#[derive(Properties, PartialEq)]
pub struct UpdatePromptProps {
    /// Whether progress survives the reload that an update needs.
    pub keeps_progress: bool,
}

#[component]
pub fn UpdatePrompt(props: &UpdatePromptProps) -> Html {
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    let waiting = use_state(|| None::<ServiceWorker>);
    let consented = use_memo((), |_| Cell::new(false));
    {
        let (offer, consented) = (waiting.setter(), consented.clone());
        use_effect_with((), move |_| {
            let offer = Callback::from(move |worker| offer.set(Some(worker)));
            let listeners = watch(offer, consented);
            move || drop(listeners)
        });
    }
    let Some(worker) = (*waiting).clone() else {
        return html! { <div class="notices" role="status" aria-live="polite"></div> };
    };
    let update = Callback::from(move |_: MouseEvent| {
        consented.set(true);
        take_over(&worker);
    });
    let later = Callback::from(move |_: MouseEvent| waiting.set(None));
    let reassurance = if props.keeps_progress {
        t::update_keeps_progress()
    } else {
        t::update_loses_progress()
    };
    html! {
        <div class="notices" role="status" aria-live="polite">
            <div class="notice update-prompt">
                <p><strong>{t::update_available()}</strong>{" "}{reassurance}</p>
                <div class="actions">
                    <button class="primary" onclick={update}>{t::update_now()}</button>
                    <button onclick={later}>{t::update_not_now()}</button>
                </div>
            </div>
        </div>
    }
}
