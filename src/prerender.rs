//! The build's prerender step: the welcome screen as a first-time visitor
//! sees it, rendered to HTML on the host with yew's server renderer, from
//! the same components the app uses (`app::frame` and `WelcomePage`), so the
//! text in `index.html` cannot drift from the app.
//!
//! `scripts/post-build.mjs` runs `src/bin/prerender.rs`, which prints
//! [`first_screens`]: the welcome in every language of `locales/`, with the
//! texts that go around it (title, description, the web app manifest's
//! names). English goes into `index.html`'s `<body>` inside
//! `<div id="prerendered">`, every other language into a
//! `<template id="prerendered-<lang>">` after it, which
//! `static/prerender-gate.js` puts in its place before the first paint when
//! the visitor's language is that one. The browser paints it before any wasm; when
//! the app starts, it renders off the page and then, in one task before the
//! next paint, puts its `<div id="app">` in place of everything in `<body>`
//! (`crate::takeover`), so the fresh welcome is replaced by identical
//! markup with no visible jump. The gate also
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

/// The welcome screen and the texts around it in one language, for the
/// build (`scripts/post-build.mjs`).
#[derive(serde::Serialize)]
pub struct FirstScreen {
    pub lang: &'static str,
    /// The prerendered welcome ([`welcome`]) in this language.
    pub markup: String,
    /// `<title>` and the manifest's `name`.
    pub title: String,
    /// `<meta name="description">` and the manifest's `description`.
    pub description: String,
    /// The manifest's `short_name`.
    pub short_name: String,
}

/// [`FirstScreen`] for every language the build has a catalog of (every
/// folder of `locales/`), English first. The thread is left in English.
pub fn first_screens() -> Vec<FirstScreen> {
    use crate::domain::language::{language, ENGLISH};
    use crate::i18n::{catalogs, messages, read_catalog, use_language};
    let mut langs: Vec<&'static str> = catalogs::CATALOGS.iter().map(|(lang, _)| *lang).collect();
    langs.sort_by_key(|lang| (*lang != ENGLISH, *lang));
    let screens = langs
        .into_iter()
        .map(|lang| {
            let text = catalogs::CATALOGS
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, text)| *text)
                .expect("the language's catalog");
            let catalog = read_catalog(text).expect("the build's own catalog");
            use_language(catalog, &language(lang, &[]).locale);
            FirstScreen {
                lang,
                markup: welcome(),
                title: messages::page_title(),
                description: messages::page_description(),
                short_name: messages::brand(),
            }
        })
        .collect();
    let english = read_catalog(catalogs::ENGLISH).expect("the build's own English catalog");
    use_language(english, &language(ENGLISH, &[]).locale);
    screens
}
