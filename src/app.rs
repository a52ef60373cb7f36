//! The root component: owns the state, keeps it in sync with the URL
//! fragment and with storage, and picks the screen for the route.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::browser::{
    focus_main, new_seed, refocus_if_lost, route_in_url, when_idle, PendingWrites,
};
use crate::components::common::language_menu::language_menu;
use crate::components::common::notices::{self, NoticesProps};
use crate::components::common::update_prompt::UpdatePrompt;
use crate::domain::documents::notice::NoticeBoard;
use crate::domain::language::{self, Language, ENGLISH};
use crate::domain::route::{Route, UrlSync};
use crate::i18n::load as languages;
use crate::i18n::messages as t;
use crate::pages::{
    follow_ups::FollowUpsPage, group::GroupPage, group_shared::SharedGroupPage,
    journal::JournalPage, journal_event::JournalEventPage, quiz::QuizPage, result::ResultPage,
    shared::shared_page, styles::StylesPage, unknown::unknown_page, welcome::WelcomePage,
};
use crate::state::{Action, AppHandle, AppState};
use crate::storage::{Notice, Store};

#[component]
pub fn App() -> Html {
    let store = use_memo((), |_| Store::open());
    let loaded = {
        let store = store.clone();
        use_memo((), move |_| store.load())
    };
    let state = use_reducer(|| {
        let mut notices = NoticeBoard::default();
        notices.show(loaded.notices.iter());
        AppState {
            route: route_in_url(),
            attempt: loaded.attempt.clone(),
            history: loaded.history.clone(),
            checked: loaded.checked.clone(),
            group: loaded.group.clone(),
            journal: loaded.journal.clone(),
            notices,
            language: in_use(),
        }
    });

    // Storage writes and the URL wait until the change is on screen.
    let later = (*use_memo((), |_| PendingWrites::default())).clone();
    use_flush_on_hide(later.clone());
    use_persistence(store.clone(), state.clone(), later.clone());
    use_route_sync(state.clone(), later);
    let keeps_progress = store.is_saving();
    let (choose_language, language_status) = use_language_choice(store.clone(), state.clone());
    use_other_tabs(store, state.clone(), choose_language.clone());
    use_rehearsal(&state.route);
    use_focus_on_new_screen(&state.route);

    let frame_props = FrameProps {
        notices: state.notices.visible.clone(),
        keeps_progress,
        dispatcher: state.dispatcher(),
        language: state.language.lang.clone(),
        language_status,
        choose_language: choose_language.reform(Choice::Menu),
    };
    html! {
        <ContextProvider<AppHandle> context={state.clone()}>
            <ContextProvider<Language> context={state.language.clone()}>
                <Frame ..frame_props />
            </ContextProvider<Language>>
        </ContextProvider<AppHandle>>
    }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    notices: Vec<Notice>,
    keeps_progress: bool,
    dispatcher: UseReducerDispatcher<AppState>,
    /// The language in use (`de`): the frame's words change with it.
    language: String,
    /// What the language menu's live region says.
    language_status: String,
    choose_language: Callback<&'static str>,
}

/// The frame as a component whose props an answer does not change, so yew
/// skips it when `App` renders again; only [`Screen`], which reads the
/// route, and the page below it render (otherwise the frame's markup would be
/// built and compared again on every answer).
#[component]
fn Frame(props: &FrameProps) -> Html {
    if !use_takeover_turn() {
        return Html::default();
    }
    let dismiss = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_| dispatcher.dispatch(Action::DismissNotices))
    };
    frame(
        html! { <Screen /> },
        props.notices.clone(),
        dismiss,
        props.keeps_progress,
        language_menu(
            &props.language,
            &props.language_status,
            &props.choose_language,
        ),
    )
}

