//! Storage notices, announced politely and dismissible.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::documents::NoticeBoard;
use crate::storage::Notice;

pub enum NoticeAction {
    Show(Vec<Notice>),
    Dismiss,
}

impl Reducible for NoticeBoard {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            NoticeAction::Show(notices) => next.show(notices),
            NoticeAction::Dismiss => next.dismiss(),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<()>,
}

/// The Dismiss button goes away with the notice; focus moves on to the page
/// instead of falling back to the top of the document.
fn focus_main() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| {
        focus_main();
    });
    // The live region is always in the page, so screen readers announce a
    // notice that appears later, such as a save failing mid-quiz.
    html! {
        <div class="notices" role="status" aria-live="polite">
            if !props.notices.is_empty() {
                <div class="notice">
                    { for props.notices.iter().map(|n| html! { <p>{n.message()}</p> }) }
                    <button type="button" onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
        </div>
    }
}
