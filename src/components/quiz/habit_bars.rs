//! One bar per habit, with its score as text.

use yew::prelude::*;

use crate::domain::Habit;
use crate::i18n::messages as t;

#[derive(Properties, PartialEq)]
pub struct HabitBarsProps {
    pub habits: [Option<u8>; 5],
}

pub fn habit_bars(props: &HabitBarsProps) -> Html {
    html! {
        <ul class="habits">
            { for Habit::ALL.iter().map(|&h| {
                let score = props.habits[h.index()];
                let text = score.map_or_else(t::no_answers, t::score_of_100);
                let label_id = format!("habit-{}", h.index());
                html! {
                    <li class="habit">
                        <div class="habit-head">
                            <span id={label_id.clone()} class="habit-name">{t::habit_name(h)}</span>
                            <span class="habit-score">{text.clone()}</span>
                        </div>
                        <div class="bar" role="meter" aria-labelledby={label_id}
                            aria-valuemin="0" aria-valuemax="100"
                            aria-valuenow={score.unwrap_or(0).to_string()} aria-valuetext={text}>
                            <svg class="bar-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                                <rect class="bar-fill" width={score.unwrap_or(0).to_string()} height="1" />
                            </svg>
                        </div>
                        <p class="habit-meaning">{t::habit_meaning(h)}</p>
                    </li>
                }
            }) }
        </ul>
    }
}
