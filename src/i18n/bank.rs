//! The question bank's words: an item's question and its answers, in the
//! language in use. The items are data (`crate::domain::quiz::questions`);
//! their words are messages of `locales/<lang>/bank.ftl` and
//! `bank-retired.ftl`: `q-<id>` is the question and `q-<id>-<n>` the `n`-th
//! option of a scene or practice item (1-based, in the bank's order). The
//! build lists each item's question in `catalogs::BANK`, its options right
//! after it; count and statement items share the scales' labels
//! (`answer-number-1`, ..., `answer-no-event`).

use super::catalogs;
use super::current::text;
use super::messages as t;
use crate::domain::quiz::bank::{Anchors, Item, ItemKind, Scale};
use crate::domain::Answer;

/// The index of the message `q-<id>`, the item's question.
fn question_index(id: &str) -> Option<usize> {
    catalogs::BANK
        .iter()
        .find(|(item, _)| *item == id)
        .map(|&(_, index)| index)
}

/// The item's question; empty for an item with no message (the tests check
/// that every item has one).
pub fn prompt(item: &Item) -> String {
    question_index(item.id).map_or_else(String::new, |i| text(i, &[]))
}

/// The words of `answer` to `item`, as the person sees them; `None` for an
/// answer the item does not offer.
pub fn answer(item: &Item, answer: Answer) -> Option<String> {
    if !item.accepts(answer) {
        return None;
    }
    Some(match (&item.kind, answer) {
        (_, Answer::Choice(i)) => option(item, usize::from(i)),
        (ItemKind::Count(c), Answer::Rating(r)) => count_label(c.anchors, r),
        (ItemKind::Statement(s), Answer::Rating(r)) => scale_label(s.scale, r),
        _ => t::answer_no_event(),
    })
}

/// Every answer the item offers with its words, in the bank's order (a
/// scene's options are shown shuffled: see `domain::quiz::shuffle`).
pub fn answers(item: &Item) -> Vec<(Answer, String)> {
    item.answers()
        .into_iter()
        .map(|a| (a, answer(item, a).unwrap_or_default()))
        .collect()
}

/// Option `index` (0-based) of a scene or practice item: the message
/// `q-<id>-<index + 1>`.
pub fn option(item: &Item, index: usize) -> String {
    question_index(item.id).map_or_else(String::new, |i| text(i + 1 + index, &[]))
}

/// The names of an item's messages: its question, then each option's
/// (`q-<id>`, `q-<id>-1`, ...), for the tests that check the catalogs.
pub fn messages(item: &Item) -> Vec<String> {
    let question = ["q-", item.id].concat();
    let options = match &item.kind {
        ItemKind::Scene(options) => options.len(),
        ItemKind::Practice(options) => options.len(),
        ItemKind::Statement(_) | ItemKind::Count(_) => 0,
    };
    let mut names = vec![question.clone()];
    names.extend((1..=options).map(|n| [question.as_str(), "-", &n.to_string()].concat()));
    names
}

/// A count item's answer `rating` (1 to 5), fewest first.
fn count_label(anchors: Anchors, rating: u8) -> String {
    match (anchors, rating) {
        (Anchors::Number, 1) => t::answer_number_1(),
        (Anchors::Number, 2) => t::answer_number_2(),
        (Anchors::Number, 3) => t::answer_number_3(),
        (Anchors::Number, 4) => t::answer_number_4(),
        (Anchors::Number, _) => t::answer_number_5(),
        (Anchors::People, 1) => t::answer_people_1(),
        (Anchors::People, 2) => t::answer_people_2(),
        (Anchors::People, 3) => t::answer_people_3(),
        (Anchors::People, 4) => t::answer_people_4(),
        (Anchors::People, _) => t::answer_people_5(),
        (Anchors::Events, 1) => t::answer_events_1(),
        (Anchors::Events, 2) => t::answer_events_2(),
        (Anchors::Events, 3) => t::answer_events_3(),
        (Anchors::Events, 4) => t::answer_events_4(),
        (Anchors::Events, _) => t::answer_events_5(),
    }
}

/// A statement's rating (1 to 5) on its scale.
fn scale_label(scale: Scale, rating: u8) -> String {
    match (scale, rating) {
        (Scale::Agreement, 1) => t::answer_agreement_1(),
        (Scale::Agreement, 2) => t::answer_agreement_2(),
        (Scale::Agreement, 3) => t::answer_agreement_3(),
        (Scale::Agreement, 4) => t::answer_agreement_4(),
        (Scale::Agreement, _) => t::answer_agreement_5(),
        (Scale::Frequency, 1) => t::answer_frequency_1(),
        (Scale::Frequency, 2) => t::answer_frequency_2(),
        (Scale::Frequency, 3) => t::answer_frequency_3(),
        (Scale::Frequency, 4) => t::answer_frequency_4(),
        (Scale::Frequency, _) => t::answer_frequency_5(),
    }
}

/// The five labels of a scale, lowest first (for the content the tests
/// export).
pub fn scale_labels(scale: Scale) -> [String; 5] {
    [1, 2, 3, 4, 5].map(|r| scale_label(scale, r))
}

/// The five labels of a count item's answers, fewest first.
pub fn count_labels(anchors: Anchors) -> [String; 5] {
    [1, 2, 3, 4, 5].map(|r| count_label(anchors, r))
}
