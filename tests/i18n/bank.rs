//! The question bank's words are in every catalog: each current and retired
//! item has its question and exactly its options' messages (`q-<id>`,
//! `q-<id>-<n>`), no `q-` message is left without an item, and the app's
//! lookup (`i18n::bank`, through the build's `catalogs::BANK`) finds each
//! item's own message in every language.

use std::collections::BTreeSet;

use netstyle::domain::quiz::bank::{items, retired, Anchors, Item, ItemKind, Scale};
use netstyle::domain::Answer;
use netstyle::i18n::bank as words;
use netstyle::i18n::catalogs::{BANK, CATALOGS, MESSAGES};
use netstyle::i18n::messages as t;
use netstyle::i18n::{read_catalog, text, use_language};

use super::catalog::{bank, build_all, interface, parse, Source};

fn switch(lang: &str) {
    let compiled = CATALOGS
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("a catalog")
        .1;
    use_language(read_catalog(compiled).expect("made for this build"), lang);
}

fn every_item() -> impl Iterator<Item = &'static Item> {
    items().iter().chain(retired())
}

/// The index of the message called `name`.
fn index(name: &str) -> usize {
    MESSAGES
        .iter()
        .position(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no message {name}"))
}

#[test]
fn every_item_has_its_question_and_exactly_its_options_and_no_message_is_left_over() {
    let mut wanted = Vec::new();
    for item in every_item() {
        let names = words::messages(item);
        let options = match &item.kind {
            ItemKind::Scene(o) => o.len(),
            ItemKind::Practice(o) => o.len(),
            ItemKind::Statement(_) | ItemKind::Count(_) => 0,
        };
        assert_eq!(names.len(), 1 + options, "{}", item.id);
        wanted.extend(names);
    }
    let expected: BTreeSet<&str> = wanted.iter().map(String::as_str).collect();
    assert_eq!(expected.len(), wanted.len(), "two items share a message");
    let found: BTreeSet<&str> = MESSAGES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| name.starts_with("q-"))
        .collect();
    let missing: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty(),
        "items without their message in locales/en/bank*.ftl: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "q- messages that no current or retired item has: {extra:?}"
    );
    for name in &expected {
        assert!(
            MESSAGES[index(name)].1.is_empty(),
            "{name} takes no variables"
        );
    }
    // The build's list names every item once, and nothing else.
    let listed: BTreeSet<&str> = BANK.iter().map(|(id, _)| *id).collect();
    let ids: BTreeSet<&str> = every_item().map(|i| i.id).collect();
    assert_eq!(listed.len(), BANK.len());
    assert_eq!(listed, ids);
}

#[test]
fn each_item_reads_its_own_messages_in_every_language() {
    for (lang, _) in CATALOGS {
        switch(lang);
        for item in every_item() {
            let names = words::messages(item);
            let prompt = words::prompt(item);
            assert_eq!(prompt, text(index(&names[0]), &[]), "{lang}: {}", item.id);
            assert!(
                !prompt.trim().is_empty(),
                "{lang}: {} has no question",
                item.id
            );
            let options: Vec<String> = (0..names.len() - 1)
                .map(|i| words::option(item, i))
                .collect();
            for (i, option) in options.iter().enumerate() {
                assert_eq!(
                    *option,
                    text(index(&names[i + 1]), &[]),
                    "{lang}: {} option {}",
                    item.id,
                    i + 1
                );
                assert!(
                    !option.trim().is_empty(),
                    "{lang}: {} option {} is empty",
                    item.id,
                    i + 1
                );
            }
            let distinct: BTreeSet<&String> = options.iter().collect();
            assert_eq!(
                distinct.len(),
                options.len(),
                "{lang}: {} has two options alike",
                item.id
            );
            // What the quiz shows: every answer the item takes, with words.
            let shown = words::answers(item);
            assert_eq!(shown.len(), item.option_count(), "{lang}: {}", item.id);
            for (answer, label) in &shown {
                assert!(item.accepts(*answer));
                assert!(!label.trim().is_empty(), "{lang}: {} {answer:?}", item.id);
            }
            assert_eq!(words::answer(item, Answer::Choice(9)), None);
        }
    }
}

#[test]
fn the_scales_have_five_different_labels_in_every_language() {
    for (lang, _) in CATALOGS {
        switch(lang);
        let mut sets: Vec<Vec<String>> = [Anchors::Number, Anchors::People, Anchors::Events]
            .map(|a| words::count_labels(a).to_vec())
            .to_vec();
        sets.extend([Scale::Agreement, Scale::Frequency].map(|s| words::scale_labels(s).to_vec()));
        for labels in &sets {
            let distinct: BTreeSet<&String> = labels.iter().collect();
            assert_eq!(distinct.len(), 5, "{lang}: {labels:?}");
            assert!(!labels.contains(&t::answer_no_event()), "{lang}");
        }
    }
}

fn english(text: &str) -> Vec<(String, Vec<String>)> {
    let source = Source {
        name: "en/bank.ftl".to_owned(),
        text: text.to_owned(),
    };
    interface(&parse("en", &[source]).expect("parses"))
}

#[test]
fn the_build_finds_each_question_and_refuses_options_out_of_order() {
    let found = bank(&english(
        "q-a = A?\nq-a-1 = one\nq-a-2 = two\nq-a-v2 = A again?\nq-b = B?\nother = x\n",
    ))
    .unwrap();
    // Sorted: other, q-a, q-a-1, q-a-2, q-a-v2, q-b.
    assert_eq!(
        found,
        vec![
            ("a".to_owned(), 1),
            ("a-v2".to_owned(), 4),
            ("b".to_owned(), 5)
        ]
    );
    let gap = bank(&english("q-a = A?\nq-a-1 = one\nq-a-3 = three\n")).unwrap_err();
    assert!(gap.contains("q-a-2"), "{gap}");
    // Ten options would sort q-a-10 before q-a-2.
    let many: String = (1..=10).map(|n| format!("q-a-{n} = {n}\n")).collect();
    let err = bank(&english(&format!("q-a = A?\n{many}"))).unwrap_err();
    assert!(err.contains("q-a-10 stands where q-a-2 should"), "{err}");
    // And the real build made the same list.
    let sources: Vec<Source> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .map(|p| Source {
                name: p.display().to_string(),
                text: std::fs::read_to_string(&p).unwrap(),
            })
            .collect();
    let languages = vec![("en".to_owned(), sources)];
    let (interface, _, _) = build_all(&languages).expect("English builds");
    let rebuilt = bank(&interface).unwrap();
    let listed: Vec<(String, usize)> = BANK.iter().map(|(id, i)| ((*id).to_owned(), *i)).collect();
    assert_eq!(rebuilt, listed);
}