/// The page for the route. When the app takes over from the prerendered
/// copy (`crate::takeover`), its first render is empty and the page follows
/// in the next task, which first puts the app in place of the copy.
#[component]
fn Screen() -> Html {
    let state = crate::state::use_app();
    if !use_takeover_turn() {
        return Html::default();
    }
    crate::takeover::finish();
    match &state.route {
        Route::Welcome => html! { <WelcomePage /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::Result => html! { <ResultPage /> },
        Route::Styles => html! { <StylesPage /> },
        Route::Journal => html! { <JournalPage /> },
        Route::JournalEvent(id) => html! { <JournalEventPage id={*id} /> },
        Route::FollowUps => html! { <FollowUpsPage /> },
        Route::Shared(code) => shared_page(code),
        Route::Group => html! { <GroupPage /> },
        Route::SharedGroup(code) => html! { <SharedGroupPage code={code.clone()} /> },
        Route::Unknown(_) => unknown_page(),
    }
}

/// Whether this component may render now: during the takeover of the
/// prerendered copy (`crate::takeover`), the frame's first render and then
/// the screen's are empty, and each renders in a task of its own.
#[hook]
fn use_takeover_turn() -> bool {
    let shown = use_state(|| !crate::takeover::waits());
    {
        let (waits, shown) = (!*shown, shown.clone());
        use_effect_with((), move |_| {
            if waits {
                crate::takeover::next_task(move || shown.set(true));
            }
        });
    }
    *shown
}

/// What is around every screen: the skip link, the masthead with the
/// language menu (`menu`), the notices,
/// the update prompt, `<main>` holding `screen`, and the footer. A plain
/// function, not a component, so the app's DOM is exactly what it was; the
/// build's prerender step (`crate::prerender`) calls it too, so the welcome
/// screen in `index.html` has the very same frame.
pub(crate) fn frame(
    screen: Html,
    notices: Vec<Notice>,
    on_dismiss: Callback<()>,
    keeps_progress: bool,
    menu: Html,
) -> Html {
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{t::skip_to_content()}</a>
            <header class="masthead">
                <a href="#/" class="brand">{t::brand()}</a>
                <nav class="masthead-nav" aria-label={t::nav_main()}>
                    <a href="#/journal">{t::nav_journal()}</a>{" "}<a href="#/group">{t::nav_group()}</a>
                </nav>
                {menu}
            </header>
            {notices::notices(&NoticesProps { notices, on_dismiss })}
            <UpdatePrompt {keeps_progress} />
            <main id="main" tabindex="-1">{screen}</main>
            <footer class="colophon"><p>{t::colophon()}</p></footer>
        </>
    }
}

/// The skip link must not change the hash, which is the route.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    })
}

/// Saves each document when it changes; a failure becomes a notice (shown once).
#[hook]
fn use_persistence(store: Rc<Store>, state: AppHandle, writes: PendingWrites) {
    // The first render shows exactly what was loaded: writing it back would
    // only create documents nobody changed (opening a shared link, say).
    let loaded = use_mut_ref(|| true);
    let report = {
        let (loaded, state) = (loaded.clone(), state.clone());
        move |save: &dyn Fn() -> Result<(), Notice>| {
            if *loaded.borrow() {
                return;
            }
            if let Err(notice) = save() {
                state.dispatch(Action::Notify(vec![notice]));
            }
        }
    };
    // Each write waits until the frame that shows the change has painted:
    // the attempt changes with every answer, and writing it took about a
    // third of an answer's work at 4x CPU slowdown; the last answer also
    // writes the history. Writes still waiting are made at once
    // when the page is hidden or left (use_flush_on_hide).
    let save_later = {
        let (loaded, writes) = (loaded.clone(), writes.clone());
        move |key: &'static str, save: Box<dyn Fn() -> Result<(), Notice>>| {
            // Checked now, not when the write runs: the first render's
            // documents are never written back.
            if !*loaded.borrow() {
                let report = report.clone();
                writes.after_paint(key, move || report(&*save));
            }
        }
    };
    {
        let (store, save_later) = (store.clone(), save_later.clone());
        use_effect_with(state.attempt.clone(), move |attempt| {
            let attempt = attempt.clone();
            save_later(
                "attempt",
                Box::new(move || store.save_attempt(attempt.as_ref())),
            );
        });
    }
    {
        let (store, save_later) = (store.clone(), save_later.clone());
        use_effect_with(state.history.clone(), move |history| {
            let history = history.clone();
            save_later("history", Box::new(move || store.save_history(&history)));
        });
    }
    {
        let (store, save_later) = (store.clone(), save_later.clone());
        use_effect_with(state.checked.clone(), move |checked| {
            let checked = checked.clone();
            save_later(
                "checklist",
                Box::new(move || store.save_checklist(&checked)),
            );
        });
    }
    {
        let (store, save_later) = (store.clone(), save_later.clone());
        use_effect_with(state.group.clone(), move |group| {
            let group = group.clone();
            save_later("group", Box::new(move || store.save_group(&group)));
        });
    }
    use_effect_with(state.journal.clone(), move |journal| {
        let journal = journal.clone();
        save_later("journal", Box::new(move || store.save_journal(&journal)));
    });
    // Declared last, so it runs after the saves above on the first render.
    use_effect_with((), move |_| *loaded.borrow_mut() = false);
}

