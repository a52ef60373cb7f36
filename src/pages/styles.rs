//! `#/styles`: the four styles explained, from the same texts the result
//! page uses, so a person can read about the other three.

use yew::prelude::*;

use crate::components::common::emblem::{emblem, style_class, EmblemProps};
use crate::components::common::page_nav::use_top_of_page;
use crate::domain::Style;
use crate::i18n::{messages as t, style_key};
use crate::state::use_app;

fn style_id(style: Style) -> String {
    ["style-", style_key(style)].concat()
}

#[component]
pub fn StylesPage() -> Html {
    let app = use_app();
    use_top_of_page();
    let mine = app.history.first().map(|r| r.outcome.primary);
    html! {
        <article class="styles-page">
            <h1>{t::styles_title()}</h1>
            <p class="lead">{t::styles_lead()}</p>
            <div class="style-cards">
                { for Style::ALL.iter().map(|&style| {
                    let heading = ["h-", &style_id(style)].concat();
                    html! {
                        <section class={classes!("style-card", style_class(style))} aria-labelledby={heading.clone()}>
                            <div class="style-card-head">
                                {emblem(&EmblemProps { style, class: classes!("emblem-medium") })}
                                <div>
                                    <h2 id={heading}>{t::styles_card_title(style)}</h2>
                                    if mine == Some(style) {
                                        <p class="style-mine">{t::styles_mine()}</p>
                                    }
                                </div>
                            </div>
                            <p class="style-gloss">{t::style_gloss(style)}</p>
                            <p class="style-gist">{t::style_tagline(style)}</p>
                            <dl class="portrait">
                                <dt>{t::styles_strength()}</dt><dd>{t::style_strength(style)}</dd>
                                <dt>{t::styles_trap()}</dt><dd>{t::style_trap(style)}</dd>
                                <dt>{t::styles_helps()}</dt>
                                <dd><ul>{ for (1..=3).map(|n| html! { <li>{t::style_help(n, style)}</li> }) }</ul></dd>
                            </dl>
                        </section>
                    }
                }) }
            </div>
            <div class="actions">
                if mine.is_some() {
                    <a class="button primary" href="#/result">{t::styles_back_to_result()}</a>
                    <a class="button" href="#/">{t::styles_to_start()}</a>
                } else {
                    <a class="button primary" href="#/">{t::styles_find_yours()}</a>
                }
            </div>
        </article>
    }
}
