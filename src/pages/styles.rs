//! `#/styles`: the four styles explained, from the same texts the result
//! page uses, so a person can read about the other three.

use yew::prelude::*;

use crate::components::common::emblem::{emblem, style_class, EmblemProps};
use crate::components::common::page_nav::use_top_of_page;
use crate::domain::content::portraits::{portraits, Portrait};
use crate::state::use_app;

fn style_id(p: &Portrait) -> String {
    format!("style-{}", p.style.name().to_ascii_lowercase())
}

#[component]
pub fn StylesPage() -> Html {
    let app = use_app();
    use_top_of_page();
    let mine = app.history.first().map(|r| r.outcome.primary);
    html! {
        <article class="styles-page">
            <h1>{"The four networking styles"}</h1>
            <p class="lead">
                {"None of the four is networking done right. Each has a strength worth keeping and a trap that costs time; what makes the hours pay off are the habits that help."}
            </p>
            <div class="style-cards">
                { for portraits().iter().map(|p| {
                    let heading = format!("h-{}", style_id(p));
                    html! {
                        <section class={classes!("style-card", style_class(p.style))} aria-labelledby={heading.clone()}>
                            <div class="style-card-head">
                                {emblem(&EmblemProps { style: p.style, class: classes!("emblem-medium") })}
                                <div>
                                    <h2 id={heading}>{format!("The {}", p.style.name())}</h2>
                                    if mine == Some(p.style) {
                                        <p class="style-mine">{"Your latest result"}</p>
                                    }
                                </div>
                            </div>
                            <p class="style-gist">{p.tagline}</p>
                            <dl class="portrait">
                                <dt>{"Strength"}</dt><dd>{p.strength}</dd>
                                <dt>{"Trap"}</dt><dd>{p.trap}</dd>
                                <dt>{"What helps"}</dt>
                                <dd><ul>{ for p.helps.iter().map(|h| html! { <li>{*h}</li> }) }</ul></dd>
                            </dl>
                        </section>
                    }
                }) }
            </div>
            <div class="actions">
                if mine.is_some() {
                    <a class="button primary" href="#/result">{"Back to your result"}</a>
                    <a class="button" href="#/">{"To the start"}</a>
                } else {
                    <a class="button primary" href="#/">{"Find your style"}</a>
                }
            </div>
        </article>
    }
}
