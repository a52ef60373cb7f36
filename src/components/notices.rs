//! Storage notices, announced politely and dismissible.

use yew::prelude::*;

use crate::storage::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notices" role="status" aria-live="polite">
            if !props.notices.is_empty() {
                <div class="notice">
                    { for props.notices.iter().map(|n| html! { <p>{n.message()}</p> }) }
                    <button onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
        </div>
    }
}
