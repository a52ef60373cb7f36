//! How the app replaces the prerendered welcome without one long task.
//! Rendering the whole app into `<body>` in one task, the way yew's
//! `Renderer::new()` does, made the one long task after the first paint
//! (12-17 ms of main-thread time unthrottled, about half of it V8 compiling
//! wasm functions on their first call; Lighthouse multiplies it by 4 for
//! the total blocking time). So the takeover is split in three tasks, with
//! the prerendered copy on screen until the last one ends (figures in
//! docs/performance.md):
//!
//! 1. The app renders into a `<div id="app">` that is not in the
//!    page yet: storage read, state, the effects that listen to the window;
//!    [`crate::app`]'s `Frame` renders nothing yet and asks for the next
//!    task ([`waits`], [`next_task`]).
//! 2. The frame around the screen (skip link, masthead, notices, update
//!    prompt, `<main>`, footer), still off the page; the route's `Screen`
//!    renders nothing yet and asks for the next task.
//! 3. `Screen` renders the route's page, and before any of it is built,
//!    [`finish`] puts the app's `<div>` in place of everything in `<body>`
//!    (the prerendered copy), as yew's renderer did when it rendered into
//!    `<body>`. The page's own effects (a quiz focusing its heading, say)
//!    run with it in the page, and the prerender gate's focus restore
//!    (static/prerender-gate.js) runs after this task's rendering, when the
//!    page is complete. No frame can show the frame without its screen: the
//!    swap and the screen's render are in the same task (yew's scheduler,
//!    which yields to the browser after 16 ms of work, only yields with no
//!    render pending, and the page's first render is queued by the render
//!    that swaps). e2e/prerender.spec.ts checks the page's height in that
//!    task against the copy's.
//!
//! A link followed in between only changes the fragment, which the app
//! (listening since task 1) follows, as it would before it started.
//!
//! The `<div>` has `display: contents` (style.css), like the copy's
//! `#prerendered`, so it adds no box. In a hidden page (which paints
//! nothing) it all runs in one task, as before.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;

thread_local! {
    /// The app's `<div>`, until it is in the page.
    static HOST: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    /// How many parts of the app still wait for a task of their own.
    static STAGES: Cell<u8> = const { Cell::new(0) };
}

/// The element the app is to render into (main.rs): a `<div id="app">` off
/// the page, put in place of the prerendered copy by [`finish`] in the
/// third task (or in the first, in a hidden page).
pub fn host() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let host = document.create_element("div").ok()?;
    host.set_id("app");
    HOST.with(|h| *h.borrow_mut() = Some(host.clone()));
    STAGES.with(|s| s.set(if document.hidden() { 0 } else { 2 }));
    Some(host)
}

/// Whether the part of the app asking (the frame, then the screen inside
/// it) should render in a following task rather than now: only during
/// the takeover that [`host`] began, in a visible page.
pub(crate) fn waits() -> bool {
    STAGES.with(|s| {
        let left = s.get();
        s.set(left.saturating_sub(1));
        left > 0
    })
}

/// Runs `f` in a task of its own (a zero-delay timer), so the browser can
/// run input and other tasks in between.
pub(crate) fn next_task(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let task = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
}

/// Puts the app's `<div>` in place of everything in `<body>`; after the
/// first call, and where the app was not rendered into [`host`] (tests render
/// it into an element of their own), does nothing.
pub(crate) fn finish() {
    let Some(host) = HOST.with(|h| h.borrow_mut().take()) else {
        return;
    };
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        body.replace_children_with_node_1(&host);
    }
}
