//! A button for something that cannot be undone, which asks first: pressed,
//! it gives way to the question with "Yes" and "Cancel". Focus follows the
//! swap both ways (to "Yes" when asked, back to the button on "Cancel"), so a
//! keyboard user is never dropped at the top of the page.

use yew::prelude::*;

use crate::browser::focus;
use crate::i18n::messages as t;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// The button's label, e.g. "Retake the quiz".
    pub ask: AttrValue,
    /// The question shown once it is pressed.
    pub question: AttrValue,
    /// The label of the button that goes ahead, e.g. "Yes, retake".
    pub yes: AttrValue,
    pub on_yes: Callback<()>,
}

#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    // Renders again, in place, when the language changes.
    crate::state::use_language();
    let confirming = use_state(|| false);
    let (yes_button, ask_button) = (use_node_ref(), use_node_ref());
    {
        let (yes_button, ask_button) = (yes_button.clone(), ask_button.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(*confirming, move |&confirming| {
            // Not on the first render: the button keeps its place in the tab order then.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus(if confirming { &yes_button } else { &ask_button });
            }
        });
    }
    let set = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(value))
    };
    let on_yes = props.on_yes.reform(|_| ());
    if *confirming {
        html! {
            <>
                <p>{props.question.clone()}</p>
                <div class="actions">
                    <button ref={yes_button} class="primary" onclick={on_yes}>{props.yes.clone()}</button>
                    <button onclick={set(false)}>{t::cancel()}</button>
                </div>
            </>
        }
    } else {
        html! {
            <div class="actions"><button ref={ask_button} onclick={set(true)}>{props.ask.clone()}</button></div>
        }
    }
}
