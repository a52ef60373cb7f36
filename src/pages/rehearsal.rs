//! A rehearsal of the quiz and result screens, off the page, while the
//! first screen is idle. The browser compiles each WebAssembly
//! function the first time it runs; the domain rehearsal
//! (`state::rehearse`) covers answering and scoring, and this one covers
//! the screens: yew building a question, patching it for a picked option
//! and for the next item, the key handler, and the result's summary. Without
//! it the person's first answer paid for that compilation.
//!
//! It renders into an element that is never put on the page, on a
//! throwaway state, one small step per idle period, and takes itself down
//! at the end. It stores nothing, moves no focus (elements off the page
//! cannot take it) and hears none of the person's keys: its quiz listens on
//! its own element, where the rehearsal sends its key presses.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::when_idle;
use crate::domain::quiz::scoring::Outcome;
use crate::pages::quiz::{KeyTarget, QuizPage};
use crate::pages::result::{summary, OutcomeProps};
use crate::state::{Action, AppHandle, AppState};

/// The steps, one per idle period: the number key and Enter twice (two
/// items), then the summary of `outcome`, then a pause for the summary's
/// second frame, then the end.
const KEYS: [&str; 4] = ["1", "Enter", "1", "Enter"];
const SUMMARY: u8 = KEYS.len() as u8;
const END: u8 = SUMMARY + 2;

/// Runs the rehearsal for an attempt with this seed, ending on the summary
/// of `outcome` (the domain rehearsal's result). Does nothing off a browser.
pub fn rehearse_screens(seed: u64, outcome: Option<Outcome>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    let app: Rc<RefCell<Option<yew::AppHandle<ScreenRehearsal>>>> = Rc::default();
    let done = {
        let app = app.clone();
        Callback::from(move |()| {
            if let Some(app) = app.borrow_mut().take() {
                app.destroy();
            }
        })
    };
    let props = ScreenRehearsalProps {
        seed,
        outcome,
        keys: KeyTarget(root.clone().into()),
        done,
    };
    let rendered = yew::Renderer::<ScreenRehearsal>::with_root_and_props(root, props).render();
    *app.borrow_mut() = Some(rendered);
}

#[derive(Properties, PartialEq)]
pub struct ScreenRehearsalProps {
    seed: u64,
    outcome: Option<Outcome>,
    keys: KeyTarget,
    done: Callback<()>,
}

#[component]
fn ScreenRehearsal(props: &ScreenRehearsalProps) -> Html {
    let seed = props.seed;
    let state = use_reducer(move || AppState::default().apply(Action::Start { seed }));
    let step = use_state(|| 0u8);
    {
        let (keys, done, next) = (props.keys.clone(), props.done.clone(), step.clone());
        use_effect_with(*step, move |&n| {
            when_idle(move || {
                if let Some(key) = KEYS.get(usize::from(n)) {
                    press(&keys, key);
                }
                if n >= END {
                    done.emit(());
                } else {
                    next.set(n + 1);
                }
            });
        });
    }
    let screen = match (&props.outcome, *step >= SUMMARY) {
        (Some(outcome), true) => summary(&OutcomeProps {
            outcome: outcome.clone(),
        }),
        _ => html! { <QuizPage /> },
    };
    html! {
        <ContextProvider<KeyTarget> context={props.keys.clone()}>
            <ContextProvider<AppHandle> context={state}>{screen}</ContextProvider<AppHandle>>
        </ContextProvider<KeyTarget>>
    }
}

/// Sends a key press to the rehearsal's own element.
fn press(target: &KeyTarget, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    if let Ok(event) = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) {
        let _ = target.0.dispatch_event(&event);
    }
}
