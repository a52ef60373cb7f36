//! The top of a result, own or shared: the style as the page's h1, the blend
//! and a portrait of the style.

use yew::prelude::*;

use crate::domain::scoring::Outcome;

#[derive(Properties, PartialEq)]
pub struct StyleHeadingProps {
    /// The line above the h1: whose result this is.
    pub eyebrow: AttrValue,
    pub outcome: Outcome,
    /// Also name the style's typical trap.
    #[prop_or_default]
    pub with_trap: bool,
}

#[component]
pub fn StyleHeading(props: &StyleHeadingProps) -> Html {
    let outcome = &props.outcome;
    html! {
        <header class="result-head">
            <p class="eyebrow">{props.eyebrow.clone()}</p>
            <h1>{outcome.primary.name()}</h1>
            if let Some(second) = outcome.secondary {
                <p class="blend">{format!("with {} streak", second.with_article())}</p>
            }
            <p class="lead">{outcome.primary.tagline()}</p>
            if props.with_trap {
                <p><strong>{"The trap: "}</strong>{outcome.primary.trap()}</p>
            }
        </header>
    }
}
