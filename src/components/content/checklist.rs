//! The tailored tips as a checklist, grouped by when they apply, with its
//! progress and a printout (the print stylesheet keeps only the list).

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::domain::content::progress::Progress;
use crate::domain::content::tips::{checklist, in_phase, Phase};
use crate::domain::quiz::scoring::Outcome;
use crate::i18n::{messages as t, names};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub outcome: Outcome,
    pub checked: BTreeSet<String>,
    pub on_toggle: Callback<String>,
}

fn print(_: MouseEvent) {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

pub fn checklist_view(props: &ChecklistProps) -> Html {
    let list = checklist(&props.outcome);
    let progress = Progress::of(&props.outcome, &props.checked);
    // A bar of width 100 whose fill is the share done, in whole percent.
    let done = (progress.done * 100)
        .checked_div(progress.total)
        .unwrap_or(0);
    html! {
        <div class="checklist">
            <div class="checklist-tools">
                <div class="checklist-progress">
                    <p id="checklist-progress" aria-live="polite">{names::progress(progress)}</p>
                    <svg class="bar-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="bar-fill" width={done.to_string()} height="1" />
                    </svg>
                </div>
                <button type="button" class="screen-only" onclick={print}>{t::checklist_print()}</button>
            </div>
            { for Phase::ALL.iter().map(|&phase| html! {
                <section class="phase">
                    <h3>{t::checklist_phase(phase)}</h3>
                    <ul>
                        { for in_phase(&list, phase).into_iter().map(|(source, tip)| {
                            let id = format!("tip-{}", tip.id);
                            let toggle = props.on_toggle.reform(move |_: Event| tip.id.to_owned());
                            html! {
                                <li key={tip.id}>
                                    <input type="checkbox" id={id.clone()} aria-describedby={format!("{id}-source")}
                                        checked={props.checked.contains(tip.id)} onchange={toggle} />
                                    <div>
                                        <label for={id.clone()}>{names::tip(tip.id)}</label>
                                        <span id={format!("{id}-source")} class="tip-source">{names::tip_source(source)}</span>
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
