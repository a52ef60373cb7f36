//! The app's reducer and the stored documents, on the host.
#![cfg(not(target_arch = "wasm32"))]

use netstyle::domain::attempt::Attempt;
use netstyle::domain::bank::{items, ItemKind};
use netstyle::domain::documents::*;
use netstyle::domain::history::HISTORY_LIMIT;
use netstyle::domain::route::Route;
use netstyle::domain::Answer;
use netstyle::state::{Action, AppState};
use proptest::prelude::*;

fn first_answer(attempt: &Attempt) -> Answer {
    match attempt.item().kind {
        ItemKind::Scene(_) => Answer::Choice(0),
        ItemKind::Statement(_) => Answer::Rating(4),
    }
}

/// Answers every item and finishes, as the quiz screen would.
fn complete(state: AppState, now: u64) -> AppState {
    let mut state = state.apply(Action::Start { seed: now });
    for _ in 0..items().len() {
        let answer = first_answer(state.attempt.as_ref().unwrap());
        state = state.apply(Action::Choose(answer));
        if state.attempt.as_ref().unwrap().is_last() {
            return state.apply(Action::Finish { now });
        }
        state = state.apply(Action::Next);
    }
    unreachable!("the quiz always ends")
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
        .apply(Action::Next);
    assert_eq!(state.attempt.as_ref().unwrap().position, 0);
    let state = state
        .apply(Action::Choose(Answer::Choice(1)))
        .apply(Action::Next);
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

#[test]
fn finish_without_an_attempt_changes_nothing() {
    let state = AppState::default();
    assert_eq!(state.apply(Action::Finish { now: 5 }), state);
    assert_eq!(state.apply(Action::Continue).route, Route::Welcome);
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
    assert_eq!(decode_attempt(&encode_attempt(&attempt)), Ok(attempt));
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
    assert!(matches!(
        decode_attempt(r#"{"schema":1,"data":{"seed":1,"position":999,"answers":{}}}"#),
        Err(DocError::Corrupt(_))
    ));
    let bad_answer =
        r#"{"schema":1,"data":{"seed":1,"position":0,"answers":{"scene-arrival":{"Choice":9}}}}"#;
    assert!(matches!(
        decode_attempt(bad_answer),
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
    fn any_action_sequence_keeps_the_state_sound(actions in prop::collection::vec(0u8..8, 0..80)) {
        let mut state = AppState::default();
        for (i, a) in actions.into_iter().enumerate() {
            let action = match a {
                0 => Action::Start { seed: i as u64 },
                1 => Action::Choose(Answer::Choice((i % 5) as u8)),
                2 => Action::Choose(Answer::Rating((i % 7) as u8)),
                3 => Action::Next,
                4 => Action::Back,
                5 => Action::Skip,
                6 => Action::Finish { now: i as u64 },
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
