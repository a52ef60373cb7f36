//! The root component: owns the state, keeps it in sync with the URL
//! fragment and with storage, and picks the screen for the route.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::components::notices::{NoticeAction, Notices};
use crate::components::update_prompt::UpdatePrompt;
use crate::domain::documents::NoticeBoard;
use crate::domain::route::Route;
use crate::pages::{
    quiz::QuizPage, result::ResultPage, shared::SharedPage, styles::StylesPage,
    unknown::UnknownPage, welcome::WelcomePage,
};
use crate::state::{Action, AppState};
use crate::storage::{Notice, Store};

/// The state handle every page reads and dispatches to.
pub type AppHandle = UseReducerHandle<AppState>;

/// The app state from the nearest [`App`].
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("pages are only rendered inside App")
}

/// The current time in milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh seed for the option shuffle.
pub fn new_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ now()
}

fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

#[component]
pub fn App() -> Html {
    let store = use_memo((), |_| Store::open());
    let loaded = {
        let store = store.clone();
        use_memo((), move |_| store.load())
    };
    let notices = use_reducer(|| {
        let mut board = NoticeBoard::default();
        board.show(loaded.notices.iter().copied());
        board
    });
    let state = use_reducer(|| AppState {
        route: current_route(),
        attempt: loaded.attempt.clone(),
        history: loaded.history.clone(),
        checked: loaded.checked.clone(),
    });

    use_persistence(store.clone(), state.clone(), notices.clone());
    use_route_sync(state.clone());
    let keeps_progress = store.is_saving();
    use_other_tabs(store, state.clone(), notices.clone());

    let screen = match &state.route {
        Route::Welcome => html! { <WelcomePage /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::Result => html! { <ResultPage /> },
        Route::Styles => html! { <StylesPage /> },
        Route::Shared(code) => html! { <SharedPage code={code.clone()} /> },
        Route::Unknown(_) => html! { <UnknownPage /> },
    };
    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |_| notices.dispatch(NoticeAction::Dismiss))
    };
    html! {
        <ContextProvider<AppHandle> context={state}>
            <a class="skip-link" href="#main" onclick={focus_main()}>{"Skip to content"}</a>
            <header class="masthead"><a href="#/" class="brand">{"netstyle"}</a></header>
            <Notices notices={notices.visible.clone()} on_dismiss={dismiss} />
            <UpdatePrompt {keeps_progress} />
            <main id="main" tabindex="-1">{screen}</main>
            <footer class="colophon"><p>{"netstyle runs entirely on your device. Nothing you answer leaves it."}</p></footer>
        </ContextProvider<AppHandle>>
    }
}

/// The skip link must not change the hash, which is the route.
fn focus_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"));
        if let Some(el) =
            main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
        {
            let _ = el.focus();
        }
    })
}

/// Saves each document when it changes; the notice board shows a failure once.
#[hook]
fn use_persistence(store: Rc<Store>, state: AppHandle, notices: UseReducerHandle<NoticeBoard>) {
    // The first render shows exactly what was loaded: writing it back would
    // only create documents nobody changed (opening a shared link, say).
    let loaded = use_mut_ref(|| true);
    let report = {
        let loaded = loaded.clone();
        move |save: &dyn Fn() -> Result<(), Notice>| {
            if *loaded.borrow() {
                return;
            }
            if let Err(notice) = save() {
                notices.dispatch(NoticeAction::Show(vec![notice]));
            }
        }
    };
    {
        let (store, report) = (store.clone(), report.clone());
        use_effect_with(state.attempt.clone(), move |attempt| {
            report(&|| store.save_attempt(attempt.as_ref()))
        });
    }
    {
        let (store, report) = (store.clone(), report.clone());
        use_effect_with(state.history.clone(), move |history| {
            report(&|| store.save_history(history))
        });
    }
    use_effect_with(state.checked.clone(), move |checked| {
        report(&|| store.save_checklist(checked))
    });
    // Declared last, so it runs after the three saves above on the first render.
    use_effect_with((), move |_| *loaded.borrow_mut() = false);
}

/// Keeps the URL fragment and the route in step, both ways.
#[hook]
fn use_route_sync(state: AppHandle) {
    use_effect_with(state.route.clone(), |route| {
        if current_route() != *route {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&route.to_hash());
            }
        }
    });
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| {
                state.dispatch(Action::Navigate(current_route()));
            })
        });
        move || drop(listener)
    });
}

/// Picks up changes that another tab made to the stored data. Damaged or
/// newer data from there is handled like at start-up, but this page keeps
/// what it holds instead of starting fresh.
#[hook]
fn use_other_tabs(store: Rc<Store>, state: AppHandle, notices: UseReducerHandle<NoticeBoard>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "storage", move |event| {
                let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event)
                else {
                    return;
                };
                let key = event.key();
                if !Store::is_ours(key.as_deref()) {
                    return;
                }
                let change = store.reread(key.as_deref());
                if !change.documents.is_empty() {
                    state.dispatch(Action::Reload(change.documents));
                }
                if !change.notices.is_empty() {
                    notices.dispatch(NoticeAction::Show(change.notices));
                }
            })
        });
        move || drop(listener)
    });
}