/// Runs the waiting writes at once when the page is hidden or left, so no
/// answer is lost to a closed tab.
#[hook]
fn use_flush_on_hide(job: PendingWrites) {
    use_effect_with((), move |_| {
        let listeners = web_sys::window().map(|w| {
            let on_hide = job.clone();
            let pagehide = EventListener::new(&w, "pagehide", move |_| on_hide.flush());
            let visibility = w.document().map(|d| {
                let doc = d.clone();
                EventListener::new(&d, "visibilitychange", move |_| {
                    if doc.hidden() {
                        job.flush();
                    }
                })
            });
            (pagehide, visibility)
        });
        move || drop(listeners)
    });
}

/// Keeps the URL fragment and the route in step, both ways; the latest
/// change wins, whichever side made it (see [`UrlSync`]).
#[hook]
fn use_route_sync(state: AppHandle, later: PendingWrites) {
    let sync = use_mut_ref(|| UrlSync::new(route_in_url()));
    // After the new screen has painted: setting the fragment makes the
    // browser lay the page out at once (about 30 ms of the last answer's
    // work at 4x CPU slowdown).
    {
        let sync = sync.clone();
        use_effect_with(state.route.clone(), move |route| {
            let route = route.clone();
            later.after_paint("route", move || {
                let write = sync.borrow_mut().to_write(&route, &route_in_url());
                if let (Some(route), Some(w)) = (write, web_sys::window()) {
                    let _ = w.location().set_hash(&route.to_hash());
                }
            });
        });
    }
    use_effect_with((), move |_| {
        let follow = move || {
            let go = sync.borrow_mut().url_shows(route_in_url());
            if let Some(route) = go {
                state.dispatch(Action::Navigate(route));
            }
        };
        // A change made after the app read the URL and before this
        // listener existed fires no event it could hear.
        follow();
        let listener =
            web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| follow()));
        move || drop(listener)
    });
}

/// Picks up changes that another tab made to the stored data. Damaged or
/// newer data from there is handled like at start-up, but this page keeps
/// what it holds instead of starting fresh.
#[hook]
fn use_other_tabs(store: Rc<Store>, state: AppHandle, choose_language: Callback<Choice>) {
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
                    state.dispatch(Action::Notify(change.notices));
                }
                if let Some(lang) = change.language {
                    choose_language.emit(Choice::OtherTab(lang));
                }
            })
        });
        move || drop(listener)
    });
}

/// Where a quiz can be answered next, rehearses a whole attempt on a
/// throwaway state once the page is idle, so the browser has compiled the
/// code of answering and scoring before the person answers (see
/// `state::rehearse`), then the quiz and result screens off the page (see
/// `pages::rehearsal`). Once per page load; it touches nothing stored.
#[hook]
fn use_rehearsal(route: &Route) {
    let useful = matches!(route, Route::Welcome | Route::Quiz);
    use_effect_with((), move |_| {
        if useful {
            let seed = new_seed();
            when_idle(move || rehearse_in_slices(crate::state::Rehearsing::new(seed), seed));
        }
    });
}

/// How long one idle callback of the domain rehearsal may run, in ms.
/// Lighthouse counts any task over 50 ms at 4x CPU slowdown as blocking,
/// so a slice stays well under a quarter of that on a fast machine.
const REHEARSAL_SLICE_MS: f64 = 6.0;

/// Answers items of the rehearsal until a slice's time is up, then waits
/// for the next idle period; the scoring and encoding at the end, and then
/// the screen rehearsal, get idle callbacks of their own, so no
/// start-up task blocks the page for long.
fn rehearse_in_slices(mut rehearsing: crate::state::Rehearsing, seed: u64) {
    let started = js_sys::Date::now();
    while rehearsing.step() {
        if js_sys::Date::now() - started >= REHEARSAL_SLICE_MS {
            when_idle(move || rehearse_in_slices(rehearsing, seed));
            return;
        }
    }
    when_idle(move || {
        let rehearsal = std::hint::black_box(rehearsing.finish());
        let outcome = rehearsal.state.history.first().map(|r| r.outcome.clone());
        when_idle(move || crate::pages::rehearsal::rehearse_screens(seed, outcome));
    });
}

