//! Earlier results, newest first.

use yew::prelude::*;

use crate::components::common::emblem::{emblem, EmblemProps};
use crate::components::common::profile_chart::summary;
use crate::domain::quiz::history::Record;

#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    pub records: Vec<Record>,
}

/// A local date and time such as "29 Nov 2026, 09:05".
fn when(ms: u64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let month = MONTHS.get(d.get_month() as usize).copied().unwrap_or("");
    format!(
        "{} {month} {}, {:02}:{:02}",
        d.get_date(),
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

pub fn history_list(props: &HistoryListProps) -> Html {
    if props.records.is_empty() {
        return html! { <p>{"Your earlier results will appear here."}</p> };
    }
    html! {
        <ol class="history">
            { for props.records.iter().map(|r| html! {
                <li>
                    {emblem(&EmblemProps { style: r.outcome.primary, class: Classes::new() })}
                    <div>
                        <span class="history-label">{r.outcome.blend_label()}</span>
                        <span class="history-date">{when(r.finished_at)}</span>
                        <span class="history-profile">{summary(&r.outcome.profile)}</span>
                    </div>
                </li>
            }) }
        </ol>
    }
}
