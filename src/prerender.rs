//! The build's prerender step: the welcome screen as a first-time visitor
//! sees it, rendered to HTML on the host with yew's server renderer, from
//! the same components the app uses (`app::frame` and `WelcomePage`), so the
//! text in `index.html` cannot drift from the app.
//!
//! `scripts/post-build.mjs` runs `src/bin/prerender.rs`, which prints
//! [`welcome`], and puts the markup into `index.html`'s `<body>` inside
//! `<div id="prerendered">`. The browser paints it before any wasm; when
//! the app starts, it renders off the page and then, in one task before the
//! next paint, puts its `<div id="app">` in place of everything in `<body>`
//! (`crate::takeover`), so the fresh welcome is replaced by identical
//! markup with no visible jump. `static/prerender-gate.js`
//! hides the prerendered screen (all but the masthead) before the first
//! paint on any other route, or when anything of netstyle's is stored.
//!
//! Host only: yew's `ssr` feature is enabled for non-wasm targets in
//! Cargo.toml and never reaches the wasm.

use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::app::frame;
use crate::components::common::language_menu::language_menu;
use crate::pages::welcome::WelcomePage;
use crate::state::{AppHandle, AppState};

/// The welcome screen in its frame, from an empty state: no attempt, no
/// result, no journal, no notices.
#[component]
fn FreshWelcome() -> Html {
    let state = use_reducer(AppState::default);
    html! {
        <ContextProvider<AppHandle> context={state}>
            {frame(
                html! { <WelcomePage /> },
                Vec::new(),
                Callback::noop(),
                true,
                language_menu(crate::i18n::lang(), "", &Callback::noop()),
            )}
        </ContextProvider<AppHandle>>
    }
}

/// The markup of the fresh welcome screen, with every button `disabled`:
/// before the wasm runs, a button could only do nothing, so it shows as not
/// yet active (`button:disabled` in style.css) until the app replaces it.
/// The links stay live: they only change the URL fragment, which the app
/// reads when it starts.
pub fn welcome() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime for the prerender");
    let html = runtime.block_on(
        LocalServerRenderer::<FreshWelcome>::new()
            .hydratable(false)
            .render(),
    );
    html.replace("<button", "<button disabled")
}
