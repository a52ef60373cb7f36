//! Strategies shared by more than one test binary (`#[path = "../support/mod.rs"] mod support;`).

use netstyle::domain::quiz::scoring::{score, Answers};
use netstyle::domain::share::code::SharedResult;
use netstyle::domain::Answer;
use proptest::prelude::*;

/// Any result scoring can produce, from arbitrary answers (including few
/// enough to be a tie).
pub fn any_scored() -> impl Strategy<Value = SharedResult> {
    let bank = netstyle::domain::quiz::bank::items();
    prop::collection::vec((0..bank.len(), 0u8..6), 0..40).prop_map(move |picks| {
        let answers: Answers = picks
            .into_iter()
            .map(|(i, v)| {
                let answer = if v < 4 {
                    Answer::Choice(v)
                } else {
                    Answer::Rating(v)
                };
                (bank[i].id.to_owned(), answer)
            })
            .collect();
        SharedResult::from(&score(&answers))
    })
}
