//! The result when too few scenes were answered to tell a style: says so,
//! and offers the skipped scenes instead of guessing.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotEnoughProps {
    pub answered: usize,
    pub needed: usize,
    pub scenes: usize,
    pub on_answer: Callback<()>,
}

pub fn not_enough(props: &NotEnoughProps) -> Html {
    let onclick = props.on_answer.reform(|_| ());
    let what = match props.answered {
        0 => "You skipped every scene".to_owned(),
        1 => format!("You answered 1 of the {} scenes", props.scenes),
        n => format!("You answered {n} of the {} scenes", props.scenes),
    };
    html! {
        <section class="result not-enough">
            <p class="eyebrow">{"Your networking style"}</p>
            <h1>{"Not enough answers to tell your style yet"}</h1>
            <p class="lead">
                {format!("{what}. The scenes are what tell the styles apart, and netstyle needs at least {} of them answered before it names one, rather than guess.", props.needed)}
            </p>
            <p>{"Your answers so far are kept. Answer a few of the scenes you skipped and your result will be ready."}</p>
            <div class="actions">
                <button class="primary" {onclick}>{"Answer the skipped scenes"}</button>
            </div>
        </section>
    }
}
