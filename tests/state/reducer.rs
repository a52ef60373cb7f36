//! The app's reducer, on the host.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::quiz::attempt::Attempt;
use netstyle::domain::quiz::bank::{items, ItemKind};
use std::collections::BTreeSet;
use std::rc::Rc;

use netstyle::domain::documents::notice::Notice;
use netstyle::domain::documents::*;
use netstyle::domain::quiz::history::HISTORY_LIMIT;
use netstyle::domain::quiz::scoring::score;
use netstyle::domain::route::Route;
use netstyle::domain::Answer;
use netstyle::state::{Action, AppState};
use proptest::prelude::*;
use yew::Reducible;

fn first_answer(attempt: &Attempt) -> Answer {
    match attempt.item().kind {
        ItemKind::Scene(_) | ItemKind::Practice(_) => Answer::Choice(0),
        ItemKind::Statement(_) | ItemKind::Count(_) => Answer::Rating(4),
    }
}

/// Answers every item and goes on from each, as a person would.
fn complete(state: AppState, now: u64) -> AppState {
    let mut state = state.apply(Action::Start { seed: now });
    for _ in 0..items().len() {
        let answer = first_answer(state.attempt.as_ref().unwrap());
        state = state
            .apply(Action::Choose(answer))
            .apply(Action::Next { now });
    }
    assert!(state.attempt.is_none(), "the quiz ends after the last item");
    state
}

#[test]
fn start_opens_the_quiz_at_the_first_item() {
    let state = AppState::default().apply(Action::Start { seed: 7 });
    assert_eq!(state.route, Route::Quiz);
    assert_eq!(state.attempt, Some(Attempt::new(7)));
}

#[test]
fn next_needs_an_answer() {
    let state = AppState::default()
        .apply(Action::Start { seed: 1 })
        .apply(Action::Next { now: 1 });
    assert_eq!(state.attempt.as_ref().unwrap().position, 0);
    let state = state
        .apply(Action::Choose(Answer::Choice(1)))
        .apply(Action::Next { now: 1 });
    assert_eq!(state.attempt.as_ref().unwrap().position, 1);
}

#[test]
fn finishing_files_the_result_and_clears_the_attempt() {
    let state = complete(AppState::default(), 1000);
    assert_eq!(state.route, Route::Result);
    assert!(state.attempt.is_none());
    assert_eq!(state.history.len(), 1);
    assert_eq!(state.history[0].finished_at, 1000);
    let state = complete(state, 2000);
    assert_eq!(
        state
            .history
            .iter()
            .map(|r| r.finished_at)
            .collect::<Vec<_>>(),
        [2000, 1000]
    );
}

#[test]
fn history_keeps_the_newest_results() {
    let mut state = AppState::default();
    for t in 0..(HISTORY_LIMIT as u64 + 3) {
        state = complete(state, t);
    }
    assert_eq!(state.history.len(), HISTORY_LIMIT);
    assert_eq!(state.history[0].finished_at, HISTORY_LIMIT as u64 + 2);
}

/// An attempt on its last item, with every other item answered.
fn on_last_item() -> AppState {
    let mut state = AppState::default().apply(Action::Start { seed: 9 });
    for _ in 1..items().len() {
        let answer = first_answer(state.attempt.as_ref().unwrap());
        state = state
            .apply(Action::Choose(answer))
            .apply(Action::Next { now: 1 });
    }
    assert!(state.attempt.as_ref().unwrap().is_last());
    state
}

/// An attempt on its last item, with every other item skipped.
fn on_last_item_all_skipped() -> AppState {
    let mut state = AppState::default().apply(Action::Start { seed: 9 });
    for _ in 1..items().len() {
        state = state.apply(Action::Skip { now: 1 });
    }
    assert!(state.attempt.as_ref().unwrap().is_last());
    state
}

