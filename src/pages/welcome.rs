//! Screen 1: what the quiz is, and the way in.

use yew::prelude::*;

use crate::browser::{new_seed, today};
use crate::components::common::emblem::{emblem, style_class, EmblemProps};
use crate::domain::journal::status::Due;
use crate::domain::quiz::attempt::Attempt;
use crate::domain::Style;
use crate::i18n::messages as t;
use crate::state::{use_app, Action};

#[component]
pub fn WelcomePage() -> Html {
    let app = use_app();
    let start = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Start { seed: new_seed() }))
    };
    let actions = match &app.attempt {
        Some(attempt) => {
            let resume = {
                let app = app.clone();
                Callback::from(move |_| app.dispatch(Action::Continue))
            };
            let progress = t::welcome_progress(attempt.answered(), Attempt::len());
            html! {
                <>
                    <p>{progress}</p>
                    <div class="actions">
                        <button class="primary" onclick={resume}>{t::welcome_continue()}</button>
                        <button onclick={start}>{t::welcome_start_again()}</button>
                    </div>
                </>
            }
        }
        None => html! {
            <div class="actions">
                <button class="primary" onclick={start}>{t::welcome_start()}</button>
            </div>
        },
    };
    let has_result = !app.history.is_empty();
    // An empty journal has nothing due; asking only then also keeps the
    // device's clock out of the build's prerender (`crate::prerender`).
    let due = if app.journal.events.is_empty() {
        None
    } else {
        let due = Due::on(&app.journal, today());
        (due.today + due.overdue > 0).then(|| t::journal_due_note(due.overdue, due.today))
    };
    html! {
        <section class="welcome">
            <h1>{t::welcome_title()}</h1>
            <p class="lead">{t::welcome_lead(Attempt::len())}</p>
            <ul class="facts">
                <li>{t::welcome_fact_time()}</li>
                <li>{t::welcome_fact_private()}</li>
                <li>{t::welcome_fact_saved()}</li>
            </ul>
            if let Some(due) = due {
                <p class="due-note">{due}{" "}<a href="#/follow-ups">{t::welcome_see_follow_ups()}</a></p>
            }
            {actions}
            if has_result {
                <p><a class="link-alone" href="#/result">{t::welcome_latest_result()}</a></p>
            }
            <section class="styles-intro" aria-labelledby="h-four-styles">
                <h2 id="h-four-styles">{t::welcome_four_styles()}</h2>
                <ul class="style-intro">
                    { for Style::ALL.iter().map(|&style| html! {
                        <li class={style_class(style)}>
                            {emblem(&EmblemProps { style, class: Classes::new() })}
                            <span>
                                <strong>{t::style_name(style)}</strong>{t::label_colon()}{t::style_gist(style)}
                                <span class="style-gloss">{t::style_gloss(style)}</span>
                            </span>
                        </li>
                    }) }
                </ul>
                <p><a class="link-alone" href="#/styles">{t::read_about_styles()}</a></p>
            </section>
        </section>
    }
}
