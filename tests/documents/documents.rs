//! Stored documents on the host: the committed fixtures of every schema
//! version still load, the migration chain runs in order, and any stored
//! text or JSON value becomes either a sound value or a typed error.
//!
//! `NETSTYLE_WRITE_FIXTURES=1 cargo test --test documents fixtures_hold` writes the
//! fixtures of the current schema version from the real encoders. Fixtures of
//! earlier versions are never rewritten: they are what those versions wrote.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use netstyle::domain::documents::*;
use netstyle::domain::quiz::attempt::Attempt;
use netstyle::domain::quiz::bank::items;
use netstyle::domain::quiz::history::{Record, HISTORY_LIMIT};
use netstyle::domain::quiz::scoring::Outcome;
use netstyle::domain::{Answer, Style};
use proptest::prelude::*;
use serde_json::{json, Value};

/// An attempt part-way through, with both kinds of answer.
fn sample_attempt() -> Attempt {
    let mut attempt = Attempt::new(0x5eed_2026_0001);
    attempt.position = 5;
    for (id, answer) in [
        ("scene-arrival", Answer::Choice(3)),
        ("expect-business", Answer::Rating(2)),
        ("scene-buffet", Answer::Choice(0)),
        ("giving-introduce", Answer::Rating(5)),
    ] {
        attempt.answers.insert(id.to_owned(), answer);
    }
    attempt
}

/// The same attempt with this bank's questions. `sample_attempt` is what
/// the first release wrote (the v1 fixture); two of its scenes were retired
/// when the scenes were reworded, and every other item with the count items.
fn current_attempt() -> Attempt {
    let mut attempt = sample_attempt();
    attempt.answers.clear();
    for (id, answer) in [
        ("scene-first-minutes-v2", Answer::Choice(3)),
        ("expect-pitched", Answer::Rating(2)),
        ("scene-buffet-open-v2", Answer::Choice(0)),
        ("followup-wrote", Answer::NoEvent),
        ("giving-introduced", Answer::Rating(5)),
    ] {
        attempt.answers.insert(id.to_owned(), answer);
    }
    attempt
}

/// Two results, written out rather than scored, so that a change to the
/// scoring weights does not change what the fixtures stand for.
fn sample_history() -> Vec<Record> {
    vec![
        Record {
            finished_at: 1_764_000_000_000,
            outcome: Outcome {
                profile: [20, 10, 5, 65],
                primary: Style::Mensch,
                secondary: None,
                tied: vec![],
                habits: [Some(75), Some(40), None, Some(100), Some(0)],
                picks: [0; 5],
                why: vec!["scene-arrival".to_owned(), "scene-buffet".to_owned()],
            },
        },
        Record {
            finished_at: 1_763_000_000_000,
            outcome: Outcome {
                profile: [41, 35, 0, 24],
                primary: Style::Pro,
                secondary: Some(Style::Rookie),
                tied: vec![],
                habits: [Some(50); 5],
                picks: [0; 5],
                why: vec![],
            },
        },
    ]
}

fn sample_checklist() -> BTreeSet<String> {
    ["pro-three", "pro-next-step"]
        .map(str::to_owned)
        .into_iter()
        .collect()
}

const KINDS: [&str; 3] = ["attempt", "history", "checklist"];

fn fixture_path(version: u32, kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("v{version}"))
        .join(format!("{kind}.json"))
}

fn written_today(kind: &str) -> String {
    match kind {
        "attempt" => encode_attempt(&sample_attempt()),
        "history" => encode_history(&sample_history()),
        _ => encode_checklist(&sample_checklist()),
    }
}

fn read_fixture(version: u32, kind: &str) -> String {
    let path = fixture_path(version, kind);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; every schema version keeps fixtures \
             (NETSTYLE_WRITE_FIXTURES=1 cargo test --test documents fixtures_hold)",
            path.display()
        )
    })
}

#[test]
fn fixtures_hold_exactly_what_this_version_writes() {
    for kind in KINDS {
        let path = fixture_path(SCHEMA, kind);
        if std::env::var_os("NETSTYLE_WRITE_FIXTURES").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, written_today(kind)).unwrap();
        }
        assert_eq!(read_fixture(SCHEMA, kind), written_today(kind), "{kind}");
    }
}

