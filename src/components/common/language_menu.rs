//! The language menu around every screen: each language named in itself,
//! with its own `lang` so a screen reader reads the name in that language,
//! the one in use pressed. Buttons, so the keyboard reaches and works them
//! as any other; choosing one keeps focus where it is (the same button
//! stays, only its words around it change), and the status line below
//! says what happened, in the language it happened in.

use yew::prelude::*;

use crate::i18n::catalogs::NAMES;
use crate::i18n::messages as t;

/// The menu for the language `current` (`de`); `on_choose` gets the code of
/// the language chosen. `status` is what the live region says now.
pub fn language_menu(current: &str, status: &str, on_choose: &Callback<&'static str>) -> Html {
    let buttons = NAMES.iter().map(|&(lang, name)| {
        let choose = on_choose.reform(move |_: MouseEvent| lang);
        let pressed = if lang == current { "true" } else { "false" };
        html! {
            <button type="button" {lang} aria-pressed={pressed} onclick={choose}>{name}</button>
        }
    });
    html! {
        <div class="language-menu">
            <div class="language-choices" role="group" aria-label={t::language_menu()}>{for buttons}</div>
            <p class="visually-hidden" role="status" aria-live="polite">{status.to_owned()}</p>
        </div>
    }
}
