//! The plain statement a result makes when every habit is strong
//! ([`crate::domain::scoring::habits_strong`]): the style says how a person
//! comes across, the habits that their hours pay off.

use yew::prelude::*;

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
        Whose::Mine => (
            "Your habits are strong: every habit scores 70 or more.",
            "Your style is how you come across; your habits say your hours at events pay off.",
        ),
        Whose::Theirs => (
            "Their habits are strong: every habit scores 70 or more.",
            "Their style is how they come across; their habits say their hours at events pay off.",
        ),
    };
    html! {
        <p class="strong-habits"><strong>{head}</strong>{" "}{rest}</p>
    }
}
