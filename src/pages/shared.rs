//! Screens 4 and 5: a result opened from a link, read-only, with a compare
//! view for visitors who have a result of their own; or, when the link is
//! damaged, a plain explanation. Nothing here writes to the visitor's data.

use yew::prelude::*;

use crate::components::share::panel::share_link;
use crate::components::share::qr::QrButton;
use crate::components::{
    common::emblem::{emblem, style_class, EmblemProps},
    common::profile_chart::{profile_chart, ProfileChartProps},
    quiz::habit_bars::{habit_bars, HabitBarsProps},
    quiz::strong_habits::{strong_habits, StrongHabitsProps, Whose},
    quiz::style_heading::{style_heading, StyleHeadingProps},
};
use crate::domain::quiz::scoring::Outcome;
use crate::domain::share::code::{decode, encode, SharedResult};
use crate::domain::Habit;
use crate::i18n::{messages as t, names};
use crate::state::use_app;

/// The shared-result screen for the code in the link.
pub fn shared_page(code: &str) -> Html {
    match decode(code) {
        Ok(shared) => html! { <SharedView shared={Shared(shared)} /> },
        Err(error) => html! {
            <section class="damaged">
                <h1>{t::shared_damaged_title()}</h1>
                <p class="lead">{names::share_error(&error)}</p>
                <p>{t::shared_damaged_ask()}</p>
                <p><a class="button primary" href="#/">{t::take_quiz_yourself()}</a></p>
            </section>
        },
    }
}

/// A decoded result, wrapped for use as a prop.
#[derive(Clone, PartialEq)]
struct Shared(SharedResult);

#[derive(Properties, PartialEq)]
struct SharedViewProps {
    shared: Shared,
}

#[component]
fn SharedView(props: &SharedViewProps) -> Html {
    let app = use_app();
    let comparing = use_state(|| false);
    let theirs = props.shared.0.to_outcome();
    let mine = app.history.first().map(|r| r.outcome.clone());
    let toggle = {
        let comparing = comparing.clone();
        Callback::from(move |_| comparing.set(!*comparing))
    };
    html! {
        <article class="result shared">
            <div class={classes!("summary", style_class(theirs.primary))}>
                <div class="summary-head">
                    {emblem(&EmblemProps { style: theirs.primary, class: classes!("emblem-large") })}
                    {style_heading(&StyleHeadingProps { eyebrow: t::result_eyebrow_shared().into(), outcome: theirs.clone(), with_trap: false })}
                </div>
                if theirs.habits_strong() {
                    {strong_habits(&StrongHabitsProps { whose: Whose::Theirs })}
                }
                if !*comparing {
                    <section class="summary-profile" aria-labelledby="h-their-profile">
                        <h2 id="h-their-profile" class="visually-hidden">{t::shared_their_profile()}</h2>
                        {profile_chart(&ProfileChartProps { profile: theirs.profile, id_suffix: AttrValue::default() })}
                    </section>
                }
                <div class="summary-actions">
                    <div class="actions">
                        <a class="button primary" href="#/">{t::take_quiz_yourself()}</a>
                        <QrButton link={share_link(&encode(&props.shared.0))} outcome={theirs.clone()} />
                        if mine.is_some() {
                            <button onclick={toggle} aria-expanded={comparing.to_string()}>
                                {if *comparing { t::shared_hide_compare() } else { t::shared_compare() }}
                            </button>
                        }
                    </div>
                    <p><a class="link-alone" href="#/styles">{t::read_about_styles()}</a></p>
                </div>
            </div>
            if let (Some(mine), true) = (mine, *comparing) {
                {compare(&theirs, &mine)}
            } else {
                <section aria-labelledby="h-their-habits">
                    <h2 id="h-their-habits">{t::shared_their_habits()}</h2>
                    {habit_bars(&HabitBarsProps { habits: theirs.habits })}
                </section>
            }
        </article>
    }
}

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(t::no_answers, t::score)
}

/// Their result next to mine (a plain function: see
/// `journal_roi::ReturnsProps`).
fn compare(theirs: &Outcome, mine: &Outcome) -> Html {
    html! {
        <section class="compare" aria-labelledby="h-compare">
            <h2 id="h-compare">{t::shared_side_by_side()}</h2>
            <div class="columns">
                <div>
                    <h3 class="with-emblem">{emblem(&EmblemProps { style: theirs.primary, class: Classes::new() })}{t::shared_theirs(&names::blend_label(theirs))}</h3>
                    {profile_chart(&ProfileChartProps { profile: theirs.profile, id_suffix: "-theirs".into() })}
                </div>
                <div>
                    <h3 class="with-emblem">{emblem(&EmblemProps { style: mine.primary, class: Classes::new() })}{t::shared_yours(&names::blend_label(mine))}</h3>
                    {profile_chart(&ProfileChartProps { profile: mine.profile, id_suffix: "-mine".into() })}
                </div>
            </div>
            <table class="habit-table">
                <caption>{t::shared_habit_caption()}</caption>
                <thead><tr><th scope="col">{t::shared_habit()}</th><th scope="col">{t::shared_theirs_column()}</th><th scope="col">{t::shared_yours_column()}</th></tr></thead>
                <tbody>
                    { for Habit::ALL.iter().map(|&h| html! {
                        <tr>
                            <th scope="row">{t::habit_name(h)}</th>
                            <td>{score_text(theirs.habits[h.index()])}</td>
                            <td>{score_text(mine.habits[h.index()])}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h2>{t::shared_pair_title(mine.primary, theirs.primary)}</h2>
            <ul class="pair-tips">
                { for names::pair_tips(theirs.primary, mine.primary).into_iter().map(|tip| html! { <li>{tip}</li> }) }
            </ul>
        </section>
    }
}
