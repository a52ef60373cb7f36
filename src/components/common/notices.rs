//! Storage notices, announced politely and dismissible.

use yew::prelude::*;

use crate::browser::focus_main;
use crate::domain::documents::notice::Notice;
use crate::i18n::messages as t;
use crate::i18n::names;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<()>,
}

pub fn notices(props: &NoticesProps) -> Html {
    // The Dismiss button goes away with the notice; focus moves on to the
    // page instead of falling back to the top of the document.
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| focus_main());
    // The live region is always in the page, so screen readers announce a
    // notice that appears later, such as a save failing mid-quiz.
    html! {
        <div class="notices" role="status" aria-live="polite">
            if !props.notices.is_empty() {
                <div class="notice">
                    { for props.notices.iter().map(|n| html! { <p>{names::notice(*n)}</p> }) }
                    <button type="button" onclick={dismiss}>{t::dismiss()}</button>
                </div>
            }
        </div>
    }
}
