//! Screen 1: what the quiz is, and the way in.

use yew::prelude::*;

use crate::browser::{new_seed, today};
use crate::components::common::emblem::{emblem, style_class, EmblemProps};
use crate::domain::content::portraits::portraits;
use crate::domain::journal::status::Due;
use crate::domain::quiz::attempt::Attempt;
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
            let progress = format!(
                "You answered {} of {} questions so far.",
                attempt.answered(),
                Attempt::len()
            );
            html! {
                <>
                    <p>{progress}</p>
                    <div class="actions">
                        <button class="primary" onclick={resume}>{"Continue where you left off"}</button>
                        <button onclick={start}>{"Start again"}</button>
                    </div>
                </>
            }
        }
        None => html! {
            <div class="actions">
                <button class="primary" onclick={start}>{"Start the quiz"}</button>
            </div>
        },
    };
    let has_result = !app.history.is_empty();
    // An empty journal has nothing due; asking only then also keeps the
    // device's clock out of the build's prerender (`crate::prerender`).
    let due = if app.journal.events.is_empty() {
        None
    } else {
        Due::on(&app.journal, today()).sentence()
    };
    html! {
        <section class="welcome">
            <h1>{"What kind of networker are you?"}</h1>
            <p class="lead">
                {"At an open networking event, most people fall into one of four styles: the Pro, the Rookie, the Imposter and the Mensch. "}
                {"Answer "}{Attempt::len()}{" short questions to find out which one you are, how five habits of good networking show up in what you do, and what to try at your next event."}
            </p>
            <ul class="facts">
                <li>{"Takes about 4 minutes. You can skip any question."}</li>
                <li>{"Nothing leaves your device: no account, no tracking."}</li>
                <li>{"Your progress is saved as you go, so you can come back later."}</li>
            </ul>
            if let Some(due) = due {
                <p class="due-note">{due}{" "}<a href="#/follow-ups">{"See your follow-ups"}</a></p>
            }
            {actions}
            if has_result {
                <p><a class="link-alone" href="#/result">{"See your latest result"}</a></p>
            }
            <section class="styles-intro" aria-labelledby="h-four-styles">
                <h2 id="h-four-styles">{"The four styles"}</h2>
                <ul class="style-intro">
                    { for portraits().iter().map(|p| html! {
                        <li class={style_class(p.style)}>
                            {emblem(&EmblemProps { style: p.style, class: Classes::new() })}
                            <span><strong>{p.style.name()}</strong>{": "}{p.gist}</span>
                        </li>
                    }) }
                </ul>
                <p><a class="link-alone" href="#/styles">{"Read about the four styles"}</a></p>
            </section>
        </section>
    }
}
