//! Return on the hours: a small chart of what each event brought, the same
//! figures as a table, and the quiz's habit scores next to the journal.

use yew::prelude::*;

use crate::domain::journal::roi::{mirror, over_time, Returns};
use crate::domain::journal::Journal;
use crate::i18n::{messages as t, names};

/// What the panel shows. (The panel is a plain function, not a component:
/// each component costs about a kilobyte of wasm in yew's lifecycle code,
/// and this one has no state of its own.)
pub struct ReturnsProps<'a> {
    pub journal: &'a Journal,
    /// The latest result's habit scores, if there is a result.
    pub habits: Option<[Option<u8>; 5]>,
}

/// How many of the latest events the chart shows; the table shows all.
const CHART_EVENTS: usize = 8;

fn row(label: String, r: &Returns) -> Html {
    let hours = if r.minutes == 0 {
        "–".to_owned()
    } else {
        t::returns_hours(names::hours(r.minutes))
    };
    html! {
        <tr>
            <th scope="row">{label}</th>
            <td>{hours}</td>
            <td>{r.people}</td>
            <td>{r.followed_up}</td>
            <td>{r.meetings_held}</td>
            <td>{r.referrals_given}</td>
            <td>{r.referrals_received}</td>
            <td>{r.per_hour().map_or_else(|| "–".to_owned(), t::returns_per_hour)}</td>
        </tr>
    }
}

/// Two bars per event, people met and follow-ups done, oldest event on top.
fn chart(events: &[(String, Returns)]) -> Html {
    let shown = &events[events.len().saturating_sub(CHART_EVENTS)..];
    let most = shown
        .iter()
        .map(|(_, r)| r.people)
        .max()
        .unwrap_or(0)
        .max(1);
    let width = |n: usize| (n * 200 / most).max(if n > 0 { 2 } else { 0 });
    let height = shown.len() * 34 + 4;
    html! {
        <svg class="roi-chart" viewBox={format!("0 0 320 {height}")} aria-hidden="true" focusable="false">
            { for shown.iter().enumerate().map(|(i, (label, r))| {
                let y = i * 34;
                html! {
                    <g>
                        <text class="roi-label" x="0" y={(y + 11).to_string()}>{label.chars().take(40).collect::<String>()}</text>
                        <rect class="roi-people" x="0" y={(y + 15).to_string()} width={width(r.people).to_string()} height="7" />
                        <text class="roi-value" x={(width(r.people) + 4).to_string()} y={(y + 22).to_string()}>{r.people}</text>
                        <rect class="roi-followed" x="0" y={(y + 24).to_string()} width={width(r.followed_up).to_string()} height="7" />
                        <text class="roi-value" x={(width(r.followed_up) + 4).to_string()} y={(y + 31).to_string()}>{r.followed_up}</text>
                    </g>
                }
            }) }
        </svg>
    }
}

pub fn returns_panel(props: &ReturnsProps) -> Html {
    let events: Vec<(String, Returns)> = over_time(props.journal)
        .into_iter()
        .map(|(e, r)| (t::returns_event(e.date, &e.name), r))
        .collect();
    let total = Returns::total(props.journal);
    html! {
        <section aria-labelledby="h-returns">
            <h2 id="h-returns">{t::returns_title()}</h2>
            if events.is_empty() {
                <p>{t::returns_empty()}</p>
            } else {
                <p>{t::returns_chart_lead()}</p>
                {chart(&events)}
                <div class="table-scroll" role="region" aria-labelledby="roi-caption" tabindex="0">
                    <table class="roi-table">
                        <caption id="roi-caption">{t::returns_caption()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t::returns_col_event()}</th>
                                <th scope="col">{t::returns_col_hours()}</th>
                                <th scope="col">{t::returns_col_people()}</th>
                                <th scope="col">{t::returns_col_followed()}</th>
                                <th scope="col">{t::returns_col_meetings()}</th>
                                <th scope="col">{t::returns_col_given()}</th>
                                <th scope="col">{t::returns_col_received()}</th>
                                <th scope="col">{t::returns_col_per_hour()}</th>
                            </tr>
                        </thead>
                        <tbody>{ for events.iter().map(|(label, r)| row(label.clone(), r)) }</tbody>
                        <tfoot>{row(t::returns_all_events(), &total)}</tfoot>
                    </table>
                </div>
            }
            {habit_mirror(props)}
        </section>
    }
}

/// The quiz's habit scores next to what the journal shows for each habit.
fn habit_mirror(props: &ReturnsProps) -> Html {
    let Some(habits) = props.habits else {
        return html! {
            <p>{t::returns_no_quiz()}</p>
        };
    };
    html! {
        <>
            <h3>{t::returns_mirror_title()}</h3>
            <p>{t::returns_mirror_lead()}</p>
            <ul class="mirror">
                { for mirror(props.journal, habits).into_iter().map(|m| {
                    let shows = names::mirror_shows(&m);
                    let line = match m.quiz {
                        Some(quiz) => t::returns_mirror_line(&shows, quiz),
                        None => t::returns_mirror_line_no_quiz(&shows),
                    };
                    html! {
                        <li>
                            <strong>{t::habit_name(m.habit)}</strong>
                            <span>{line}</span>
                            <span class="hint">{names::agreement(m.agreement)}</span>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
