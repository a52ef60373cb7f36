//! "Show QR code": the share link as a full-screen QR code for someone to
//! scan at an event, in a modal dialog that keeps the screen awake where the
//! browser allows it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::domain::quiz::scoring::Outcome;
use crate::domain::share::qr::{QrError, QrMatrix};
use crate::i18n::{messages as t, names};

#[derive(Properties, PartialEq)]
pub struct QrButtonProps {
    pub link: AttrValue,
    pub outcome: Outcome,
}

#[component]
pub fn QrButton(props: &QrButtonProps) -> Html {
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    let open = use_state(|| false);
    let (button, dialog) = (use_node_ref(), use_node_ref());
    use_modal(*open, dialog.clone());
    let show = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    // Escape and the Close button both end in the dialog's `close` event.
    let on_closed = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |_: Event| {
            open.set(false);
            if let Some(el) = button.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    html! {
        <>
            <button ref={button} onclick={show}>{t::qr_show()}</button>
            if *open {
                <dialog ref={dialog} class="qr-view" aria-labelledby="qr-title" onclose={on_closed}>
                    <div class="qr-top"><button class="primary" onclick={close}>{t::qr_close()}</button></div>
                    <p class="eyebrow">{t::qr_eyebrow()}</p>
                    // The streak or tie line is the heading's subtitle.
                    <hgroup>
                        <h2 id="qr-title">{names::headline(&props.outcome)}</h2>
                        if let Some(line) = names::card_subtitle(&props.outcome) {
                            <p class="blend">{line}</p>
                        }
                    </hgroup>
                    {qr_code(&props.link)}
                    <p class="qr-link">{props.link.clone()}</p>
                </dialog>
            }
        </>
    }
}

/// What the QR view says when the link cannot become a code.
fn qr_error(error: &QrError) -> String {
    match error {
        QrError::TooLong => t::qr_too_long(),
    }
}

/// The code as SVG (a plain function: see `journal_roi::ReturnsProps`).
fn qr_code(link: &str) -> Html {
    match QrMatrix::for_link(link) {
        Ok(matrix) => {
            let n = matrix.size_with_quiet_zone();
            html! {
                <svg class="qr-code" viewBox={format!("0 0 {n} {n}")} role="img"
                    aria-label={t::qr_label()} shape-rendering="crispEdges">
                    <rect width={n.to_string()} height={n.to_string()} fill="#ffffff" />
                    <path d={matrix.svg_path()} fill="#000000" />
                </svg>
            }
        }
        Err(error) => html! { <p class="qr-error">{qr_error(&error)}</p> },
    }
}

/// Opens the dialog as a modal when it appears (focus moves into it, the
/// page behind goes inert) and holds a screen wake lock while it is open.
/// The browser drops the lock when the page is hidden, so it is asked for
/// again when the page shows while the code is still open.
#[hook]
fn use_modal(open: bool, dialog: NodeRef) {
    use_effect_with(open, move |&open| {
        let lock = Rc::new(RefCell::new(WakeLock::Wanted));
        let mut listener = None;
        if open {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
            request_wake_lock(lock.clone());
            listener = web_sys::window().and_then(|w| w.document()).map(|d| {
                let lock = lock.clone();
                EventListener::new(&d, "visibilitychange", move |_| reacquire(&lock))
            });
        }
        move || {
            drop(listener);
            if let WakeLock::Held(sentinel) = lock.replace(WakeLock::Released) {
                release(&sentinel);
            }
        }
    });
}

/// Asks for the lock again once the page is visible, if the one held was
/// released by the browser meanwhile.
fn reacquire(lock: &Rc<RefCell<WakeLock>>) {
    let visible = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| Reflect::get(&d, &"visibilityState".into()).ok())
        .and_then(|v| v.as_string())
        .is_some_and(|v| v == "visible");
    let dropped = match &*lock.borrow() {
        WakeLock::Held(sentinel) => Reflect::get(sentinel, &"released".into())
            .ok()
            .and_then(|r| r.as_bool())
            .unwrap_or(false),
        // A request is on its way, or the view has closed.
        WakeLock::Wanted | WakeLock::Released => false,
    };
    if visible && dropped {
        *lock.borrow_mut() = WakeLock::Wanted;
        request_wake_lock(lock.clone());
    }
}

enum WakeLock {
    Wanted,
    Held(JsValue),
    Released,
}

/// `navigator.wakeLock.request("screen")` where the browser has it (not in
/// web-sys's stable API). Without it, or when refused, the code still shows.
fn request_wake_lock(lock: Rc<RefCell<WakeLock>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(wake_lock) = Reflect::get(&window.navigator(), &"wakeLock".into()) else {
        return;
    };
    let request = Reflect::get(&wake_lock, &"request".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let Some(promise) = request.and_then(|f| f.call1(&wake_lock, &"screen".into()).ok()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(sentinel) = JsFuture::from(Promise::from(promise)).await else {
            return;
        };
        let mut state = lock.borrow_mut();
        match *state {
            WakeLock::Wanted => *state = WakeLock::Held(sentinel),
            // Closed before the lock arrived.
            _ => release(&sentinel),
        }
    });
}

fn release(sentinel: &JsValue) {
    if let Some(f) = Reflect::get(sentinel, &"release".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        let _ = f.call0(sentinel);
    }
}