#[test]
fn fixtures_of_every_version_load_in_this_one() {
    for version in 1..=SCHEMA {
        let attempt = decode_attempt(&read_fixture(version, "attempt")).map(|a| a.attempt);
        let history = decode_history(&read_fixture(version, "history"));
        let checklist = decode_checklist(&read_fixture(version, "checklist"));
        let (attempt, history, checklist) = (
            attempt.unwrap_or_else(|e| panic!("v{version} attempt: {e}")),
            history.unwrap_or_else(|e| panic!("v{version} history: {e}")),
            checklist.unwrap_or_else(|e| panic!("v{version} checklist: {e}")),
        );
        // A migration may add to a document, but what the person saw stays,
        // except answers to questions retired since (kept by `normalised`).
        assert_eq!(attempt.seed, sample_attempt().seed, "v{version}");
        assert_eq!(
            attempt.answers,
            sample_attempt().normalised().answers,
            "v{version}"
        );
        assert_eq!(attempt.position, sample_attempt().position, "v{version}");
        assert_eq!(history, sample_history(), "v{version}");
        assert_eq!(checklist, sample_checklist(), "v{version}");
    }
}

#[test]
fn a_document_from_a_newer_version_is_reported_not_read() {
    let fixture: Value = serde_json::from_str(&read_fixture(SCHEMA, "history")).unwrap();
    let mut newer = fixture.clone();
    newer["schema"] = json!(SCHEMA + 1);
    assert_eq!(
        decode_history(&newer.to_string()),
        Err(DocError::Newer(SCHEMA + 1))
    );
    newer["schema"] = json!(u64::MAX);
    assert_eq!(
        decode_history(&newer.to_string()),
        Err(DocError::Newer(u32::MAX))
    );
}

fn wrap_ids(kind: Kind, data: Value) -> Result<Value, String> {
    match kind {
        Kind::Checklist => Ok(json!({ "ids": data })),
        _ => Ok(data),
    }
}

fn count_ids(kind: Kind, data: Value) -> Result<Value, String> {
    if kind != Kind::Checklist {
        return Ok(data);
    }
    let Value::Object(mut entries) = data else {
        return Err("not an object".to_owned());
    };
    let n = match entries.get("ids") {
        Some(Value::Array(ids)) => ids.len(),
        _ => return Err("ids are not a list".to_owned()),
    };
    entries.insert("count".to_owned(), json!(n));
    Ok(Value::Object(entries))
}

/// Stands in for the steps of schema 2 and 3: the real chain is empty while
/// schema 1 is the only one.
const FUTURE: [Migration; 2] = [wrap_ids, count_ids];

#[test]
fn migration_runs_every_step_from_the_documents_version_in_order() {
    let v1 = json!(["pro-three"]);
    assert_eq!(
        migrate(&FUTURE, Kind::Checklist, 1, v1.clone()),
        Ok(json!({ "ids": ["pro-three"], "count": 1 }))
    );
    assert_eq!(
        migrate(&FUTURE, Kind::Checklist, 2, json!({ "ids": [] })),
        Ok(json!({ "ids": [], "count": 0 }))
    );
    let v3 = json!({ "ids": [], "count": 0 });
    assert_eq!(migrate(&FUTURE, Kind::Checklist, 3, v3.clone()), Ok(v3));
    assert_eq!(
        migrate(&FUTURE, Kind::Attempt, 1, v1.clone()),
        Ok(v1.clone())
    );
}

#[test]
fn migration_refuses_versions_it_has_no_path_from() {
    assert!(matches!(
        migrate(&FUTURE, Kind::Checklist, 0, json!([])),
        Err(DocError::Corrupt(_))
    ));
    assert!(matches!(
        migrate(&FUTURE, Kind::Checklist, 4, json!([])),
        Err(DocError::Corrupt(_))
    ));
    // A step that fails marks the document as damaged, not the app.
    assert!(matches!(
        migrate(&FUTURE, Kind::Checklist, 2, json!({ "ids": 7 })),
        Err(DocError::Corrupt(_))
    ));
}

