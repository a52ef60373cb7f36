//! Screen 5: a link the app cannot read. Never blank, always a way in.

use yew::prelude::*;

use crate::i18n::messages as t;

pub fn unknown_page() -> Html {
    html! {
        <section class="unknown">
            <h1>{t::unknown_title()}</h1>
            <p>{t::unknown_text()}</p>
            <p><a class="button primary" href="#/">{t::unknown_go()}</a></p>
        </section>
    }
}
