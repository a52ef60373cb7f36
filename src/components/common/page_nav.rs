//! A short "on this page" navigation. The URL fragment is the route, so the
//! links scroll to their heading and move focus there instead of changing
//! the fragment; their `href` stays on the current page.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageNavProps {
    /// The page's own fragment, e.g. `#/result`, for opening a link elsewhere.
    pub here: AttrValue,
    /// Each link: the id of the heading it leads to, and its text.
    pub links: Vec<(&'static str, String)>,
}

fn go_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            el.scroll_into_view();
            let _ = el.focus();
        }
    })
}

pub fn page_nav(props: &PageNavProps) -> Html {
    html! {
        <nav class="page-nav" aria-label={crate::i18n::messages::page_nav_label()}>
            <ul>
                { for props.links.iter().map(|(id, label)| html! {
                    <li><a href={props.here.clone()} onclick={go_to(id)}>{label.clone()}</a></li>
                }) }
            </ul>
        </nav>
    }
}

/// Starts a page at its top: the route lives in the fragment, so the
/// browser keeps the scroll position of the page the person came from.
#[hook]
pub fn use_top_of_page() {
    use_effect_with((), |_| {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}
