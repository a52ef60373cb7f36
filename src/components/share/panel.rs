//! Share a result: the Web Share API where the browser has it, the clipboard
//! otherwise, and the link as text in any case.

use js_sys::{Object, Reflect};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::browser::{navigator_fn, share_sheet, NotShared};
use crate::components::share::card::ResultCard;
use crate::components::share::qr::QrButton;
use crate::domain::quiz::scoring::Outcome;
use crate::domain::route;
use crate::domain::share::code::{encode, SharedResult};
use crate::i18n::messages as t;

/// The origin and path the app is served from, e.g. `https://example.org/netstyle/`.
pub fn app_base() -> String {
    let location = web_sys::window().map(|w| w.location());
    location
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// The full link for a share code, on whatever origin and path the app is served from.
pub fn share_link(code: &str) -> String {
    route::share_link(&app_base(), code)
}

pub enum Shared {
    ViaShareSheet,
    Copied,
    Cancelled,
    Failed,
}

/// Opens the share sheet where the browser has one, else (or when it
/// fails) writes the link to the clipboard.
pub async fn share(link: &str, title: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    if navigator_fn("share").is_some() {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &link.into());
        match share_sheet(&data).await {
            Ok(()) => return Shared::ViaShareSheet,
            Err(NotShared::Cancelled) => return Shared::Cancelled,
            Err(NotShared::Failed) => {}
        }
    }
    let navigator = window.navigator();
    match JsFuture::from(navigator.clipboard().write_text(link)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

impl Shared {
    /// What the status line says after sharing.
    pub fn message(&self) -> String {
        match self {
            Shared::ViaShareSheet => t::share_done(),
            Shared::Copied => t::share_copied(),
            Shared::Cancelled => String::new(),
            Shared::Failed => t::share_failed(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub outcome: Outcome,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    let status = use_state(String::new);
    let link = share_link(&encode(&SharedResult::from(&props.outcome)));
    let onclick = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let message = share(&link, &t::share_title()).await.message();
                status.set(message);
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <div class="share">
            <div class="actions">
                <button class="primary" {onclick}>{t::share_button()}</button>
                <QrButton link={link.clone()} outcome={props.outcome.clone()} />
            </div>
            <p class="share-status" role="status" aria-live="polite">{(*status).clone()}</p>
            <ResultCard link={link.clone()} outcome={props.outcome.clone()} />
            <label for="share-link">{t::share_link_label()}</label>
            <input id="share-link" class="share-link" type="text" readonly=true value={link} onfocus={select_all} />
            <p class="share-note">{t::share_note()}</p>
            <p><a class="link-alone" href="#/group">{t::share_group_link()}</a></p>
        </div>
    }
}
