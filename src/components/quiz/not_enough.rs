//! The result when too few scenes were answered to tell a style: says so,
//! and offers the skipped scenes instead of guessing.

use yew::prelude::*;

use crate::i18n::messages as t;

#[derive(Properties, PartialEq)]
pub struct NotEnoughProps {
    pub answered: usize,
    pub needed: usize,
    pub scenes: usize,
    pub on_answer: Callback<()>,
}

pub fn not_enough(props: &NotEnoughProps) -> Html {
    let onclick = props.on_answer.reform(|_| ());
    html! {
        <section class="result not-enough">
            <p class="eyebrow">{t::result_eyebrow()}</p>
            <h1>{t::not_enough_title()}</h1>
            <p class="lead">{t::not_enough_lead(props.answered, props.needed, props.scenes)}</p>
            <p>{t::not_enough_kept()}</p>
            <div class="actions">
                <button class="primary" {onclick}>{t::not_enough_answer()}</button>
            </div>
        </section>
    }
}
