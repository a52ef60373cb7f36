//! Return on the hours: a small chart of what each event brought, the same
//! figures as a table, and the quiz's habit scores next to the journal.

use yew::prelude::*;

use crate::domain::journal::roi::{mirror, over_time, Returns};
use crate::domain::journal::{hours_text, Journal};

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
        hours_text(r.minutes)
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
            <td>{r.per_hour().unwrap_or_else(|| "–".to_owned())}</td>
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
        .map(|(e, r)| (format!("{}, {}", e.name, e.date.long()), r))
        .collect();
    let total = Returns::total(props.journal);
    html! {
        <section aria-labelledby="h-returns">
            <h2 id="h-returns">{"Return on your hours"}</h2>
            if events.is_empty() {
                <p>{"Once you note events, the people you met and the hours they took, this shows what each one brought."}</p>
            } else {
                <p>{"People met (upper bar) and follow-ups done (lower bar) at each event, oldest first:"}</p>
                {chart(&events)}
                <div class="table-scroll" role="region" aria-labelledby="roi-caption" tabindex="0">
                    <table class="roi-table">
                        <caption id="roi-caption">{"What each event brought"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Event"}</th>
                                <th scope="col">{"Hours"}</th>
                                <th scope="col">{"People met"}</th>
                                <th scope="col">{"Follow-ups done"}</th>
                                <th scope="col">{"Meetings held"}</th>
                                <th scope="col">{"Referrals given"}</th>
                                <th scope="col">{"Referrals received"}</th>
                                <th scope="col">{"Follow-ups per hour"}</th>
                            </tr>
                        </thead>
                        <tbody>{ for events.iter().map(|(label, r)| row(label.clone(), r)) }</tbody>
                        <tfoot>{row("All events".to_owned(), &total)}</tfoot>
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
            <p>{"Take the quiz to see your habit scores here next to what the journal shows."}</p>
        };
    };
    html! {
        <>
            <h3>{"The quiz and the journal"}</h3>
            <p>{"What you said in the quiz about each habit, next to what you did as the journal records it."}</p>
            <ul class="mirror">
                { for mirror(props.journal, habits).into_iter().map(|m| {
                    let quiz = m.quiz.map_or("no answers".to_owned(), |q| q.to_string());
                    html! {
                        <li>
                            <strong>{m.habit.name()}</strong>
                            <span>{format!("The quiz says {quiz}; the journal says {}.", m.journal)}</span>
                            <span class="hint">{m.sentence}</span>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