#[test]
fn too_few_scenes_keep_the_attempt_and_show_that_there_is_not_enough() {
    use netstyle::domain::quiz::scoring::Verdict;
    let state = on_last_item_all_skipped();
    let answer = first_answer(state.attempt.as_ref().unwrap());
    let done = state
        .apply(Action::Choose(answer))
        .apply(Action::Next { now: 7 });
    assert_eq!(done.route, Route::Result);
    assert!(done.history.is_empty(), "nothing filed without a result");
    let kept = done
        .attempt
        .as_ref()
        .expect("the attempt stays in progress");
    assert!(matches!(kept.verdict(), Verdict::NotEnough { .. }));
    assert_eq!(
        kept.answers,
        state
            .attempt
            .as_ref()
            .unwrap()
            .answers
            .clone()
            .into_iter()
            .chain([(kept.item().id.to_owned(), answer)])
            .collect()
    );

    // "Answer the skipped scenes" goes back to the first one.
    let back = done.apply(Action::AnswerSkipped);
    assert_eq!(back.route, Route::Quiz);
    let first_scene = items()
        .iter()
        .position(|i| matches!(i.kind, ItemKind::Scene(_)))
        .unwrap();
    assert_eq!(back.attempt.as_ref().unwrap().position, first_scene);
}

#[test]
fn answer_skipped_changes_nothing_without_a_skipped_scene() {
    let state = on_last_item();
    assert_eq!(state.apply(Action::AnswerSkipped), state);
    assert_eq!(
        AppState::default().apply(Action::AnswerSkipped),
        AppState::default()
    );
}

#[test]
fn next_on_the_last_item_finishes_the_attempt() {
    let state = on_last_item();
    let unanswered = state.apply(Action::Next { now: 5 });
    assert_eq!(unanswered, state, "not without an answer");
    let answer = first_answer(state.attempt.as_ref().unwrap());
    let done = state
        .apply(Action::Choose(answer))
        .apply(Action::Next { now: 5 });
    assert_eq!(done.attempt, None);
    assert_eq!(done.route, Route::Result);
    assert_eq!(done.history.len(), 1);
    assert_eq!(done.history[0].finished_at, 5);
}

#[test]
fn skip_on_the_last_item_finishes_without_its_answer() {
    let state = on_last_item();
    let answer = first_answer(state.attempt.as_ref().unwrap());
    let done = state
        .apply(Action::Choose(answer))
        .apply(Action::Skip { now: 6 });
    assert_eq!(done.attempt, None);
    assert_eq!(done.route, Route::Result);
    assert_eq!(done.history[0].finished_at, 6);
    assert_eq!(
        done.history[0].outcome,
        score(&state.attempt.as_ref().unwrap().answers)
    );
}

#[test]
fn going_on_without_an_attempt_changes_nothing() {
    let state = AppState::default();
    assert_eq!(state.apply(Action::Next { now: 5 }), state);
    assert_eq!(state.apply(Action::Skip { now: 5 }), state);
    assert_eq!(state.apply(Action::Continue).route, Route::Welcome);
}

/// yew renders again only for a new `Rc`: the URL echoing the route the
/// state already has, or a key that does nothing, must not re-render the app.
#[test]
fn reduce_keeps_the_same_state_when_nothing_changed() {
    let state = Rc::new(AppState::default().apply(Action::Start { seed: 1 }));
    for action in [
        Action::Navigate(Route::Quiz),
        Action::Continue,
        Action::Next { now: 1 },
        Action::Back,
        Action::Choose(Answer::Rating(9)),
        Action::Choose(Answer::Choice(9)),
        Action::DismissNotices,
        Action::Notify(vec![]),
        Action::Reload(vec![]),
    ] {
        let after = state.clone().reduce(action.clone());
        assert!(Rc::ptr_eq(&state, &after), "{action:?}");
    }
    let moved = state.clone().reduce(Action::Navigate(Route::Welcome));
    assert!(!Rc::ptr_eq(&state, &moved));
    assert_eq!(moved.route, Route::Welcome);
}

#[test]
fn notices_join_the_state_once_each() {
    let state = AppState::default()
        .apply(Action::Notify(vec![Notice::Corrupt]))
        .apply(Action::Notify(vec![Notice::Corrupt, Notice::SaveFailed]));
    assert_eq!(state.notices.visible, [Notice::Corrupt, Notice::SaveFailed]);
    let state = state.apply(Action::DismissNotices);
    assert!(state.notices.visible.is_empty());
    assert_eq!(state.apply(Action::Notify(vec![Notice::Corrupt])), state);
}

