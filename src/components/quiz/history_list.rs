//! Earlier results, newest first.

use yew::prelude::*;

use crate::components::common::emblem::{emblem, EmblemProps};
use crate::domain::quiz::history::Record;
use crate::i18n::{messages as t, names};

#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    pub records: Vec<Record>,
}

pub fn history_list(props: &HistoryListProps) -> Html {
    if props.records.is_empty() {
        return html! { <p>{t::result_history_empty()}</p> };
    }
    html! {
        <ol class="history">
            { for props.records.iter().map(|r| html! {
                <li>
                    {emblem(&EmblemProps { style: r.outcome.primary, class: Classes::new() })}
                    <div>
                        <span class="history-label">{names::blend_label(&r.outcome)}</span>
                        <span class="history-date">{t::result_history_when(r.finished_at)}</span>
                        <span class="history-profile">{t::profile_summary(&names::profile_shares(&r.outcome.profile))}</span>
                    </div>
                </li>
            }) }
        </ol>
    }
}
