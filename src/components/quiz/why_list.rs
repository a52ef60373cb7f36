//! The answers that pulled most towards the primary style.

use yew::prelude::*;

use crate::domain::quiz::bank::{any_item, ItemKind};
use crate::domain::quiz::scoring::why_entry;
use crate::domain::Style;
use crate::i18n::{bank, messages as t};

#[derive(Properties, PartialEq)]
pub struct WhyListProps {
    pub why: Vec<String>,
    pub primary: Style,
}

/// What the person answered: for a scene, the option of the style the entry
/// pulled towards (the primary unless it names a tied style); for a
/// statement, agreeing did; for a count item, a high count did. Items retired since the result was made still
/// explain it.
fn reason(entry: &str, primary: Style) -> Option<(String, String)> {
    let (id, style) = why_entry(entry);
    let style = style.unwrap_or(primary);
    let item = any_item(id)?;
    let answer = match &item.kind {
        ItemKind::Scene(options) => {
            bank::option(item, options.iter().position(|o| o.style == style)?)
        }
        ItemKind::Statement(_) => t::result_why_agreed(),
        ItemKind::Count(_) => t::result_why_counted(),
        // A practice item gives no style points, so it is never a reason.
        ItemKind::Practice(_) => return None,
    };
    Some((bank::prompt(item), answer))
}

pub fn why_list(props: &WhyListProps) -> Html {
    let reasons: Vec<_> = props
        .why
        .iter()
        .filter_map(|id| reason(id, props.primary))
        .collect();
    if reasons.is_empty() {
        return html! { <p>{t::result_why_none()}</p> };
    }
    html! {
        <ol class="why">
            { for reasons.into_iter().map(|(prompt, answer)| html! {
                <li><span class="why-prompt">{prompt}</span><span class="why-answer">{answer}</span></li>
            }) }
        </ol>
    }
}
