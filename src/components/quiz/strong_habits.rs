//! The plain statement a result makes when every habit is strong
//! ([`crate::domain::scoring::habits_strong`]): the style says how a person
//! comes across, the habits that their hours pay off.

use yew::prelude::*;

use crate::i18n::messages as t;

/// Whose result the statement is about.
#[derive(Clone, Copy, PartialEq)]
pub enum Whose {
    Mine,
    Theirs,
}

#[derive(Properties, PartialEq)]
pub struct StrongHabitsProps {
    pub whose: Whose,
}

pub fn strong_habits(props: &StrongHabitsProps) -> Html {
    let (head, rest) = match props.whose {
        Whose::Mine => (t::result_habits_strong(), t::result_habits_strong_why()),
        Whose::Theirs => (t::shared_habits_strong(), t::shared_habits_strong_why()),
    };
    html! {
        <p class="strong-habits"><strong>{head}</strong>{" "}{rest}</p>
    }
}