#[test]
fn the_real_chain_lifts_every_older_version() {
    assert_eq!(MIGRATIONS.len() as u32, SCHEMA - 1);
    for from in 1..=SCHEMA {
        let data = json!(["pro-three"]);
        assert!(migrate(&MIGRATIONS, Kind::Checklist, from, data).is_ok());
    }
}

#[test]
fn damaged_documents_are_told_apart_from_newer_ones() {
    for text in [
        "",
        "{not json",
        "null",
        "[1,2]",
        r#"{"data":[]}"#,
        r#"{"schema":0,"data":[]}"#,
        r#"{"schema":-1,"data":[]}"#,
        r#"{"schema":1.5,"data":[]}"#,
        r#"{"schema":"1","data":[]}"#,
        r#"{"schema":1}"#,
        r#"{"schema":1,"data":{"ids":[]}}"#,
    ] {
        assert!(
            matches!(decode_checklist(text), Err(DocError::Corrupt(_))),
            "{text}"
        );
    }
    let too_many: Vec<String> = (0..=CHECKLIST_LIMIT).map(|i| i.to_string()).collect();
    let text = json!({ "schema": 1, "data": too_many }).to_string();
    assert!(matches!(decode_checklist(&text), Err(DocError::Corrupt(_))));
    let long = json!({ "schema": 1, "data": ["x".repeat(101)] }).to_string();
    assert!(matches!(decode_checklist(&long), Err(DocError::Corrupt(_))));
}

/// A damaged document's detail (for tests and debugging; the person sees
/// only that saved data was damaged) says what kind of fault and where.
#[test]
fn a_damaged_document_says_what_is_wrong_and_where() {
    for (text, said) in [
        ("{not json", "not JSON at line 1 column 2"),
        (
            r#"{"schema":1,"data":["a""#,
            "cut short at line 1 column 23",
        ),
        (
            r#"{"schema":1,"data":{"ids":[]}}"#,
            "a value of the wrong type or out of range at line 1 column 0",
        ),
    ] {
        assert_eq!(
            decode_checklist(text),
            Err(DocError::Corrupt(said.to_owned())),
            "{text}"
        );
    }
}

#[test]
fn a_history_longer_than_kept_is_damaged() {
    let record = &sample_history()[0];
    let long = vec![record.clone(); HISTORY_LIMIT + 1];
    assert!(matches!(
        decode_history(&encode_history(&long)),
        Err(DocError::Corrupt(_))
    ));
    let full = vec![record.clone(); HISTORY_LIMIT];
    assert_eq!(decode_history(&encode_history(&full)), Ok(full));
}

#[test]
fn out_of_range_values_in_a_result_are_damage() {
    let fixture: Value = serde_json::from_str(&read_fixture(SCHEMA, "history")).unwrap();
    for (pointer, bad) in [
        ("/data/0/outcome/profile/0", json!(21)),
        ("/data/0/outcome/profile/0", json!(-1)),
        ("/data/0/outcome/habits/1", json!(101)),
        ("/data/0/outcome/primary", json!("Wizard")),
        ("/data/1/outcome/secondary", json!("Pro")),
        ("/data/0/outcome/why", json!(["a", "b", "c", "d", "e", "f"])),
        ("/data/0/finished_at", json!("yesterday")),
    ] {
        let mut doc = fixture.clone();
        *doc.pointer_mut(pointer).unwrap() = bad.clone();
        assert!(
            matches!(decode_history(&doc.to_string()), Err(DocError::Corrupt(_))),
            "{pointer} = {bad}"
        );
    }
}

