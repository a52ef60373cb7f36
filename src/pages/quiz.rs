//! Screen 2: one item at a time, as a labelled radio group.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{focus, now};
use crate::domain::quiz::attempt::Attempt;
use crate::domain::quiz::bank::ItemKind;
use crate::domain::Answer;
use crate::i18n::{bank, messages as t};
use crate::state::{use_app, Action, AppHandle};

#[component]
pub fn QuizPage() -> Html {
    let app = use_app();
    match &app.attempt {
        Some(attempt) => html! { <Question attempt={attempt.clone()} /> },
        None => html! {
            <section>
                <h1>{t::quiz_none_title()}</h1>
                <p>{t::quiz_none_text()}</p>
                <p><a class="button primary" href="#/">{t::go_to_start()}</a></p>
            </section>
        },
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    attempt: Attempt,
}

/// The options of the item on screen, in the order shown, with their
/// labels in the language in use.
fn shown_options(attempt: &Attempt) -> Vec<(Answer, String)> {
    let mut answers = bank::answers(attempt.item());
    match &attempt.item().kind {
        ItemKind::Scene(_) | ItemKind::Practice(_) => attempt
            .shown_order()
            .into_iter()
            .filter_map(|i| {
                let (answer, label) = answers.get_mut(usize::from(i))?;
                Some((*answer, std::mem::take(label)))
            })
            .collect(),
        ItemKind::Statement(_) | ItemKind::Count(_) => answers,
    }
}

#[component]
fn Question(props: &QuestionProps) -> Html {
    let app = use_app();
    let attempt = &props.attempt;
    let heading = use_node_ref();
    let prompt = bank::prompt(attempt.item());
    let options = shown_options(attempt);
    let selected = attempt.answer();
    let total = Attempt::len();
    let number = attempt.position + 1;

    {
        let heading = heading.clone();
        use_effect_with(attempt.position, move |_| focus(&heading));
    }
    use_keyboard(
        app.clone(),
        attempt.clone(),
        options.iter().map(|o| o.0).collect(),
    );

    let on_back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Back))
    };
    let on_skip = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Skip { now: now() }))
    };
    let on_next = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Next { now: now() }))
    };
    let can_go_on = selected.is_some();
    let next_label = if attempt.is_last() {
        t::quiz_see_result()
    } else {
        t::quiz_next()
    };

    html! {
        <section class="quiz">
            <h1 ref={heading} tabindex="-1" class="question-number">{t::quiz_question_number(number, total)}</h1>
            // Stays mounted from question to question, so a screen reader
            // announces each new one even where focus on the heading is not
            // read out.
            <p class="visually-hidden" role="status" aria-live="polite">
                {t::quiz_question_announced(number, &prompt, total)}
            </p>
            <div class="progress" role="progressbar" aria-label={t::quiz_progress()}
                aria-valuemin="0" aria-valuenow={number.to_string()} aria-valuemax={total.to_string()}>
                <svg class="progress-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="progress-fill" width={(number * 100 / total).to_string()} height="1" />
                </svg>
            </div>
            <fieldset class="item">
                <legend>{prompt}</legend>
                <div class="options">
                    { for options.iter().enumerate().map(|(k, (answer, label))| {
                        // The same ids for every item: changing them on each
                        // item cost an attribute write per option and label.
                        let id = format!("opt-{k}");
                        let answer = *answer;
                        let app = app.clone();
                        let onchange = Callback::from(move |_| app.dispatch(Action::Choose(answer)));
                        html! {
                            // Keyed by place, not by item: the next item reuses these
                            // elements and only their text and attributes change. The
                            // group's name stays the same for every item: renaming a
                            // checked radio into a group unchecks the others there, which
                            // could undo the `checked` just set on an earlier option.
                            <div class="option" key={k}>
                                <input type="radio" id={id.clone()} name="answer"
                                    checked={selected == Some(answer)} {onchange} />
                                <label for={id}><span class="key" aria-hidden="true">{k + 1}</span>{label.clone()}</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            <p class="hint">{t::quiz_keys_hint(options.len())}</p>
            <div class="actions quiz-actions">
                <button onclick={on_back} disabled={attempt.position == 0}>{t::quiz_back()}</button>
                <button onclick={on_skip}>{t::quiz_skip()}</button>
                <button class="primary" onclick={on_next} disabled={!can_go_on}>{next_label}</button>
            </div>
        </section>
    }
}

/// Where the quiz listens for its keys: the document, unless a provider
/// names another target. The screen rehearsal (`pages::rehearsal`) gives
/// its own element, off the page, so its quiz never hears the person's keys.
#[derive(Clone, PartialEq)]
pub struct KeyTarget(pub web_sys::EventTarget);

/// Number keys pick an option; Enter goes on, unless focus is on a control
/// that Enter already activates. The listener is added once per quiz screen
/// and reads the item on screen from a cell that each render updates:
/// adding and removing it on every answer was a measurable part of an
/// answer's work, and a key pressed before the effect had run
/// again acted on the item before.
#[hook]
fn use_keyboard(app: AppHandle, attempt: Attempt, answers: Vec<Answer>) {
    let target = use_context::<KeyTarget>();
    let current = use_mut_ref(|| (attempt.clone(), answers.clone()));
    *current.borrow_mut() = (attempt, answers);
    let dispatcher = app.dispatcher();
    use_effect_with(target, move |target| {
        let target = target.clone().map(|t| t.0).or_else(|| {
            let doc = web_sys::window().and_then(|w| w.document())?;
            Some(doc.into())
        });
        let listener = target.map(|target| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&target, "keydown", options, move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.ctrl_key() || key.alt_key() || key.meta_key() || key.repeat() {
                    return;
                }
                let on_control = key
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "BUTTON" | "A" | "TEXTAREA")
                    });
                let name = key.key();
                // Read, then let go of the cell before dispatching: the
                // render that a dispatch starts writes to it.
                let (picked, answered) = {
                    let current = current.borrow();
                    let picked = name
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| current.1.get(n.wrapping_sub(1)).copied());
                    (picked, current.0.answer().is_some())
                };
                if let Some(answer) = picked {
                    key.prevent_default();
                    dispatcher.dispatch(Action::Choose(answer));
                } else if name == "Enter" && !on_control && answered {
                    key.prevent_default();
                    dispatcher.dispatch(Action::Next { now: now() });
                }
            })
        });
        move || drop(listener)
    });
}
