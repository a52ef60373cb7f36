//! What a group adds up to: the average profile, the strongest and weakest habit, everyone's habits in
//! one table with each person's style, and tips for the mix. Only entries that hold a result count.

use yew::prelude::*;

use crate::components::common::profile_chart::{profile_chart, ProfileChartProps};
use crate::domain::group::mix::{mix, mix_tips};
use crate::domain::group::{Group, Member};
use crate::domain::share::code::SharedResult;
use crate::domain::{Habit, Style};

/// The person's name, or "Person 3" for entry 3 when they have none.
pub fn label(index: usize, member: &Member) -> String {
    if member.name.is_empty() {
        format!("Person {}", index + 1)
    } else {
        member.name.clone()
    }
}

/// "Mensch", "Mensch with a Pro streak", "Equal parts Pro and Mensch".
pub fn style_line(result: &SharedResult) -> String {
    result.to_outcome().blend_label()
}

fn score(s: Option<u8>) -> String {
    s.map_or_else(|| "–".to_owned(), |s| s.to_string())
}

fn habit_names(habits: &[Habit]) -> String {
    habits
        .iter()
        .map(|h| h.name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn people(n: usize) -> String {
    match n {
        1 => "1 person".to_owned(),
        n => format!("{n} people"),
    }
}

/// "Pro: 2 people. Rookie: 0 people. ..." in one line.
fn counts_line(counts: &[usize; 4]) -> String {
    let parts: Vec<String> = Style::ALL
        .iter()
        .map(|s| format!("{}: {}", s.name(), people(counts[s.index()])))
        .collect();
    format!("Leaning to each style: {}.", parts.join(", "))
}

/// One row of the table: whose scores, their style, one cell per habit.
fn habit_row(label: String, style: String, habits: &[Option<u8>; 5]) -> Html {
    html! {
        <tr>
            <th scope="row">{label}</th>
            <td>{style}</td>
            { for habits.iter().map(|&s| html! { <td>{score(s)}</td> }) }
        </tr>
    }
}

/// The group's summary (a plain function: see `journal_roi::ReturnsProps`).
pub fn group_summary(group: &Group) -> Html {
    let results = group.results();
    let shared: Vec<SharedResult> = results.iter().map(|(_, _, r)| r.clone()).collect();
    let Some(mix) = mix(&shared) else {
        return html! {};
    };
    let habit_line = |what: &str, habits: &[Habit]| {
        let avg = habits.first().and_then(|h| mix.habits[h.index()]);
        html! {
            <p class="group-habit"><strong>{what}</strong>{format!("{} (average {} of 100)", habit_names(habits), score(avg))}</p>
        }
    };
    html! {
        <>
            <section aria-labelledby="h-group-profile">
                <h2 id="h-group-profile">{"The group's average profile"}</h2>
                <p>{format!("The average of {}'s results.", people(mix.size))}</p>
                {profile_chart(&ProfileChartProps { profile: mix.profile, id_suffix: "-group".into() })}
                <p class="group-counts">{counts_line(&mix.counts)}</p>
            </section>
            <section aria-labelledby="h-group-habits">
                <h2 id="h-group-habits">{"Styles and habits"}</h2>
                if mix.strongest.is_empty() {
                    <p class="group-habit">{"The habits are level: no habit's average is clearly ahead of the others."}</p>
                } else {
                    {habit_line("Strongest habit: ", &mix.strongest)}
                    {habit_line("Weakest habit: ", &mix.weakest)}
                }
                // The caption is outside the region that scrolls sideways on a
                // narrow screen, so it is never cut off; it names both.
                <p class="table-caption" id="group-table-caption">{"Everyone's style and habit scores (out of 100)"}</p>
                <div class="table-scroll group-table-scroll" role="region" aria-labelledby="group-table-caption" tabindex="0">
                    <table class="habit-table group-table" aria-labelledby="group-table-caption">
                        <thead><tr>
                            <th scope="col">{"Person"}</th>
                            <th scope="col">{"Style"}</th>
                            { for Habit::ALL.iter().map(|h| html! { <th scope="col">{h.name()}</th> }) }
                        </tr></thead>
                        <tbody>
                            { for results.iter().map(|(i, m, r)| habit_row(label(*i, m), style_line(r), &r.habits)) }
                        </tbody>
                        <tfoot>{habit_row("Average".to_owned(), String::new(), &mix.habits)}</tfoot>
                    </table>
                </div>
                <p class="hint">{"A dash means that person skipped every statement about the habit."}</p>
            </section>
            <section aria-labelledby="h-group-tips">
                <h2 id="h-group-tips">{"Tips for the mix"}</h2>
                <ul class="pair-tips">
                    { for mix_tips(&mix).iter().map(|t| html! { <li>{*t}</li> }) }
                </ul>
            </section>
        </>
    }
}
