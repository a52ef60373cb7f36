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
use crate::domain::content::tips::pair_tips;
use crate::domain::quiz::scoring::Outcome;
use crate::domain::share::code::{decode, encode, SharedResult};
use crate::domain::Habit;
use crate::state::use_app;

/// The shared-result screen for the code in the link.
pub fn shared_page(code: &str) -> Html {
    match decode(code) {
        Ok(shared) => html! { <SharedView shared={Shared(shared)} /> },
        Err(error) => html! {
            <section class="damaged">
                <h1>{"This result link could not be opened"}</h1>
                <p class="lead">{error.to_string()}</p>
                <p>{"Ask the person who sent it for a fresh link. Nothing on your device was changed."}</p>
                <p><a class="button primary" href="#/">{"Take the quiz yourself"}</a></p>
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
                    {style_heading(&StyleHeadingProps { eyebrow: "A shared result".into(), outcome: theirs.clone(), with_trap: false })}
                </div>
                if theirs.habits_strong() {
                    {strong_habits(&StrongHabitsProps { whose: Whose::Theirs })}
                }
                if !*comparing {
                    <section class="summary-profile" aria-labelledby="h-their-profile">
                        <h2 id="h-their-profile" class="visually-hidden">{"Their profile"}</h2>
                        {profile_chart(&ProfileChartProps { profile: theirs.profile, id_suffix: AttrValue::default() })}
                    </section>
                }
                <div class="summary-actions">
                    <div class="actions">
                        <a class="button primary" href="#/">{"Take the quiz yourself"}</a>
                        <QrButton link={share_link(&encode(&props.shared.0))} outcome={theirs.clone()} />
                        if mine.is_some() {
                            <button onclick={toggle} aria-expanded={comparing.to_string()}>
                                {if *comparing { "Hide the comparison" } else { "Compare with mine" }}
                            </button>
                        }
                    </div>
                    <p><a class="link-alone" href="#/styles">{"Read about the four styles"}</a></p>
                </div>
            </div>
            if let (Some(mine), true) = (mine, *comparing) {
                {compare(&theirs, &mine)}
            } else {
                <section aria-labelledby="h-their-habits">
                    <h2 id="h-their-habits">{"Their habits"}</h2>
                    {habit_bars(&HabitBarsProps { habits: theirs.habits })}
                </section>
            }
        </article>
    }
}

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "Too few answers".to_owned(), |s| s.to_string())
}

/// Their result next to mine (a plain function: see
/// `journal_roi::ReturnsProps`).
fn compare(theirs: &Outcome, mine: &Outcome) -> Html {
    html! {
        <section class="compare" aria-labelledby="h-compare">
            <h2 id="h-compare">{"Side by side"}</h2>
            <div class="columns">
                <div>
                    <h3 class="with-emblem">{emblem(&EmblemProps { style: theirs.primary, class: Classes::new() })}{format!("Theirs: {}", theirs.blend_label())}</h3>
                    {profile_chart(&ProfileChartProps { profile: theirs.profile, id_suffix: "-theirs".into() })}
                </div>
                <div>
                    <h3 class="with-emblem">{emblem(&EmblemProps { style: mine.primary, class: Classes::new() })}{format!("Yours: {}", mine.blend_label())}</h3>
                    {profile_chart(&ProfileChartProps { profile: mine.profile, id_suffix: "-mine".into() })}
                </div>
            </div>
            <table class="habit-table">
                <caption>{"Habit scores out of 100"}</caption>
                <thead><tr><th scope="col">{"Habit"}</th><th scope="col">{"Theirs"}</th><th scope="col">{"Yours"}</th></tr></thead>
                <tbody>
                    { for Habit::ALL.iter().map(|&h| html! {
                        <tr>
                            <th scope="row">{h.name()}</th>
                            <td>{score_text(theirs.habits[h.index()])}</td>
                            <td>{score_text(mine.habits[h.index()])}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h2>{format!("How {} and {} work best together", theirs.primary.with_article(), mine.primary.with_article())}</h2>
            <ul class="pair-tips">
                { for pair_tips(theirs.primary, mine.primary).iter().map(|t| html! { <li>{*t}</li> }) }
            </ul>
        </section>
    }
}