#[test]
fn a_result_keeps_its_practice_picks_and_more_picks_than_items_are_damage() {
    let mut with_picks = sample_history();
    with_picks[0].outcome.picks = [2, 0, 1, 0, 2];
    let text = encode_history(&with_picks);
    assert!(text.contains(r#""picks":[2,0,1,0,2]"#), "{text}");
    assert_eq!(decode_history(&text), Ok(with_picks.clone()));
    // A result without picks keeps the shape it always had.
    assert!(!encode_history(&sample_history()).contains("picks"));
    for bad in [
        json!([6, 0, 0, 0, 0]),
        json!([2, 2, 2, 0, 0]),
        json!([256, 0, 0, 0, 0]),
        json!([1, 1]),
    ] {
        let mut doc: Value = serde_json::from_str(&text).unwrap();
        *doc.pointer_mut("/data/0/outcome/picks").unwrap() = bad.clone();
        assert!(
            matches!(decode_history(&doc.to_string()), Err(DocError::Corrupt(_))),
            "picks {bad}"
        );
    }
}

#[test]
fn an_attempt_round_trips_with_the_largest_seed() {
    let mut a = Attempt::new(u64::MAX);
    a.choose(Answer::Choice(1));
    a.advance();
    let read = decode_attempt(&encode_attempt(&a)).unwrap();
    assert_eq!(read.attempt, a);
    assert!(!read.questions_changed);
}

#[test]
fn an_attempt_saved_with_other_questions_keeps_what_still_fits() {
    let mut saved: Value = serde_json::from_str(&encode_attempt(&current_attempt())).unwrap();
    // An answer to a question this bank does not ask (retired, or from a
    // later bank), one that no longer fits its question, and a place past
    // the end of the quiz.
    saved["data"]["answers"]["scene-retired"] = json!({ "Choice": 1 });
    saved["data"]["answers"]["expect-pitched"] = json!({ "Choice": 2 });
    saved["data"]["position"] = json!(Attempt::len() + 7);
    let read = decode_attempt(&saved.to_string()).expect("kept, not damage");
    assert!(read.questions_changed);
    assert_eq!(read.attempt.seed, current_attempt().seed);
    assert_eq!(read.attempt.position, Attempt::len() - 1);
    let mut kept = current_attempt().answers;
    kept.remove("expect-pitched");
    assert_eq!(read.attempt.answers, kept);

    let unchanged = decode_attempt(&encode_attempt(&current_attempt())).unwrap();
    assert!(!unchanged.questions_changed);
    assert_eq!(unchanged.attempt, current_attempt());

    // The first release's attempt names only items retired since (two
    // reworded scenes, the rest replaced by the count items): it opens, with
    // no answer kept and its place kept.
    let first = decode_attempt(&written_today("attempt")).unwrap();
    assert!(first.questions_changed);
    assert_eq!(first.attempt.answers.len(), 0);
    assert_eq!(first.attempt.position, 5);
}

/// Checks a decoded document the way the screens rely on it.
fn assert_sound(text: &str) -> Result<(), TestCaseError> {
    let schema = serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| v.get("schema").and_then(Value::as_u64));
    let newer = schema.is_some_and(|s| s > u64::from(SCHEMA));
    let check = |result: Result<(), DocError>| -> Result<(), TestCaseError> {
        match result {
            Err(DocError::Newer(_)) => prop_assert!(newer, "only a newer schema is Newer"),
            Err(DocError::Corrupt(_)) => prop_assert!(!newer, "a newer schema is never Corrupt"),
            Ok(()) => prop_assert!(!newer),
        }
        Ok(())
    };
    check(decode_attempt(text).map(|read| {
        let a = read.attempt;
        assert!(a.position < Attempt::len());
        assert_eq!(a.clone().normalised(), a);
        let again = decode_attempt(&encode_attempt(&a)).unwrap();
        assert!(!again.questions_changed);
        assert_eq!(again.attempt, a);
    }))?;
    check(decode_history(text).map(|h| {
        assert!(h.len() <= HISTORY_LIMIT);
        assert!(h.iter().all(|r| valid_outcome(&r.outcome)));
        assert_eq!(decode_history(&encode_history(&h)), Ok(h));
    }))?;
    check(decode_checklist(text).map(|c| {
        assert!(c.len() <= CHECKLIST_LIMIT);
        assert_eq!(decode_checklist(&encode_checklist(&c)), Ok(c));
    }))
}

/// Words the documents use, so that arbitrary values often come close to a
/// real shape and get past the first checks.
fn word() -> impl Strategy<Value = String> {
    let ids: Vec<String> = items().iter().map(|i| i.id.to_owned()).collect();
    let fields = [
        "schema",
        "data",
        "seed",
        "position",
        "answers",
        "Choice",
        "Rating",
        "finished_at",
        "outcome",
        "profile",
        "primary",
        "secondary",
        "habits",
        "why",
        "Pro",
        "Rookie",
        "Imposter",
        "Mensch",
        "pro-three",
    ]
    .map(str::to_owned);
    prop_oneof![
        prop::sample::select(ids),
        prop::sample::select(fields.to_vec()),
        "[a-z-]{0,8}",
        any::<String>(),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (0u64..120).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        word().prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((word(), inner), 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

fn schema_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0..=SCHEMA + 2).prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        json_value(),
    ]
}

/// Every place inside a JSON value, as JSON pointers.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(field, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_text_becomes_a_value_or_a_typed_error(text in any::<String>()) {
        assert_sound(&text)?;
    }

    #[test]
    fn any_json_becomes_a_value_or_a_typed_error(value in json_value()) {
        assert_sound(&value.to_string())?;
    }

    #[test]
    fn any_data_under_any_schema_becomes_a_value_or_a_typed_error(
        schema in schema_value(),
        data in json_value(),
    ) {
        assert_sound(&json!({ "schema": schema, "data": data }).to_string())?;
    }

    /// Damage to one spot of a real document: the likeliest corruption.
    #[test]
    fn a_real_document_with_one_value_changed_is_still_handled(
        kind in prop::sample::select(KINDS.to_vec()),
        pick in any::<prop::sample::Index>(),
        replacement in json_value(),
    ) {
        let mut doc: Value = serde_json::from_str(&written_today(kind)).unwrap();
        let mut places = Vec::new();
        pointers(&doc, String::new(), &mut places);
        let place = pick.get(&places).clone();
        match doc.pointer_mut(&place) {
            Some(slot) => *slot = replacement,
            None => prop_assert!(false, "{place} is a place in the document"),
        }
        assert_sound(&doc.to_string())?;
    }

    /// Cutting a document short, as a write interrupted half-way would.
    #[test]
    fn a_real_document_cut_short_is_damaged(
        kind in prop::sample::select(KINDS.to_vec()),
        cut in any::<prop::sample::Index>(),
    ) {
        let text = written_today(kind);
        let short = &text[..cut.index(text.len())];
        prop_assert!(matches!(decode_attempt(short), Err(DocError::Corrupt(_))));
        prop_assert!(matches!(decode_history(short), Err(DocError::Corrupt(_))));
        prop_assert!(matches!(decode_checklist(short), Err(DocError::Corrupt(_))));
    }
}

/// The unit enums are read by name (`read_by_name!`) and written by serde's
/// derive: every variant reads back as itself from the text it is written
/// as, and a name that is no variant's, or not a string, is refused.
#[test]
fn unit_enums_read_back_by_the_name_they_are_written_as() {
    use netstyle::domain::journal::{EventKind, Promiser, Step};
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    fn check<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(
        all: &[T],
        count: usize,
    ) {
        let mut names = BTreeSet::new();
        for value in all {
            let text = serde_json::to_string(value).unwrap();
            assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), value, "{text}");
            names.insert(text);
        }
        assert_eq!(names.len(), count, "{names:?}");
        for bad in [
            r#""""#,
            r#""pro""#,
            r#""Nobody""#,
            "0",
            "null",
            r#"{"Pro":null}"#,
        ] {
            assert!(serde_json::from_str::<T>(bad).is_err(), "{bad}");
        }
    }
    check(&Style::ALL, 4);
    check(&EventKind::ALL, 4);
    check(&Promiser::ALL, 3);
    check(&Step::ALL, 5);
    assert_eq!(
        serde_json::to_string(&EventKind::OpenMixer).unwrap(),
        r#""OpenMixer""#
    );
}