/// A new screen must not leave keyboard and screen reader users on nothing:
/// when the route changes and the focused control went away with the old
/// screen (the last answer's Next, say), focus moves to the new screen's
/// heading. Screens that place focus themselves (the quiz) have done so
/// already: their effects run before this one.
#[hook]
fn use_focus_on_new_screen(route: &Route) {
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            refocus_if_lost();
        }
    });
}

/// The language the `i18n` layer uses now.
fn in_use() -> Language {
    Language {
        lang: crate::i18n::lang().to_owned(),
        locale: crate::i18n::locale(),
    }
}

/// Puts the language to use on the page before the app first renders, then
/// calls `render`: the stored choice, else the browser's first language
/// netstyle speaks, else English (`domain::language::choose`). A language
/// other than English is fetched first; if that fails, the app starts in
/// English.
pub fn start_in_language(render: impl FnOnce() + 'static) {
    let browser = languages::browser_languages();
    let stored = crate::storage::stored_language();
    let wanted = language::choose(stored.as_deref(), &browser, languages::languages());
    if languages::switch(&wanted) {
        languages::show_on_page();
        render();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if languages::fetch(&wanted.lang).await.is_ok() && languages::switch(&wanted) {
            keep_offline(&wanted.lang);
        } else {
            languages::switch(&language::language(ENGLISH, &browser));
        }
        languages::show_on_page();
        render();
    });
}

/// Asks the service worker to keep `lang`'s catalog offline.
fn keep_offline(lang: &str) {
    if let Some(file) = languages::catalog_file(lang) {
        crate::service_worker::keep(file);
    }
}

/// Where a change of language comes from.
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    /// The person chose this language in the menu: it is stored.
    Menu(&'static str),
    /// Another tab stored this choice (`None`: removed it).
    OtherTab(Option<String>),
}

/// Changes the language in place: every screen renders again in it, what
/// is in progress stays (it lives in the state and in the components,
/// which stay), `<html lang>` and the title follow, and the live region
/// says so in the new language. A language whose catalog is not at hand is
/// fetched first; if it cannot be (offline, never used here), nothing
/// changes and the live region says so in the language in use. Returns the
/// callback and what the live region says.
#[hook]
fn use_language_choice(store: Rc<Store>, state: AppHandle) -> (Callback<Choice>, String) {
    let status = use_state(String::new);
    // Only the latest choice may take effect when fetches overlap.
    let latest = use_mut_ref(|| 0_u32);
    let choose = {
        let status = status.setter();
        Callback::from(move |choice: Choice| {
            let browser = languages::browser_languages();
            let (wanted, explicit) = match choice {
                Choice::Menu(lang) => (language::language(lang, &browser), true),
                Choice::OtherTab(lang) => (
                    language::choose(lang.as_deref(), &browser, languages::languages()),
                    false,
                ),
            };
            // The menu's choice is stored once it is in use (even when it
            // was in use already: the person said which language they
            // want), so a choice that fails offline changes nothing.
            let save = {
                let (store, state) = (store.clone(), state.clone());
                move |lang: &str| {
                    if !explicit {
                        return;
                    }
                    if let Err(notice) = store.save_language(lang) {
                        state.dispatch(Action::Notify(vec![notice]));
                    }
                }
            };
            if wanted == in_use() {
                save(&wanted.lang);
                return;
            }
            let ticket = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            let (state, status, latest) = (state.clone(), status.clone(), latest.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // At once when the catalog is at hand (English, or used on
                // this page before).
                let fetched = languages::fetch(&wanted.lang).await;
                if *latest.borrow() != ticket {
                    return;
                }
                if fetched.is_ok() && languages::switch(&wanted) {
                    languages::show_on_page();
                    save(&wanted.lang);
                    keep_offline(&wanted.lang);
                    status.set(t::language_changed());
                    state.dispatch(Action::UseLanguage(wanted));
                } else {
                    status.set(t::language_needs_connection());
                }
            });
        })
    };
    (choose, (*status).clone())
}
