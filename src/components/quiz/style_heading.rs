//! The top of a result, own or shared: the style as the page's h1 (every
//! tied style in a tie), the blend, and a portrait of each style.

use yew::prelude::*;

use crate::domain::quiz::scoring::Outcome;
use crate::i18n::{messages as t, names};

#[derive(Properties, PartialEq)]
pub struct StyleHeadingProps {
    /// The line above the h1: whose result this is.
    pub eyebrow: AttrValue,
    pub outcome: Outcome,
    /// Also name the style's typical trap.
    #[prop_or_default]
    pub with_trap: bool,
}

fn trap_label(style: crate::domain::Style, tie: bool) -> String {
    if tie {
        t::result_trap_of(style)
    } else {
        t::result_trap_label()
    }
}

pub fn style_heading(props: &StyleHeadingProps) -> Html {
    let outcome = &props.outcome;
    let styles = outcome.styles();
    html! {
        <header class="result-head">
            <p class="eyebrow">{props.eyebrow.clone()}</p>
            // Takes focus when a result replaces the last question.
            <h1 tabindex="-1">{names::headline(outcome)}</h1>
            // What each name means here, so that none reads as an insult.
            { for styles.iter().map(|s| html! {
                <p class="style-gloss">
                    if outcome.is_tie() {
                        <strong>{t::style_name(*s)}</strong>{t::label_colon()}
                    }
                    {t::style_gloss(*s)}
                </p>
            }) }
            if outcome.is_tie() {
                <p class="blend">{names::blend_label(outcome)}</p>
                <p>{t::result_tie_explained()}</p>
            } else if let Some(second) = outcome.secondary {
                <p class="blend">{t::result_streak(second)}</p>
            }
            { for styles.iter().map(|s| html! {
                <>
                    <p class="lead">{t::style_tagline(*s)}</p>
                    if props.with_trap {
                        <p><strong>{trap_label(*s, outcome.is_tie())}</strong>{t::style_trap(*s)}</p>
                    }
                </>
            }) }
        </header>
    }
}