#[test]
fn a_reload_replaces_only_the_documents_another_tab_changed() {
    let before = complete(AppState::default(), 4).apply(Action::Start { seed: 8 });
    let after = before.apply(Action::Reload(vec![
        Document::Attempt(None),
        Document::Checklist(BTreeSet::new()),
    ]));
    assert_eq!(after.attempt, None);
    assert!(after.checked.is_empty());
    assert_eq!(after.history, before.history);
    assert_eq!(after.route, before.route);
}

#[test]
fn toggling_a_tip_twice_unchecks_it() {
    let once = AppState::default().apply(Action::ToggleTip("pro-three".into()));
    assert!(once.checked.contains("pro-three"));
    assert!(once
        .apply(Action::ToggleTip("pro-three".into()))
        .checked
        .is_empty());
}

#[test]
fn documents_round_trip() {
    let state = complete(AppState::default(), 99);
    let attempt = AppState::default()
        .apply(Action::Start { seed: 3 })
        .attempt
        .unwrap();
    let read = decode_attempt(&encode_attempt(&attempt)).unwrap();
    assert_eq!(read.attempt, attempt);
    assert!(!read.questions_changed);
    assert_eq!(
        decode_history(&encode_history(&state.history)),
        Ok(state.history.clone())
    );
    let checked = ["a".to_owned()].into_iter().collect();
    assert_eq!(decode_checklist(&encode_checklist(&checked)), Ok(checked));
}

#[test]
fn newer_and_damaged_documents_are_told_apart() {
    assert_eq!(
        decode_checklist(r#"{"schema":2,"data":[]}"#),
        Err(DocError::Newer(2))
    );
    assert!(matches!(
        decode_checklist("{not json"),
        Err(DocError::Corrupt(_))
    ));
    assert!(matches!(
        decode_checklist(r#"{"data":[]}"#),
        Err(DocError::Corrupt(_))
    ));
    // An attempt saved with other questions is not damage: what fits is kept.
    let past_the_end =
        decode_attempt(r#"{"schema":1,"data":{"seed":1,"position":999,"answers":{}}}"#).unwrap();
    assert!(past_the_end.questions_changed);
    assert_eq!(past_the_end.attempt.position, Attempt::len() - 1);
    let bad_answer =
        r#"{"schema":1,"data":{"seed":1,"position":0,"answers":{"scene-arrival":{"Choice":9}}}}"#;
    let bad_answer = decode_attempt(bad_answer).unwrap();
    assert!(bad_answer.questions_changed);
    assert!(bad_answer.attempt.answers.is_empty());
    assert!(matches!(
        decode_attempt(r#"{"schema":1,"data":{"seed":-1,"position":0,"answers":{}}}"#),
        Err(DocError::Corrupt(_))
    ));
    let bad_profile = r#"{"schema":1,"data":[{"finished_at":1,"outcome":{"profile":[50,50,50,50],"primary":"Pro","secondary":null,"habits":[null,null,null,null,null],"why":[]}}]}"#;
    assert!(matches!(
        decode_history(bad_profile),
        Err(DocError::Corrupt(_))
    ));
}

proptest! {
    #[test]
    fn any_text_decodes_to_a_value_or_an_error(text in any::<String>()) {
        let _ = decode_attempt(&text);
        let _ = decode_history(&text);
        let _ = decode_checklist(&text);
    }

    #[test]
    fn any_action_sequence_keeps_the_state_sound(actions in prop::collection::vec(0u8..7, 0..80)) {
        let mut state = AppState::default();
        for (i, a) in actions.into_iter().enumerate() {
            let action = match a {
                0 => Action::Start { seed: i as u64 },
                1 => Action::Choose(Answer::Choice((i % 5) as u8)),
                2 => Action::Choose(Answer::Rating((i % 7) as u8)),
                3 => Action::Next { now: i as u64 },
                4 => Action::Back,
                5 => Action::Skip { now: i as u64 },
                _ => Action::Continue,
            };
            state = state.apply(action);
            if let Some(attempt) = &state.attempt {
                prop_assert!(attempt.position < Attempt::len());
                prop_assert_eq!(attempt.clone().normalised(), attempt.clone());
            }
            for record in &state.history {
                prop_assert!(valid_outcome(&record.outcome));
            }
        }
    }
}
