//! The top of a result, own or shared: the style as the page's h1 (every
//! tied style in a tie), the blend, and a portrait of each style.

use yew::prelude::*;

use crate::domain::quiz::scoring::Outcome;

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
        format!("The {} trap: ", style.name())
    } else {
        "The trap: ".to_owned()
    }
}

pub fn style_heading(props: &StyleHeadingProps) -> Html {
    let outcome = &props.outcome;
    let styles = outcome.styles();
    html! {
        <header class="result-head">
            <p class="eyebrow">{props.eyebrow.clone()}</p>
            // Takes focus when a result replaces the last question.
            <h1 tabindex="-1">{outcome.headline()}</h1>
            if outcome.is_tie() {
                <p class="blend">{outcome.blend_label()}</p>
                <p>{"The answers gave these styles exactly the same points, so netstyle names them all rather than pick one."}</p>
            } else if let Some(second) = outcome.secondary {
                <p class="blend">{format!("with {} streak", second.with_article())}</p>
            }
            { for styles.iter().map(|s| html! {
                <>
                    <p class="lead">{s.tagline()}</p>
                    if props.with_trap {
                        <p><strong>{trap_label(*s, outcome.is_tie())}</strong>{s.trap()}</p>
                    }
                </>
            }) }
        </header>
    }
}
