//! What a group adds up to: each person's style (on the shared view), the
//! average profile, the strongest and weakest habit, everyone's habits in
//! one table, and tips for the mix. Only entries that hold a result count.

use yew::prelude::*;

use crate::components::emblem::Emblem;
use crate::components::profile_chart::ProfileChart;
use crate::domain::group::{Group, Member};
use crate::domain::group_mix::{mix, mix_tips};
use crate::domain::share_code::SharedResult;
use crate::domain::{Habit, Style};

#[derive(Properties, PartialEq)]
pub struct GroupSummaryProps {
    pub group: Group,
    /// List each person's style (the editor lists them itself).
    #[prop_or_default]
    pub with_people: bool,
}

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
    habits.iter().map(|h| h.name()).collect::<Vec<_>>().join(", ")
}

fn people(n: usize) -> String {
    match n {
        1 => "1 person".to_owned(),
        n => format!("{n} people"),
    }
}

#[component]
pub fn GroupSummary(props: &GroupSummaryProps) -> Html {
    let results = props.group.results();
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
            if props.with_people {
                <section aria-labelledby="h-group-people">
                    <h2 id="h-group-people">{"Each person's style"}</h2>
                    <ul class="group-people">
                        { for results.iter().map(|(i, m, r)| html! {
                            <li class="with-emblem"><Emblem style={r.primary} />
                                <span><strong>{label(*i, m)}</strong>{": "}{style_line(r)}</span></li>
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="h-group-profile">
                <h2 id="h-group-profile">{"The group's average profile"}</h2>
                <p>{format!("The average of {}'s results.", people(mix.size))}</p>
                <ProfileChart profile={mix.profile} id_suffix="-group" />
                <ul class="group-counts">
                    { for Style::ALL.iter().map(|s| html! {
                        <li>{format!("{}: {}", s.name(), people(mix.counts[s.index()]))}</li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="h-group-habits">
                <h2 id="h-group-habits">{"The group's habits"}</h2>
                if mix.strongest.is_empty() {
                    <p class="group-habit">{"The habits are level: no habit's average is clearly ahead of the others."}</p>
                } else {
                    {habit_line("Strongest habit: ", &mix.strongest)}
                    {habit_line("Weakest habit: ", &mix.weakest)}
                }
                <div class="table-scroll" role="region" aria-labelledby="group-table-caption" tabindex="0">
                    <table class="habit-table group-table">
                        <caption id="group-table-caption">{"Everyone's habit scores out of 100"}</caption>
                        <thead><tr>
                            <th scope="col">{"Person"}</th>
                            { for Habit::ALL.iter().map(|h| html! { <th scope="col">{h.name()}</th> }) }
                        </tr></thead>
                        <tbody>
                            { for results.iter().map(|(i, m, r)| html! {
                                <tr>
                                    <th scope="row">{label(*i, m)}</th>
                                    { for r.habits.iter().map(|&s| html! { <td>{score(s)}</td> }) }
                                </tr>
                            }) }
                        </tbody>
                        <tfoot><tr>
                            <th scope="row">{"Average"}</th>
                            { for mix.habits.iter().map(|&s| html! { <td>{score(s)}</td> }) }
                        </tr></tfoot>
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
