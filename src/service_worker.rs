//! The service worker from the page's side: registers `sw.js`, tells when a
//! new version is installed and waiting, and lets it take over only when
//! the person asks, so an attempt in progress is never reloaded under them.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState, ServiceWorkerUpdateViaCache,
};
use yew::Callback;

/// What the waiting worker understands as "take over now" (see static/sw.js).
const SKIP_WAITING: &str = "skip-waiting";

/// The listeners that keep watching; dropping them stops the watch.
pub type Listeners = Rc<RefCell<Vec<EventListener>>>;

/// Registers the worker and calls `offer` with each new version that is
/// installed and waiting. Once `consented` is set, the tab reloads when the
/// new version takes over. Without service workers (outside secure
/// contexts) nothing happens and the app simply does not work offline.
///
/// The registration waits until the page is idle: at start-up the app's
/// first render comes first, and registering in its effects made that task
/// longer (total blocking time). If the listeners are dropped
/// before then, nothing is registered.
pub fn watch(offer: Callback<ServiceWorker>, consented: Rc<Cell<bool>>) -> Listeners {
    let listeners = Listeners::default();
    if let Some(container) = container() {
        let later = Rc::downgrade(&listeners);
        crate::browser::when_idle(move || {
            if let Some(listeners) = later.upgrade() {
                register(container, offer, consented, listeners);
            }
        });
    }
    listeners
}

/// Lets the waiting `worker` take over; the reload follows from
/// `controllerchange` (see [`watch`]).
pub fn take_over(worker: &ServiceWorker) {
    // Another tab may have let it take over already; then a reload is all
    // that is left to do.
    let posted = worker.state() == ServiceWorkerState::Installed
        && worker
            .post_message(&JsValue::from_str(SKIP_WAITING))
            .is_ok();
    if !posted {
        reload();
    }
}

/// Asks the service worker to keep `file` (a language's catalog, relative
/// to the public URL) offline from now on: the active version and one
/// waiting to take over, once there is an active one (on a first visit the
/// app fetches its language before the worker is installed). See static/sw.js.
pub fn keep(file: String) {
    let Some(ready) = container().and_then(|c| c.ready().ok()) else {
        return;
    };
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(ready)
            .await
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>())
        else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str("keep"), &file.into());
        for worker in [registration.active(), registration.waiting()]
            .into_iter()
            .flatten()
        {
            let _ = worker.post_message(&message);
        }
    });
}

/// The service worker API, absent outside secure contexts.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"));
    present.unwrap_or(false).then(|| navigator.service_worker())
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

fn register(
    container: ServiceWorkerContainer,
    offer: Callback<ServiceWorker>,
    consented: Rc<Cell<bool>>,
    listeners: Listeners,
) {
    // Fires in every open tab when a new version takes over; only the tab
    // where the person asked for it reloads.
    listeners.borrow_mut().push(EventListener::new(
        &container,
        "controllerchange",
        move |_| {
            if consented.get() {
                reload();
            }
        },
    ));
    let options = RegistrationOptions::new();
    // Relative to <base href>, so both follow the public URL.
    options.set_scope("./");
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let registering = JsFuture::from(container.register_with_options("sw.js", &options));
    spawn_local(async move {
        // Without a worker the app still runs; it just will not work offline.
        let Ok(registration) = registering
            .await
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>())
        else {
            return;
        };
        if registration.active().is_some() {
            if let Some(worker) = registration.waiting() {
                offer.emit(worker);
            }
        }
        let found = on_update_found(registration.clone(), offer, Rc::downgrade(&listeners));
        let visible = check_when_visible(registration);
        listeners
            .borrow_mut()
            .extend([found].into_iter().chain(visible));
    });
}

/// Offers a newly installed worker, unless it is the first one: that one
/// simply starts working offline, with nothing to update from.
fn on_update_found(
    registration: ServiceWorkerRegistration,
    offer: Callback<ServiceWorker>,
    listeners: Weak<RefCell<Vec<EventListener>>>,
) -> EventListener {
    let target = registration.clone();
    EventListener::new(&target, "updatefound", move |_| {
        let Some(worker) = registration.installing() else {
            return;
        };
        let (registration, offer, installed) =
            (registration.clone(), offer.clone(), worker.clone());
        let listener = EventListener::new(&worker, "statechange", move |_| {
            if installed.state() == ServiceWorkerState::Installed && registration.active().is_some()
            {
                offer.emit(installed.clone());
            }
        });
        if let Some(listeners) = listeners.upgrade() {
            listeners.borrow_mut().push(listener);
        }
    })
}

/// Browsers look for a new version on navigation; a tab left open for days
/// also looks whenever the person comes back to it.
fn check_when_visible(registration: ServiceWorkerRegistration) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let target = document.clone();
    Some(EventListener::new(&target, "visibilitychange", move |_| {
        if document.hidden() {
            return;
        }
        if let Ok(checking) = registration.update() {
            // Offline the check fails; that is expected and not worth a word.
            spawn_local(async move {
                let _ = JsFuture::from(checking).await;
            });
        }
    }))
}
