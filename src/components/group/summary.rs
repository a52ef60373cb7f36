//! What a group adds up to: the average profile, the strongest and weakest habit, everyone's habits in
//! one table with each person's style, and tips for the mix. Only entries that hold a result count.

use yew::prelude::*;

use crate::components::common::profile_chart::{profile_chart, ProfileChartProps};
use crate::domain::group::mix::{mix, mix_tips};
use crate::domain::group::{Group, Member};
use crate::domain::share::code::SharedResult;
use crate::domain::{Habit, Style};
use crate::i18n::{messages as t, names};

/// The person's name, or "Person 3" for entry 3 when they have none.
pub fn label(index: usize, member: &Member) -> String {
    names::member_label(index, member)
}

/// "Mensch", "Mensch with a Pro streak", "Equal parts Pro and Mensch".
pub fn style_line(result: &SharedResult) -> String {
    names::blend_label(&result.to_outcome())
}

fn score(s: Option<u8>) -> String {
    s.map_or_else(|| "–".to_owned(), t::score)
}

fn habit_names(habits: &[Habit]) -> Vec<String> {
    habits.iter().map(|&h| t::habit_name(h)).collect()
}

/// "Leaning to each style: Pro: 2 people, Rookie: 0 people, ..." in one line.
fn counts_line(counts: &[usize; 4]) -> String {
    let parts: Vec<String> = Style::ALL
        .iter()
        .map(|&s| t::group_style_count(counts[s.index()], s))
        .collect();
    t::group_counts(&parts)
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
    let habit_line = |strongest: bool, habits: &[Habit]| {
        let avg = habits
            .first()
            .and_then(|h| mix.habits[h.index()])
            .unwrap_or(0);
        let line = if strongest {
            t::group_strongest(avg, &habit_names(habits))
        } else {
            t::group_weakest(avg, &habit_names(habits))
        };
        html! { <p class="group-habit">{line}</p> }
    };
    html! {
        <>
            <section aria-labelledby="h-group-profile">
                <h2 id="h-group-profile">{t::group_profile_title()}</h2>
                <p>{t::group_profile_lead(mix.size)}</p>
                {profile_chart(&ProfileChartProps { profile: mix.profile, id_suffix: "-group".into() })}
                <p class="group-counts">{counts_line(&mix.counts)}</p>
            </section>
            <section aria-labelledby="h-group-habits">
                <h2 id="h-group-habits">{t::group_habits_title()}</h2>
                if mix.strongest.is_empty() {
                    <p class="group-habit">{t::group_habits_level()}</p>
                } else {
                    {habit_line(true, &mix.strongest)}
                    {habit_line(false, &mix.weakest)}
                }
                // The caption is outside the region that scrolls sideways on a
                // narrow screen, so it is never cut off; it names both.
                <p class="table-caption" id="group-table-caption">{t::group_table_caption()}</p>
                <div class="table-scroll group-table-scroll" role="region" aria-labelledby="group-table-caption" tabindex="0">
                    <table class="habit-table group-table" aria-labelledby="group-table-caption">
                        <thead><tr>
                            <th scope="col">{t::group_col_person()}</th>
                            <th scope="col">{t::group_col_style()}</th>
                            { for Habit::ALL.iter().map(|&h| html! { <th scope="col">{t::habit_name(h)}</th> }) }
                        </tr></thead>
                        <tbody>
                            { for results.iter().map(|(i, m, r)| habit_row(label(*i, m), style_line(r), &r.habits)) }
                        </tbody>
                        <tfoot>{habit_row(t::group_average(), String::new(), &mix.habits)}</tfoot>
                    </table>
                </div>
                <p class="hint">{t::group_dash_hint()}</p>
            </section>
            <section aria-labelledby="h-group-tips">
                <h2 id="h-group-tips">{t::group_tips_title()}</h2>
                <ul class="pair-tips">
                    { for mix_tips(&mix).into_iter().map(|tip| html! { <li>{names::mix_tip(tip)}</li> }) }
                </ul>
            </section>
        </>
    }
}
