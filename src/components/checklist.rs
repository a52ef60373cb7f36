//! The tailored tips as a checklist, grouped by when they apply.

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::domain::scoring::Outcome;
use crate::domain::tips::{checklist, in_phase, Phase, Source};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub outcome: Outcome,
    pub checked: BTreeSet<String>,
    pub on_toggle: Callback<String>,
}

fn source_label(source: Source) -> String {
    match source {
        Source::Style(s) => format!("For the {}", s.name()),
        Source::Habit(h) => format!("Habit: {}", h.name()),
    }
}

#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let list = checklist(&props.outcome);
    html! {
        <div class="checklist">
            { for Phase::ALL.iter().map(|&phase| html! {
                <section class="phase">
                    <h3>{phase.heading()}</h3>
                    <ul>
                        { for in_phase(&list, phase).into_iter().map(|(source, tip)| {
                            let id = format!("tip-{}", tip.id);
                            let toggle = props.on_toggle.reform(move |_: Event| tip.id.to_owned());
                            html! {
                                <li key={tip.id}>
                                    <input type="checkbox" id={id.clone()} aria-describedby={format!("{id}-source")}
                                        checked={props.checked.contains(tip.id)} onchange={toggle} />
                                    <div>
                                        <label for={id.clone()}>{tip.text}</label>
                                        <span id={format!("{id}-source")} class="tip-source">{source_label(source)}</span>
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }) }
        </div>
    }
}
