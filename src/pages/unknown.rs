//! Screen 5: a link the app cannot read. Never blank, always a way in.

use yew::prelude::*;

pub fn unknown_page() -> Html {
    html! {
        <section class="unknown">
            <h1>{"This link does not lead anywhere"}</h1>
            <p>{"The address may be incomplete or mistyped. Nothing on your device was changed."}</p>
            <p><a class="button primary" href="#/">{"Go to the quiz"}</a></p>
        </section>
    }
}
